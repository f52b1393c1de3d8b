package org.preau.core.accounts.port.out;

import java.time.Instant;

import org.preau.core.accounts.model.AccountHolder;
import org.preau.core.accounts.model.IssuedCredential;

/**
 * Mails secrets to their holders' own addresses. The secret goes in the mail only, never in a log.
 */
public interface CredentialMailer {

	/**
	 * Returns whether mail can be sent at all (a mail server is configured).
	 */
	boolean enabled();

	/**
	 * Mails a login and its secret to the holder's address.
	 */
	void sendCredential(IssuedCredential issuedCredential);

	/**
	 * Mails the link that lets an adult choose a new password.
	 */
	void sendResetLink(AccountHolder holder, String token, Instant expiresAt);

}
