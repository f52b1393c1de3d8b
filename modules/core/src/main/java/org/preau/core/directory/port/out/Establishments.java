package org.preau.core.directory.port.out;

import java.util.List;
import java.util.Optional;

import org.preau.core.directory.model.Establishment;
import org.preau.core.directory.model.Uai;

/**
 * The establishments known to the directory.
 */
public interface Establishments {

	Optional<Establishment> find(Uai uai);

	/**
	 * Returns every establishment, ordered by UAI.
	 */
	List<Establishment> list();

	/**
	 * Creates the establishment, or updates the one with the same UAI.
	 */
	void save(Establishment establishment);

}
