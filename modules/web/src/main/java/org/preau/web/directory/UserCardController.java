package org.preau.web.directory;

import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.preau.core.directory.port.in.SearchDirectory;
import org.preau.core.security.AccessDeniedException;
import org.preau.core.security.Actor;
import org.preau.web.http.Controller;
import org.preau.web.http.Routes;
import org.preau.web.http.WebRequest;
import org.preau.web.http.WebResponse;
import org.preau.web.view.ErrorPages;

/**
 * The card of a person of the directory, from their identifier.
 */
public class UserCardController implements Controller {

	public UserCardController(SearchDirectory searchDirectory) {
		_searchDirectory = searchDirectory;
	}

	@Override
	public WebResponse handle(WebRequest request) {
		Optional<Actor> actor = request.actor();

		if (actor.isEmpty()) {
			return ErrorPages.forbidden();
		}

		Optional<String> id = request.parameter("id");

		if (id.isEmpty() || (id.get().length() > _MAX_ID_LENGTH)) {
			return ErrorPages.page(
				WebResponse.UNPROCESSABLE, "the-search-is-not-valid-x",
				"the identifier is missing or too long");
		}

		try {
			Map<String, Object> model = new HashMap<>();

			model.put(
				"card",
				new UserCardDisplayContext(
					_searchDirectory.card(actor.get(), id.get())));
			model.put("directoryCardRoute", Routes.DIRECTORY_CARD);
			model.put("directoryRoute", Routes.DIRECTORY);

			return WebResponse.view(TEMPLATE, model);
		}
		catch (AccessDeniedException accessDeniedException) {
			return ErrorPages.forbidden();
		}
		catch (NoSuchElementException noSuchElementException) {
			return ErrorPages.page(
				WebResponse.NOT_FOUND, "nobody-has-the-identifier-x", id.get());
		}
	}

	public static final String TEMPLATE = "user_card.ftlh";

	private static final int _MAX_ID_LENGTH = 200;

	private final SearchDirectory _searchDirectory;

}
