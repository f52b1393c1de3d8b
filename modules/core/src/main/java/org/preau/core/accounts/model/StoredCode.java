package org.preau.core.accounts.model;

import java.time.Instant;
import java.util.Objects;

/**
 * The hash of the secret last issued to a login, with its mode and expiry. A new one replaces it.
 */
public final class StoredCode {

	public StoredCode(
		String login, String hash, CredentialMode mode, Instant issuedAt,
		Instant expiresAt) {

		_login = Logins.require(login);
		_hash = Objects.requireNonNull(hash);
		_mode = Objects.requireNonNull(mode);
		_issuedAt = Objects.requireNonNull(issuedAt);
		_expiresAt = Objects.requireNonNull(expiresAt);
	}

	public Instant expiresAt() {
		return _expiresAt;
	}

	public String hash() {
		return _hash;
	}

	public Instant issuedAt() {
		return _issuedAt;
	}

	public String login() {
		return _login;
	}

	public CredentialMode mode() {
		return _mode;
	}

	@Override
	public String toString() {
		return _login + " " + _mode.key() + " until " + _expiresAt;
	}

	private final Instant _expiresAt;
	private final String _hash;
	private final Instant _issuedAt;
	private final String _login;
	private final CredentialMode _mode;

}
