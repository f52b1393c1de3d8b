package org.preau.liferay.web.internal.portlet.action;

import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import org.preau.liferay.web.constants.PreauPortletKeys;
import org.preau.liferay.web.internal.PreauPortalServices;
import org.preau.web.accounts.AccountRoutes;

/**
 * Suspends a login or a scope of a school, with a reason and an optional end day.
 */
@Component(
	property = {
		"javax.portlet.name=" + PreauPortletKeys.ACCOUNTS,
		"mvc.command.name=" + AccountRoutes.SUSPEND
	},
	service = MVCActionCommand.class
)
public class SuspendAccountsMVCActionCommand
	extends BaseAccountsMVCActionCommand {

	@Override
	protected PreauPortalServices getPreauPortalServices() {
		return _preauPortalServices;
	}

	@Override
	protected String getRoute() {
		return AccountRoutes.SUSPEND;
	}

	@Reference
	private PreauPortalServices _preauPortalServices;

}
