package org.preau.core.accounts.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A secret just issued to an account holder, to be printed, mailed or shown once: only its hash is kept.
 * {@link #toString()} never shows it.
 */
public final class IssuedCredential {

	public IssuedCredential(
		AccountHolder holder, String secret, CredentialMode mode,
		Instant expiresAt) {

		_holder = Objects.requireNonNull(holder);
		_secret = Objects.requireNonNull(secret);
		_mode = Objects.requireNonNull(mode);
		_expiresAt = Objects.requireNonNull(expiresAt);
	}

	public Instant expiresAt() {
		return _expiresAt;
	}

	public AccountHolder holder() {
		return _holder;
	}

	public CredentialMode mode() {
		return _mode;
	}

	public String secret() {
		return _secret;
	}

	@Override
	public String toString() {
		return _holder.login() + " (" + _mode.key() + ")";
	}

	private final Instant _expiresAt;
	private final AccountHolder _holder;
	private final CredentialMode _mode;
	private final String _secret;

}
