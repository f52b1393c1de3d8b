package org.preau.core.messaging.port.in;

import org.preau.core.directory.model.Uai;
import org.preau.core.messaging.model.ExternalMailOpening;
import org.preau.core.messaging.model.MessagingRules;
import org.preau.core.security.Actor;

/**
 * A school's messaging rules: external e-mail opened to its pupils by audience, and the schools linked to it as a
 * cité scolaire. A school's administrators change its openings; linking two schools needs the right to administer
 * both. Every change needs a reason, is audited and kept in the rights' history.
 */
public interface ManageMessagingRules {

	/**
	 * @return whether it was closed
	 */
	boolean closeExternalMail(
		Actor actor, ExternalMailOpening opening, String reason);

	/**
	 * @return whether the schools were not linked yet
	 */
	boolean link(Actor actor, Uai first, Uai second, String reason);

	/**
	 * @return whether it was not open yet
	 */
	boolean openExternalMail(
		Actor actor, ExternalMailOpening opening, String reason);

	/**
	 * The rules of every school, for a school's administrator to read its own.
	 */
	MessagingRules rules(Actor actor, Uai uai);

	/**
	 * @return whether the schools were linked
	 */
	boolean unlink(Actor actor, Uai first, Uai second, String reason);

}
