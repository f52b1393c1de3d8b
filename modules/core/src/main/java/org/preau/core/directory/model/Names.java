package org.preau.core.directory.model;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Checks and folds the names that feeds carry: French names keep their accents, hyphens and apostrophes, but are
 * compared folded.
 */
public final class Names {

	/**
	 * Removes accents and folds case, for comparisons and logins: {@code "Éloïse D'Aubigné"} becomes
	 * {@code "eloise d'aubigne"}.
	 */
	public static String fold(String text) {
		String decomposed = Normalizer.normalize(text.trim(), Normalizer.Form.NFD);

		StringBuilder sb = new StringBuilder(decomposed.length());

		for (int i = 0; i < decomposed.length(); i++) {
			char c = decomposed.charAt(i);

			if (Character.getType(c) == Character.NON_SPACING_MARK) {
				continue;
			}

			if ((c == 'œ') || (c == 'Œ')) {
				sb.append("oe");
			}
			else if ((c == 'æ') || (c == 'Æ')) {
				sb.append("ae");
			}
			else if ((c == '’') || (c == '‘')) {
				sb.append('\'');
			}
			else {
				sb.append(c);
			}
		}

		return sb.toString().toLowerCase(Locale.ROOT);
	}

	public static String require(String value, String what) {
		// strip(), not trim(): trim() would silently drop control characters at the ends instead of refusing them

		if ((value == null) || value.strip().isEmpty()) {
			throw new IllegalArgumentException(what + " is missing");
		}

		String trimmed = value.strip();

		if (trimmed.length() > _MAX_LENGTH) {
			throw new IllegalArgumentException(
				what + " is longer than " + _MAX_LENGTH + " characters");
		}

		for (int i = 0; i < trimmed.length(); i++) {
			if (Character.isISOControl(trimmed.charAt(i))) {
				throw new IllegalArgumentException(
					what + " contains a control character");
			}
		}

		return trimmed;
	}

	private Names() {
	}

	private static final int _MAX_LENGTH = 200;

}
