package org.preau.web.i18n;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The user-facing texts, from {@code content/Language*.properties}: the same keys in both hosts, English by default
 * and French for {@code fr}.
 */
public class Messages {

	public static final Locale DEFAULT_LOCALE = Locale.FRANCE;

	public static Locale supportedLocale(Locale requested) {
		if ((requested != null) &&
			requested.getLanguage().equals(Locale.ENGLISH.getLanguage())) {

			return Locale.US;
		}

		if ((requested != null) &&
			requested.getLanguage().equals(Locale.FRENCH.getLanguage())) {

			return Locale.FRANCE;
		}

		return DEFAULT_LOCALE;
	}

	public boolean has(Locale locale, String key) {
		try {
			_bundle(locale).getString(key);

			return true;
		}
		catch (MissingResourceException missingResourceException) {
			return false;
		}
	}

	/**
	 * Returns the text of a key with its {@code {0}} placeholders filled, or the key itself where no text exists, so
	 * that a missing key shows on the page rather than breaking it. Placeholders are replaced as they are, without
	 * MessageFormat's quoting rules, so that French apostrophes need no doubling.
	 */
	public String get(Locale locale, String key, Object... arguments) {
		String pattern;

		try {
			pattern = _bundle(locale).getString(key);
		}
		catch (MissingResourceException missingResourceException) {
			return key;
		}

		for (int i = 0; i < arguments.length; i++) {
			pattern = pattern.replace(
				"{" + i + "}", String.valueOf(arguments[i]));
		}

		return pattern;
	}

	private ResourceBundle _bundle(Locale locale) {
		Locale supported = supportedLocale(locale);

		if (supported.equals(Locale.US)) {
			supported = Locale.ROOT;
		}

		return ResourceBundle.getBundle(
			"content.Language", supported, Messages.class.getClassLoader(),
			ResourceBundle.Control.getNoFallbackControl(
				ResourceBundle.Control.FORMAT_PROPERTIES));
	}

}
