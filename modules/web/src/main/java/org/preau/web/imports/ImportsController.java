package org.preau.web.imports;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.preau.core.directory.model.Establishment;
import org.preau.core.directory.model.Uai;
import org.preau.core.directory.port.in.GetEstablishmentOverview;
import org.preau.core.imports.model.DirectorySnapshot;
import org.preau.core.imports.model.ImportReport;
import org.preau.core.imports.port.in.ImportFeed;
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
import org.preau.web.view.EstablishmentItem;

/**
 * The imports page: the history of an establishment's imports, and a form that sends feed files to be checked (dry
 * run, the default) or applied. A refused file changes nothing and its located reason is shown.
 */
public class ImportsController implements Controller {

	public ImportsController(
		ImportFeed importFeed, ImportHistory importHistory,
		GetEstablishmentOverview getEstablishmentOverview,
		FeedFileReader feedFileReader, ZoneId zoneId) {

		_importFeed = importFeed;
		_importHistory = importHistory;
		_getEstablishmentOverview = getEstablishmentOverview;
		_feedFileReader = feedFileReader;
		_zoneId = zoneId;
	}

	@Override
	public WebResponse handle(WebRequest request) {
		Optional<Actor> actor = request.actor();

		if (actor.isEmpty()) {
			return ErrorPages.forbidden();
		}

		List<Establishment> establishments =
			_getEstablishmentOverview.administeredBy(actor.get());

		EstablishmentChoice establishmentChoice = EstablishmentChoice.of(
			request, establishments);

		if (establishmentChoice.error().isPresent()) {
			return establishmentChoice.error().get();
		}

		Map<String, Object> model = new HashMap<>();

		model.put("establishments", EstablishmentItem.of(establishments));
		model.put("importsRoute", Routes.IMPORTS);

		try {
			if (request.method().equals("POST")) {
				Optional<WebResponse> refusal = _run(
					request, actor.get(), model);

				if (refusal.isPresent()) {
					return refusal.get();
				}
			}

			if (establishmentChoice.uai().isPresent()) {
				Uai uai = establishmentChoice.uai().get();

				model.put("uai", uai.value());
				model.put(
					"history",
					new ImportHistoryDisplayContext(
						_importHistory.history(actor.get(), uai, _HISTORY_SIZE),
						Messages.supportedLocale(request.locale()), _zoneId));
			}

			return WebResponse.view(TEMPLATE, model);
		}
		catch (AccessDeniedException accessDeniedException) {
			return ErrorPages.forbidden();
		}
	}

	public static final String TEMPLATE = "imports.ftlh";

	private Optional<WebResponse> _run(
		WebRequest request, Actor actor, Map<String, Object> model) {

		List<Upload> uploads = request.uploads("files");

		if (uploads.isEmpty()) {
			return Optional.of(
				ErrorPages.page(
					WebResponse.UNPROCESSABLE, "choose-at-least-one-file"));
		}

		List<Path> files = new ArrayList<>(uploads.size());

		for (Upload upload : uploads) {
			files.add(upload.file());
		}

		boolean dryRun = !request.parameter("apply").isPresent();

		DirectorySnapshot directorySnapshot;

		try {
			directorySnapshot = _feedFileReader.read(files);
		}
		catch (FeedRefusedException feedRefusedException) {
			return Optional.of(
				ErrorPages.page(
					WebResponse.UNPROCESSABLE,
					"the-files-were-refused-nothing-was-imported-x",
					feedRefusedException.getMessage()));
		}

		List<ImportReport> importReports;

		try {
			importReports = _importFeed.runBySource(
				actor, directorySnapshot, dryRun);
		}
		catch (IllegalArgumentException illegalArgumentException) {
			return Optional.of(
				ErrorPages.page(
					WebResponse.UNPROCESSABLE,
					"the-files-were-refused-nothing-was-imported-x",
					illegalArgumentException.getMessage()));
		}

		model.put("dryRun", dryRun);
		model.put("fileNames", uploads.toString());
		model.put("reports", ImportReportDisplayContext.of(importReports));

		return Optional.empty();
	}

	private static final int _HISTORY_SIZE = 20;

	private final FeedFileReader _feedFileReader;
	private final GetEstablishmentOverview _getEstablishmentOverview;
	private final ImportFeed _importFeed;
	private final ImportHistory _importHistory;
	private final ZoneId _zoneId;

}
