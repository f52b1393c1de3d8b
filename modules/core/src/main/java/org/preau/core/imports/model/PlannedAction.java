package org.preau.core.imports.model;

import java.util.Objects;

import org.preau.core.directory.model.Establishment;
import org.preau.core.directory.model.Group;
import org.preau.core.directory.model.Level;
import org.preau.core.directory.model.ParentRelation;
import org.preau.core.directory.model.SchoolClass;
import org.preau.core.directory.model.Subject;
import org.preau.core.directory.model.TeachingAssignment;

/**
 * One change a run makes to the directory: its kind, what it changes (a target and its key), and that target before
 * and after. Before is absent for a creation or a new link, after is absent for an unlink.
 */
public final class PlannedAction {

	public static PlannedAction establishment(
		ActionKind kind, Establishment before, Establishment after) {

		return new PlannedAction(
			kind, Target.ESTABLISHMENT, after.uai().value(), before, after);
	}

	public static PlannedAction group(
		ActionKind kind, Group before, Group after) {

		return new PlannedAction(
			kind, Target.GROUP, after.toString(), before, after);
	}

	public static PlannedAction level(
		ActionKind kind, Level before, Level after) {

		return new PlannedAction(
			kind, Target.LEVEL, after.mefCode(), before, after);
	}

	public static PlannedAction person(
		ActionKind kind, PersonRecord before, PersonRecord after) {

		return new PlannedAction(
			kind, Target.PERSON, after.externalId(), before, after);
	}

	public static PlannedAction relation(
		ActionKind kind, ParentRelation before, ParentRelation after) {

		ParentRelation either = (after == null) ? before : after;

		return new PlannedAction(
			kind, Target.RELATION,
			either.parentId() + "->" + either.pupilId(), before, after);
	}

	public static PlannedAction schoolClass(
		ActionKind kind, SchoolClass before, SchoolClass after) {

		return new PlannedAction(
			kind, Target.CLASS, after.toString(), before, after);
	}

	public static PlannedAction subject(
		ActionKind kind, Subject before, Subject after) {

		return new PlannedAction(
			kind, Target.SUBJECT, after.code(), before, after);
	}

	public static PlannedAction teachingAssignment(
		ActionKind kind, TeachingAssignment before, TeachingAssignment after) {

		TeachingAssignment either = (after == null) ? before : after;

		return new PlannedAction(
			kind, Target.TEACHING_ASSIGNMENT,
			either.uai() + "$" + either.teacherId() + "$" +
				either.structureCode() + "$" + either.subjectCode(),
			before, after);
	}

	/**
	 * What the target is after the action, summed up for people; empty after an unlink.
	 */
	public String after() {
		return (_after == null) ? "" : _after.toString();
	}

	/**
	 * The target after the action, or null after an unlink.
	 */
	public <T> T afterValue(Class<T> type) {
		return type.cast(_after);
	}

	/**
	 * What the target was before the action, summed up for people; empty for a creation or a new link.
	 */
	public String before() {
		return (_before == null) ? "" : _before.toString();
	}

	/**
	 * The target before the action, or null for a creation or a new link.
	 */
	public <T> T beforeValue(Class<T> type) {
		return type.cast(_before);
	}

	public ActionKind kind() {
		return _kind;
	}

	public Target target() {
		return _target;
	}

	/**
	 * The key of the target: a UAI, a class or group as {@code UAI$CODE}, a person's directory identifier, a relation
	 * as {@code parent->pupil}.
	 */
	public String targetId() {
		return _targetId;
	}

	@Override
	public String toString() {
		return _kind + " " + _target + " " + _targetId;
	}

	public enum Target {

		ESTABLISHMENT, LEVEL, SUBJECT, CLASS, GROUP, PERSON, RELATION,
		TEACHING_ASSIGNMENT

	}

	private PlannedAction(
		ActionKind kind, Target target, String targetId, Object before,
		Object after) {

		_kind = Objects.requireNonNull(kind, "kind");
		_target = target;
		_targetId = targetId;
		_before = before;
		_after = after;
	}

	private final Object _after;
	private final Object _before;
	private final ActionKind _kind;
	private final Target _target;
	private final String _targetId;

}
