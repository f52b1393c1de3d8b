package org.preau.liferay.web.internal.portlet.action;

import com.liferay.portal.kernel.portlet.bridges.mvc.BaseMVCActionCommand;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.theme.ThemeDisplay;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;

import org.preau.liferay.web.internal.PreauPortalServices;
import org.preau.liferay.web.internal.portlet.ActionUrls;
import org.preau.liferay.web.internal.portlet.PortletPages;
import org.preau.liferay.web.internal.portlet.PortletPermissions;
import org.preau.liferay.web.internal.portlet.PortletUrls;
import org.preau.liferay.web.internal.portlet.PortletWebRequest;
import org.preau.web.http.Controller;
import org.preau.web.http.WebRequest;
import org.preau.web.http.WebResponse;

/**
 * Sends a shared page's form to its controller, as the signed-in user. Only holders of the portlet's permission may
 * send a form, and the core then checks what they administer. The portal has checked the action's CSRF token (p_auth)
 * before the command runs. An answer that redirects goes to its page; any other is rendered in place of the form's
 * page.
 */
public abstract class BasePageFormMVCActionCommand
	extends BaseMVCActionCommand {

	/**
	 * Runs after the controller answered, before the answer is shown.
	 */
	protected void afterHandle(
			PreauPortalServices preauPortalServices, WebRequest webRequest,
			WebResponse webResponse)
		throws Exception {
	}

	@Override
	protected void doProcessAction(
			ActionRequest actionRequest, ActionResponse actionResponse)
		throws Exception {

		ThemeDisplay themeDisplay = PortletPages.themeDisplay(actionRequest);

		PermissionChecker permissionChecker = PortletPermissions.check(
			themeDisplay, getPortletKey(), getActionKey());

		PreauPortalServices preauPortalServices = getPreauPortalServices();

		PortletWebRequest portletWebRequest = new PortletWebRequest(
			actionRequest, themeDisplay.getLocale(),
			preauPortalServices.getPortalActors(
			).actor(
				themeDisplay.getUser(), permissionChecker
			),
			_NO_FORM_TOKEN, new ActionUrls());

		WebResponse webResponse = getController(
			preauPortalServices, themeDisplay
		).handle(
			portletWebRequest
		);

		afterHandle(preauPortalServices, portletWebRequest, webResponse);

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

	/**
	 * The portlet's action that a user must hold to send the form.
	 */
	protected abstract String getActionKey();

	/**
	 * The shared controller of the form's route.
	 */
	protected abstract Controller getController(
		PreauPortalServices preauPortalServices, ThemeDisplay themeDisplay);

	protected abstract String getPortletKey();

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
