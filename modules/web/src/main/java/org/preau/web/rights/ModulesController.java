package org.preau.web.rights;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.preau.core.directory.port.in.GetEstablishmentOverview;
import org.preau.core.rights.model.EntService;
import org.preau.core.rights.model.RightsMatrix;
import org.preau.core.rights.port.in.ManageRights;
import org.preau.web.http.Controller;
import org.preau.web.http.WebRequest;
import org.preau.web.http.WebResponse;

/**
 * Opens and closes the modules of a school.
 */
public class ModulesController implements Controller {

	public ModulesController(
		ManageRights manageRights,
		GetEstablishmentOverview getEstablishmentOverview, ZoneId zoneId) {

		_manageRights = manageRights;
		_getEstablishmentOverview = getEstablishmentOverview;
		_zoneId = zoneId;
	}

	@Override
	public WebResponse handle(WebRequest request) {
		return RightsPages.schoolPage(
			request, _getEstablishmentOverview, RightsRoutes.MODULES, TEMPLATE,
			(establishmentChoice, uai, model) -> {
				if (request.method().equals("POST")) {
					String serviceKey = request.parameter(
						"service"
					).orElse(
						""
					);
					String reason = request.parameter("reason").orElse("");
					String operation = request.parameter(
						"operation"
					).orElse(
						""
					);

					if (operation.equals("close")) {
						_manageRights.closeModule(
							establishmentChoice.actor(), uai, serviceKey,
							reason);
					}
					else if (operation.equals("open")) {
						_manageRights.openModule(
							establishmentChoice.actor(), uai, serviceKey,
							reason);
					}
					else {
						throw new IllegalArgumentException(
							"unknown operation \"" + operation +
								"\"; expected open or close");
					}

					return WebResponse.redirect(
						request.urls().page(
							RightsRoutes.MODULES, Map.of("uai", uai.value())));
				}

				RightsMatrix rightsMatrix = _manageRights.matrix(
					establishmentChoice.actor(), uai);

				DateTimeFormatter dateTimeFormatter =
					DateTimeFormatter.ofPattern(
						"yyyy-MM-dd HH:mm"
					).withZone(
						_zoneId
					);

				List<Map<String, Object>> modules = new ArrayList<>();

				for (EntService entService : rightsMatrix.catalogue()) {
					Map<String, Object> module = new LinkedHashMap<>();

					module.put("closed", rightsMatrix.isClosed(uai, entService.key()));
					module.put("key", entService.key());
					module.put("labelKey", entService.labelKey());

					rightsMatrix.closure(
						uai, entService.key()
					).ifPresent(
						closure -> {
							module.put("author", closure.author());
							module.put(
								"date", dateTimeFormatter.format(closure.at()));
							module.put("reason", closure.reason());
						}
					);

					modules.add(module);
				}

				model.put("modules", modules);

				return WebResponse.view(TEMPLATE, model);
			});
	}

	public static final String TEMPLATE = "rights_modules.ftlh";

	private final GetEstablishmentOverview _getEstablishmentOverview;
	private final ManageRights _manageRights;
	private final ZoneId _zoneId;

}
