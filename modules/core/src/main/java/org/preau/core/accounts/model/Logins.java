package org.preau.core.accounts.model;

import java.util.regex.Pattern;

/**
 * The shape of a login: lower-case letters, digits, dots, hyphens and underscores, 2 to 64 characters.
 */
public final class Logins {

	public static boolean isValid(String login) {
		return (login != null) && _PATTERN.matcher(login).matches();
	}

	public static String require(String login) {
		if (!isValid(login)) {
			throw new IllegalArgumentException(
				"\"" + login + "\" is not a valid login");
		}

		return login;
	}

	private Logins() {
	}

	private static final Pattern _PATTERN = Pattern.compile(
		"[a-z0-9][a-z0-9._-]{1,63}");

}
