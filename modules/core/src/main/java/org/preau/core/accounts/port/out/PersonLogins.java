package org.preau.core.accounts.port.out;

import java.util.Optional;

/**
 * The login given to each person of the directory, known by the person's external id. A login, once given, belongs to
 * its person for good: it is never taken back, so never given to anyone else. A person of the directory signs in with
 * an {@link Accounts account} of the same login.
 */
public interface PersonLogins {

	/**
	 * Returns the external id of the person the login was given to.
	 */
	Optional<String> externalIdOf(String login);

	/**
	 * Gives the login to the person.
	 *
	 * @return {@code false}, giving nothing, if the login was already given (to this person or another) or the person
	 *         already has one
	 */
	boolean give(String login, String externalId);

	/**
	 * Returns the login given to the person, if any.
	 */
	Optional<String> loginOf(String externalId);

	/**
	 * Returns whether the login was ever given.
	 */
	boolean taken(String login);

}
