package org.preau.core.accounts.port.in;

import java.util.List;

import org.preau.core.accounts.model.AccountScope;
import org.preau.core.accounts.model.Distribution;
import org.preau.core.accounts.model.IssuedCredential;
import org.preau.core.directory.model.Uai;
import org.preau.core.security.Actor;

/**
 * Issues the secrets that people use to sign in the first time, for the sheets handed out, the mail-merge file and
 * resets. Each secret is returned once and only its hash is kept; issuing again invalidates the previous one.
 */
public interface IssueCredentials {

	/**
	 * Returns the latest entries of the establishment's distribution history.
	 */
	List<Distribution> history(Actor actor, Uai uai, int limit);

	/**
	 * Issues a new secret to everyone of the scope who has a login, keeping the passwords they already chose.
	 *
	 * @throws org.preau.core.security.AccessDeniedException if the actor does not administer the establishment
	 */
	List<IssuedCredential> issue(Actor actor, AccountScope scope);

	/**
	 * Resets one account: its password is removed and a new secret issued. An administrator of the holder's
	 * establishment may reset anyone; a teacher only the pupils of a class they teach.
	 */
	IssuedCredential reset(Actor actor, String login);

	/**
	 * Resets every account of the scope: passwords removed, new secrets issued.
	 */
	List<IssuedCredential> resetAll(Actor actor, AccountScope scope);

}
