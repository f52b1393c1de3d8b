package org.preau.liferay.web.constants;

/**
 * The names of Préau's portlets, used wherever a portlet is referred to.
 */
public class PreauPortletKeys {

	public static final String ACCOUNTS =
		"org_preau_liferay_web_portlet_AccountsPortlet";

	public static final String DIRECTORY =
		"org_preau_liferay_web_portlet_DirectoryPortlet";

	public static final String ESTABLISHMENT_OVERVIEW =
		"org_preau_liferay_web_portlet_EstablishmentOverviewPortlet";

	public static final String IMPORTS =
		"org_preau_liferay_web_portlet_ImportsPortlet";

	public static final String RIGHTS =
		"org_preau_liferay_web_portlet_RightsPortlet";

}
