package org.preau.liferay.web.internal.portlet.action;

import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import org.preau.liferay.web.constants.PreauPortletKeys;
import org.preau.liferay.web.internal.PreauPortalServices;
import org.preau.liferay.web.internal.adapter.PortalRightsServices;
import org.preau.web.http.WebRequest;
import org.preau.web.rights.RightsRoutes;

/**
 * Makes the académie's default matrix the checked cells, then the permissions of every school follow, since each school
 * follows the defaults where it does not override them.
 */
@Component(
	property = {
		"javax.portlet.name=" + PreauPortletKeys.RIGHTS,
		"mvc.command.name=" + RightsRoutes.DEFAULTS
	},
	service = MVCActionCommand.class
)
public class EditRightsDefaultsMVCActionCommand
	extends BaseRightsMVCActionCommand {

	@Override
	protected void applyPermissions(
			PortalRightsServices portalRightsServices, WebRequest webRequest)
		throws Exception {

		portalRightsServices.applyPermissions();
	}

	@Override
	protected PreauPortalServices getPreauPortalServices() {
		return _preauPortalServices;
	}

	@Override
	protected String getRoute() {
		return RightsRoutes.DEFAULTS;
	}

	@Reference
	private PreauPortalServices _preauPortalServices;

}
