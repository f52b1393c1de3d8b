package org.preau.web.rights;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import org.preau.core.directory.model.Uai;
import org.preau.core.directory.port.in.GetEstablishmentOverview;
import org.preau.core.rights.model.RightsMatrix;
import org.preau.core.rights.port.in.ManageRights;
import org.preau.web.http.Controller;
import org.preau.web.http.WebRequest;
import org.preau.web.http.WebResponse;
import org.preau.web.view.EstablishmentChoice;

/**
 * The matrix editor: a school's matrix against the académie's defaults, or (on {@link RightsRoutes#DEFAULTS}) the
 * académie's default matrix itself. A POST makes the matrix exactly the checked cells.
 */
public class RightsMatrixController implements Controller {

	public RightsMatrixController(
		ManageRights manageRights,
		GetEstablishmentOverview getEstablishmentOverview, boolean academie,
		ZoneId zoneId) {

		_manageRights = manageRights;
		_getEstablishmentOverview = getEstablishmentOverview;
		_academie = academie;
		_zoneId = zoneId;
	}

	@Override
	public WebResponse handle(WebRequest request) {
		EstablishmentChoice establishmentChoice = EstablishmentChoice.of(
			request, _getEstablishmentOverview);

		if (establishmentChoice.error().isPresent()) {
			return establishmentChoice.error().get();
		}

		return RightsPages.answer(
			() -> {
				Map<String, Object> model = new HashMap<>();

				model.put("academie", _academie);
				model.put("matrixRoute", RightsRoutes.MATRIX);

				if (_academie) {
					if (request.method().equals("POST")) {
						int changes = _manageRights.setDefaults(
							establishmentChoice.actor(),
							RightsMatrixDisplayContext.parseCells(
								request.parameters("cell")),
							request.parameter("reason").orElse(""));

						return WebResponse.redirect(
							request.urls().page(
								RightsRoutes.DEFAULTS,
								Map.of("changes", String.valueOf(changes))));
					}

					RightsMatrix rightsMatrix = _manageRights.academieMatrix(
						establishmentChoice.actor());

					RightsPages.putChoice(
						model, RightsRoutes.DEFAULTS, null,
						establishmentChoice.establishments());
					model.put(
						"matrix",
						new RightsMatrixDisplayContext(
							rightsMatrix, null, _zoneId));
					model.put("changes", request.parameter("changes").orElse(null));
					model.put("formRoute", RightsRoutes.DEFAULTS);

					return WebResponse.view(TEMPLATE, model);
				}

				RightsPages.putChoice(
					model, RightsRoutes.MATRIX,
					establishmentChoice.uai().orElse(null),
					establishmentChoice.establishments());

				if (establishmentChoice.uai().isEmpty()) {
					return WebResponse.view(TEMPLATE, model);
				}

				Uai uai = establishmentChoice.uai().get();

				if (request.method().equals("POST")) {
					int changes = _manageRights.setSchoolCells(
						establishmentChoice.actor(), uai,
						RightsMatrixDisplayContext.parseCells(
							request.parameters("cell")),
						request.parameter("reason").orElse(""));

					return WebResponse.redirect(
						request.urls().page(
							RightsRoutes.MATRIX,
							Map.of(
								"changes", String.valueOf(changes), "uai",
								uai.value())));
				}

				model.put(
					"matrix",
					new RightsMatrixDisplayContext(
						_manageRights.matrix(establishmentChoice.actor(), uai),
						uai, _zoneId));
				model.put("changes", request.parameter("changes").orElse(null));
				model.put("formRoute", RightsRoutes.MATRIX);

				return WebResponse.view(TEMPLATE, model);
			});
	}

	public static final String TEMPLATE = "rights.ftlh";

	private final boolean _academie;
	private final GetEstablishmentOverview _getEstablishmentOverview;
	private final ManageRights _manageRights;
	private final ZoneId _zoneId;

}
