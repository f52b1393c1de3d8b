package org.preau.liferay.web.constants;

/**
 * The keys of Préau's entries in the product menu.
 */
public class PreauPanelCategoryKeys {

	/**
	 * The "ENT" category of the control panel, which holds the apps of the ENT administrator.
	 */
	public static final String CONTROL_PANEL_ENT = "control_panel.preau_ent";

}
