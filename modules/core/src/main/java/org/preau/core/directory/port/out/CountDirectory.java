package org.preau.core.directory.port.out;

import org.preau.core.directory.model.DirectoryCounts;
import org.preau.core.directory.model.Uai;

/**
 * Counts what an establishment holds, active people only.
 */
public interface CountDirectory {

	DirectoryCounts counts(Uai uai);

}
