package org.preau.core.accounts.port.out;

import java.util.Map;
import java.util.function.Consumer;

import org.preau.core.accounts.model.ScannedPeople;

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
	 * Reads the next {@code limit} people of the directory in the order of their external ids, and returns those
	 * without a login. Each stretch is read along the index of the external ids, whatever the size of the directory.
	 *
	 * @param afterExternalId where the previous stretch ended, or null for the first one
	 */
	ScannedPeople scan(String afterExternalId, int limit);

}
