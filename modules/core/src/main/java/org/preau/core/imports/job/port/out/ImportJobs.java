package org.preau.core.imports.job.port.out;

import java.util.List;
import java.util.Optional;

import org.preau.core.directory.model.Uai;
import org.preau.core.imports.job.ImportJob;

/**
 * Where import jobs and their outcome are kept.
 */
public interface ImportJobs {

	/**
	 * Adds a queued job, unless one of its establishments already has a queued or running job; the check and the
	 * addition are one atomic step, so that two submissions at once cannot both win.
	 *
	 * @return whether the job was added
	 */
	boolean addUnlessBusy(ImportJob importJob);

	Optional<ImportJob> get(String id);

	/**
	 * The latest jobs of an establishment, newest first.
	 */
	List<ImportJob> ofEstablishment(Uai uai, int limit);

	/**
	 * Replaces a stored job with its new state.
	 */
	void update(ImportJob importJob);

}
