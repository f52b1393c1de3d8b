package org.preau.core.accounts.model;

import java.util.Objects;
import java.util.Optional;

import org.preau.core.directory.model.Profile;
import org.preau.core.directory.model.Uai;

/**
 * Someone who holds, or is to hold, an account of an establishment: a person of the directory with the login given to
 * them, or a guest. A parent's class is the class of their first child in the establishment.
 */
public final class AccountHolder {

	public AccountHolder(
		String login, String externalId, String firstName, String lastName,
		Profile profile, Uai uai, String classCode, String email) {

		_login = Logins.require(login);
		_externalId = Objects.requireNonNull(externalId, "external id");
		_firstName = Objects.requireNonNull(firstName, "first name");
		_lastName = Objects.requireNonNull(lastName, "last name");
		_profile = Objects.requireNonNull(profile, "profile");
		_uai = Objects.requireNonNull(uai, "uai");
		_classCode = classCode;
		_email = email;
	}

	public Optional<String> classCode() {
		return Optional.ofNullable(_classCode);
	}

	public String displayName() {
		return _firstName + " " + _lastName;
	}

	public Optional<String> email() {
		return Optional.ofNullable(_email);
	}

	public String externalId() {
		return _externalId;
	}

	public String firstName() {
		return _firstName;
	}

	public String lastName() {
		return _lastName;
	}

	public String login() {
		return _login;
	}

	public Profile profile() {
		return _profile;
	}

	@Override
	public String toString() {
		return _login;
	}

	public Uai uai() {
		return _uai;
	}

	private final String _classCode;
	private final String _email;
	private final String _externalId;
	private final String _firstName;
	private final String _lastName;
	private final String _login;
	private final Profile _profile;
	private final Uai _uai;

}
