package org.preau.core.directory.model;

import java.util.Objects;

/**
 * A level of study, from the MEF nomenclature: {@code 10010012110} is 6e, and so on.
 */
public final class Level {

	public Level(String mefCode, String label) {
		_mefCode = Names.require(mefCode, "MEF code");
		_label = Names.require(label, "level label");
	}

	@Override
	public boolean equals(Object object) {
		return (object instanceof Level) &&
			_mefCode.equals(((Level)object)._mefCode) &&
			_label.equals(((Level)object)._label);
	}

	@Override
	public int hashCode() {
		return Objects.hash(_mefCode, _label);
	}

	public String label() {
		return _label;
	}

	public String mefCode() {
		return _mefCode;
	}

	@Override
	public String toString() {
		return _label + " (" + _mefCode + ")";
	}

	private final String _label;
	private final String _mefCode;

}
