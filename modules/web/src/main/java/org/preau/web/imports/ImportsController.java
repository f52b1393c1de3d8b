package org.preau.web.imports;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.preau.core.directory.model.ImportRun;
import org.preau.core.directory.model.Uai;
import org.preau.core.directory.port.in.GetEstablishmentOverview;
import org.preau.core.imports.job.ImportJob;
import org.preau.core.imports.job.ImportJobInput;
import org.preau.core.imports.job.ImportJobRefusedException;
import org.preau.core.imports.job.port.in.GetImportJobs;
import org.preau.core.imports.job.port.in.SubmitImportJob;
import org.preau.core.imports.port.in.ImportHistory;
import org.preau.core.security.AccessDeniedException;
import org.preau.core.security.Actor;
import org.preau.web.http.Controller;
import org.preau.web.http.Routes;
import org.preau.web.http.Upload;
import org.preau.web.http.WebRequest;
import org.preau.web.http.WebResponse;
import org.preau.web.i18n.Messages;
import org.preau.web.view.ErrorPages;
import org.preau.web.view.EstablishmentChoice;

/**
 * The imports page: an establishment's recent import jobs and import history, a form that sends feed files, and one
 * that takes the files of the establishment's drop folder where the host has one. Either is checked (dry run, the
 * default) or applied in the background: the answer redirects to the job's page, which shows its progress and then
 * its report. One import at a time per establishment.
 */
public class ImportsController implements Controller {

	public ImportsController(
		SubmitImportJob submitImportJob, GetImportJobs getImportJobs,
		ImportHistory importHistory,
		GetEstablishmentOverview getEstablishmentOverview,
		ImportInputs importInputs, ZoneId zoneId) {

		_submitImportJob = submitImportJob;
		_getImportJobs = getImportJobs;
		_importHistory = importHistory;
		_getEstablishmentOverview = getEstablishmentOverview;
		_importInputs = importInputs;
		_zoneId = zoneId;
	}

	@Override
	public WebResponse handle(WebRequest request) {
		EstablishmentChoice establishmentChoice = EstablishmentChoice.of(
			request, _getEstablishmentOverview);

		if (establishmentChoice.error().isPresent()) {
			return establishmentChoice.error().get();
		}

		Actor actor = establishmentChoice.actor();

		try {
			if (request.method().equals("POST")) {
				if (establishmentChoice.uai().isEmpty()) {
					return ErrorPages.forbidden();
				}

				return _submit(
					request, actor, establishmentChoice.uai().get());
			}

			Map<String, Object> model = new HashMap<>();

			model.put("dropFolder", _importInputs.hasDropFolder());
			model.put("establishments", establishmentChoice.establishments());
			model.put("importsRoute", Routes.IMPORTS);
			model.put("jobRoute", ImportRoutes.JOB);

			if (establishmentChoice.uai().isPresent()) {
				Uai uai = establishmentChoice.uai().get();
				Locale locale = Messages.supportedLocale(request.locale());

				List<ImportJob> importJobs = _getImportJobs.ofEstablishment(
					actor, uai, _JOBS_SIZE);

				model.put("uai", uai.value());
				model.put(
					"jobs",
					ImportJobDisplayContext.of(importJobs, locale, _zoneId));
				model.put(
					"history",
					new ImportHistoryDisplayContext(
						_importHistory.history(actor, uai, _HISTORY_SIZE),
						_jobIdsByRunId(importJobs), locale, _zoneId));
			}

			return WebResponse.view(TEMPLATE, model);
		}
		catch (AccessDeniedException accessDeniedException) {
			return ErrorPages.forbidden();
		}
	}

	public static final int CONFLICT = 409;

	public static final String TEMPLATE = "imports.ftlh";

	private Map<Long, String> _jobIdsByRunId(List<ImportJob> importJobs) {
		Map<Long, String> jobIds = new HashMap<>();

		for (ImportJob importJob : importJobs) {
			for (long runId : importJob.runIds()) {
				jobIds.put(runId, importJob.id());
			}
		}

		return jobIds;
	}

	private WebResponse _submit(WebRequest request, Actor actor, Uai uai) {
		ImportJobInput importJobInput;

		Optional<String> source = request.parameter("source");

		if (source.isPresent() && source.get().equals("drop-folder")) {

			Optional<ImportJobInput> dropFolder = _importInputs.dropFolder(uai);

			if (dropFolder.isEmpty()) {
				return ErrorPages.page(
					WebResponse.UNPROCESSABLE, "no-drop-folder-is-configured");
			}

			importJobInput = dropFolder.get();
		}
		else {
			List<Upload> uploads = request.uploads("files");

			if (uploads.isEmpty()) {
				return ErrorPages.page(
					WebResponse.UNPROCESSABLE, "choose-at-least-one-file");
			}

			importJobInput = _importInputs.uploads(uploads);
		}

		boolean dryRun = !request.parameter("apply").isPresent();

		ImportJob importJob;

		try {
			importJob = _submitImportJob.submit(
				actor, uai, importJobInput, dryRun);
		}
		catch (ImportJobRefusedException importJobRefusedException) {
			return ErrorPages.page(
				CONFLICT, "the-import-cannot-start-now-x",
				importJobRefusedException.getMessage());
		}
		catch (IllegalArgumentException illegalArgumentException) {
			return ErrorPages.page(
				WebResponse.UNPROCESSABLE,
				"the-files-were-refused-nothing-was-imported-x",
				illegalArgumentException.getMessage());
		}

		return WebResponse.redirect(
			request.urls(
			).page(
				ImportRoutes.JOB, Map.of("id", importJob.id())
			));
	}

	private static final int _HISTORY_SIZE = 20;

	private static final int _JOBS_SIZE = 10;

	private final GetEstablishmentOverview _getEstablishmentOverview;
	private final GetImportJobs _getImportJobs;
	private final ImportHistory _importHistory;
	private final ImportInputs _importInputs;
	private final SubmitImportJob _submitImportJob;
	private final ZoneId _zoneId;

}
