package org.preau.core.directory.model;

import java.util.Objects;

/**
 * A teacher teaches a subject to a class or to a group ("service" in STSweb).
 */
public final class TeachingAssignment {

	public TeachingAssignment(
		Uai uai, String teacherId, String structureCode, boolean group,
		String subjectCode, boolean headTeacher) {

		_uai = Objects.requireNonNull(uai, "uai");
		_teacherId = Names.require(teacherId, "teacher identifier");
		_structureCode = Names.require(structureCode, "class or group code");
		_group = group;
		_subjectCode = Names.require(subjectCode, "subject code");
		_headTeacher = headTeacher;
	}

	@Override
	public boolean equals(Object object) {
		if (!(object instanceof TeachingAssignment)) {
			return false;
		}

		TeachingAssignment other = (TeachingAssignment)object;

		return _uai.equals(other._uai) && _teacherId.equals(other._teacherId) &&
			_structureCode.equals(other._structureCode) &&
			(_group == other._group) &&
			_subjectCode.equals(other._subjectCode) &&
			(_headTeacher == other._headTeacher);
	}

	@Override
	public int hashCode() {
		return Objects.hash(_uai, _teacherId, _structureCode, _subjectCode);
	}

	/**
	 * Whether the teacher is the professeur principal of this class.
	 */
	public boolean headTeacher() {
		return _headTeacher;
	}

	/**
	 * Whether {@link #structureCode()} names a group rather than a class.
	 */
	public boolean isGroup() {
		return _group;
	}

	public String structureCode() {
		return _structureCode;
	}

	public String subjectCode() {
		return _subjectCode;
	}

	public String teacherId() {
		return _teacherId;
	}

	@Override
	public String toString() {
		return _teacherId + " teaches " + _subjectCode + " to " + _structureCode;
	}

	public Uai uai() {
		return _uai;
	}

	private final boolean _group;
	private final boolean _headTeacher;
	private final String _structureCode;
	private final String _subjectCode;
	private final String _teacherId;
	private final Uai _uai;

}
