package org.preau.liferay.web.internal.portlet.action;

import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import org.preau.liferay.web.constants.PreauPortletKeys;
import org.preau.liferay.web.internal.PreauPortalServices;
import org.preau.web.accounts.AccountRoutes;

/**
 * Reactivates a suspended login, with the reason.
 */
@Component(
	property = {
		"javax.portlet.name=" + PreauPortletKeys.ACCOUNTS,
		"mvc.command.name=" + AccountRoutes.REACTIVATE
	},
	service = MVCActionCommand.class
)
public class ReactivateAccountMVCActionCommand
	extends BaseAccountsMVCActionCommand {

	@Override
	protected PreauPortalServices getPreauPortalServices() {
		return _preauPortalServices;
	}

	@Override
	protected String getRoute() {
		return AccountRoutes.REACTIVATE;
	}

	@Reference
	private PreauPortalServices _preauPortalServices;

}
