package org.preau.liferay.web.internal.portlet.action;

import com.liferay.portal.kernel.theme.ThemeDisplay;

import org.preau.liferay.web.constants.PreauActionKeys;
import org.preau.liferay.web.constants.PreauPortletKeys;
import org.preau.liferay.web.internal.PreauPortalServices;
import org.preau.liferay.web.internal.adapter.PortalRightsServices;
import org.preau.liferay.web.internal.portlet.RightsControllers;
import org.preau.web.http.Controller;
import org.preau.web.http.WebRequest;
import org.preau.web.http.WebResponse;

/**
 * Sends a rights page's form to its shared controller, then, once the change is made, sets the portal's permissions
 * of the schools it touched to what their matrix now gives. Only holders of the portlet's {@code MANAGE_RIGHTS}
 * permission may send a form, and the core then checks that they administer the school (or the platform, for the
 * académie's defaults).
 */
public abstract class BaseRightsMVCActionCommand
	extends BasePageFormMVCActionCommand {

	@Override
	protected void afterHandle(
			PreauPortalServices preauPortalServices, WebRequest webRequest,
			WebResponse webResponse)
		throws Exception {

		if (webResponse.redirectLocation().isPresent() ||
			(webResponse.status() == WebResponse.OK)) {

			applyPermissions(
				preauPortalServices.getPortalRightsServices(), webRequest);
		}
	}

	/**
	 * Sets the permissions of the schools the form changed. A form that changes no matrix (delegations, messaging
	 * rules) leaves them as they are.
	 */
	protected void applyPermissions(
			PortalRightsServices portalRightsServices, WebRequest webRequest)
		throws Exception {
	}

	@Override
	protected String getActionKey() {
		return PreauActionKeys.MANAGE_RIGHTS;
	}

	@Override
	protected Controller getController(
		PreauPortalServices preauPortalServices, ThemeDisplay themeDisplay) {

		return RightsControllers.of(
			getRoute(), preauPortalServices,
			themeDisplay.getTimeZone(
			).toZoneId());
	}

	@Override
	protected String getPortletKey() {
		return PreauPortletKeys.RIGHTS;
	}

}
