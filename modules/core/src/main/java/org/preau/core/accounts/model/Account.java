package org.preau.core.accounts.model;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

import org.preau.core.directory.model.Names;
import org.preau.core.security.Actor;
import org.preau.core.security.AdminGrant;

/**
 * A login of the embedded host with its password hash and admin grants. The hash is never shown.
 */
public final class Account {

	public Account(
		String login, String displayName, String passwordHash,
		Set<AdminGrant> grants, boolean enabled) {

		_login = Logins.require(login);
		_displayName = Names.require(displayName, "display name");
		_passwordHash = Objects.requireNonNull(passwordHash, "password hash");
		_grants = Collections.unmodifiableSet(new LinkedHashSet<>(grants));
		_enabled = enabled;
	}

	public Actor asActor() {
		return Actor.of(_login, _displayName, _grants);
	}

	public String displayName() {
		return _displayName;
	}

	public boolean enabled() {
		return _enabled;
	}

	public Set<AdminGrant> grants() {
		return _grants;
	}

	public String login() {
		return _login;
	}

	public String passwordHash() {
		return _passwordHash;
	}

	@Override
	public String toString() {
		return _login;
	}

	private final String _displayName;
	private final boolean _enabled;
	private final Set<AdminGrant> _grants;
	private final String _login;
	private final String _passwordHash;

}
