package org.preau.liferay.web.internal.portlet.action;

import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import org.preau.liferay.web.constants.PreauPortletKeys;
import org.preau.liferay.web.internal.PreauPortalServices;
import org.preau.web.accounts.AccountRoutes;

/**
 * Moves a guest's expiry day, which reactivates their user if it had expired.
 */
@Component(
	property = {
		"javax.portlet.name=" + PreauPortletKeys.ACCOUNTS,
		"mvc.command.name=" + AccountRoutes.GUEST_EXTEND
	},
	service = MVCActionCommand.class
)
public class ExtendGuestMVCActionCommand
	extends BaseAccountsMVCActionCommand {

	@Override
	protected PreauPortalServices getPreauPortalServices() {
		return _preauPortalServices;
	}

	@Override
	protected String getRoute() {
		return AccountRoutes.GUEST_EXTEND;
	}

	@Reference
	private PreauPortalServices _preauPortalServices;

}
