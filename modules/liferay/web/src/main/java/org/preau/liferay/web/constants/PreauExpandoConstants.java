package org.preau.liferay.web.constants;

/**
 * The custom fields Préau adds to portal entities. An organization is an establishment when it carries a UAI.
 */
public class PreauExpandoConstants {

	public static final String ORGANIZATION_ESTABLISHMENT_KIND =
		"preau-establishment-kind";

	public static final String ORGANIZATION_UAI = "preau-uai";

}
