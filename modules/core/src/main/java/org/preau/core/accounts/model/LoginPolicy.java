package org.preau.core.accounts.model;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * How a person's login is made from their names: a format of {@code {prenom}}, {@code {nom}} and {@code {p}} (the
 * first letter of the first name), in lower case, accents and apostrophes stripped, hyphens kept, spaces turned into
 * hyphens; cut to a maximum length; a homonym gets the first free numeric suffix from 2 on; reserved names are never
 * given.
 */
public final class LoginPolicy {

	public static LoginPolicy defaults() {
		return new LoginPolicy(
			DEFAULT_FORMAT, DEFAULT_MAX_LENGTH, DEFAULT_RESERVED);
	}

	/**
	 * Parses a list of reserved names separated by commas or spaces.
	 */
	public static Set<String> parseReserved(String text) {
		Set<String> reserved = new TreeSet<>();

		if (text != null) {
			for (String name : text.split("[,\\s]+")) {
				if (!name.isEmpty()) {
					reserved.add(name.toLowerCase(Locale.ROOT));
				}
			}
		}

		return reserved;
	}

	/**
	 * @throws IllegalArgumentException if the format names no part of the name, or the maximum length is out of 8 to
	 *         64
	 */
	public LoginPolicy(String format, int maxLength, Set<String> reserved) {
		if ((format == null) ||
			!(format.contains(_FIRST_NAME) || format.contains(_LAST_NAME) ||
			  format.contains(_INITIAL))) {

			throw new IllegalArgumentException(
				"the login format \"" + format + "\" names neither {prenom}, " +
					"{nom} nor {p}");
		}

		String literal = format.replace(
			_FIRST_NAME, ""
		).replace(
			_LAST_NAME, ""
		).replace(
			_INITIAL, ""
		);

		if (!literal.matches("[a-z0-9._-]*")) {
			throw new IllegalArgumentException(
				"the login format \"" + format + "\" may only add lower-case " +
					"letters, digits, dots, hyphens and underscores");
		}

		if ((maxLength < 8) || (maxLength > 64)) {
			throw new IllegalArgumentException(
				"the maximum login length " + maxLength + " is not from 8 to 64");
		}

		_format = format;
		_maxLength = maxLength;
		_reserved = Collections.unmodifiableSet(new TreeSet<>(reserved));
	}

	/**
	 * The login without suffix: the format filled with the normalised names and cut to the maximum length.
	 */
	public String base(String firstName, String lastName) {
		String first = normalise(firstName);
		String last = normalise(lastName);

		String login = _format.replace(
			_FIRST_NAME, first
		).replace(
			_LAST_NAME, last
		).replace(
			_INITIAL, first.substring(0, 1)
		);

		return _trim(login, _maxLength);
	}

	/**
	 * The {@code n}th candidate for a person: the base for 1, then the base with the suffix 2, 3… cut so that the
	 * whole stays within the maximum length. Returns null if the candidate is reserved.
	 */
	public String candidate(String base, int n) {
		String login = base;

		if (n > 1) {
			String suffix = Integer.toString(n);

			login = _trim(base, _maxLength - suffix.length()) + suffix;
		}

		if (_reserved.contains(login) || !Logins.isValid(login)) {
			return null;
		}

		return login;
	}

	public String format() {
		return _format;
	}

	public int maxLength() {
		return _maxLength;
	}

	/**
	 * A name as it appears in a login: lower case, accents and apostrophes removed, ligatures spelled out, spaces and
	 * hyphens as single hyphens, anything else dropped; {@code x} if nothing is left.
	 */
	public static String normalise(String name) {
		String decomposed = Normalizer.normalize(
			name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);

		StringBuilder sb = new StringBuilder(decomposed.length());

		for (int i = 0; i < decomposed.length(); i++) {
			char c = decomposed.charAt(i);

			if (((c >= 'a') && (c <= 'z')) || ((c >= '0') && (c <= '9'))) {
				sb.append(c);
			}
			else if ((c == '-') || Character.isWhitespace(c) || (c == '_')) {
				if ((sb.length() > 0) && (sb.charAt(sb.length() - 1) != '-')) {
					sb.append('-');
				}
			}
			else if (c == 'œ') {
				sb.append("oe");
			}
			else if (c == 'æ') {
				sb.append("ae");
			}
			else if (c == 'ß') {
				sb.append("ss");
			}
			else if (c == 'ø') {
				sb.append('o');
			}
			else if ((c == 'ł') || (c == 'đ')) {
				sb.append((c == 'ł') ? 'l' : 'd');
			}
		}

		while ((sb.length() > 0) && (sb.charAt(sb.length() - 1) == '-')) {
			sb.setLength(sb.length() - 1);
		}

		return (sb.length() == 0) ? "x" : sb.toString();
	}

	public Set<String> reserved() {
		return _reserved;
	}

	@Override
	public String toString() {
		return _format + " max " + _maxLength + " reserved " + _reserved;
	}

	public static final String DEFAULT_FORMAT = "{prenom}.{nom}";

	public static final int DEFAULT_MAX_LENGTH = 30;

	public static final Set<String> DEFAULT_RESERVED = Collections.unmodifiableSet(
		new TreeSet<>(
			Arrays.asList(
				"abuse", "admin", "administrateur", "anonymous", "contact",
				"guest", "invite", "noreply", "no-reply", "postmaster", "root",
				"security", "support", "system", "webmaster")));

	/**
	 * Cuts a login to a length without leaving a dot, hyphen or underscore at its end.
	 */
	private static String _trim(String login, int length) {
		String trimmed = (login.length() > length) ?
			login.substring(0, length) : login;

		int end = trimmed.length();

		while ((end > 1) &&
			   ".-_".indexOf(trimmed.charAt(end - 1)) >= 0) {

			end--;
		}

		return trimmed.substring(0, end);
	}

	private static final String _FIRST_NAME = "{prenom}";

	private static final String _INITIAL = "{p}";

	private static final String _LAST_NAME = "{nom}";

	private final String _format;
	private final int _maxLength;
	private final Set<String> _reserved;

}
