package org.preau.web.rights;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.preau.core.directory.port.in.GetEstablishmentOverview;
import org.preau.core.rights.model.RightsChange;
import org.preau.core.rights.port.in.ManageRights;
import org.preau.web.http.Controller;
import org.preau.web.http.WebRequest;
import org.preau.web.http.WebResponse;

/**
 * The history of a school's rights and messaging rules, newest first.
 */
public class RightsHistoryController implements Controller {

	public RightsHistoryController(
		ManageRights manageRights,
		GetEstablishmentOverview getEstablishmentOverview, ZoneId zoneId) {

		_manageRights = manageRights;
		_getEstablishmentOverview = getEstablishmentOverview;
		_zoneId = zoneId;
	}

	@Override
	public WebResponse handle(WebRequest request) {
		return RightsPages.schoolPage(
			request, _getEstablishmentOverview, RightsRoutes.HISTORY, TEMPLATE,
			(establishmentChoice, uai, model) -> {
				DateTimeFormatter dateTimeFormatter =
					DateTimeFormatter.ofPattern(
						"yyyy-MM-dd HH:mm"
					).withZone(
						_zoneId
					);

				List<Map<String, String>> changes = new ArrayList<>();

				for (RightsChange change :
						_manageRights.history(
							establishmentChoice.actor(),
							Optional.of(uai), _LIMIT)) {

					Map<String, String> row = new LinkedHashMap<>();

					row.put("after", change.after());
					row.put("author", change.author());
					row.put("before", change.before());
					row.put("date", dateTimeFormatter.format(change.at()));
					row.put("kindKey", "change-" + change.kind().key());
					row.put("reason", change.reason());
					row.put("subject", change.subject());

					changes.add(row);
				}

				model.put("changes", changes);

				return WebResponse.view(TEMPLATE, model);
			});
	}

	public static final String TEMPLATE = "rights_history.ftlh";

	private static final int _LIMIT = 200;

	private final GetEstablishmentOverview _getEstablishmentOverview;
	private final ManageRights _manageRights;
	private final ZoneId _zoneId;

}
