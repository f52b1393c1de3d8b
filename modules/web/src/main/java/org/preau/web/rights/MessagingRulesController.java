package org.preau.web.rights;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.preau.core.directory.model.Uai;
import org.preau.core.directory.port.in.GetEstablishmentOverview;
import org.preau.core.messaging.model.ExternalMailOpening;
import org.preau.core.messaging.model.MessagingRules;
import org.preau.core.messaging.port.in.ManageMessagingRules;
import org.preau.web.http.Controller;
import org.preau.web.http.WebRequest;
import org.preau.web.http.WebResponse;
import org.preau.web.view.EstablishmentChoice;

/**
 * A school's messaging rules: external e-mail opened to its pupils (all of them, a level, a class) and the schools
 * linked to it as a cité scolaire.
 */
public class MessagingRulesController implements Controller {

	public MessagingRulesController(
		ManageMessagingRules manageMessagingRules,
		GetEstablishmentOverview getEstablishmentOverview) {

		_manageMessagingRules = manageMessagingRules;
		_getEstablishmentOverview = getEstablishmentOverview;
	}

	@Override
	public WebResponse handle(WebRequest request) {
		return RightsPages.schoolPage(
			request, _getEstablishmentOverview, RightsRoutes.MESSAGING, TEMPLATE,
			(establishmentChoice, uai, model) -> {
				if (request.method().equals("POST")) {
					_change(request, establishmentChoice, uai);

					return WebResponse.redirect(
						request.urls().page(
							RightsRoutes.MESSAGING, Map.of("uai", uai.value())));
				}

				MessagingRules messagingRules = _manageMessagingRules.rules(
					establishmentChoice.actor(), uai);

				List<Map<String, String>> openings = new ArrayList<>();

				for (ExternalMailOpening opening :
						messagingRules.openings(uai)) {

					openings.add(
						Map.of(
							"code", opening.code(), "scope",
							_scopeKey(opening.scope()), "scopeKey",
							"audience-" + _scopeKey(opening.scope())));
				}

				List<String> linked = new ArrayList<>();

				for (Uai other : messagingRules.linkedTo(uai)) {
					linked.add(other.value());
				}

				model.put("linked", linked);
				model.put("openings", openings);
				model.put("recipientLimit", 150);

				return WebResponse.view(TEMPLATE, model);
			});
	}

	private static ExternalMailOpening _opening(
		Uai uai, String scope, String code) {

		switch (scope) {
			case "all-pupils":
				return ExternalMailOpening.allPupils(uai);
			case "class":
				return ExternalMailOpening.ofClass(uai, code);
			case "level":
				return ExternalMailOpening.ofLevel(uai, code);
			default:
				throw new IllegalArgumentException(
					"unknown audience \"" + scope +
						"\"; expected all-pupils, level or class");
		}
	}

	private static String _scopeKey(ExternalMailOpening.Scope scope) {
		return scope.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	private void _change(
		WebRequest request, EstablishmentChoice establishmentChoice, Uai uai) {

		String operation = request.parameter("operation").orElse("");
		String reason = request.parameter("reason").orElse("");

		switch (operation) {
			case "open":
			case "close":
				ExternalMailOpening opening = _opening(
					uai, request.parameter("scope").orElse(""),
					request.parameter("code").orElse(""));

				if (operation.equals("open")) {
					_manageMessagingRules.openExternalMail(
						establishmentChoice.actor(), opening, reason);
				}
				else {
					_manageMessagingRules.closeExternalMail(
						establishmentChoice.actor(), opening, reason);
				}

				break;
			case "link":
			case "unlink":
				List<Uai> others = RightsPages.uais(
					request.parameter("other").orElse(""));

				if (others.size() != 1) {
					throw new IllegalArgumentException(
						"name one school to link, by its UAI");
				}

				if (operation.equals("link")) {
					_manageMessagingRules.link(
						establishmentChoice.actor(), uai, others.get(0),
						reason);
				}
				else {
					_manageMessagingRules.unlink(
						establishmentChoice.actor(), uai, others.get(0),
						reason);
				}

				break;
			default:
				throw new IllegalArgumentException(
					"unknown operation \"" + operation + "\"");
		}
	}

	public static final String TEMPLATE = "messaging_rules.ftlh";

	private final GetEstablishmentOverview _getEstablishmentOverview;
	private final ManageMessagingRules _manageMessagingRules;

}
