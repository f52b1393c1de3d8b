package org.preau.core.accounts.port.in;

import java.time.LocalDate;
import java.util.List;

import org.preau.core.accounts.model.AccountScope;
import org.preau.core.accounts.model.SuspensionEvent;
import org.preau.core.directory.model.Uai;
import org.preau.core.security.Actor;

/**
 * Suspends and reactivates accounts, one or a whole scope (a profile, a class or a level of an establishment), with a
 * reason and optionally the day the suspension ends by itself: the pupils of 6e wait for their rentrée. A suspended
 * account cannot sign in.
 */
public interface SuspendAccounts {

	List<SuspensionEvent> history(Actor actor, Uai uai, int limit);

	/**
	 * Reactivates the account now.
	 */
	void reactivate(Actor actor, String login, String reason);

	/**
	 * Reactivates the suspended accounts whose end day has come; for the scheduled job.
	 *
	 * @return how many were reactivated
	 */
	int reactivateDue(Actor actor);

	/**
	 * @param until the day the account may sign in again, or null for no end
	 */
	void suspend(Actor actor, String login, String reason, LocalDate until);

	/**
	 * @return how many accounts were suspended
	 */
	int suspendAll(
		Actor actor, AccountScope scope, String reason, LocalDate until);

}
