package org.preau.web.imports;

/**
 * The routes of the import pages beyond {@link org.preau.web.http.Routes#IMPORTS}, as both hosts name them.
 */
public final class ImportRoutes {

	/**
	 * The page of one import job: its progress while it runs, then its report; {@code id} names the job.
	 */
	public static final String JOB = "/imports/job";

	/**
	 * A finished job's report as JSON, where the host keeps it; {@code id} names the job.
	 */
	public static final String REPORT = "/imports/report";

	private ImportRoutes() {
	}

}
