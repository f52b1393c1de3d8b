package org.preau.core.accounts.model;

import java.util.Objects;

/**
 * A person of the directory who has not been given a login yet, with the names their login is made from.
 */
public final class PersonWithoutLogin {

	public PersonWithoutLogin(
		String externalId, String firstName, String lastName) {

		_externalId = Objects.requireNonNull(externalId, "external id");
		_firstName = Objects.requireNonNull(firstName, "first name");
		_lastName = Objects.requireNonNull(lastName, "last name");
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

	@Override
	public String toString() {
		return _externalId;
	}

	private final String _externalId;
	private final String _firstName;
	private final String _lastName;

}
