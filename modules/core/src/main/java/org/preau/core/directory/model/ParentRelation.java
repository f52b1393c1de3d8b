package org.preau.core.directory.model;

import java.util.Objects;

/**
 * Links a responsible person to a pupil, with the legal level and the SIECLE kinship code (10 mother, 20 father, 50
 * guardian, ...).
 */
public final class ParentRelation {

	public ParentRelation(
		Uai uai, String parentId, String pupilId, LegalLevel legalLevel,
		String kinshipCode) {

		_uai = Objects.requireNonNull(uai, "uai");
		_parentId = Names.require(parentId, "parent identifier");
		_pupilId = Names.require(pupilId, "pupil identifier");
		_legalLevel = Objects.requireNonNull(legalLevel, "legal level");
		_kinshipCode = (kinshipCode == null) ? "" : kinshipCode.trim();
	}

	@Override
	public boolean equals(Object object) {
		if (!(object instanceof ParentRelation)) {
			return false;
		}

		ParentRelation other = (ParentRelation)object;

		return _uai.equals(other._uai) && _parentId.equals(other._parentId) &&
			_pupilId.equals(other._pupilId) &&
			(_legalLevel == other._legalLevel) &&
			_kinshipCode.equals(other._kinshipCode);
	}

	@Override
	public int hashCode() {
		return Objects.hash(_parentId, _pupilId);
	}

	public String kinshipCode() {
		return _kinshipCode;
	}

	public LegalLevel legalLevel() {
		return _legalLevel;
	}

	public String parentId() {
		return _parentId;
	}

	public String pupilId() {
		return _pupilId;
	}

	@Override
	public String toString() {
		return _parentId + " -> " + _pupilId + " (" + _legalLevel + ")";
	}

	public Uai uai() {
		return _uai;
	}

	private final String _kinshipCode;
	private final LegalLevel _legalLevel;
	private final String _parentId;
	private final String _pupilId;
	private final Uai _uai;

}
