package org.preau.feeds.generator;

import org.preau.core.directory.model.Names;

/**
 * Builds plausible e-mail addresses from names: folded to ASCII, as mail providers would have them.
 */
final class Emails {

	static String of(
		String firstName, String lastName, String domain, String suffix) {

		return _local(firstName) + "." + _local(lastName) + suffix + "@" +
			domain;
	}

	private static String _local(String name) {
		StringBuilder sb = new StringBuilder();

		for (char c : Names.fold(name).toCharArray()) {
			if (((c >= 'a') && (c <= 'z')) || ((c >= '0') && (c <= '9')) ||
				(c == '-')) {

				sb.append(c);
			}
		}

		return sb.toString();
	}

	private Emails() {
	}

}
