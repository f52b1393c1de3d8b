package org.preau.core.rights.port.out;

import java.util.List;
import java.util.Set;

import org.preau.core.rights.model.EntService;
import org.preau.core.rights.model.Grant;

/**
 * Offers ENT services to the rights matrix, with the cells the académie gives by default. Hosts register one for the
 * standard services; in an OSGi host any bundle may register its own, and its services join every school's matrix
 * while it is there.
 */
public interface EntServiceProvider {

	/**
	 * The cells of these services given by default; every other cell is refused until a school or the académie
	 * decides otherwise.
	 */
	Set<Grant> defaults();

	List<EntService> services();

}
