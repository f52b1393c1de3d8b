package org.preau.core.imports.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.preau.core.directory.model.Establishment;
import org.preau.core.directory.model.Group;
import org.preau.core.directory.model.Level;
import org.preau.core.directory.model.ParentRelation;
import org.preau.core.directory.model.Person;
import org.preau.core.directory.model.SchoolClass;
import org.preau.core.directory.model.Source;
import org.preau.core.directory.model.Subject;
import org.preau.core.directory.model.TeachingAssignment;

/**
 * The records of one or more feed files, gathered in memory. A later record with the same key replaces an earlier one,
 * as a complete feed describes the whole directory.
 */
public final class DirectorySnapshot implements ImportSink {

	/**
	 * Splits the records by the source that brought the people: each person goes with their source, a relation with
	 * its parent's source (else its pupil's), an assignment with its teacher's; establishments, structures and
	 * nomenclatures go with every source, since each import needs them. A feed of several sources (SIECLE and STSweb
	 * files of one school) is imported as one run per source, so that each source owns what it brings.
	 */
	public Map<Source, DirectorySnapshot> bySource() {
		Map<Source, DirectorySnapshot> snapshots = new EnumMap<>(Source.class);
		Map<String, Source> sourceByPersonId = new HashMap<>();

		for (Person person : _people.values()) {
			sourceByPersonId.put(person.externalId(), person.source());

			_snapshot(snapshots, person.source()).person(person);
		}

		for (ParentRelation relation : _relations) {
			Source source = sourceByPersonId.getOrDefault(
				relation.parentId(), sourceByPersonId.get(relation.pupilId()));

			if (source != null) {
				_snapshot(snapshots, source).relation(relation);
			}
		}

		for (TeachingAssignment assignment : _assignments) {
			Source source = sourceByPersonId.get(assignment.teacherId());

			if (source != null) {
				_snapshot(snapshots, source).teachingAssignment(assignment);
			}
		}

		for (DirectorySnapshot snapshot : snapshots.values()) {
			_establishments.values().forEach(snapshot::establishment);
			_classes.values().forEach(snapshot::schoolClass);
			_groups.values().forEach(snapshot::group);
			_levels.values().forEach(snapshot::level);
			_subjects.values().forEach(snapshot::subject);
		}

		return snapshots;
	}

	public List<TeachingAssignment> assignments() {
		return Collections.unmodifiableList(_assignments);
	}

	public List<SchoolClass> classes() {
		return List.copyOf(_classes.values());
	}

	@Override
	public void establishment(Establishment establishment) {
		_establishments.put(establishment.uai().value(), establishment);
	}

	public List<Establishment> establishments() {
		return List.copyOf(_establishments.values());
	}

	@Override
	public void group(Group group) {
		_groups.put(group.toString(), group);
	}

	public List<Group> groups() {
		return List.copyOf(_groups.values());
	}

	@Override
	public void level(Level level) {
		_levels.put(level.mefCode(), level);
	}

	public List<Level> levels() {
		return List.copyOf(_levels.values());
	}

	public List<Person> people() {
		return List.copyOf(_people.values());
	}

	@Override
	public void person(Person person) {
		_people.put(person.externalId(), person);
	}

	@Override
	public void relation(ParentRelation relation) {
		_relations.add(relation);
	}

	public List<ParentRelation> relations() {
		return Collections.unmodifiableList(_relations);
	}

	@Override
	public void schoolClass(SchoolClass schoolClass) {
		_classes.put(schoolClass.toString(), schoolClass);
	}

	@Override
	public void subject(Subject subject) {
		_subjects.put(subject.code(), subject);
	}

	public List<Subject> subjects() {
		return List.copyOf(_subjects.values());
	}

	@Override
	public void teachingAssignment(TeachingAssignment teachingAssignment) {
		_assignments.add(teachingAssignment);
	}

	private static DirectorySnapshot _snapshot(
		Map<Source, DirectorySnapshot> snapshots, Source source) {

		return snapshots.computeIfAbsent(source, key -> new DirectorySnapshot());
	}

	private final List<TeachingAssignment> _assignments = new ArrayList<>();
	private final Map<String, SchoolClass> _classes = new LinkedHashMap<>();
	private final Map<String, Establishment> _establishments =
		new LinkedHashMap<>();
	private final Map<String, Group> _groups = new LinkedHashMap<>();
	private final Map<String, Level> _levels = new LinkedHashMap<>();
	private final Map<String, Person> _people = new LinkedHashMap<>();
	private final List<ParentRelation> _relations = new ArrayList<>();
	private final Map<String, Subject> _subjects = new LinkedHashMap<>();

}
