package org.preau.core.accounts.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import org.preau.core.directory.model.Names;
import org.preau.core.directory.model.Uai;

/**
 * A guest or partner account of an establishment: who sponsors it, and the day it expires — from that day on it cannot
 * sign in. Ending it early sets that day to today.
 */
public final class Guest {

	public Guest(
		String login, Uai uai, GuestKind kind, String firstName,
		String lastName, String email, String sponsor, LocalDate expiresOn,
		String createdBy, Instant createdAt) {

		_login = Logins.require(login);
		_uai = Objects.requireNonNull(uai, "uai");
		_kind = Objects.requireNonNull(kind, "kind");
		_firstName = Names.require(firstName, "first name");
		_lastName = Names.require(lastName, "last name");
		_email = ((email == null) || email.isBlank()) ? null : email.trim();
		_sponsor = Logins.require(sponsor);
		_expiresOn = Objects.requireNonNull(expiresOn, "expiry date");
		_createdBy = Objects.requireNonNull(createdBy);
		_createdAt = Objects.requireNonNull(createdAt);
	}

	public Instant createdAt() {
		return _createdAt;
	}

	public String createdBy() {
		return _createdBy;
	}

	public String displayName() {
		return _firstName + " " + _lastName;
	}

	public Optional<String> email() {
		return Optional.ofNullable(_email);
	}

	public LocalDate expiresOn() {
		return _expiresOn;
	}

	public String firstName() {
		return _firstName;
	}

	public boolean isExpired(LocalDate today) {
		return !today.isBefore(_expiresOn);
	}

	public GuestKind kind() {
		return _kind;
	}

	public String lastName() {
		return _lastName;
	}

	public String login() {
		return _login;
	}

	public String sponsor() {
		return _sponsor;
	}

	@Override
	public String toString() {
		return _login + " " + _kind.key() + " until " + _expiresOn;
	}

	public Uai uai() {
		return _uai;
	}

	public Guest withExpiry(LocalDate expiresOn) {
		return new Guest(
			_login, _uai, _kind, _firstName, _lastName, _email, _sponsor,
			expiresOn, _createdBy, _createdAt);
	}

	private final Instant _createdAt;
	private final String _createdBy;
	private final String _email;
	private final LocalDate _expiresOn;
	private final String _firstName;
	private final GuestKind _kind;
	private final String _lastName;
	private final String _login;
	private final String _sponsor;
	private final Uai _uai;

}
