package org.preau.core.directory.port.out;

import java.util.List;
import java.util.Optional;

import org.preau.core.directory.model.Person;
import org.preau.core.directory.model.Profile;
import org.preau.core.directory.model.Uai;

/**
 * The people of the directory, keyed by their source identifier.
 */
public interface People {

	Optional<Person> find(String externalId);

	/**
	 * Returns a page of the people of an establishment with a profile, ordered by last name, first name and
	 * identifier.
	 */
	List<Person> list(Uai uai, Profile profile, int offset, int limit);

	/**
	 * Creates the person, or updates the one with the same identifier, including their groups and functions.
	 */
	void save(Person person);

}
