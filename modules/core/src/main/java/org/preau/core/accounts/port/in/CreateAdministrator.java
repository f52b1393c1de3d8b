package org.preau.core.accounts.port.in;

import java.util.Optional;

/**
 * Makes sure that the platform has an administrator, on the first start of the embedded host.
 */
public interface CreateAdministrator {

	/**
	 * Creates the platform administrator if no account exists yet.
	 *
	 * @param password the configured password, or empty to generate one
	 * @return the generated password, to be shown once, or empty if nothing was generated
	 */
	Optional<String> ensureAdministrator(String login, Optional<String> password);

}
