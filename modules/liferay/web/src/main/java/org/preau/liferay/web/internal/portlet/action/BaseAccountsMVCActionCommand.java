package org.preau.liferay.web.internal.portlet.action;

import com.liferay.portal.kernel.theme.ThemeDisplay;

import org.preau.liferay.web.constants.PreauActionKeys;
import org.preau.liferay.web.constants.PreauPortletKeys;
import org.preau.liferay.web.internal.PreauPortalServices;
import org.preau.liferay.web.internal.portlet.AccountsControllers;
import org.preau.web.http.Controller;

/**
 * Sends an accounts form to its shared controller. Only holders of the portlet's {@code MANAGE_ACCOUNTS} permission
 * may send a form, and the core then checks that they administer the school (or teach the pupil, for a reset).
 */
public abstract class BaseAccountsMVCActionCommand
	extends BasePageFormMVCActionCommand {

	@Override
	protected String getActionKey() {
		return PreauActionKeys.MANAGE_ACCOUNTS;
	}

	@Override
	protected Controller getController(
		PreauPortalServices preauPortalServices, ThemeDisplay themeDisplay) {

		return AccountsControllers.of(
			getRoute(), preauPortalServices, themeDisplay);
	}

	@Override
	protected String getPortletKey() {
		return PreauPortletKeys.ACCOUNTS;
	}

}
