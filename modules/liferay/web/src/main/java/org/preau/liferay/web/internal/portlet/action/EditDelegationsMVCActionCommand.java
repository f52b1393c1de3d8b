package org.preau.liferay.web.internal.portlet.action;

import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import org.preau.liferay.web.constants.PreauPortletKeys;
import org.preau.liferay.web.internal.PreauPortalServices;
import org.preau.web.rights.RightsRoutes;

/**
 * Appoints, delegates or revokes administrators of a school, or lets its head teachers administer their class. No
 * matrix changes, so the portal permissions stay as they are.
 */
@Component(
	property = {
		"javax.portlet.name=" + PreauPortletKeys.RIGHTS,
		"mvc.command.name=" + RightsRoutes.DELEGATIONS
	},
	service = MVCActionCommand.class
)
public class EditDelegationsMVCActionCommand
	extends BaseRightsMVCActionCommand {

	@Override
	protected PreauPortalServices getPreauPortalServices() {
		return _preauPortalServices;
	}

	@Override
	protected String getRoute() {
		return RightsRoutes.DELEGATIONS;
	}

	@Reference
	private PreauPortalServices _preauPortalServices;

}
