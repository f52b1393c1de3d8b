package org.preau.core.imports.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.preau.core.directory.model.Establishment;
import org.preau.core.directory.model.Group;
import org.preau.core.directory.model.Level;
import org.preau.core.directory.model.ParentRelation;
import org.preau.core.directory.model.Person;
import org.preau.core.directory.model.SchoolClass;
import org.preau.core.directory.model.Subject;
import org.preau.core.directory.model.TeachingAssignment;

/**
 * The records of one or more feed files, gathered in memory. A later record with the same key replaces an earlier one,
 * as a complete feed describes the whole directory.
 */
public final class DirectorySnapshot implements ImportSink {

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
