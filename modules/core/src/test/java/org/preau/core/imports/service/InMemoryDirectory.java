package org.preau.core.imports.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.preau.core.audit.model.AuditEvent;
import org.preau.core.audit.port.out.AuditLog;
import org.preau.core.common.Transactions;
import org.preau.core.directory.model.Establishment;
import org.preau.core.directory.model.Group;
import org.preau.core.directory.model.ImportRun;
import org.preau.core.directory.model.Level;
import org.preau.core.directory.model.ParentRelation;
import org.preau.core.directory.model.Person;
import org.preau.core.directory.model.Profile;
import org.preau.core.directory.model.SchoolClass;
import org.preau.core.directory.model.Subject;
import org.preau.core.directory.model.TeachingAssignment;
import org.preau.core.directory.model.Uai;
import org.preau.core.directory.port.out.Establishments;
import org.preau.core.directory.port.out.ImportRuns;
import org.preau.core.directory.port.out.Links;
import org.preau.core.directory.port.out.People;
import org.preau.core.directory.port.out.Structures;
import org.preau.core.imports.model.CurrentDirectory;
import org.preau.core.imports.model.PersonRecord;
import org.preau.core.imports.model.SourceKey;
import org.preau.core.imports.port.out.DirectoryState;
import org.preau.core.imports.port.out.DirectoryUpdates;

/**
 * Every port an import uses, in maps, counting the writes that change something.
 */
