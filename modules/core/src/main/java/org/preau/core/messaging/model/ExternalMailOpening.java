package org.preau.core.messaging.model;

import java.util.Objects;

import org.preau.core.directory.model.Uai;

/**
 * External e-mail opened to pupils of a school: all of them, those of a level (MEF code) or those of a class. It is
 * closed to pupils otherwise.
 */
public final class ExternalMailOpening {

	public static ExternalMailOpening allPupils(Uai uai) {
		return new ExternalMailOpening(uai, Scope.ALL_PUPILS, "");
	}

	public static ExternalMailOpening ofClass(Uai uai, String classCode) {
		return new ExternalMailOpening(uai, Scope.CLASS, classCode);
	}

	public static ExternalMailOpening ofLevel(Uai uai, String mefCode) {
		return new ExternalMailOpening(uai, Scope.LEVEL, mefCode);
	}

	public String code() {
		return _code;
	}

	public Scope scope() {
		return _scope;
	}

	public Uai uai() {
		return _uai;
	}

	public enum Scope {

		ALL_PUPILS, LEVEL, CLASS

	}

	private ExternalMailOpening(Uai uai, Scope scope, String code) {
		_uai = Objects.requireNonNull(uai, "uai");
		_scope = scope;
		_code = Objects.requireNonNull(code, "code");

		if ((scope != Scope.ALL_PUPILS) && code.isBlank()) {
			throw new IllegalArgumentException(
				"an opening to a level or a class needs its code");
		}
	}

	private final String _code;
	private final Scope _scope;
	private final Uai _uai;

}
