package org.preau.core.directory.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A class (division) of an establishment, such as {@code 3A}, at one level.
 */
public final class SchoolClass {

	public SchoolClass(Uai uai, String code, String mefCode) {
		_uai = Objects.requireNonNull(uai, "uai");
		_code = Names.require(code, "class code");
		_mefCode = ((mefCode == null) || mefCode.trim().isEmpty()) ? null :
			mefCode.trim();
	}

	public String code() {
		return _code;
	}

	@Override
	public boolean equals(Object object) {
		if (!(object instanceof SchoolClass)) {
			return false;
		}

		SchoolClass other = (SchoolClass)object;

		return _uai.equals(other._uai) && _code.equals(other._code) &&
			Objects.equals(_mefCode, other._mefCode);
	}

	@Override
	public int hashCode() {
		return Objects.hash(_uai, _code);
	}

	public Optional<String> mefCode() {
		return Optional.ofNullable(_mefCode);
	}

	@Override
	public String toString() {
		return _uai + "$" + _code;
	}

	public Uai uai() {
		return _uai;
	}

	private final String _code;
	private final String _mefCode;
	private final Uai _uai;

}
