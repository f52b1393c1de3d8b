package org.preau.web.accounts;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.preau.core.accounts.model.Distribution;
import org.preau.core.accounts.model.Guest;
import org.preau.core.accounts.model.SuspensionEvent;
import org.preau.core.accounts.port.in.IssueCredentials;
import org.preau.core.accounts.port.in.ManageGuests;
import org.preau.core.accounts.port.in.SuspendAccounts;
import org.preau.core.directory.model.SchoolClass;
import org.preau.core.directory.model.Uai;
import org.preau.core.directory.port.in.BrowseDirectory;
import org.preau.core.directory.port.in.GetEstablishmentOverview;
import org.preau.core.security.AccessDeniedException;
import org.preau.core.security.Actor;
import org.preau.web.http.Controller;
import org.preau.web.http.WebRequest;
import org.preau.web.http.WebResponse;
import org.preau.web.view.ErrorPages;
import org.preau.web.view.EstablishmentChoice;

/**
 * The accounts page of an establishment: printing credentials (sheets or mail-merge file, with or without a reset),
 * resetting one account, suspending and reactivating, guests; with the distribution and suspension histories.
 */
public class AccountsController implements Controller {

	/**
	 * The page with the forms of every account action.
	 */
	public AccountsController(
		IssueCredentials issueCredentials, SuspendAccounts suspendAccounts,
		ManageGuests manageGuests, BrowseDirectory browseDirectory,
		GetEstablishmentOverview getEstablishmentOverview, ZoneId zoneId) {

		this(
			issueCredentials, suspendAccounts, manageGuests, browseDirectory,
			getEstablishmentOverview, zoneId, AccountRoutes.ALL_ACTIONS);
	}

	/**
	 * The page with the forms of the account actions that the host serves: a form whose route the host does not
	 * serve is not shown.
	 */
	public AccountsController(
		IssueCredentials issueCredentials, SuspendAccounts suspendAccounts,
		ManageGuests manageGuests, BrowseDirectory browseDirectory,
		GetEstablishmentOverview getEstablishmentOverview, ZoneId zoneId,
		Set<String> actionRoutes) {

		_actionRoutes = Set.copyOf(actionRoutes);
		_issueCredentials = issueCredentials;
		_suspendAccounts = suspendAccounts;
		_manageGuests = manageGuests;
		_browseDirectory = browseDirectory;
		_getEstablishmentOverview = getEstablishmentOverview;
		_dateTimeFormatter = DateTimeFormatter.ofPattern(
			"yyyy-MM-dd HH:mm"
		).withZone(
			zoneId
		);
	}

	@Override
	public WebResponse handle(WebRequest request) {
		EstablishmentChoice establishmentChoice = EstablishmentChoice.of(
			request, _getEstablishmentOverview);

		if (establishmentChoice.error().isPresent()) {
			return establishmentChoice.error().get();
		}

		if (establishmentChoice.uai().isEmpty()) {
			return ErrorPages.page(WebResponse.OK, "no-establishment-yet");
		}

		Actor actor = establishmentChoice.actor();
		Uai uai = establishmentChoice.uai().get();

		try {
			Map<String, Object> model = new HashMap<>();

			List<SchoolClass> schoolClasses = _browseDirectory.classes(
				actor, uai);

			model.put("classCodes", _classCodes(schoolClasses));
			model.put("distributions", _distributions(actor, uai));
			model.put("count", _count(request, "count"));
			model.put("done", request.parameter("done").orElse(""));
			model.put("establishments", establishmentChoice.establishments());
			model.put("guests", _guests(actor, uai));
			model.put("levels", _levels(schoolClasses));
			model.put("routes", _routes());
			model.put("suspensions", _suspensions(actor, uai));
			model.put("uai", uai.value());
			model.put("without", _count(request, "without"));

			return WebResponse.view(TEMPLATE, model);
		}
		catch (AccessDeniedException accessDeniedException) {
			return ErrorPages.forbidden();
		}
	}

	public static final String TEMPLATE = "accounts.ftlh";

	/**
	 * A count that an action's redirect carries, or nothing for anything else, so that the page never repeats text
	 * from its address.
	 */
	private static String _count(WebRequest request, String name) {
		return request.parameter(
			name
		).filter(
			value -> value.matches("\\d{1,9}")
		).orElse(
			""
		);
	}

