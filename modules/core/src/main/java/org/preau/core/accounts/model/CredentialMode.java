package org.preau.core.accounts.model;

/**
 * What an issued secret is: a one-time activation code, after which the person chooses their password; an initial
 * password that signs in as it is until the person changes it; or the token of a reset link mailed to an adult, which
 * also leads to choosing a password.
 */
public enum CredentialMode {

	ACTIVATION_CODE, INITIAL_PASSWORD, RESET_TOKEN;

	public static CredentialMode parse(String text) {
		for (CredentialMode mode : values()) {
			if (mode.key().equals(text)) {
				return mode;
			}
		}

		throw new IllegalArgumentException(
			"unknown credential mode \"" + text +
				"\": activation-code or initial-password");
	}

	public String key() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

}
