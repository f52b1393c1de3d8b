package org.preau.core.directory.port.out;

import java.util.List;
import java.util.Optional;

import org.preau.core.directory.model.ImportRun;
import org.preau.core.directory.model.Uai;

/**
 * The history of feed imports.
 */
public interface ImportRuns {

	/**
	 * Returns the latest runs of an establishment, newest first.
	 */
	List<ImportRun> history(Uai uai, int limit);

	Optional<ImportRun> latest(Uai uai);

	/**
	 * Stores a new run (id 0) or updates a stored one; returns it with its id.
	 */
	ImportRun save(ImportRun importRun);

}
