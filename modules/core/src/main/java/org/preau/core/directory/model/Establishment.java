package org.preau.core.directory.model;

import java.util.Objects;

/**
 * A collège, lycée or cité scolaire, known by its UAI.
 */
public final class Establishment {

	public Establishment(Uai uai, String name, EstablishmentKind kind, String city) {
		_uai = Objects.requireNonNull(uai, "uai");
		_name = Names.require(name, "establishment name");
		_kind = Objects.requireNonNull(kind, "kind");
		_city = (city == null) ? "" : city.trim();
	}

	public String city() {
		return _city;
	}

	@Override
	public boolean equals(Object object) {
		if (!(object instanceof Establishment)) {
			return false;
		}

		Establishment other = (Establishment)object;

		return _uai.equals(other._uai) && _name.equals(other._name) &&
			(_kind == other._kind) && _city.equals(other._city);
	}

	@Override
	public int hashCode() {
		return _uai.hashCode();
	}

	public EstablishmentKind kind() {
		return _kind;
	}

	public String name() {
		return _name;
	}

	@Override
	public String toString() {
		return _uai + " " + _name;
	}

	public Uai uai() {
		return _uai;
	}

	private final String _city;
	private final EstablishmentKind _kind;
	private final String _name;
	private final Uai _uai;

}
