package org.preau.core.imports.job.port.in;

import org.preau.core.directory.model.Uai;
import org.preau.core.imports.job.ImportJob;
import org.preau.core.imports.job.ImportJobInput;
import org.preau.core.security.Actor;

/**
 * Accepts an import of an establishment's feed, to be run in the background; one import at a time per establishment.
 */
public interface SubmitImportJob {

	/**
	 * @return the queued job
	 * @throws org.preau.core.security.AccessDeniedException if the actor does not administer the establishment
	 * @throws org.preau.core.imports.job.ImportJobRefusedException if an import of the establishment is already queued
	 *         or running
	 */
	ImportJob submit(
		Actor actor, Uai uai, ImportJobInput importJobInput, boolean dryRun);

}
