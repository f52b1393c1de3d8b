package org.preau.core.accounts.port.in;

import java.util.Optional;

import org.preau.core.security.Actor;

/**
 * Checks a login and password. Every attempt is audited; the password never is.
 */
public interface Authenticate {

	/**
	 * @return the actor, or empty if the login is unknown, disabled or the password wrong (the caller cannot tell
	 *         which)
	 */
	Optional<Actor> authenticate(String login, char[] password);

}
