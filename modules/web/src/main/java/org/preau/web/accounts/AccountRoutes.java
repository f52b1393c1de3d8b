package org.preau.web.accounts;

/**
 * The routes of the account pages: one page, and one route per action its forms post.
 */
public final class AccountRoutes {

	public static final String ACCOUNTS = "/accounts";

	public static final String CREDENTIALS = "/accounts/credentials";

	public static final String GUEST_CREATE = "/accounts/guests/create";

	public static final String GUEST_END = "/accounts/guests/end";

	public static final String GUEST_EXTEND = "/accounts/guests/extend";

	public static final String MAIL = "/accounts/mail";

	public static final String REACTIVATE = "/accounts/reactivate";

	public static final String RESET = "/accounts/reset";

	public static final String SUSPEND = "/accounts/suspend";

	private AccountRoutes() {
	}

}
