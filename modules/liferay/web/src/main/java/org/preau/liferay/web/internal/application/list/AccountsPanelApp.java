package org.preau.liferay.web.internal.application.list;

import com.liferay.application.list.BasePanelApp;
import com.liferay.application.list.PanelApp;
import com.liferay.portal.kernel.model.Portlet;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import org.preau.liferay.web.constants.PreauPanelCategoryKeys;
import org.preau.liferay.web.constants.PreauPortletKeys;

/**
 * The rights and messaging pages, after the directory in the "ENT" section of the control panel.
 */
@Component(
	property = {
		"panel.app.order:Integer=500",
		"panel.category.key=" + PreauPanelCategoryKeys.CONTROL_PANEL_ENT
	},
	service = PanelApp.class
)
public class AccountsPanelApp extends BasePanelApp {

	@Override
	public Portlet getPortlet() {
		return _portlet;
	}

	@Override
	public String getPortletId() {
		return PreauPortletKeys.ACCOUNTS;
	}

	@Reference(
		target = "(javax.portlet.name=" + PreauPortletKeys.ACCOUNTS + ")"
	)
	private Portlet _portlet;

}
