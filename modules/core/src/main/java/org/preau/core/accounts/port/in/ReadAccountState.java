package org.preau.core.accounts.port.in;

import org.preau.core.accounts.model.AccountState;
import org.preau.core.security.Actor;

/**
 * How one account stands, for the administrators of its holder's establishment: suspension, guest expiry and sponsor,
 * last distribution of credentials. Audited: it is personal data.
 */
public interface ReadAccountState {

	/**
	 * @throws IllegalArgumentException if the login is not valid
	 * @throws java.util.NoSuchElementException if nobody holds the login
	 * @throws org.preau.core.security.AccessDeniedException if the actor does not administer the holder's
	 *         establishment
	 */
	AccountState accountState(Actor actor, String login);

}
