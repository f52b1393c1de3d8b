package org.preau.liferay.web.internal.application.list;

import com.liferay.application.list.BasePanelCategory;
import com.liferay.application.list.PanelCategory;
import com.liferay.application.list.constants.PanelCategoryKeys;
import com.liferay.portal.kernel.language.Language;
import com.liferay.portal.kernel.util.ResourceBundleUtil;

import java.util.Locale;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import org.preau.liferay.web.constants.PreauPanelCategoryKeys;

/**
 * The "ENT" section of the control panel, beside Users, Sites and Configuration, so that an ENT administrator finds
 * every Préau app in one place.
 */
@Component(
	property = {
		"panel.category.key=" + PanelCategoryKeys.CONTROL_PANEL,
		"panel.category.order:Integer=150"
	},
	service = PanelCategory.class
)
public class PreauPanelCategory extends BasePanelCategory {

	@Override
	public String getKey() {
		return PreauPanelCategoryKeys.CONTROL_PANEL_ENT;
	}

	@Override
	public String getLabel(Locale locale) {
		return _language.get(
			ResourceBundleUtil.getBundle(locale, getClass()),
			"category." + PreauPanelCategoryKeys.CONTROL_PANEL_ENT);
	}

	@Reference
	private Language _language;

}
