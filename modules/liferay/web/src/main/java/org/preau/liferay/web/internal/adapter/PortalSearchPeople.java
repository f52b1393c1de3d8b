package org.preau.liferay.web.internal.adapter;

import com.liferay.portal.kernel.dao.orm.QueryUtil;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

import org.preau.core.directory.model.DirectoryEntry;
import org.preau.core.directory.model.DirectoryPage;
import org.preau.core.directory.model.DirectorySearch;
import org.preau.core.directory.model.Establishment;
import org.preau.core.directory.model.Level;
import org.preau.core.directory.model.Names;
import org.preau.core.directory.model.PeoplePage;
import org.preau.core.directory.model.PeopleQuery;
import org.preau.core.directory.model.Person;
import org.preau.core.directory.model.SchoolClass;
import org.preau.core.directory.model.Subject;
import org.preau.core.directory.model.Uai;
import org.preau.core.directory.port.out.SearchPeople;
import org.preau.liferay.model.TeachingAssignment;
import org.preau.liferay.service.TeachingAssignmentLocalService;

/**
 * Finds the people of establishments among the portal users of their organizations, read as the import reads them,
 * and filtered and ordered in memory: an establishment holds a few thousand people at most, and reading them as the
 * import does keeps one mapping of a user to a person. The login of a person is the screen name of their user.
 */
public class PortalSearchPeople implements SearchPeople {

	public PortalSearchPeople(
		LongSupplier companyIdSupplier,
		PortalEstablishments portalEstablishments, PortalPeople portalPeople,
		PortalStructures portalStructures,
		TeachingAssignmentLocalService teachingAssignmentLocalService) {

		_companyIdSupplier = companyIdSupplier;
		_portalEstablishments = portalEstablishments;
		_portalPeople = portalPeople;
		_portalStructures = portalStructures;
		_teachingAssignmentLocalService = teachingAssignmentLocalService;
	}

	@Override
	public void forEach(
		DirectorySearch search, Consumer<DirectoryEntry> consumer) {

		_matching(
			search
		).forEach(
			entry -> consumer.accept(entry._directoryEntry)
		);
	}

	@Override
	public List<Level> levels(Uai uai) {
		Map<String, String> labels = new HashMap<>();

		for (Level level : _portalStructures.levels()) {
			labels.put(level.mefCode(), level.label());
		}

		Map<String, Level> levels = new TreeMap<>();

		for (SchoolClass schoolClass : _portalStructures.classes(uai)) {
			schoolClass.mefCode(
			).ifPresent(
				mefCode -> levels.put(
					mefCode,
					new Level(mefCode, labels.getOrDefault(mefCode, mefCode)))
			);
		}

		return new ArrayList<>(levels.values());
	}

	@Override
	public PeoplePage search(PeopleQuery query) {
		DirectoryPage directoryPage = search(query.toSearch());

		List<Person> people = new ArrayList<>();

		for (DirectoryEntry entry : directoryPage.entries()) {
			people.add(entry.person());
		}

		return new PeoplePage(people, directoryPage.total(), query);
	}

	@Override
	public DirectoryPage search(DirectorySearch search) {
		List<Entry> matching = _matching(search);

		int from = Math.min(search.offset(), matching.size());
		int to = Math.min(from + search.pageSize(), matching.size());

		List<DirectoryEntry> entries = new ArrayList<>(to - from);

		for (Entry entry : matching.subList(from, to)) {
			entries.add(entry._directoryEntry);
		}

		return new DirectoryPage(entries, matching.size(), search);
	}

	@Override
	public List<Subject> subjectsTaught(Uai uai) {
		Map<String, String> labels = _subjectLabels();

		Set<String> codes = new HashSet<>();

		for (TeachingAssignment teachingAssignment : _assignments(uai)) {
			codes.add(teachingAssignment.getSubjectCode());
		}

		List<Subject> subjects = new ArrayList<>();

		for (String code : codes) {
			subjects.add(new Subject(code, labels.getOrDefault(code, code)));
		}

		subjects.sort(
			Comparator.comparing(
				Subject::label
			).thenComparing(
				Subject::code
			));

		return subjects;
	}

	private List<TeachingAssignment> _assignments(Uai uai) {
		long companyId = _companyIdSupplier.getAsLong();

		List<TeachingAssignment> teachingAssignments = new ArrayList<>();

		// UAIs are national, but a test instance of the portal may hold the same establishment as the real one

		for (TeachingAssignment teachingAssignment :
				_teachingAssignmentLocalService.getTeachingAssignmentsByUai(
					uai.value(), QueryUtil.ALL_POS, QueryUtil.ALL_POS)) {

			if (teachingAssignment.getCompanyId() == companyId) {
				teachingAssignments.add(teachingAssignment);
			}
		}

		return teachingAssignments;
	}

	/**
	 * Returns every person the search finds, in order, each with what they are sorted on.
	 */
	private List<Entry> _matching(DirectorySearch search) {
		Set<Uai> uais = new LinkedHashSet<>(search.uais());

		if (uais.isEmpty()) {
			for (Establishment establishment : _portalEstablishments.list()) {
				uais.add(establishment.uai());
			}
		}

		Set<String> subjectTeachers = null;

		if (search.subject().isPresent()) {
			subjectTeachers = _subjectTeachers(uais, search.subject().get());
		}

		List<Entry> matching = new ArrayList<>();

		for (Uai uai : uais) {
			Criteria criteria = new Criteria(search, uai, subjectTeachers);

			for (DirectoryEntry directoryEntry : _portalPeople.entries(uai)) {
				Entry entry = new Entry(directoryEntry);

				if (criteria._matches(entry)) {
					matching.add(entry);
				}
			}
		}

		matching.sort(_ORDER);

		return matching;
	}

