package org.preau.liferay.web.internal.adapter;

import java.util.function.Predicate;

import org.preau.core.directory.model.Names;

/**
 * Gives a new person a login the portal accepts as a screen name: {@code prenom.nom} without accents, a-z, 0-9, dots
 * and hyphens only, then a number from 2 on when the login is taken. A login is chosen once, when the user is created,
 * and never follows later changes of name, so that people keep the login they know.
 */
public class ScreenNames {

	public ScreenNames(Predicate<String> taken) {
		_taken = taken;
	}

	public static String base(String firstName, String lastName) {
		String firstPart = _part(firstName);
		String lastPart = _part(lastName);

		String base = firstPart + "." + lastPart;

		if (base.length() > _MAX_BASE_LENGTH) {
			base = _trim(base.substring(0, _MAX_BASE_LENGTH));
		}

		return base;
	}

	public String unique(String firstName, String lastName) {
		String base = base(firstName, lastName);

		String screenName = base;

		for (int suffix = 2; _taken.test(screenName); suffix++) {
			screenName = base + suffix;
		}

		return screenName;
	}

	private static String _part(String name) {
		String folded = Names.fold(name);

		StringBuilder sb = new StringBuilder(folded.length());

		for (int i = 0; i < folded.length(); i++) {
			char c = folded.charAt(i);

			if (((c >= 'a') && (c <= 'z')) || ((c >= '0') && (c <= '9'))) {
				sb.append(c);
			}
			else if (c == '\'') {

				// "d'Aubigné" reads as one word: daubigne

				continue;
			}
			else if ((sb.length() > 0) && (sb.charAt(sb.length() - 1) != '-')) {
				sb.append('-');
			}
		}

		String part = _trim(sb.toString());

		if (part.isEmpty()) {

			// A name written only in another script still needs a login; an administrator can rename it

			return "x";
		}

		return part;
	}

	private static String _trim(String text) {
		int end = text.length();

		while ((end > 0) &&
			   ((text.charAt(end - 1) == '-') ||
				(text.charAt(end - 1) == '.'))) {

			end--;
		}

		return text.substring(0, end);
	}

	/**
	 * Leaves room for a numeric suffix within the portal's 75 characters.
	 */
	private static final int _MAX_BASE_LENGTH = 64;

	private final Predicate<String> _taken;

}
