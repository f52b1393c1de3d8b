package org.preau.liferay.web.internal.portlet.action;

import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import org.preau.liferay.web.constants.PreauPortletKeys;
import org.preau.liferay.web.internal.PreauPortalServices;
import org.preau.web.accounts.AccountRoutes;

/**
 * Creates a guest or partner account: a user of the establishment with the guest role, whose first password is the
 * code shown once.
 */
@Component(
	property = {
		"javax.portlet.name=" + PreauPortletKeys.ACCOUNTS,
		"mvc.command.name=" + AccountRoutes.GUEST_CREATE
	},
	service = MVCActionCommand.class
)
public class CreateGuestMVCActionCommand extends BaseAccountsMVCActionCommand {

	@Override
	protected PreauPortalServices getPreauPortalServices() {
		return _preauPortalServices;
	}

	@Override
	protected String getRoute() {
		return AccountRoutes.GUEST_CREATE;
	}

	@Reference
	private PreauPortalServices _preauPortalServices;

}
