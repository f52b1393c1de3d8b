package org.preau.core.rights.model;

import java.util.Objects;

/**
 * A cell of a rights matrix: a role may do an action of a service.
 */
public final class Grant {

	public static Grant of(RightsRole role, String serviceKey, ServiceAction action) {
		return new Grant(role, serviceKey, action);
	}

	public ServiceAction action() {
		return _action;
	}

	@Override
	public boolean equals(Object object) {
		if (!(object instanceof Grant)) {
			return false;
		}

		Grant grant = (Grant)object;

		return (_role == grant._role) && _serviceKey.equals(grant._serviceKey) &&
			(_action == grant._action);
	}

	@Override
	public int hashCode() {
		return Objects.hash(_role, _serviceKey, _action);
	}

	public RightsRole role() {
		return _role;
	}

	public String serviceKey() {
		return _serviceKey;
	}

	@Override
	public String toString() {
		return _role.key() + ": " + _serviceKey + " " + _action.key();
	}

	private Grant(RightsRole role, String serviceKey, ServiceAction action) {
		_role = Objects.requireNonNull(role, "role");
		_serviceKey = Objects.requireNonNull(serviceKey, "service");
		_action = Objects.requireNonNull(action, "action");
	}

	private final ServiceAction _action;
	private final RightsRole _role;
	private final String _serviceKey;

}
