package org.preau.web.http;

/**
 * The routes of the shared pages, as both hosts name them.
 */
public final class Routes {

	public static final String ACTIVATE = "/activate";

	public static final String DIRECTORY = "/directory";

	public static final String HOME = "/home";

	public static final String IMPORTS = "/imports";

	public static final String LOGIN = "/login";

	public static final String LOGOUT = "/logout";

	public static final String OVERVIEW = "/overview";

	public static final String PASSWORD_RESET = "/password-reset";

	public static final String PASSWORD_RESET_CHOOSE = "/password-reset/choose";

	private Routes() {
	}

}
