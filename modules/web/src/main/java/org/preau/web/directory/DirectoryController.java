package org.preau.web.directory;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.preau.core.directory.model.PeopleQuery;
import org.preau.core.directory.model.Profile;
import org.preau.core.directory.port.in.BrowseDirectory;
import org.preau.core.directory.port.in.GetEstablishmentOverview;
import org.preau.core.security.AccessDeniedException;
import org.preau.core.security.Actor;
import org.preau.web.http.Controller;
import org.preau.web.http.Routes;
import org.preau.web.http.WebRequest;
import org.preau.web.http.WebResponse;
import org.preau.web.i18n.Messages;
import org.preau.web.view.ErrorPages;
import org.preau.web.view.EstablishmentChoice;

/**
 * The directory browser: the people of an establishment by profile, class and group, 50 a page.
 */
public class DirectoryController implements Controller {

	public DirectoryController(
		BrowseDirectory browseDirectory,
		GetEstablishmentOverview getEstablishmentOverview) {

		_browseDirectory = browseDirectory;
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
			return ErrorPages.page(WebResponse.OK, "no-establishment-yet");
		}

		PeopleQuery query;

		try {
			query = new PeopleQuery(
				establishmentChoice.uai().get(),
				_profile(request.parameter("profile")),
				request.parameter("class").orElse(null),
				request.parameter("group").orElse(null),
				_page(request.parameter("page")), PAGE_SIZE);
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
					_browseDirectory.browse(actor, query),
					_browseDirectory.classes(actor, query.uai()),
					_browseDirectory.groups(actor, query.uai()),
					Messages.supportedLocale(request.locale())));
			model.put("directoryRoute", Routes.DIRECTORY);
			model.put("establishments", establishmentChoice.establishments());

			return WebResponse.view(TEMPLATE, model);
		}
		catch (AccessDeniedException accessDeniedException) {
			return ErrorPages.forbidden();
		}
	}

	public static final int PAGE_SIZE = 50;

	public static final String TEMPLATE = "directory.ftlh";

	private int _page(Optional<String> page) {
		if (page.isEmpty()) {
			return 0;
		}

		try {
			return Integer.parseInt(page.get());
		}
		catch (NumberFormatException numberFormatException) {
			throw new IllegalArgumentException(
				"the page \"" + page.get() + "\" is not a number");
		}
	}

	private Profile _profile(Optional<String> profile) {
		return profile.map(Profile::parse).orElse(null);
	}

	private final BrowseDirectory _browseDirectory;
	private final GetEstablishmentOverview _getEstablishmentOverview;

}
