package org.preau.core.imports.model;

import java.util.List;
import java.util.Map;

import org.preau.core.directory.model.Establishment;
import org.preau.core.directory.model.Group;
import org.preau.core.directory.model.Level;
import org.preau.core.directory.model.ParentRelation;
import org.preau.core.directory.model.SchoolClass;
import org.preau.core.directory.model.Subject;
import org.preau.core.directory.model.TeachingAssignment;

/**
 * What the directory holds for the establishments a feed covers, read at once so that the reconciler compares in
 * memory: their people, links and structures, and the whole nomenclature.
 */
public final class CurrentDirectory {

	public static CurrentDirectory empty() {
		return new CurrentDirectory(
			List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
			List.of(), List.of());
	}

	public CurrentDirectory(
		List<Establishment> establishments, List<PersonRecord> people,
		List<ParentRelation> relations, List<TeachingAssignment> assignments,
		List<SchoolClass> classes, List<Group> groups, List<Level> levels,
		List<Subject> subjects) {

		this(
			establishments, people, relations, assignments, classes, groups,
			levels, subjects, Map.of());
	}

	/**
	 * @param absorbedKeys the source keys of people merged into others, with the identifier of the person each now
	 *        stands for
	 */
	public CurrentDirectory(
		List<Establishment> establishments, List<PersonRecord> people,
		List<ParentRelation> relations, List<TeachingAssignment> assignments,
		List<SchoolClass> classes, List<Group> groups, List<Level> levels,
		List<Subject> subjects, Map<SourceKey, String> absorbedKeys) {

		_absorbedKeys = Map.copyOf(absorbedKeys);
		_establishments = List.copyOf(establishments);
		_people = List.copyOf(people);
		_relations = List.copyOf(relations);
		_assignments = List.copyOf(assignments);
		_classes = List.copyOf(classes);
		_groups = List.copyOf(groups);
		_levels = List.copyOf(levels);
		_subjects = List.copyOf(subjects);
	}

	/**
	 * The source keys of people merged into others, with the identifier of the person each key now stands for: a feed
	 * that still lists a merged duplicate names the person it was merged into.
	 */
	public Map<SourceKey, String> absorbedKeys() {
		return _absorbedKeys;
	}

	public List<TeachingAssignment> assignments() {
		return _assignments;
	}

	public List<SchoolClass> classes() {
		return _classes;
	}

	public List<Establishment> establishments() {
		return _establishments;
	}

	public List<Group> groups() {
		return _groups;
	}

	/**
	 * Every level of the nomenclature.
	 */
	public List<Level> levels() {
		return _levels;
	}

	public List<PersonRecord> people() {
		return _people;
	}

	public List<ParentRelation> relations() {
		return _relations;
	}

	/**
	 * Every subject of the nomenclature.
	 */
	public List<Subject> subjects() {
		return _subjects;
	}

	private final Map<SourceKey, String> _absorbedKeys;
	private final List<TeachingAssignment> _assignments;
	private final List<SchoolClass> _classes;
	private final List<Establishment> _establishments;
	private final List<Group> _groups;
	private final List<Level> _levels;
	private final List<PersonRecord> _people;
	private final List<ParentRelation> _relations;
	private final List<Subject> _subjects;

}
