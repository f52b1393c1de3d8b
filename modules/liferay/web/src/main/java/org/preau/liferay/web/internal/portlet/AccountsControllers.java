package org.preau.liferay.web.internal.portlet;

import java.time.ZoneId;
import java.util.Set;

import org.preau.liferay.web.internal.PreauPortalServices;
import org.preau.liferay.web.internal.adapter.PortalAccountsServices;
import org.preau.web.accounts.AccountRoutes;
import org.preau.web.accounts.AccountsController;
import org.preau.web.accounts.EndGuestController;
import org.preau.web.accounts.ExtendGuestController;
import org.preau.web.accounts.ReactivateAccountController;
import org.preau.web.accounts.ResetPasswordController;
import org.preau.web.accounts.SuspendAccountsController;
import org.preau.web.http.Controller;

/**
 * The shared controller of each accounts page and form the portal host offers, over its services; the portlet renders
 * them and the action commands send them their forms. Guests are not created here (the portal's users come from the
 * directory's import), credentials are not mailed, and printed sheets are not yet offered as downloads.
 */
public class AccountsControllers {

	/**
	 * The routes of the account actions that the portal host offers; the page shows only their forms.
	 */
	public static final Set<String> ACTION_ROUTES = Set.of(
		AccountRoutes.GUEST_END, AccountRoutes.GUEST_EXTEND,
		AccountRoutes.REACTIVATE, AccountRoutes.RESET, AccountRoutes.SUSPEND);

	/**
	 * @return the controller of the route, {@code null} for a route that the portal host does not offer
	 */
	public static Controller of(
		String route, PreauPortalServices preauPortalServices, ZoneId zoneId) {

		PortalAccountsServices portalAccountsServices =
			preauPortalServices.getPortalAccountsServices();

		if (AccountRoutes.ACCOUNTS.equals(route)) {
			return new AccountsController(
				portalAccountsServices.getIssueCredentials(),
				portalAccountsServices.getSuspensionService(),
				portalAccountsServices.getGuestService(),
				preauPortalServices.getBrowseDirectory(),
				preauPortalServices.getEstablishmentOverview(), zoneId,
				ACTION_ROUTES);
		}

		if (AccountRoutes.GUEST_END.equals(route)) {
			return new EndGuestController(
				portalAccountsServices.getGuestService());
		}

		if (AccountRoutes.GUEST_EXTEND.equals(route)) {
			return new ExtendGuestController(
				portalAccountsServices.getGuestService());
		}

		if (AccountRoutes.REACTIVATE.equals(route)) {
			return new ReactivateAccountController(
				portalAccountsServices.getSuspensionService());
		}

		if (AccountRoutes.RESET.equals(route)) {
			return new ResetPasswordController(
				portalAccountsServices.getIssueCredentials());
		}

		if (AccountRoutes.SUSPEND.equals(route)) {
			return new SuspendAccountsController(
				portalAccountsServices.getSuspensionService());
		}

		return null;
	}

}
