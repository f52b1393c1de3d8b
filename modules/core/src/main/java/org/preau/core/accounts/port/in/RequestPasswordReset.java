package org.preau.core.accounts.port.in;

/**
 * Self-service password reset, for adults only: a link with a one-hour token is mailed to the address the directory
 * knows. Pupils go through an administrator or a teacher of their class. The caller learns nothing of whether the
 * login exists.
 */
public interface RequestPasswordReset {

	void requestReset(String login);

}
