package org.preau.core.directory.model;

import java.util.Objects;

/**
 * A subject of the national nomenclature: a code ({@code 030201}) and a label ({@code ANGLAIS LV1}).
 */
public final class Subject {

	public Subject(String code, String label) {
		_code = Names.require(code, "subject code");
		_label = Names.require(label, "subject label");
	}

	public String code() {
		return _code;
	}

	@Override
	public boolean equals(Object object) {
		return (object instanceof Subject) &&
			_code.equals(((Subject)object)._code) &&
			_label.equals(((Subject)object)._label);
	}

	@Override
	public int hashCode() {
		return Objects.hash(_code, _label);
	}

	public String label() {
		return _label;
	}

	@Override
	public String toString() {
		return _code + " " + _label;
	}

	private final String _code;
	private final String _label;

}
