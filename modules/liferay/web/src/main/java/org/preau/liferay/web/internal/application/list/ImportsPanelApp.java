package org.preau.liferay.web.internal.application.list;

import com.liferay.application.list.BasePanelApp;
import com.liferay.application.list.PanelApp;
import com.liferay.portal.kernel.model.Portlet;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import org.preau.liferay.web.constants.PreauPanelCategoryKeys;
import org.preau.liferay.web.constants.PreauPortletKeys;

/**
 * The imports page, after the overview in the "ENT" section of the control panel.
 */
@Component(
	property = {
		"panel.app.order:Integer=200",
		"panel.category.key=" + PreauPanelCategoryKeys.CONTROL_PANEL_ENT
	},
	service = PanelApp.class
)
public class ImportsPanelApp extends BasePanelApp {

	@Override
	public Portlet getPortlet() {
		return _portlet;
	}

	@Override
	public String getPortletId() {
		return PreauPortletKeys.IMPORTS;
	}

	@Reference(
		target = "(javax.portlet.name=" + PreauPortletKeys.IMPORTS + ")"
	)
	private Portlet _portlet;

}
