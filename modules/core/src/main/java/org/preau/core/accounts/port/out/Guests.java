package org.preau.core.accounts.port.out;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.preau.core.accounts.model.Guest;
import org.preau.core.directory.model.Uai;

/**
 * The guest and partner accounts.
 */
public interface Guests {

	/**
	 * Returns the guests whose expiry day is on or before the day.
	 */
	List<Guest> expiredBy(LocalDate day);

	Optional<Guest> find(String login);

	/**
	 * Returns the establishment's guests, the latest to expire first.
	 */
	List<Guest> list(Uai uai);

	/**
	 * Creates the guest, or updates the one of the same login.
	 */
	void save(Guest guest);

}
