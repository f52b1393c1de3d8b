package org.preau.core.directory.port.in;

import java.util.List;

import org.preau.core.directory.model.Establishment;
import org.preau.core.directory.model.EstablishmentOverview;
import org.preau.core.directory.model.Uai;
import org.preau.core.security.Actor;

/**
 * Shows an establishment to those who administer it.
 */
public interface GetEstablishmentOverview {

	/**
	 * Returns the establishments the actor administers, ordered by UAI.
	 */
	List<Establishment> administeredBy(Actor actor);

	/**
	 * @throws org.preau.core.security.AccessDeniedException if the actor does not administer it
	 * @throws java.util.NoSuchElementException if no establishment has that UAI
	 */
	EstablishmentOverview overview(Actor actor, Uai uai);

}
