package org.preau.embedded.internal.http;

import java.nio.file.Path;
import java.util.Optional;

import org.preau.core.imports.job.port.in.GetImportJobs;
import org.preau.core.security.Actor;
import org.preau.embedded.internal.jobs.FileImportJobs;

/**
 * The JSON reports of finished import jobs, for those who administer the jobs' establishments.
 */
public class JsonReports {

	public JsonReports(
		GetImportJobs getImportJobs, FileImportJobs fileImportJobs) {

		_getImportJobs = getImportJobs;
		_fileImportJobs = fileImportJobs;
	}

	/**
	 * The report file of a job the actor may see; empty if there is none.
	 */
	public Optional<Path> reportFile(Actor actor, String id) {
		if (_getImportJobs.get(actor, id).isEmpty()) {
			return Optional.empty();
		}

		return _fileImportJobs.reportFile(id);
	}

	private final FileImportJobs _fileImportJobs;
	private final GetImportJobs _getImportJobs;

}
