package org.preau.web.merges;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.preau.core.directory.model.Uai;
import org.preau.core.directory.port.in.GetEstablishmentOverview;
import org.preau.core.merges.port.in.GetPersonMerges;
import org.preau.core.merges.port.in.MergeCommand;
import org.preau.core.merges.port.in.MergePeople;
import org.preau.core.merges.port.in.UnmergePeople;
import org.preau.core.security.AccessDeniedException;
import org.preau.core.security.Actor;
import org.preau.web.http.Controller;
import org.preau.web.http.WebRequest;
import org.preau.web.http.WebResponse;
import org.preau.web.i18n.Messages;
import org.preau.web.view.ErrorPages;
import org.preau.web.view.EstablishmentChoice;

/**
 * The merges page: an administrator merges a duplicate that an import report flagged into the person it duplicates,
 * by their directory identifiers, and can undo any merge; the page lists the establishment's merges. Each action
 * redirects back to the page.
 */
public class MergesController implements Controller {

	public MergesController(
		MergePeople mergePeople, UnmergePeople unmergePeople,
		GetPersonMerges getPersonMerges,
		GetEstablishmentOverview getEstablishmentOverview, ZoneId zoneId) {

		_mergePeople = mergePeople;
		_unmergePeople = unmergePeople;
		_getPersonMerges = getPersonMerges;
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

		try {
			if (request.method().equals("POST")) {
				if (establishmentChoice.uai().isEmpty()) {
					return ErrorPages.forbidden();
				}

				return _post(request, actor, establishmentChoice.uai().get());
			}

			Map<String, Object> model = new HashMap<>();

			model.put("establishments", establishmentChoice.establishments());
			model.put("mergesRoute", MergeRoutes.MERGES);

			if (establishmentChoice.uai().isPresent()) {
				Uai uai = establishmentChoice.uai().get();

				model.put("uai", uai.value());
				model.put(
					"merges",
					PersonMergeDisplayContext.of(
						_getPersonMerges.ofEstablishment(
							actor, uai, _MERGES_SIZE),
						Messages.supportedLocale(request.locale()), _zoneId));
			}

			return WebResponse.view(TEMPLATE, model);
		}
		catch (AccessDeniedException accessDeniedException) {
			return ErrorPages.forbidden();
		}
	}

	public static final String TEMPLATE = "merges.ftlh";

	private WebResponse _post(WebRequest request, Actor actor, Uai uai) {
		Optional<String> action = request.parameter("action");

		try {
			if (action.equals(Optional.of("merge"))) {
				_mergePeople.merge(
					actor,
					new MergeCommand(
						uai, request.parameter("survivor").orElse(null),
						request.parameter("absorbed").orElse(null)));
			}
			else if (action.equals(Optional.of("unmerge"))) {
				_unmergePeople.unmerge(
					actor, _mergeId(request.parameter("id").orElse("")));
			}
			else {
				return ErrorPages.page(
					WebResponse.UNPROCESSABLE, "the-page-was-not-found");
			}
		}
		catch (IllegalArgumentException illegalArgumentException) {
			return ErrorPages.page(
				WebResponse.UNPROCESSABLE, "the-merge-was-refused-x",
				illegalArgumentException.getMessage());
		}

		return WebResponse.redirect(
			request.urls(
			).page(
				MergeRoutes.MERGES, Map.of("uai", uai.value())
			));
	}

	private long _mergeId(String value) {
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException numberFormatException) {
			throw new IllegalArgumentException(
				"no merge \"" + value + "\"", numberFormatException);
		}
	}

	private static final int _MERGES_SIZE = 50;

	private final GetEstablishmentOverview _getEstablishmentOverview;
	private final GetPersonMerges _getPersonMerges;
	private final MergePeople _mergePeople;
	private final UnmergePeople _unmergePeople;
	private final ZoneId _zoneId;

}
