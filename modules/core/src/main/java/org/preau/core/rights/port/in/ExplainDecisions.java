package org.preau.core.rights.port.in;

import java.util.List;

import org.preau.core.messaging.model.MessagingDecision;
import org.preau.core.rights.model.EntService;
import org.preau.core.rights.model.PersonRights;
import org.preau.core.rights.model.RightsDecision;
import org.preau.core.rights.model.ServiceAction;
import org.preau.core.security.Actor;

/**
 * The decisions for the people of the directory, known by their login, each with its reasons. The administrators of a
 * person's school may ask about them, the head teacher of their class where the school lets them administer it, and
 * the person about themselves.
 */
public interface ExplainDecisions {

	/**
	 * May the person do the action of the service?
	 *
	 * @throws java.util.NoSuchElementException if no person of the directory has the login
	 * @throws IllegalArgumentException if the service or the action is unknown
	 */
	RightsDecision can(
		Actor actor, String login, String serviceKey, ServiceAction action);

	/**
	 * May the first person write to the second through the ENT's messaging?
	 *
	 * @throws java.util.NoSuchElementException if no person of the directory has one of the logins
	 */
	MessagingDecision canMessage(Actor actor, String fromLogin, String toLogin);

	/**
	 * What the person may do: the services they may use with the actions granted, and the levels at which they
	 * administer. Only the administrators of the person's school may ask.
	 *
	 * @throws java.util.NoSuchElementException if no person of the directory has the login
	 * @throws org.preau.core.security.AccessDeniedException if the actor does not administer the person's school
	 */
	PersonRights rightsOf(Actor actor, String login);

	/**
	 * The services the signed-in person may use, with the actions they may do; none for an account that is no person
	 * of the directory.
	 */
	List<EntService> servicesOf(Actor actor);

}
