package org.preau.core.accounts.port.out;

import java.util.Optional;

import org.preau.core.accounts.model.Account;

/**
 * The accounts of the embedded host. In the portal, the portal's users play this part.
 */
public interface Accounts {

	int count();

	Optional<Account> find(String login);

	/**
	 * Creates the account, or updates the one with the same login.
	 */
	void save(Account account);

}
