package org.preau.core.imports.job.port.out;

import org.preau.core.imports.job.ImportJob;

/**
 * Runs accepted import jobs in the background, as the host does it: a bounded pool of its own in the embedded
 * runtime, the portal's cluster-aware background tasks in Liferay.
 */
public interface ImportJobLauncher {

	/**
	 * Queues the job's work and returns at once.
	 *
	 * @throws RuntimeException if the work cannot be queued (for instance while the host shuts down)
	 */
	void launch(ImportJob importJob, Runnable work);

}
