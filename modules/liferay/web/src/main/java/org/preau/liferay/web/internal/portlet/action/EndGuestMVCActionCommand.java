package org.preau.liferay.web.internal.portlet.action;

import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import org.preau.liferay.web.constants.PreauPortletKeys;
import org.preau.liferay.web.internal.PreauPortalServices;
import org.preau.web.accounts.AccountRoutes;

/**
 * Ends a guest's stay today, which suspends their user.
 */
@Component(
	property = {
		"javax.portlet.name=" + PreauPortletKeys.ACCOUNTS,
		"mvc.command.name=" + AccountRoutes.GUEST_END
	},
	service = MVCActionCommand.class
)
public class EndGuestMVCActionCommand
	extends BaseAccountsMVCActionCommand {

	@Override
	protected PreauPortalServices getPreauPortalServices() {
		return _preauPortalServices;
	}

	@Override
	protected String getRoute() {
		return AccountRoutes.GUEST_END;
	}

	@Reference
	private PreauPortalServices _preauPortalServices;

}
