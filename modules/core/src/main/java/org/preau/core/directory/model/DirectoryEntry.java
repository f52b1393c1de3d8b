package org.preau.core.directory.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A person as the directory search shows them: with their login, which they have once the accounts have given it.
 */
public final class DirectoryEntry {

	public DirectoryEntry(Person person, String login) {
		_person = Objects.requireNonNull(person, "person");
		_login = ((login == null) || login.isEmpty()) ? null : login;
	}

	public Optional<String> login() {
		return Optional.ofNullable(_login);
	}

	public Person person() {
		return _person;
	}

	@Override
	public String toString() {
		return _person + " login=" + _login;
	}

	private final String _login;
	private final Person _person;

}
