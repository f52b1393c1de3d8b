package org.preau.core.imports.job.port.in;

import java.util.List;
import java.util.Optional;

import org.preau.core.directory.model.Uai;
import org.preau.core.imports.job.ImportJob;
import org.preau.core.security.Actor;

/**
 * The state, progress and outcome of import jobs, for those who administer their establishments.
 */
public interface GetImportJobs {

	/**
	 * @return the job, or empty if there is none with this id or if the actor administers none of its establishments
	 */
	Optional<ImportJob> get(Actor actor, String id);

	/**
	 * The latest jobs of an establishment, newest first.
	 *
	 * @throws org.preau.core.security.AccessDeniedException if the actor does not administer the establishment
	 */
	List<ImportJob> ofEstablishment(Actor actor, Uai uai, int limit);

}
