package org.preau.web.directory;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.preau.core.accounts.model.AccountState;
import org.preau.core.accounts.port.in.ReadAccountState;
import org.preau.core.directory.model.UserCard;
import org.preau.core.directory.port.in.SearchDirectory;
import org.preau.core.rights.port.in.ExplainDecisions;
import org.preau.core.security.AccessDeniedException;
import org.preau.core.security.Actor;
import org.preau.web.http.Controller;
import org.preau.web.http.Routes;
import org.preau.web.http.WebRequest;
import org.preau.web.http.WebResponse;
import org.preau.web.view.ErrorPages;

/**
 * The card of a person of the directory, from their identifier: what the directory knows of them, then, once they
 * have a login, the services and rights they hold and how their account stands, each read through its own use case.
 */
public class UserCardController implements Controller {

	/**
	 * @param explainRoute the route of the explainer that each granted action links to, or empty where the host does
	 *        not offer it beside the card
	 */
	public UserCardController(
		SearchDirectory searchDirectory, ExplainDecisions explainDecisions,
		ReadAccountState readAccountState, String explainRoute,
		ZoneId zoneId) {

		_searchDirectory = searchDirectory;
		_explainDecisions = explainDecisions;
		_readAccountState = readAccountState;
		_explainRoute = explainRoute;
		_dateTimeFormatter = DateTimeFormatter.ofPattern(
			"yyyy-MM-dd HH:mm"
		).withZone(
			zoneId
		);
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

			UserCard userCard = _searchDirectory.card(actor.get(), id.get());

			model.put("card", new UserCardDisplayContext(userCard));

			Optional<String> login = userCard.entry().login();

			if (login.isPresent()) {
				model.put(
					"rights",
					new CardRightsDisplayContext(
						_explainDecisions.rightsOf(actor.get(), login.get()),
						login.get(), _dateTimeFormatter));

				_accountState(
					actor.get(), login.get()
				).ifPresent(
					accountState -> model.put(
						"account",
						new CardAccountDisplayContext(
							accountState, _dateTimeFormatter))
				);
			}

			model.put("directoryCardRoute", Routes.DIRECTORY_CARD);
			model.put("directoryRoute", Routes.DIRECTORY);
			model.put("explainRoute", _explainRoute);

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

	/**
	 * The state of the account, or none when the accounts know nobody of that login, as in a portal whose user was
	 * removed: the section then says nothing.
	 */
	private Optional<AccountState> _accountState(Actor actor, String login) {
		try {
			return Optional.of(_readAccountState.accountState(actor, login));
		}
		catch (NoSuchElementException noSuchElementException) {
			return Optional.empty();
		}
	}

	private static final int _MAX_ID_LENGTH = 200;

	private final DateTimeFormatter _dateTimeFormatter;
	private final ExplainDecisions _explainDecisions;
	private final String _explainRoute;
	private final ReadAccountState _readAccountState;
	private final SearchDirectory _searchDirectory;

}
