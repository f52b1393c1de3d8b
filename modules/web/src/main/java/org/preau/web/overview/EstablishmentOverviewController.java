package org.preau.web.overview;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;

import org.preau.core.directory.model.Uai;
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
 * Shows an establishment's people, structures and last import. Without a {@code uai} parameter it shows the first
 * establishment the user administers.
 */
public class EstablishmentOverviewController implements Controller {

	public EstablishmentOverviewController(
		GetEstablishmentOverview getEstablishmentOverview, ZoneId zoneId) {

		_getEstablishmentOverview = getEstablishmentOverview;
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

		if (establishmentChoice.uai().isEmpty()) {
			Map<String, Object> model = new HashMap<>();

			model.put("establishments", establishmentChoice.establishments());

			return WebResponse.view(TEMPLATE, model);
		}

		Uai uai = establishmentChoice.uai().get();

		try {
			Map<String, Object> model = new HashMap<>();

			model.put(
				"overview",
				new EstablishmentOverviewDisplayContext(
					_getEstablishmentOverview.overview(actor, uai),
					Messages.supportedLocale(request.locale()), _zoneId));
			model.put("establishments", establishmentChoice.establishments());
			model.put("overviewRoute", Routes.OVERVIEW);

			return WebResponse.view(TEMPLATE, model);
		}
		catch (AccessDeniedException accessDeniedException) {
			return ErrorPages.forbidden();
		}
		catch (NoSuchElementException noSuchElementException) {
			return ErrorPages.page(
				WebResponse.NOT_FOUND, "no-establishment-has-the-uai-x",
				uai.value());
		}
	}

	public static final String TEMPLATE = "overview.ftlh";

	private final GetEstablishmentOverview _getEstablishmentOverview;
	private final ZoneId _zoneId;

}
