package org.preau.web.rights;

/**
 * The routes of the rights and messaging pages.
 */
public final class RightsRoutes {

	public static final String COPY = "/rights/copy";

	public static final String DEFAULTS = "/rights/defaults";

	public static final String DELEGATIONS = "/rights/delegations";

	public static final String EXPLAIN = "/explain";

	public static final String HISTORY = "/rights/history";

	public static final String MATRIX = "/rights";

	public static final String MESSAGING = "/messaging";

	public static final String MODULES = "/rights/modules";

	private RightsRoutes() {
	}

}
