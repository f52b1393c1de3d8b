package org.preau.liferay.web.internal.adapter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.preau.core.directory.model.PeoplePage;
import org.preau.core.directory.model.PeopleQuery;
import org.preau.core.directory.model.Person;
import org.preau.core.directory.port.out.SearchPeople;
import org.preau.core.imports.model.PersonRecord;

/**
 * Finds an establishment's people among the portal users of its organization, read as the import reads them, and
 * filtered and ordered in memory: an establishment holds a few thousand people at most, and reading them as the
 * import does keeps one mapping of a user to a person.
 */
public class PortalSearchPeople implements SearchPeople {

	public PortalSearchPeople(PortalPeople portalPeople) {
		_portalPeople = portalPeople;
	}

	@Override
	public PeoplePage search(PeopleQuery query) {
		List<Person> matching = new ArrayList<>();

		for (PersonRecord personRecord : _portalPeople.records(query.uai())) {
			Person person = personRecord.person();

			if (query.profile(
				).map(
					profile -> profile == person.profile()
				).orElse(
					true
				) &&
				query.classCode(
				).map(
					classCode -> classCode.equals(
						person.classCode(
						).orElse(
							null
						))
				).orElse(
					true
				) &&
				query.groupCode(
				).map(
					groupCode -> person.groupCodes(
					).contains(
						groupCode
					)
				).orElse(
					true
				)) {

				matching.add(person);
			}
		}

		matching.sort(_ORDER);

		int from = Math.min(query.offset(), matching.size());
		int to = Math.min(from + query.pageSize(), matching.size());

		return new PeoplePage(
			matching.subList(from, to), matching.size(), query);
	}

	private static final Comparator<Person> _ORDER = Comparator.comparing(
		Person::lastName
	).thenComparing(
		Person::firstName
	).thenComparing(
		Person::externalId
	);

	private final PortalPeople _portalPeople;

}
