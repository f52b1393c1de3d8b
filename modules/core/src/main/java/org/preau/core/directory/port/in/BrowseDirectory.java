package org.preau.core.directory.port.in;

import java.util.List;

import org.preau.core.directory.model.Group;
import org.preau.core.directory.model.PeoplePage;
import org.preau.core.directory.model.PeopleQuery;
import org.preau.core.directory.model.SchoolClass;
import org.preau.core.directory.model.Uai;
import org.preau.core.security.Actor;

/**
 * Lists the people of an establishment to those who administer it. Every look is audited: the directory holds
 * minors' personal data.
 */
public interface BrowseDirectory {

	/**
	 * @throws org.preau.core.security.AccessDeniedException if the actor does not administer the establishment
	 */
	PeoplePage browse(Actor actor, PeopleQuery query);

	/**
	 * Returns the classes of the establishment, ordered by code, for filtering.
	 */
	List<SchoolClass> classes(Actor actor, Uai uai);

	/**
	 * Returns the groups of the establishment, ordered by code, for filtering.
	 */
	List<Group> groups(Actor actor, Uai uai);

}
