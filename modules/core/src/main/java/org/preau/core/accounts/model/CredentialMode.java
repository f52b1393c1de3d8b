package org.preau.core.accounts.model;

/**
 * What a printed secret is: a one-time activation code, after which the person chooses their password, or an initial
 * password that signs in as it is until the person changes it.
 */
public enum CredentialMode {

	ACTIVATION_CODE, INITIAL_PASSWORD;

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
