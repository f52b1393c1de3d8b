package org.preau.core.accounts.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import org.preau.core.directory.model.Names;
import org.preau.core.directory.model.Uai;

/**
 * One suspension or reactivation of an account, with its reason and, for a suspension, the day it ends by itself.
 */
public final class SuspensionEvent {

	public static SuspensionEvent reactivation(
		Instant at, String actor, String login, Uai uai, String reason) {

		return new SuspensionEvent(
			at, actor, login, uai, ACTION_REACTIVATE, reason, null);
	}

	public static SuspensionEvent suspension(
		Instant at, String actor, String login, Uai uai, String reason,
		LocalDate until) {

		return new SuspensionEvent(
			at, actor, login, uai, ACTION_SUSPEND, reason, until);
	}

	public SuspensionEvent(
		Instant at, String actor, String login, Uai uai, String action,
		String reason, LocalDate until) {

		_at = Objects.requireNonNull(at);
		_actor = Objects.requireNonNull(actor);
		_login = Logins.require(login);
		_uai = Objects.requireNonNull(uai);
		_action = Objects.requireNonNull(action);
		_reason = Names.require(reason, "reason");
		_until = until;
	}

	/**
	 * {@link #ACTION_SUSPEND} or {@link #ACTION_REACTIVATE}.
	 */
	public String action() {
		return _action;
	}

	public String actor() {
		return _actor;
	}

	public Instant at() {
		return _at;
	}

	public String login() {
		return _login;
	}

	public String reason() {
		return _reason;
	}

	@Override
	public String toString() {
		return _at + " " + _action + " " + _login + " by " + _actor + ": " +
			_reason;
	}

	public Uai uai() {
		return _uai;
	}

	/**
	 * The day a suspension ends by itself: the account may sign in again from that day on.
	 */
	public Optional<LocalDate> until() {
		return Optional.ofNullable(_until);
	}

	public static final String ACTION_REACTIVATE = "reactivate";

	public static final String ACTION_SUSPEND = "suspend";

	private final String _action;
	private final String _actor;
	private final Instant _at;
	private final String _login;
	private final String _reason;
	private final Uai _uai;
	private final LocalDate _until;

}
