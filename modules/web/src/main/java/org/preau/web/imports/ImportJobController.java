package org.preau.web.imports;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.preau.core.imports.job.ImportJob;
import org.preau.core.imports.job.port.in.GetImportJobs;
import org.preau.core.security.Actor;
import org.preau.web.http.Controller;
import org.preau.web.http.Routes;
import org.preau.web.http.WebRequest;
import org.preau.web.http.WebResponse;
import org.preau.web.i18n.Messages;
import org.preau.web.view.ErrorPages;

/**
 * The page of one import job: its progress, refreshed by the browser while the job is queued or running, then its
 * report or its error. A job of an establishment the user does not administer is not found, as if it did not exist.
 */
public class ImportJobController implements Controller {

	public ImportJobController(
		GetImportJobs getImportJobs, boolean keepsJsonReports, ZoneId zoneId) {

		_getImportJobs = getImportJobs;
		_keepsJsonReports = keepsJsonReports;
		_zoneId = zoneId;
	}

	@Override
	public WebResponse handle(WebRequest request) {
		Optional<Actor> actor = request.actor();

		if (actor.isEmpty()) {
			return ErrorPages.forbidden();
		}

		Optional<ImportJob> importJob = request.parameter(
			"id"
		).flatMap(
			id -> _getImportJobs.get(actor.get(), id)
		);

		if (importJob.isEmpty()) {
			return ErrorPages.page(
				WebResponse.NOT_FOUND, "the-page-was-not-found");
		}

		ImportJobDisplayContext importJobDisplayContext =
			new ImportJobDisplayContext(
				importJob.get(), Messages.supportedLocale(request.locale()),
				_zoneId);

		Map<String, Object> model = new HashMap<>();

		model.put("importsRoute", Routes.IMPORTS);
		model.put("job", importJobDisplayContext);
		model.put("jobRoute", ImportRoutes.JOB);
		model.put(
			"reportRoute",
			(_keepsJsonReports && !importJobDisplayContext.isActive()) ?
				ImportRoutes.REPORT : "");

		return WebResponse.view(TEMPLATE, model);
	}

	public static final String TEMPLATE = "imports_job.ftlh";

	private final GetImportJobs _getImportJobs;
	private final boolean _keepsJsonReports;
	private final ZoneId _zoneId;

}
