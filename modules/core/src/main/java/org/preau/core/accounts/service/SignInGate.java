package org.preau.core.accounts.service;

/**
 * A last word on a sign-in whose secret was right: an expired guest, for one, is turned away even before the job that
 * suspends expired guests has run.
 */
public interface SignInGate {

	/**
	 * Returns whether the login may sign in now.
	 */
	boolean allows(String login);

	SignInGate OPEN = login -> true;

}
