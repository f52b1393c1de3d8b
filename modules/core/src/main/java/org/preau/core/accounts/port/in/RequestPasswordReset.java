package org.preau.core.accounts.port.in;

/**
 * Self-service password reset, for adults only: a link with a one-hour token is mailed to the address the directory
 * knows. Pupils go through an administrator or a teacher of their class. The caller learns nothing of whether the
 * login exists.
 */
public interface RequestPasswordReset {

	/**
	 * Decides whether a host that mails its own reset links (the portal's "forgot password") may give one to a login,
	 * by the same rule: never to a pupil, nor to a login whose account is inactive, suspended or an expired guest's. A
	 * login that nobody of the directory holds is not Préau's to refuse. Each decision about a holder is audited.
	 */
	boolean allowsHostReset(String login);

	void requestReset(String login);

}
