package org.preau.core.accounts.port.in;

import java.time.LocalDate;
import java.util.List;

import org.preau.core.accounts.model.Guest;
import org.preau.core.accounts.model.GuestKind;
import org.preau.core.accounts.model.IssuedCredential;
import org.preau.core.directory.model.Uai;
import org.preau.core.security.Actor;

/**
 * Guest and partner accounts of an establishment: created with a sponsor and an expiry day, listed, extended, ended;
 * suspended by a scheduled job once expired.
 */
public interface ManageGuests {

	/**
	 * Creates the guest's account, with a login from the login policy and a secret to hand over once.
	 *
	 * @param sponsor the login of the adult who answers for the guest, or null for the actor
	 */
	IssuedCredential create(
		Actor actor, Uai uai, GuestKind kind, String firstName, String lastName,
		String email, String sponsor, LocalDate expiresOn);

	/**
	 * Ends the guest's access today.
	 */
	void end(Actor actor, String login);

	/**
	 * Suspends the accounts of the guests whose expiry day has come; for the scheduled job.
	 *
	 * @return how many were suspended
	 */
	int expireDue(Actor actor);

	void extend(Actor actor, String login, LocalDate expiresOn);

	List<Guest> list(Actor actor, Uai uai);

}
