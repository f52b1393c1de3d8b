package org.preau.core.directory.model;

/**
 * How a responsible person relates to a pupil in SIECLE (NIVEAU_RESPONSABILITE): only legal representatives get a
 * parent account by default.
 */
public enum LegalLevel {

	/** Représentant légal (level 1; RESP_LEGAL 1 or 2 in older files). */
	LEGAL(1),
	/** Personne en charge (level 2). */
	IN_CHARGE(2),
	/** Contact only (level 3; RESP_LEGAL 0). */
	CONTACT(3);

	public static LegalLevel ofCode(int code) {
		for (LegalLevel level : values()) {
			if (level._code == code) {
				return level;
			}
		}

		throw new IllegalArgumentException(
			"unknown responsibility level " + code);
	}

	public int code() {
		return _code;
	}

	private LegalLevel(int code) {
		_code = code;
	}

	private final int _code;

}
