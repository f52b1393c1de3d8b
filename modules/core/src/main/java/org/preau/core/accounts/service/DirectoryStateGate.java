package org.preau.core.accounts.service;

import java.util.Objects;

import org.preau.core.accounts.port.out.PersonLogins;
import org.preau.core.directory.model.PersonState;
import org.preau.core.directory.port.out.People;

/**
 * Turns away a person of the directory whom the feeds' lifecycle has suspended, whatever their account says: the
 * directory's state, kept by the imports, decides first. A detached person (missing from the latest feed, within the
 * lifecycle's grace days) still signs in; a login that belongs to no person of the directory is left to the other
 * gates.
 */
public class DirectoryStateGate implements SignInGate {

	public DirectoryStateGate(PersonLogins personLogins, People people) {
		_personLogins = Objects.requireNonNull(personLogins);
		_people = Objects.requireNonNull(people);
	}

	@Override
	public boolean allows(String login) {
		return _personLogins.externalIdOf(
			login
		).flatMap(
			_people::find
		).map(
			person -> person.state() != PersonState.SUSPENDED
		).orElse(
			true
		);
	}

	private final People _people;
	private final PersonLogins _personLogins;

}