final class InMemoryDirectory
	implements AuditLog, DirectoryState, DirectoryUpdates, Establishments,
			   ImportRuns, Links, People, Structures, Transactions {

	@Override
	public void addSourceKey(String externalId, SourceKey key) {
		if (!externalId.equals(_keys.put(key, externalId))) {
			_writes++;
		}
	}

	List<AuditEvent> auditEvents() {
		return _auditEvents;
	}

	@Override
	public List<SchoolClass> classes(Uai uai) {
		List<SchoolClass> classes = new ArrayList<>();

		for (SchoolClass schoolClass : _classes.values()) {
			if (schoolClass.uai().equals(uai)) {
				classes.add(schoolClass);
			}
		}

		return classes;
	}

	@Override
	public Optional<Establishment> find(Uai uai) {
		return Optional.ofNullable(_establishments.get(uai));
	}

	@Override
	public Optional<Person> find(String externalId) {
		return Optional.ofNullable(_people.get(externalId));
	}

	@Override
	public List<Group> groups(Uai uai) {
		List<Group> groups = new ArrayList<>();

		for (Group group : _groups.values()) {
			if (group.uai().equals(uai)) {
				groups.add(group);
			}
		}

		return groups;
	}

	@Override
	public List<ImportRun> history(Uai uai, int limit) {
		List<ImportRun> runs = new ArrayList<>();

		for (int i = _importRuns.size() - 1; (i >= 0) && (runs.size() < limit);
			 i--) {

			if (_importRuns.get(i).uai().equals(uai)) {
				runs.add(_importRuns.get(i));
			}
		}

		return runs;
	}

	@Override
	public <T> T inTransaction(Supplier<T> work) {
		return work.get();
	}

	@Override
	public Optional<ImportRun> latest(Uai uai) {
		return history(
			uai, 1
		).stream(
		).findFirst();
	}

	@Override
	public List<AuditEvent> latest(int limit) {
		return _auditEvents.subList(
			Math.max(0, _auditEvents.size() - limit), _auditEvents.size());
	}

	LocalDate[] lifecycle(String externalId) {
		return _lifecycle.getOrDefault(externalId, new LocalDate[2]);
	}

	@Override
	public List<Establishment> list() {
		return new ArrayList<>(_establishments.values());
	}

	@Override
	public List<Person> list(Uai uai, Profile profile, int offset, int limit) {
		List<Person> people = new ArrayList<>();

		for (Person person : _people.values()) {
			if (person.uai().equals(uai) && (person.profile() == profile)) {
				people.add(person);
			}
		}

		people.sort(
			Comparator.comparing(
				Person::lastName
			).thenComparing(
				Person::firstName
			).thenComparing(
				Person::externalId
			));

		return people.subList(
			Math.min(offset, people.size()),
			Math.min(offset + limit, people.size()));
	}

	@Override
	public CurrentDirectory load(Set<Uai> uais) {
		Map<String, Set<SourceKey>> otherKeys = new LinkedHashMap<>();

		for (Map.Entry<SourceKey, String> entry : _keys.entrySet()) {
			otherKeys.computeIfAbsent(
				entry.getValue(), id -> new LinkedHashSet<>()
			).add(
				entry.getKey()
			);
		}

		List<PersonRecord> records = new ArrayList<>();

		for (Person person : _people.values()) {
			if (uais.contains(person.uai())) {
				LocalDate[] dates = lifecycle(person.externalId());

				records.add(
					new PersonRecord(
						person, dates[0], dates[1],
						otherKeys.getOrDefault(
							person.externalId(), Set.of())));
			}
		}

		List<Establishment> establishments = new ArrayList<>();

		for (Uai uai : uais) {
			find(uai).ifPresent(establishments::add);
		}

		List<ParentRelation> relations = new ArrayList<>();

		for (ParentRelation relation : _relations.values()) {
			if (uais.contains(relation.uai())) {
				relations.add(relation);
			}
		}

		List<TeachingAssignment> assignments = new ArrayList<>();

		for (TeachingAssignment assignment : _assignments.values()) {
			if (uais.contains(assignment.uai())) {
				assignments.add(assignment);
			}
		}

		List<SchoolClass> classes = new ArrayList<>();
		List<Group> groups = new ArrayList<>();

		for (Uai uai : uais) {
			classes.addAll(classes(uai));
			groups.addAll(groups(uai));
		}

		return new CurrentDirectory(
			establishments, records, relations, assignments, classes, groups,
			new ArrayList<>(_levels.values()),
			new ArrayList<>(_subjects.values()));
	}

	Map<String, Person> people() {
		return _people;
	}

	@Override
	public void record(AuditEvent event) {
		_auditEvents.add(event);
	}

	Map<String, ParentRelation> relations() {
		return _relations;
	}

	@Override
	public void removeRelation(ParentRelation relation) {
		if (_relations.remove(
				relation.parentId() + "|" + relation.pupilId()) != null) {

			_writes++;
		}
	}

	@Override
	public void removeTeachingAssignment(TeachingAssignment assignment) {
		if (_assignments.remove(_key(assignment)) != null) {
			_writes++;
		}
	}

	@Override
	public void save(Establishment establishment) {
		_count(
			_establishments.put(establishment.uai(), establishment),
			establishment);
	}

	@Override
	public ImportRun save(ImportRun importRun) {
		ImportRun stored = importRun.withId(_importRuns.size() + 1);

		_importRuns.add(stored);

		return stored;
	}

	@Override
	public void save(Person person) {
		_count(_people.put(person.externalId(), person), person);
	}

	@Override
	public void saveClass(SchoolClass schoolClass) {
		_count(_classes.put(schoolClass.toString(), schoolClass), schoolClass);
	}

	@Override
	public void saveGroup(Group group) {
		_count(_groups.put(group.toString(), group), group);
	}

	@Override
	public void saveLevel(Level level) {
		_count(_levels.put(level.mefCode(), level), level);
	}

	@Override
	public void saveLifecycle(
		String externalId, LocalDate detachedOn, LocalDate deletionProposedOn) {

		_lifecycle.put(
			externalId, new LocalDate[] {detachedOn, deletionProposedOn});
		_writes++;
	}

	@Override
	public void saveRelation(ParentRelation relation) {
		_count(
			_relations.put(
				relation.parentId() + "|" + relation.pupilId(), relation),
			relation);
	}

	@Override
	public void saveSubject(Subject subject) {
		_count(_subjects.put(subject.code(), subject), subject);
	}

	@Override
	public void saveTeachingAssignment(TeachingAssignment assignment) {
		_count(_assignments.put(_key(assignment), assignment), assignment);
	}

	Map<String, TeachingAssignment> teachingAssignments() {
		return _assignments;
	}

	int writes() {
		return _writes;
	}

	private static String _key(TeachingAssignment assignment) {
		return assignment.uai() + "|" + assignment.teacherId() + "|" +
			assignment.structureCode() + "|" + assignment.subjectCode();
	}

	private void _count(Object before, Object after) {
		if (!after.equals(before)) {
			_writes++;
		}
	}

	private final Map<String, TeachingAssignment> _assignments =
		new LinkedHashMap<>();
	private final List<AuditEvent> _auditEvents = new ArrayList<>();
	private final Map<String, SchoolClass> _classes = new LinkedHashMap<>();
	private final Map<Uai, Establishment> _establishments = new TreeMap<>();
	private final Map<String, Group> _groups = new LinkedHashMap<>();
	private final List<ImportRun> _importRuns = new ArrayList<>();
	private final Map<SourceKey, String> _keys = new LinkedHashMap<>();
	private final Map<String, Level> _levels = new LinkedHashMap<>();
	private final Map<String, LocalDate[]> _lifecycle = new LinkedHashMap<>();
	private final Map<String, Person> _people = new LinkedHashMap<>();
	private final Map<String, ParentRelation> _relations =
		new LinkedHashMap<>();
	private final Map<String, Subject> _subjects = new LinkedHashMap<>();
	private int _writes;

}
