package org.preau.web.rights;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.preau.core.directory.model.Uai;
import org.preau.core.directory.port.in.GetEstablishmentOverview;
import org.preau.core.rights.model.CopyDifference;
import org.preau.core.rights.port.in.ManageRights;
import org.preau.web.http.Controller;
import org.preau.web.http.WebRequest;
import org.preau.web.http.WebResponse;

/**
 * Copies a school's settings to other schools named by UAI: a first POST previews the differences, a second one,
 * confirmed, applies them.
 */
public class RightsCopyController implements Controller {

	public RightsCopyController(
		ManageRights manageRights,
		GetEstablishmentOverview getEstablishmentOverview) {

		_manageRights = manageRights;
		_getEstablishmentOverview = getEstablishmentOverview;
	}

	@Override
	public WebResponse handle(WebRequest request) {
		return RightsPages.schoolPage(
			request, _getEstablishmentOverview, RightsRoutes.COPY, TEMPLATE,
			(establishmentChoice, source, model) -> {
				// The form names the school: only its administrators see it

				_manageRights.matrix(establishmentChoice.actor(), source);

				if (!request.method().equals("POST")) {
					return WebResponse.view(TEMPLATE, model);
				}

				String targetsText = request.parameter("targets").orElse("");
				List<Uai> targets = RightsPages.uais(targetsText);
				String reason = request.parameter("reason").orElse("");

				List<CopyDifference> differences;

				boolean apply = request.parameter(
					"step"
				).orElse(
					""
				).equals(
					"apply"
				);

				if (apply) {
					differences = _manageRights.applyCopy(
						establishmentChoice.actor(), source, targets, reason);
				}
				else {
					differences = _manageRights.previewCopy(
						establishmentChoice.actor(), source, targets);
				}

				List<Map<String, String>> rows = new ArrayList<>();

				for (CopyDifference difference : differences) {
					rows.add(
						Map.of(
							"copied", difference.copied(), "current",
							difference.current(), "subject",
							difference.subject(), "target",
							difference.target().value()));
				}

				model.put("applied", apply);
				model.put("differences", rows);
				model.put("reason", reason);
				model.put("targets", targetsText);

				return WebResponse.view(TEMPLATE, model);
			});
	}

	public static final String TEMPLATE = "rights_copy.ftlh";

	private final GetEstablishmentOverview _getEstablishmentOverview;
	private final ManageRights _manageRights;

}
