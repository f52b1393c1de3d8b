package org.preau.core.security;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

import org.preau.core.directory.model.Uai;

/**
 * Who calls a use case: a logged-in person with their admin grants, or the system itself (scheduled jobs, the first
 * start).
 */
public final class Actor {

	public static Actor of(String login, String displayName, Set<AdminGrant> grants) {
		return new Actor(login, displayName, grants);
	}

	public static Actor system() {
		return _SYSTEM;
	}

	public String displayName() {
		return _displayName;
	}

	public Set<AdminGrant> grants() {
		return _grants;
	}

	public boolean isAdministratorOf(Uai uai) {
		for (AdminGrant grant : _grants) {
			if (grant.covers(uai)) {
				return true;
			}
		}

		return false;
	}

	public boolean isPlatformAdministrator() {
		return _grants.contains(AdminGrant.platform());
	}

	public String login() {
		return _login;
	}

	/**
	 * @throws AccessDeniedException if this actor may not administer the establishment
	 */
	public void requireAdministratorOf(Uai uai) {
		if (!isAdministratorOf(uai)) {
			throw new AccessDeniedException(
				_login + " does not administer " + uai);
		}
	}

	/**
	 * @throws AccessDeniedException if this actor does not administer the whole platform
	 */
	public void requirePlatformAdministrator() {
		if (!isPlatformAdministrator()) {
			throw new AccessDeniedException(
				_login + " does not administer the platform");
		}
	}

	@Override
	public String toString() {
		return _login + " " + _grants;
	}

	private Actor(String login, String displayName, Set<AdminGrant> grants) {
		_login = Objects.requireNonNull(login, "login");
		_displayName = (displayName == null) ? login : displayName;
		_grants = Collections.unmodifiableSet(new LinkedHashSet<>(grants));
	}

	private static final Actor _SYSTEM = new Actor(
		"system", "Préau", Collections.singleton(AdminGrant.platform()));

	private final String _displayName;
	private final Set<AdminGrant> _grants;
	private final String _login;

}
