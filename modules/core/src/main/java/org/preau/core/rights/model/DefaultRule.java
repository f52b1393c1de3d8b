package org.preau.core.rights.model;

import java.time.Instant;
import java.util.Objects;

/**
 * The académie's choice for one cell of its default matrix, against what Préau ships: who decided it, when and why.
 */
public final class DefaultRule {

	public DefaultRule(
		Grant grant, boolean allowed, String author, Instant at,
		String reason) {

		_grant = Objects.requireNonNull(grant, "grant");
		_allowed = allowed;
		_author = Objects.requireNonNull(author, "author");
		_at = Objects.requireNonNull(at, "at");
		_reason = (reason == null) ? "" : reason.strip();
	}

	public boolean allowed() {
		return _allowed;
	}

	public Instant at() {
		return _at;
	}

	public String author() {
		return _author;
	}

	public Grant grant() {
		return _grant;
	}

	public String reason() {
		return _reason;
	}

	private final boolean _allowed;
	private final Instant _at;
	private final String _author;
	private final Grant _grant;
	private final String _reason;

}
