package org.preau.core.accounts.port.out;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.preau.core.accounts.model.PersonWithoutLogin;

/**
 * Gives logins to many people at once, for the {@link PersonLogins} of a whole import.
 */
public interface LoginAllocations {

	/**
	 * Calls the consumer with every login ever given.
	 */
	void forEachGiven(Consumer<String> consumer);

	/**
	 * Gives each login to its person, all or none.
	 *
	 * @param externalIdsByLogin logins that were never given, each to a person without one
	 */
	void giveAll(Map<String, String> externalIdsByLogin);

	/**
	 * Returns the next people of the directory without a login, in the order of their external ids.
	 *
	 * @param afterExternalId the last external id of the previous page, or null for the first page
	 */
	List<PersonWithoutLogin> withoutLogin(String afterExternalId, int limit);

}
