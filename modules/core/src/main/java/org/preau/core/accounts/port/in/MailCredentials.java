package org.preau.core.accounts.port.in;

import org.preau.core.accounts.model.AccountScope;
import org.preau.core.accounts.model.MailedCredentials;
import org.preau.core.security.Actor;

/**
 * Mails new activation codes to the parents of a scope whose address is known; the others keep their codes, for the
 * printed sheets.
 */
public interface MailCredentials {

	/**
	 * @return how many parents were mailed, and how many have no known address
	 * @throws IllegalArgumentException if the scope is not of parents, or no mail server is configured
	 */
	MailedCredentials mailToParents(Actor actor, AccountScope scope);

}