	/**
	 * The levels of the establishment's classes by MEF code, each shown with its classes, since a MEF code alone
	 * says little to a school.
	 */
	private List<Map<String, Object>> _levels(List<SchoolClass> schoolClasses) {
		Map<String, List<String>> classCodes = new TreeMap<>();

		for (SchoolClass schoolClass : schoolClasses) {
			if (schoolClass.mefCode(
				).isPresent()) {

				classCodes.computeIfAbsent(
					schoolClass.mefCode(
					).get(),
					mefCode -> new ArrayList<>()
				).add(
					schoolClass.code()
				);
			}
		}

		List<Map<String, Object>> levels = new ArrayList<>();

		for (Map.Entry<String, List<String>> entry : classCodes.entrySet()) {
			levels.add(
				Map.of(
					"classCodes", String.join(", ", entry.getValue()),
					"mefCode", entry.getKey()));
		}

		return levels;
	}

	private Map<String, String> _routes() {
		Map<String, String> routes = new LinkedHashMap<>();

		routes.put("accounts", AccountRoutes.ACCOUNTS);
		_putIfServed(routes, "credentials", AccountRoutes.CREDENTIALS);
		_putIfServed(routes, "guestCreate", AccountRoutes.GUEST_CREATE);
		_putIfServed(routes, "guestEnd", AccountRoutes.GUEST_END);
		_putIfServed(routes, "guestExtend", AccountRoutes.GUEST_EXTEND);
		_putIfServed(routes, "mail", AccountRoutes.MAIL);
		_putIfServed(routes, "reactivate", AccountRoutes.REACTIVATE);
		_putIfServed(routes, "reset", AccountRoutes.RESET);
		_putIfServed(routes, "suspend", AccountRoutes.SUSPEND);

		return routes;
	}

	private void _putIfServed(
		Map<String, String> routes, String name, String route) {

		if (_actionRoutes.contains(route)) {
			routes.put(name, route);
		}
	}

	private List<String> _classCodes(List<SchoolClass> schoolClasses) {
		List<String> classCodes = new ArrayList<>();

		for (SchoolClass schoolClass : schoolClasses) {
			classCodes.add(schoolClass.code());
		}

		return classCodes;
	}

	private List<Map<String, Object>> _distributions(Actor actor, Uai uai) {
		List<Map<String, Object>> rows = new ArrayList<>();

		for (Distribution distribution :
				_issueCredentials.history(actor, uai, _HISTORY_SIZE)) {

			Map<String, Object> row = new HashMap<>();

			row.put("actor", distribution.actor());
			row.put("at", _dateTimeFormatter.format(distribution.at()));
			row.put("count", distribution.count());
			row.put("kind", distribution.kind());
			row.put("scope", distribution.scope());

			rows.add(row);
		}

		return rows;
	}

	private List<Map<String, Object>> _guests(Actor actor, Uai uai) {
		List<Map<String, Object>> rows = new ArrayList<>();

		for (Guest guest : _manageGuests.list(actor, uai)) {
			Map<String, Object> row = new HashMap<>();

			row.put("displayName", guest.displayName());
			row.put("expiresOn", guest.expiresOn().toString());
			row.put("kind", guest.kind().key());
			row.put("login", guest.login());
			row.put("sponsor", guest.sponsor());

			rows.add(row);
		}

		return rows;
	}

	private List<Map<String, Object>> _suspensions(Actor actor, Uai uai) {
		List<Map<String, Object>> rows = new ArrayList<>();

		for (SuspensionEvent event :
				_suspendAccounts.history(actor, uai, _HISTORY_SIZE)) {

			Map<String, Object> row = new HashMap<>();

			row.put("action", event.action());
			row.put("actor", event.actor());
			row.put("at", _dateTimeFormatter.format(event.at()));
			row.put("login", event.login());
			row.put("reason", event.reason());
			row.put("until", event.until().map(Object::toString).orElse(""));

			rows.add(row);
		}

		return rows;
	}

	private static final int _HISTORY_SIZE = 20;

	private final Set<String> _actionRoutes;
	private final BrowseDirectory _browseDirectory;
	private final DateTimeFormatter _dateTimeFormatter;
	private final GetEstablishmentOverview _getEstablishmentOverview;
	private final IssueCredentials _issueCredentials;
	private final ManageGuests _manageGuests;
	private final SuspendAccounts _suspendAccounts;

}
