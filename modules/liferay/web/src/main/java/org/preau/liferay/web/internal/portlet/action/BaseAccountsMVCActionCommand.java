package org.preau.liferay.web.internal.portlet.action;

import com.liferay.portal.kernel.portlet.bridges.mvc.BaseMVCActionCommand;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.theme.ThemeDisplay;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;

import org.preau.liferay.web.constants.PreauActionKeys;
import org.preau.liferay.web.constants.PreauPortletKeys;
import org.preau.liferay.web.internal.PreauPortalServices;
import org.preau.liferay.web.internal.portlet.AccountsControllers;
import org.preau.liferay.web.internal.portlet.ActionUrls;
import org.preau.liferay.web.internal.portlet.PortletPages;
import org.preau.liferay.web.internal.portlet.PortletUrls;
import org.preau.liferay.web.internal.portlet.PortletWebRequest;
import org.preau.web.http.WebResponse;

/**
 * Sends an accounts form to its shared controller. Only holders of the portlet's {@code MANAGE_ACCOUNTS} permission
 * may send a form, and the core then checks that they administer the school (or teach the pupil, for a reset). The
 * portal has checked the action's CSRF token (p_auth) before the command runs.
 */
public abstract class BaseAccountsMVCActionCommand
	extends BaseMVCActionCommand {

	@Override
	protected void doProcessAction(
			ActionRequest actionRequest, ActionResponse actionResponse)
		throws Exception {

		ThemeDisplay themeDisplay = PortletPages.themeDisplay(actionRequest);

		PermissionChecker permissionChecker =
			themeDisplay.getPermissionChecker();

		if (!permissionChecker.hasPermission(
				themeDisplay.getScopeGroupId(), PreauPortletKeys.ACCOUNTS,
				PreauPortletKeys.ACCOUNTS, PreauActionKeys.MANAGE_ACCOUNTS)) {

			throw new PrincipalException.MustHavePermission(
				permissionChecker, PreauPortletKeys.ACCOUNTS, 0,
				PreauActionKeys.MANAGE_ACCOUNTS);
		}

		PreauPortalServices preauPortalServices = getPreauPortalServices();

		PortletWebRequest portletWebRequest = new PortletWebRequest(
			actionRequest, themeDisplay.getLocale(),
			preauPortalServices.getPortalActors(
			).actor(
				themeDisplay.getUser(), permissionChecker
			),
			_NO_FORM_TOKEN, new ActionUrls());

		WebResponse webResponse = AccountsControllers.of(
			getRoute(), preauPortalServices, themeDisplay
		).handle(
			portletWebRequest
		);

		if (webResponse.redirectLocation().isPresent()) {
			ActionUrls.redirect(
				webResponse.redirectLocation().get(),
				actionResponse.getRenderParameters());

			return;
		}

		actionRequest.setAttribute(PortletPages.ACTION_RESPONSE, webResponse);
		actionResponse.getRenderParameters(
		).setValue(
			PortletUrls.ROUTE_PARAMETER, getRoute()
		);
	}

	protected abstract PreauPortalServices getPreauPortalServices();

	/**
	 * The route of the page whose form the command receives, also its {@code mvc.command.name}.
	 */
	protected abstract String getRoute();

	/**
	 * An action shows no form: the page that follows it is rendered with its own request and token.
	 */
	private static final String _NO_FORM_TOKEN = "";

}
