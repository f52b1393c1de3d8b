package org.preau.core.rights.port.in;

import java.time.Instant;
import java.util.List;

import org.preau.core.directory.model.Uai;
import org.preau.core.rights.model.Delegation;
import org.preau.core.security.Actor;

/**
 * Who else may administer a school: local administrators, the DANE's support team until an end date, and the head
 * teachers of its classes where the school allows it. A school's administrators delegate for it; the platform's for
 * any school.
 */
public interface DelegateAdministration {

	/**
	 * Lets (or stops letting) the head teacher of each class of the school administer their class.
	 */
	void allowClassAdministration(
		Actor actor, Uai uai, boolean allowed, String reason);

	/**
	 * Whether the school lets the head teacher of each of its classes administer it.
	 */
	boolean allowsClassAdministration(Uai uai);

	/**
	 * Lets the DANE's login administer the school until the given instant, after which the delegation lapses by
	 * itself.
	 */
	Delegation delegateToDane(
		Actor actor, Uai uai, String login, Instant until, String reason);

	/**
	 * The delegations of a school, lapsed ones included.
	 */
	List<Delegation> delegations(Actor actor, Uai uai);

	/**
	 * The actor with the rights its delegations give it now: a lapsed delegation gives nothing.
	 */
	Actor effective(Actor actor);

	Delegation appointLocalAdministrator(
		Actor actor, Uai uai, String login, String reason);

	/**
	 * Takes a delegation back.
	 *
	 * @throws java.util.NoSuchElementException if the school has no such delegation
	 */
	void revoke(Actor actor, Uai uai, long id, String reason);

}
