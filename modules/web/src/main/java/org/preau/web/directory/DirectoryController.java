package org.preau.web.directory;

import java.util.HashMap;
import java.util.Map;

import org.preau.core.directory.model.DirectorySearch;
import org.preau.core.directory.model.Uai;
import org.preau.core.directory.port.in.BrowseDirectory;
import org.preau.core.directory.port.in.GetEstablishmentOverview;
import org.preau.core.directory.port.in.SearchDirectory;
import org.preau.core.security.AccessDeniedException;
import org.preau.core.security.Actor;
import org.preau.web.http.Controller;
import org.preau.web.http.Routes;
import org.preau.web.http.WebRequest;
import org.preau.web.http.WebResponse;
import org.preau.web.view.ErrorPages;
import org.preau.web.view.EstablishmentChoice;

/**
 * The directory search of an establishment: by name, profile, function, subject, level, class, group, state and
 * source, 50 people a page, each with their login and a link to their card.
 */
public class DirectoryController implements Controller {

	public DirectoryController(
		BrowseDirectory browseDirectory, SearchDirectory searchDirectory,
		GetEstablishmentOverview getEstablishmentOverview) {

		_browseDirectory = browseDirectory;
		_searchDirectory = searchDirectory;
		_getEstablishmentOverview = getEstablishmentOverview;
	}

	@Override
	public WebResponse handle(WebRequest request) {
		EstablishmentChoice establishmentChoice = EstablishmentChoice.of(
			request, _getEstablishmentOverview);

		if (establishmentChoice.error().isPresent()) {
			return establishmentChoice.error().get();
		}

		Actor actor = establishmentChoice.actor();

		if (establishmentChoice.uai().isEmpty()) {
			return withoutEstablishment(_searchDirectory, actor);
		}

		Uai uai = establishmentChoice.uai().get();

		DirectorySearch search;

		try {
			search = DirectorySearchParameters.parse(request, uai, PAGE_SIZE);
		}
		catch (IllegalArgumentException illegalArgumentException) {
			return ErrorPages.page(
				WebResponse.UNPROCESSABLE, "the-search-is-not-valid-x",
				illegalArgumentException.getMessage());
		}

		try {
			Map<String, Object> model = new HashMap<>();

			model.put(
				"directory",
				new DirectoryDisplayContext(
					uai.value(), _searchDirectory.search(actor, search),
					_browseDirectory.classes(actor, uai),
					_browseDirectory.groups(actor, uai),
					_searchDirectory.subjectsTaught(actor, uai),
					_searchDirectory.levels(actor, uai)));
			model.put("directoryCardRoute", Routes.DIRECTORY_CARD);
			model.put("directoryExportRoute", Routes.DIRECTORY_EXPORT);
			model.put("directoryRoute", Routes.DIRECTORY);
			model.put("establishments", establishmentChoice.establishments());

			return WebResponse.view(TEMPLATE, model);
		}
		catch (AccessDeniedException accessDeniedException) {
			return ErrorPages.forbidden();
		}
	}

	public static final int PAGE_SIZE = 50;

	/**
	 * The answer to a user who administers no establishment: for the platform's administrators, an empty académie
	 * still; for anyone else, the search of the whole directory, which the use case refuses and records.
	 */
	static WebResponse withoutEstablishment(
		SearchDirectory searchDirectory, Actor actor) {

		try {
			if (!actor.isPlatformAdministrator()) {
				searchDirectory.search(
					actor, DirectorySearch.builder().build());
			}

			return ErrorPages.page(WebResponse.OK, "no-establishment-yet");
		}
		catch (AccessDeniedException accessDeniedException) {
			return ErrorPages.forbidden();
		}
	}

	public static final String TEMPLATE = "directory.ftlh";

	private final BrowseDirectory _browseDirectory;
	private final GetEstablishmentOverview _getEstablishmentOverview;
	private final SearchDirectory _searchDirectory;

}
