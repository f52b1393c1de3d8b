package org.preau.core.directory.port.out;

import org.preau.core.directory.model.PeoplePage;
import org.preau.core.directory.model.PeopleQuery;

/**
 * Finds the people of an establishment by profile, class and group, a page at a time, ordered by last name, first
 * name and identifier.
 */
public interface SearchPeople {

	PeoplePage search(PeopleQuery query);

}
