package org.preau.web.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.preau.core.directory.model.DirectorySearch;
import org.preau.core.directory.model.Uai;
import org.preau.core.directory.port.in.GetEstablishmentOverview;
import org.preau.core.directory.port.in.SearchDirectory;
import org.preau.core.security.AccessDeniedException;
import org.preau.web.http.Controller;
import org.preau.web.http.CsvWriter;
import org.preau.web.http.Download;
import org.preau.web.http.WebRequest;
import org.preau.web.http.WebResponse;
import org.preau.web.i18n.Messages;
import org.preau.web.view.ErrorPages;
import org.preau.web.view.EstablishmentChoice;

/**
 * The CSV export of a directory search: every person it finds, whatever the page, login first, with headers in the
 * reader's language.
 */
public class DirectoryExportController implements Controller {

	public DirectoryExportController(
		SearchDirectory searchDirectory,
		GetEstablishmentOverview getEstablishmentOverview, CsvWriter csvWriter,
		Messages messages) {

		_searchDirectory = searchDirectory;
		_getEstablishmentOverview = getEstablishmentOverview;
		_csvWriter = csvWriter;
		_messages = messages;
	}

	@Override
	public WebResponse handle(WebRequest request) {
		EstablishmentChoice establishmentChoice = EstablishmentChoice.of(
			request, _getEstablishmentOverview);

		if (establishmentChoice.error().isPresent()) {
			return establishmentChoice.error().get();
		}

		if (establishmentChoice.uai().isEmpty()) {
			return DirectoryController.withoutEstablishment(
				_searchDirectory, establishmentChoice.actor());
		}

		Uai uai = establishmentChoice.uai().get();

		DirectorySearch search;

		try {
			search = DirectorySearchParameters.parse(
				request, uai, DirectoryController.PAGE_SIZE);
		}
		catch (IllegalArgumentException illegalArgumentException) {
			return ErrorPages.page(
				WebResponse.UNPROCESSABLE, "the-search-is-not-valid-x",
				illegalArgumentException.getMessage());
		}

		SearchDirectory.Export export;

		try {
			export = _searchDirectory.export(
				establishmentChoice.actor(), search);
		}
		catch (AccessDeniedException accessDeniedException) {
			return ErrorPages.forbidden();
		}

		Locale locale = Messages.supportedLocale(request.locale());

		List<String> header = new ArrayList<>();

		for (String key : DirectoryColumns.HEADER_KEYS) {
			header.add(_messages.get(locale, key));
		}

		return WebResponse.download(
			new Download(
				"directory-" + uai.value() + ".csv", CsvWriter.CONTENT_TYPE,
				outputStream -> _csvWriter.write(
					header,
					consumer -> export.forEach(
						entry -> consumer.accept(DirectoryColumns.of(entry))),
					outputStream)));
	}

	private final CsvWriter _csvWriter;
	private final GetEstablishmentOverview _getEstablishmentOverview;
	private final Messages _messages;
	private final SearchDirectory _searchDirectory;

}
