package org.preau.web.accounts;

import java.util.Set;

/**
 * The routes of the account pages: one page, and one route per action its forms post.
 */
public final class AccountRoutes {

	public static final String ACCOUNTS = "/accounts";

	/**
	 * The routes of every action of the page.
	 */
	public static final Set<String> ALL_ACTIONS = Set.of(
		AccountRoutes.CREDENTIALS, AccountRoutes.GUEST_CREATE,
		AccountRoutes.GUEST_END, AccountRoutes.GUEST_EXTEND, AccountRoutes.MAIL,
		AccountRoutes.REACTIVATE, AccountRoutes.RESET, AccountRoutes.SUSPEND);

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
