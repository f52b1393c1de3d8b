package org.preau.core.rights.model;

import java.util.List;

/**
 * What a person of the directory may do in the ENT: the services they may use with the actions granted, as the matrix
 * of their school gives them now, and the levels at which they administer.
 */
public final class PersonRights {

	public PersonRights(
		boolean active, List<EntService> services,
		List<AdminLevel> adminLevels) {

		_active = active;
		_services = List.copyOf(services);
		_adminLevels = List.copyOf(adminLevels);
	}

	/**
	 * Whether the person is active in the directory: a detached or suspended person may use no service.
	 */
	public boolean active() {
		return _active;
	}

	/**
	 * The levels at which the person administers, the platform first, then by establishment.
	 */
	public List<AdminLevel> adminLevels() {
		return _adminLevels;
	}

	/**
	 * The services the person may use, in the catalogue's order, each with the actions granted.
	 */
	public List<EntService> services() {
		return _services;
	}

	@Override
	public String toString() {
		return _services + " " + _adminLevels;
	}

	private final boolean _active;
	private final List<AdminLevel> _adminLevels;
	private final List<EntService> _services;

}
