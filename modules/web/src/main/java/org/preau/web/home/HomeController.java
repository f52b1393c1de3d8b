package org.preau.web.home;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.preau.core.directory.port.in.GetEstablishmentOverview;
import org.preau.core.rights.model.EntService;
import org.preau.core.rights.model.ServiceAction;
import org.preau.core.rights.port.in.ExplainDecisions;
import org.preau.core.security.Actor;
import org.preau.web.http.Controller;
import org.preau.web.http.Routes;
import org.preau.web.http.WebRequest;
import org.preau.web.http.WebResponse;
import org.preau.web.view.ErrorPages;
import org.preau.web.view.EstablishmentItem;

/**
 * The home page: the establishments the user administers, each linking to its overview, and the services the user
 * may use as a person of the directory.
 */
public class HomeController implements Controller {

	/**
	 * A home without the services block, for a host whose own permissions decide what its people use (the portal).
	 */
	public HomeController(GetEstablishmentOverview getEstablishmentOverview) {
		this(getEstablishmentOverview, null);
	}

	public HomeController(
		GetEstablishmentOverview getEstablishmentOverview,
		ExplainDecisions explainDecisions) {

		_getEstablishmentOverview = getEstablishmentOverview;
		_explainDecisions = explainDecisions;
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

		if (_explainDecisions == null) {
			return WebResponse.view(TEMPLATE, model);
		}

		List<Map<String, Object>> services = new ArrayList<>();

		for (EntService entService :
				_explainDecisions.servicesOf(actor.get())) {

			List<String> actions = new ArrayList<>();

			for (ServiceAction action : entService.actions()) {
				actions.add(action.key());
			}

			services.add(
				Map.of(
					"actions", actions, "key", entService.key(), "labelKey",
					entService.labelKey()));
		}

		model.put("myServices", services);

		return WebResponse.view(TEMPLATE, model);
	}

	public static final String TEMPLATE = "home.ftlh";

	private final ExplainDecisions _explainDecisions;
	private final GetEstablishmentOverview _getEstablishmentOverview;

}
