package org.preau.liferay.web.internal.portlet;

import com.liferay.portal.kernel.theme.ThemeDisplay;

import java.util.Set;

import org.preau.core.accounts.model.PasswordPolicy;

import org.preau.liferay.web.internal.PreauPortalServices;
import org.preau.liferay.web.internal.adapter.PortalAccountsServices;
import org.preau.web.accounts.AccountRoutes;
import org.preau.web.accounts.AccountsController;
import org.preau.web.accounts.CreateGuestController;
import org.preau.web.accounts.EndGuestController;
import org.preau.web.accounts.ExtendGuestController;
import org.preau.web.accounts.MailCredentialsController;
import org.preau.web.accounts.PrintCredentialsController;
import org.preau.web.accounts.ReactivateAccountController;
import org.preau.web.accounts.ResetPasswordController;
import org.preau.web.accounts.SuspendAccountsController;
import org.preau.web.accounts.sheets.CredentialCsv;
import org.preau.web.accounts.sheets.CredentialSheets;
import org.preau.web.accounts.sheets.SheetDocuments;
import org.preau.web.accounts.sheets.SheetTexts;
import org.preau.web.http.Controller;
import org.preau.web.i18n.Messages;

/**
 * The shared controller of each accounts page and form the portal host offers, over its services; the portlet renders
 * them and the action commands send them their forms. Creating a guest makes their portal user, whose first password
 * is the code the page shows once. Codes are mailed to parents through the portal's mail service. The printed sheets
 * and the mail-merge file are a download, which the portlet serves as a resource.
 */
public class AccountsControllers {

	/**
	 * The routes of the account actions that the portal host offers; the page shows only their forms.
	 */
	public static final Set<String> ACTION_ROUTES = Set.of(
		AccountRoutes.CREDENTIALS, AccountRoutes.GUEST_CREATE,
		AccountRoutes.GUEST_END, AccountRoutes.GUEST_EXTEND, AccountRoutes.MAIL,
		AccountRoutes.REACTIVATE, AccountRoutes.RESET, AccountRoutes.SUSPEND);

	/**
	 * The routes whose answer is a file, served as a resource: the form that issues codes answers with the sheets.
	 */
	public static final Set<String> RESOURCE_ROUTES = Set.of(
		AccountRoutes.CREDENTIALS);

	/**
	 * @param themeDisplay the page's, whose time zone shows dates and whose user's language and portal address the
	 *        printed sheets use
	 * @return the controller of the route, {@code null} for a route that the portal host does not offer
	 */
	public static Controller of(
		String route, PreauPortalServices preauPortalServices,
		ThemeDisplay themeDisplay) {

		PortalAccountsServices portalAccountsServices =
			preauPortalServices.getPortalAccountsServices();

		if (AccountRoutes.ACCOUNTS.equals(route)) {
			return new AccountsController(
				portalAccountsServices.getIssueCredentials(),
				portalAccountsServices.getSuspensionService(),
				portalAccountsServices.getGuestService(),
				preauPortalServices.getBrowseDirectory(),
				preauPortalServices.getEstablishmentOverview(),
				themeDisplay.getTimeZone(
				).toZoneId(),
				ACTION_ROUTES);
		}

		if (AccountRoutes.CREDENTIALS.equals(route)) {
			SheetTexts sheetTexts = new SheetTexts(
				new Messages(),
				Messages.supportedLocale(themeDisplay.getLocale()),
				themeDisplay.getPortalURL() + "/",
				PasswordPolicy.defaults(
				).minLength(),
				themeDisplay.getTimeZone(
				).toZoneId());

			return new PrintCredentialsController(
				portalAccountsServices.getIssueCredentials(),
				preauPortalServices.getEstablishmentOverview(),
				new SheetDocuments(
					new CredentialSheets(sheetTexts),
					new CredentialCsv(sheetTexts)));
		}

		if (AccountRoutes.GUEST_CREATE.equals(route)) {
			return new CreateGuestController(
				portalAccountsServices.getGuestService());
		}

		if (AccountRoutes.GUEST_END.equals(route)) {
			return new EndGuestController(
				portalAccountsServices.getGuestService());
		}

		if (AccountRoutes.GUEST_EXTEND.equals(route)) {
			return new ExtendGuestController(
				portalAccountsServices.getGuestService());
		}

		if (AccountRoutes.MAIL.equals(route)) {
			return new MailCredentialsController(
				portalAccountsServices.getMailCredentials());
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
