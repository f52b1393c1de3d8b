package org.preau.core.rights.service;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.preau.core.accounts.port.out.PersonLogins;
import org.preau.core.directory.model.Person;
import org.preau.core.directory.model.PersonState;
import org.preau.core.directory.model.StaffFunction;
import org.preau.core.directory.port.out.People;
import org.preau.core.rights.port.out.AccountGrants;
import org.preau.core.security.Actor;
import org.preau.core.security.AdminGrant;

/**
 * Gives the administration of their establishment to the people whose staff function makes them answer for it: by
 * default the direction (DIR), the head of the school and their deputies. The grant follows the directory: it holds
 * while the person is active there with that function, and goes with the next import that ends either, with no one to
 * remember to take it back.
 */
public class FunctionGrants implements UnaryOperator<Actor> {

	/**
	 * Reads a setting such as {@code DIR} or {@code DIR,EDU}; an empty text gives no grant to anyone.
	 *
	 * @throws IllegalArgumentException naming a code that is not a staff function
	 */
	public static Set<StaffFunction> parse(String text) {
		Set<StaffFunction> functions = EnumSet.noneOf(StaffFunction.class);

		if (text == null) {
			return functions;
		}

		for (String code : text.split(",")) {
			String trimmed = code.trim();

			if (trimmed.isEmpty()) {
				continue;
			}

			StaffFunction function = StaffFunction.parse(trimmed);

			if ((function == StaffFunction.OTHER) &&
				!StaffFunction.OTHER.name().equals(
					trimmed.toUpperCase(Locale.ROOT))) {

				throw new IllegalArgumentException(
					"\"" + trimmed + "\" is not a staff function; expected " +
						"codes such as DIR, EDU or DOC");
			}

			functions.add(function);
		}

		return functions;
	}

	public FunctionGrants(
		PersonLogins personLogins, People people,
		Set<StaffFunction> administeringFunctions) {

		_personLogins = Objects.requireNonNull(personLogins);
		_people = Objects.requireNonNull(people);

		Set<StaffFunction> functions = EnumSet.noneOf(StaffFunction.class);

		functions.addAll(administeringFunctions);

		_administeringFunctions = Collections.unmodifiableSet(functions);
	}

	/**
	 * Returns the grants of each login's account with those its function gives, as the signed-in person holds them.
	 */
	public AccountGrants and(AccountGrants accountGrants) {
		return login -> apply(
			Actor.of(login, null, accountGrants.grantsOf(login))
		).grants();
	}

	/**
	 * Returns the actor with the administration of the establishment where they hold one of the functions, or the
	 * actor as it is.
	 */
	@Override
	public Actor apply(Actor actor) {
		if (_administeringFunctions.isEmpty() ||
			actor.isPlatformAdministrator()) {

			return actor;
		}

		Optional<Person> person = _personLogins.externalIdOf(
			actor.login()
		).flatMap(
			_people::find
		);

		if (person.isEmpty() ||
			(person.get(
			).state() != PersonState.ACTIVE) ||
			Collections.disjoint(
				person.get(
				).functions(),
				_administeringFunctions) ||
			actor.isAdministratorOf(
				person.get(
				).uai())) {

			return actor;
		}

		Set<AdminGrant> grants = new LinkedHashSet<>(actor.grants());

		grants.add(AdminGrant.establishment(person.get().uai()));

		return Actor.of(actor.login(), actor.displayName(), grants);
	}

	private final Set<StaffFunction> _administeringFunctions;
	private final People _people;
	private final PersonLogins _personLogins;

}
