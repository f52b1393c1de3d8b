package org.preau.core.accounts.model;

import java.util.Locale;
import java.util.Optional;

/**
 * What a chosen password must be: a minimum length, a minimum number of character classes (lower case, upper case,
 * digits, others), and not the login itself.
 */
public final class PasswordPolicy {

	public static PasswordPolicy defaults() {
		return new PasswordPolicy(10, 3);
	}

	public PasswordPolicy(int minLength, int minClasses) {
		if ((minLength < 8) || (minLength > 128)) {
			throw new IllegalArgumentException(
				"the minimum password length " + minLength +
					" is not from 8 to 128");
		}

		if ((minClasses < 1) || (minClasses > 4)) {
			throw new IllegalArgumentException(
				"the number of character classes " + minClasses +
					" is not from 1 to 4");
		}

		_minLength = minLength;
		_minClasses = minClasses;
	}

	/**
	 * Returns what the password breaks, or empty if it is acceptable.
	 */
	public Optional<Violation> check(char[] password, String login) {
		if (password.length < _minLength) {
			return Optional.of(Violation.TOO_SHORT);
		}

		if (password.length > 128) {
			return Optional.of(Violation.TOO_LONG);
		}

		boolean lower = false;
		boolean upper = false;
		boolean digit = false;
		boolean other = false;

		for (char c : password) {
			if (Character.isLowerCase(c)) {
				lower = true;
			}
			else if (Character.isUpperCase(c)) {
				upper = true;
			}
			else if (Character.isDigit(c)) {
				digit = true;
			}
			else {
				other = true;
			}
		}

		int classes = (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) +
			(other ? 1 : 0);

		if (classes < _minClasses) {
			return Optional.of(Violation.TOO_FEW_CLASSES);
		}

		if ((login != null) &&
			new String(
				password
			).toLowerCase(
				Locale.ROOT
			).contains(
				login
			)) {

			return Optional.of(Violation.CONTAINS_LOGIN);
		}

		return Optional.empty();
	}

	public int minClasses() {
		return _minClasses;
	}

	public int minLength() {
		return _minLength;
	}

	public enum Violation {

		CONTAINS_LOGIN, TOO_FEW_CLASSES, TOO_LONG, TOO_SHORT

	}

	private final int _minClasses;
	private final int _minLength;

}
