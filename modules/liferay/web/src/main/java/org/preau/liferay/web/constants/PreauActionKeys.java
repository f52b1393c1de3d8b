package org.preau.liferay.web.constants;

/**
 * The permissions Préau's portlets declare beyond the portal's own (resource-actions/default.xml).
 */
public class PreauActionKeys {

	/**
	 * Issue and reset credentials, suspend and reactivate accounts, extend and end guests. The core then checks that the
	 * user administers the school (or, for a reset, teaches the pupil's class).
	 */
	public static final String MANAGE_ACCOUNTS = "MANAGE_ACCOUNTS";

	/**
	 * Send feed files to import, checked or applied. The core then checks that the user administers the
	 * establishment.
	 */
	public static final String IMPORT_FEEDS = "IMPORT_FEEDS";

	/**
	 * Change the rights matrices, modules, delegations and messaging rules. The core then checks that the user
	 * administers the school, or the platform for the académie's defaults.
	 */
	public static final String MANAGE_RIGHTS = "MANAGE_RIGHTS";

}
