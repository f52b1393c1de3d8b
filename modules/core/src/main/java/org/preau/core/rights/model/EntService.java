package org.preau.core.rights.model;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A service of the ENT (cahier de textes, évaluations, messagerie...) with the actions it knows. Hosts publish the
 * services they offer; another bundle can add its own.
 */
public final class EntService {

	public EntService(String key, Set<ServiceAction> actions) {
		if ((key == null) || !_KEY.matcher(key).matches()) {
			throw new IllegalArgumentException(
				"\"" + key + "\" is not a service key (a-z, 0-9 and -)");
		}

		if ((actions == null) || actions.isEmpty()) {
			throw new IllegalArgumentException(
				"the service " + key + " has no action");
		}

		_key = key;
		_actions = Collections.unmodifiableSet(EnumSet.copyOf(actions));
	}

	public Set<ServiceAction> actions() {
		return _actions;
	}

	@Override
	public boolean equals(Object object) {
		return (object instanceof EntService) &&
			_key.equals(((EntService)object)._key) &&
			_actions.equals(((EntService)object)._actions);
	}

	@Override
	public int hashCode() {
		return Objects.hash(_key, _actions);
	}

	public String key() {
		return _key;
	}

	/**
	 * The language key of its name: {@code service-cahier-de-textes}.
	 */
	public String labelKey() {
		return "service-" + _key;
	}

	@Override
	public String toString() {
		return _key + _actions;
	}

	private static final Pattern _KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

	private final Set<ServiceAction> _actions;
	private final String _key;

}
