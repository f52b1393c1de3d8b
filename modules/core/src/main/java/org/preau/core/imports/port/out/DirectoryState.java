package org.preau.core.imports.port.out;

import java.util.Set;

import org.preau.core.directory.model.Uai;
import org.preau.core.imports.model.CurrentDirectory;

/**
 * Reads what the directory holds for some establishments in a few queries, for the reconciler to compare with a feed.
 */
public interface DirectoryState {

	/**
	 * Returns the establishments among {@code uais} that the directory knows, their people (whatever their state,
	 * with their lifecycle dates and the keys other sources know them by), relations, teaching assignments, classes
	 * and groups, and the whole nomenclature.
	 */
	CurrentDirectory load(Set<Uai> uais);

}
