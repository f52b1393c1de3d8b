package org.preau.core.rights.model;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.preau.core.accounts.model.Logins;
import org.preau.core.directory.model.Uai;
import org.preau.core.security.AdminGrant;

/**
 * A right to administer a school given to a login: a local administrator, or the DANE's support team until an end
 * date, after which the delegation lapses by itself.
 */
public final class Delegation {

	public static Delegation dane(
		long id, String login, Uai uai, Instant until, String author,
		Instant at, String reason) {

		return new Delegation(
			id, Kind.DANE, login, uai, Objects.requireNonNull(until, "until"),
			author, at, reason);
	}

	public static Delegation localAdministrator(
		long id, String login, Uai uai, String author, Instant at,
		String reason) {

		return new Delegation(
			id, Kind.LOCAL_ADMINISTRATOR, login, uai, null, author, at, reason);
	}

	public boolean activeAt(Instant instant) {
		return (_until == null) || instant.isBefore(_until);
	}

	public Instant at() {
		return _at;
	}

	public String author() {
		return _author;
	}

	public AdminGrant grant() {
		return AdminGrant.establishment(_uai);
	}

	public long id() {
		return _id;
	}

	public Kind kind() {
		return _kind;
	}

	public String login() {
		return _login;
	}

	public String reason() {
		return _reason;
	}

	@Override
	public String toString() {
		return _kind.key() + " " + _login + " " + _uai +
			((_until == null) ? "" : " until " + _until);
	}

	public Uai uai() {
		return _uai;
	}

	/**
	 * When the delegation lapses; empty for a local administrator, whose right lasts until it is taken back.
	 */
	public Optional<Instant> until() {
		return Optional.ofNullable(_until);
	}

	public Delegation withId(long id) {
		return new Delegation(
			id, _kind, _login, _uai, _until, _author, _at, _reason);
	}

	public enum Kind {

		LOCAL_ADMINISTRATOR, DANE;

		public static Kind parse(String text) {
			for (Kind kind : values()) {
				if (kind.key().equals(text)) {
					return kind;
				}
			}

			throw new IllegalArgumentException(
				"unknown delegation \"" + text + "\"");
		}

		public String key() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

	}

	private Delegation(
		long id, Kind kind, String login, Uai uai, Instant until,
		String author, Instant at, String reason) {

		_id = id;
		_kind = kind;
		_login = Logins.require(login);
		_uai = Objects.requireNonNull(uai, "uai");
		_until = until;
		_author = Objects.requireNonNull(author, "author");
		_at = Objects.requireNonNull(at, "at");
		_reason = (reason == null) ? "" : reason.strip();
	}

	private final Instant _at;
	private final String _author;
	private final long _id;
	private final Kind _kind;
	private final String _login;
	private final String _reason;
	private final Uai _uai;
	private final Instant _until;

}
