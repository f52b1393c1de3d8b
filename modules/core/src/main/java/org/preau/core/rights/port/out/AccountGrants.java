package org.preau.core.rights.port.out;

import java.util.Set;

import org.preau.core.security.AdminGrant;

/**
 * The admin grants that a login's account holds of its own, before any delegation: the embedded host keeps them with
 * the account, the portal derives them from the user's roles.
 */
@FunctionalInterface
public interface AccountGrants {

	/**
	 * Returns the grants of the login's account, none if it has no account.
	 */
	Set<AdminGrant> grantsOf(String login);

}
