package org.preau.core.directory.model;

import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A teaching group that gathers pupils of one or several classes (an option, a language group, a "partie de classe").
 */
public final class Group {

	public Group(Uai uai, String code, Set<String> classCodes) {
		_uai = Objects.requireNonNull(uai, "uai");
		_code = Names.require(code, "group code");
		_classCodes = Collections.unmodifiableSet(new TreeSet<>(classCodes));
	}

	public Set<String> classCodes() {
		return _classCodes;
	}

	public String code() {
		return _code;
	}

	@Override
	public boolean equals(Object object) {
		if (!(object instanceof Group)) {
			return false;
		}

		Group other = (Group)object;

		return _uai.equals(other._uai) && _code.equals(other._code) &&
			_classCodes.equals(other._classCodes);
	}

	@Override
	public int hashCode() {
		return Objects.hash(_uai, _code);
	}

	@Override
	public String toString() {
		return _uai + "$" + _code;
	}

	public Uai uai() {
		return _uai;
	}

	private final Set<String> _classCodes;
	private final String _code;
	private final Uai _uai;

}
