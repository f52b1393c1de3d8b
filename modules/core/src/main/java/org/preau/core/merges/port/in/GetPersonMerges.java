package org.preau.core.merges.port.in;

import java.util.List;

import org.preau.core.directory.model.Uai;
import org.preau.core.merges.model.PersonMerge;
import org.preau.core.security.Actor;

/**
 * The merges of an establishment, newest first, undone ones included.
 */
public interface GetPersonMerges {

	/**
	 * @throws org.preau.core.security.AccessDeniedException if the actor does not administer the establishment
	 */
	List<PersonMerge> ofEstablishment(Actor actor, Uai uai, int limit);

}
