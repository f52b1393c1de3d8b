package org.preau.core.accounts.port.in;

import org.preau.core.security.Actor;

/**
 * Gives a login to every person of the directory who has none, after each import. Logins already given never change.
 */
public interface GiveLogins {

	/**
	 * @return how many logins were given
	 * @throws org.preau.core.security.AccessDeniedException if the actor does not administer the platform
	 */
	int giveMissingLogins(Actor actor);

}
