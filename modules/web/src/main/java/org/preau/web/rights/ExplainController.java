package org.preau.web.rights;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.preau.core.messaging.model.MessagingDecision;
import org.preau.core.rights.model.RightsDecision;
import org.preau.core.rights.model.ServiceAction;
import org.preau.core.rights.port.in.ExplainDecisions;
import org.preau.core.security.Actor;
import org.preau.web.http.Controller;
import org.preau.web.http.WebRequest;
import org.preau.web.http.WebResponse;
import org.preau.web.view.ErrorPages;

/**
 * The explainer: "can X do A on S?" and "why can't X write to Y?", with the rules that decided.
 */
public class ExplainController implements Controller {

	public ExplainController(
		ExplainDecisions explainDecisions,
		Supplier<List<String>> serviceKeys) {

		_explainDecisions = explainDecisions;
		_serviceKeys = serviceKeys;
	}

	@Override
	public WebResponse handle(WebRequest request) {
		Optional<Actor> actor = request.actor();

		if (actor.isEmpty()) {
			return ErrorPages.forbidden();
		}

		return RightsPages.answer(
			() -> {
				Map<String, Object> model = new HashMap<>();

				List<String> actions = new ArrayList<>();

				for (ServiceAction action : ServiceAction.values()) {
					actions.add(action.key());
				}

				model.put("actions", actions);
				model.put("explainRoute", RightsRoutes.EXPLAIN);
				model.put("services", _serviceKeys.get());

				Optional<String> login = request.parameter("login");
				Optional<String> from = request.parameter("from");

				if (login.isPresent()) {
					String serviceKey = request.parameter(
						"service"
					).orElse(
						""
					);
					String action = request.parameter("action").orElse("");

					RightsDecision rightsDecision = _explainDecisions.can(
						actor.get(), login.get(), serviceKey,
						ServiceAction.parse(action));

					model.put("action", action);
					model.put("allowed", rightsDecision.allowed());
					model.put("login", login.get());
					model.put("reasons", rightsDecision.reasons());
					model.put("service", serviceKey);
				}
				else if (from.isPresent()) {
					String to = request.parameter("to").orElse("");

					MessagingDecision messagingDecision =
						_explainDecisions.canMessage(
							actor.get(), from.get(), to);

					model.put("allowed", messagingDecision.allowed());
					model.put("from", from.get());
					model.put("reasons", List.of(messagingDecision.rule()));
					model.put("to", to);
				}

				return WebResponse.view(TEMPLATE, model);
			});
	}

	public static final String TEMPLATE = "explain.ftlh";

	private final ExplainDecisions _explainDecisions;
	/**
	 * Read at each request, since services come and go with their bundles.
	 */
	private final Supplier<List<String>> _serviceKeys;

}