	private Map<String, String> _subjectLabels() {
		Map<String, String> labels = new HashMap<>();

		for (Subject subject : _portalStructures.subjects()) {
			labels.put(subject.code(), subject.label());
		}

		return labels;
	}

	/**
	 * The external IDs of those who teach the subject, named by its code or its label, in one of the establishments.
	 */
	private Set<String> _subjectTeachers(Set<Uai> uais, String subject) {
		Set<String> subjectCodes = new HashSet<>();

		subjectCodes.add(subject);

		String upperCaseSubject = subject.toUpperCase(Locale.ROOT);

		for (Subject nomenclatureSubject : _portalStructures.subjects()) {
			if (upperCaseSubject.equals(
					nomenclatureSubject.label(
					).toUpperCase(
						Locale.ROOT
					))) {

				subjectCodes.add(nomenclatureSubject.code());
			}
		}

		Set<String> teacherExternalIds = new HashSet<>();

		for (Uai uai : uais) {
			for (TeachingAssignment teachingAssignment : _assignments(uai)) {
				if (subjectCodes.contains(
						teachingAssignment.getSubjectCode())) {

					teacherExternalIds.add(
						teachingAssignment.getTeacherExternalId());
				}
			}
		}

		return teacherExternalIds;
	}

	private static final Comparator<Entry> _ORDER = Comparator.comparing(
		(Entry entry) -> entry._lastNameKey
	).thenComparing(
		entry -> entry._firstNameKey
	).thenComparing(
		entry -> entry._directoryEntry.person(
		).externalId()
	);

	private final LongSupplier _companyIdSupplier;
	private final PortalEstablishments _portalEstablishments;
	private final PortalPeople _portalPeople;
	private final PortalStructures _portalStructures;
	private final TeachingAssignmentLocalService
		_teachingAssignmentLocalService;

	/**
	 * A person found, with their names folded as the search's name prefix is.
	 */
	private static final class Entry {

		private Entry(DirectoryEntry directoryEntry) {
			_directoryEntry = directoryEntry;

			Person person = directoryEntry.person();

			_firstNameKey = Names.fold(person.firstName());
			_lastNameKey = Names.fold(person.lastName());
		}

		private final DirectoryEntry _directoryEntry;
		private final String _firstNameKey;
		private final String _lastNameKey;

	}

	/**
	 * The criteria of a search in one establishment, with what the establishment's classes and teaching assignments
	 * tell of them, read only when a criterion needs them.
	 */
	private final class Criteria {

		private Criteria(
			DirectorySearch search, Uai uai, Set<String> subjectTeachers) {

			_search = search;
			_subjectTeachers = subjectTeachers;

			if (search.mefCode().isPresent()) {
				for (SchoolClass schoolClass : _portalStructures.classes(uai)) {
					if (search.mefCode(
						).equals(
							schoolClass.mefCode()
						)) {

						_levelClassCodes.add(schoolClass.code());
					}
				}
			}

			if (search.classCode().isPresent() ||
				search.groupCode().isPresent()) {

				for (TeachingAssignment teachingAssignment :
						_assignments(uai)) {

					String structureCode =
						teachingAssignment.getStructureCode();

					// The members of a class or group are its pupils and the teachers who teach it

					if (teachingAssignment.isGroupStructure()) {
						if (search.groupCode(
							).map(
								structureCode::equals
							).orElse(
								false
							)) {

							_structureTeachers.add(
								teachingAssignment.getTeacherExternalId());
						}
					}
					else if (search.classCode(
							).map(
								structureCode::equals
							).orElse(
								false
							)) {

						_classTeachers.add(
							teachingAssignment.getTeacherExternalId());
					}
				}
			}
		}

		private boolean _matches(Entry entry) {
			Person person = entry._directoryEntry.person();

			if (_search.namePrefix(
				).isPresent()) {

				String namePrefix = _search.namePrefix(
				).get();

				if (!entry._lastNameKey.startsWith(namePrefix) &&
					!entry._firstNameKey.startsWith(namePrefix)) {

					return false;
				}
			}

			if (!_search.profile(
				).map(
					profile -> profile == person.profile()
				).orElse(
					true
				) ||
				!_search.state(
				).map(
					state -> state == person.state()
				).orElse(
					true
				) ||
				!_search.source(
				).map(
					source -> source == person.source()
				).orElse(
					true
				)) {

				return false;
			}

			if (_search.function(
				).isPresent() &&
				!person.functions(
				).contains(
					_search.function(
					).get()
				)) {

				return false;
			}

			if (_search.mefCode(
				).isPresent() &&
				!person.classCode(
				).map(
					_levelClassCodes::contains
				).orElse(
					false
				)) {

				return false;
			}

			if (_search.classCode(
				).isPresent() &&
				!_search.classCode(
				).equals(
					person.classCode()
				) &&
				!_classTeachers.contains(person.externalId())) {

				return false;
			}

			if (_search.groupCode(
				).isPresent() &&
				!person.groupCodes(
				).contains(
					_search.groupCode(
					).get()
				) &&
				!_structureTeachers.contains(person.externalId())) {

				return false;
			}

			if ((_subjectTeachers != null) &&
				!_subjectTeachers.contains(person.externalId())) {

				return false;
			}

			return true;
		}

		private final Set<String> _classTeachers = new HashSet<>();
		private final Set<String> _levelClassCodes = new HashSet<>();
		private final DirectorySearch _search;
		private final Set<String> _structureTeachers = new HashSet<>();
		private final Set<String> _subjectTeachers;

	}

}
