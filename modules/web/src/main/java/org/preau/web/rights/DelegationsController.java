package org.preau.web.rights;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.preau.core.directory.model.Uai;
import org.preau.core.directory.port.in.GetEstablishmentOverview;
import org.preau.core.rights.model.Delegation;
import org.preau.core.rights.port.in.DelegateAdministration;
import org.preau.web.http.Controller;
import org.preau.web.http.WebRequest;
import org.preau.web.http.WebResponse;
import org.preau.web.view.EstablishmentChoice;

/**
 * Who else administers a school: local administrators, the DANE until an end date, and the head teachers of its
 * classes where the school allows it.
 */
public class DelegationsController implements Controller {

	public DelegationsController(
		DelegateAdministration delegateAdministration,
		GetEstablishmentOverview getEstablishmentOverview, ZoneId zoneId) {

		_delegateAdministration = delegateAdministration;
		_getEstablishmentOverview = getEstablishmentOverview;
		_zoneId = zoneId;
	}

	@Override
	public WebResponse handle(WebRequest request) {
		return RightsPages.schoolPage(
			request, _getEstablishmentOverview, RightsRoutes.DELEGATIONS, TEMPLATE,
			(establishmentChoice, uai, model) -> {
				if (request.method().equals("POST")) {
					_change(request, establishmentChoice, uai);

					return WebResponse.redirect(
						request.urls().page(
							RightsRoutes.DELEGATIONS,
							Map.of("uai", uai.value())));
				}

				DateTimeFormatter dateTimeFormatter =
					DateTimeFormatter.ofPattern(
						"yyyy-MM-dd HH:mm"
					).withZone(
						_zoneId
					);

				List<Map<String, Object>> delegations = new ArrayList<>();

				for (Delegation delegation :
						_delegateAdministration.delegations(
							establishmentChoice.actor(), uai)) {

					Map<String, Object> row = new LinkedHashMap<>();

					row.put("author", delegation.author());
					row.put("date", dateTimeFormatter.format(delegation.at()));
					row.put("id", String.valueOf(delegation.id()));
					row.put("kindKey", "delegation-" + delegation.kind().key());
					row.put("login", delegation.login());
					row.put("reason", delegation.reason());
					row.put(
						"until",
						delegation.until(
						).map(
							dateTimeFormatter::format
						).orElse(
							""
						));

					delegations.add(row);
				}

				model.put(
					"classAdministration",
					_delegateAdministration.allowsClassAdministration(uai));
				model.put("delegations", delegations);

				return WebResponse.view(TEMPLATE, model);
			});
	}

	private void _change(
		WebRequest request, EstablishmentChoice establishmentChoice, Uai uai) {

		String operation = request.parameter("operation").orElse("");
		String reason = request.parameter("reason").orElse("");
		String login = request.parameter("login").orElse("");

		switch (operation) {
			case "class-administration":
				_delegateAdministration.allowClassAdministration(
					establishmentChoice.actor(), uai,
					request.parameter("allowed").isPresent(), reason);

				break;
			case "dane":
				_delegateAdministration.delegateToDane(
					establishmentChoice.actor(), uai, login,
					_endOf(request.parameter("until").orElse("")), reason);

				break;
			case "local-administrator":
				_delegateAdministration.appointLocalAdministrator(
					establishmentChoice.actor(), uai, login, reason);

				break;
			case "revoke":
				String id = request.parameter("id").orElse("");

				if (!id.matches("[0-9]{1,18}")) {
					throw new IllegalArgumentException(
						"\"" + id + "\" is not a delegation");
				}

				_delegateAdministration.revoke(
					establishmentChoice.actor(), uai, Long.parseLong(id),
					reason);

				break;
			default:
				throw new IllegalArgumentException(
					"unknown operation \"" + operation + "\"");
		}
	}

	/**
	 * The delegation holds through the whole last day, in the school's time zone.
	 */
	private Instant _endOf(String date) {
		try {
			return LocalDate.parse(
				date
			).plusDays(
				1
			).atStartOfDay(
				_zoneId
			).toInstant();
		}
		catch (DateTimeParseException dateTimeParseException) {
			throw new IllegalArgumentException(
				"\"" + date + "\" is not a date (yyyy-mm-dd)");
		}
	}

	public static final String TEMPLATE = "rights_delegations.ftlh";

	private final DelegateAdministration _delegateAdministration;
	private final GetEstablishmentOverview _getEstablishmentOverview;
	private final ZoneId _zoneId;

}
