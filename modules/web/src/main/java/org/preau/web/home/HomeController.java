package org.preau.web.home;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.preau.core.directory.port.in.GetEstablishmentOverview;
import org.preau.core.security.Actor;
import org.preau.web.http.Controller;
import org.preau.web.http.Routes;
import org.preau.web.http.WebRequest;
import org.preau.web.http.WebResponse;
import org.preau.web.view.ErrorPages;
import org.preau.web.view.EstablishmentItem;

/**
 * The administrator's home: the establishments they administer, each linking to its overview.
 */
public class HomeController implements Controller {

	public HomeController(GetEstablishmentOverview getEstablishmentOverview) {
		_getEstablishmentOverview = getEstablishmentOverview;
	}

	@Override
	public WebResponse handle(WebRequest request) {
		Optional<Actor> actor = request.actor();

		if (actor.isEmpty()) {
			return ErrorPages.forbidden();
		}

		Map<String, Object> model = new HashMap<>();

		model.put(
			"establishments",
			EstablishmentItem.of(
				_getEstablishmentOverview.administeredBy(actor.get())));
		model.put("overviewRoute", Routes.OVERVIEW);

		return WebResponse.view(TEMPLATE, model);
	}

	public static final String TEMPLATE = "home.ftlh";

	private final GetEstablishmentOverview _getEstablishmentOverview;

}
