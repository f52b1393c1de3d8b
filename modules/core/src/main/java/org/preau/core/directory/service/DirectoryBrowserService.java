package org.preau.core.directory.service;

import java.util.List;
import java.util.Objects;

import org.preau.core.audit.service.Auditor;
import org.preau.core.directory.model.Group;
import org.preau.core.directory.model.PeoplePage;
import org.preau.core.directory.model.PeopleQuery;
import org.preau.core.directory.model.SchoolClass;
import org.preau.core.directory.model.Uai;
import org.preau.core.directory.port.in.BrowseDirectory;
import org.preau.core.directory.port.out.SearchPeople;
import org.preau.core.directory.port.out.Structures;
import org.preau.core.security.Actor;

public class DirectoryBrowserService implements BrowseDirectory {

	public DirectoryBrowserService(
		SearchPeople searchPeople, Structures structures, Auditor auditor) {

		_searchPeople = Objects.requireNonNull(searchPeople);
		_structures = Objects.requireNonNull(structures);
		_auditor = Objects.requireNonNull(auditor);
	}

	@Override
	public PeoplePage browse(Actor actor, PeopleQuery query) {
		return _auditor.audit(
			actor, ACTION, query.toString(),
			() -> {
				actor.requireAdministratorOf(query.uai());

				return _searchPeople.search(query);
			});
	}

	@Override
	public List<SchoolClass> classes(Actor actor, Uai uai) {
		actor.requireAdministratorOf(uai);

		return _structures.classes(uai);
	}

	@Override
	public List<Group> groups(Actor actor, Uai uai) {
		actor.requireAdministratorOf(uai);

		return _structures.groups(uai);
	}

	public static final String ACTION = "directory.browse";

	private final Auditor _auditor;
	private final SearchPeople _searchPeople;
	private final Structures _structures;

}
