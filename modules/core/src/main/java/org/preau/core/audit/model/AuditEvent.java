package org.preau.core.audit.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One admin action: who did what, when, to which target, and how it ended. The detail never holds a secret.
 */
public final class AuditEvent {

	public AuditEvent(
		Instant at, String actor, String action, String target, Outcome outcome,
		String detail) {

		_at = Objects.requireNonNull(at, "at");
		_actor = Objects.requireNonNull(actor, "actor");
		_action = Objects.requireNonNull(action, "action");
		_target = (target == null) ? "" : target;
		_outcome = Objects.requireNonNull(outcome, "outcome");
		_detail = (detail == null) ? "" : _truncate(detail);
	}

	public String action() {
		return _action;
	}

	public String actor() {
		return _actor;
	}

	public Instant at() {
		return _at;
	}

	public String detail() {
		return _detail;
	}

	public Outcome outcome() {
		return _outcome;
	}

	public String target() {
		return _target;
	}

	@Override
	public String toString() {
		return _at + " " + _actor + " " + _action + " " + _target + " " +
			_outcome;
	}

	private static String _truncate(String detail) {
		if (detail.length() <= MAX_DETAIL_LENGTH) {
			return detail;
		}

		return detail.substring(0, MAX_DETAIL_LENGTH - 1) + "…";
	}

	public static final int MAX_DETAIL_LENGTH = 1000;

	private final String _action;
	private final String _actor;
	private final Instant _at;
	private final String _detail;
	private final Outcome _outcome;
	private final String _target;

}
