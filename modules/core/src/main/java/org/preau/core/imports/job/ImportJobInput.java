package org.preau.core.imports.job;

import org.preau.core.imports.model.DirectorySnapshot;

/**
 * What an import job reads, as the host holds it: uploaded files, a drop folder, files attached to a portal task.
 */
public interface ImportJobInput {

	/**
	 * Reads the whole feed. Runs in the background.
	 *
	 * @throws IllegalArgumentException if the feed is refused (malformed, hostile, of an unknown format); its message
	 *         locates the problem and becomes the job's error
	 */
	DirectorySnapshot read();

	/**
	 * Keeps what the job will read, once the job is accepted and before the submission returns: uploads vanish with
	 * their request, so they are copied where the job finds them.
	 *
	 * @throws IllegalArgumentException if the input cannot be kept; the job fails with that message
	 */
	void stage(String jobId);

	/**
	 * What is imported, for people: the file names, or the drop folder.
	 */
	String description();

}
