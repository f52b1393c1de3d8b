package org.preau.core.directory.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the directory knows of one person: who they are and their login, their class and its level, their
 * groups, what they teach and to whom, and their parents or children.
 */
public final class UserCard {

	public UserCard(
		DirectoryEntry entry, Level level,
		List<TeachingAssignment> teachingAssignments,
		Map<String, String> subjectLabels, List<Relative> parents,
		List<Relative> children) {

		_entry = Objects.requireNonNull(entry, "entry");
		_level = level;
		_teachingAssignments = List.copyOf(teachingAssignments);
		_subjectLabels = Map.copyOf(subjectLabels);
		_parents = List.copyOf(parents);
		_children = List.copyOf(children);
	}

	/**
	 * The pupils this person is responsible for, in name order.
	 */
	public List<Relative> children() {
		return _children;
	}

	public DirectoryEntry entry() {
		return _entry;
	}

	/**
	 * The level of the pupil's class, when the class names one the nomenclature knows.
	 */
	public Optional<Level> level() {
		return Optional.ofNullable(_level);
	}

	/**
	 * The people responsible for this pupil, in name order.
	 */
	public List<Relative> parents() {
		return _parents;
	}

	public Person person() {
		return _entry.person();
	}

	/**
	 * The label of a subject code, or the code itself when the nomenclature lacks it.
	 */
	public String subjectLabel(String subjectCode) {
		return _subjectLabels.getOrDefault(subjectCode, subjectCode);
	}

	/**
	 * What this teacher teaches, ordered by class or group, then subject.
	 */
	public List<TeachingAssignment> teachingAssignments() {
		return _teachingAssignments;
	}

	/**
	 * A person on the other side of a parent–pupil relation.
	 */
	public static final class Relative {

		public Relative(DirectoryEntry entry, ParentRelation relation) {
			_entry = Objects.requireNonNull(entry, "entry");
			_relation = Objects.requireNonNull(relation, "relation");
		}

		public DirectoryEntry entry() {
			return _entry;
		}

		public ParentRelation relation() {
			return _relation;
		}

		private final DirectoryEntry _entry;
		private final ParentRelation _relation;

	}

	private final List<Relative> _children;
	private final DirectoryEntry _entry;
	private final Level _level;
	private final List<Relative> _parents;
	private final Map<String, String> _subjectLabels;
	private final List<TeachingAssignment> _teachingAssignments;

}
