package org.preau.core.accounts.service;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.preau.core.accounts.model.LoginPolicy;
import org.preau.core.accounts.model.PersonWithoutLogin;
import org.preau.core.accounts.model.ScannedPeople;
import org.preau.core.accounts.port.in.GiveLogins;
import org.preau.core.accounts.port.out.LoginAllocations;
import org.preau.core.audit.service.Auditor;
import org.preau.core.security.Actor;

/**
 * Gives logins by the {@link LoginPolicy}, a stretch of the directory at a time, each stretch's new logins written in
 * one batch. The logins ever given are read once per run, and only if someone lacks one, so that a homonym costs no
 * query and a run after an import that added nobody costs one pass over the index.
 */
public class LoginService implements GiveLogins {

	public LoginService(
		LoginAllocations loginAllocations, LoginPolicy loginPolicy,
		Auditor auditor) {

		_loginAllocations = Objects.requireNonNull(loginAllocations);
		_loginPolicy = Objects.requireNonNull(loginPolicy);
		_auditor = Objects.requireNonNull(auditor);
	}

	@Override
	public synchronized int giveMissingLogins(Actor actor) {
		return _auditor.audit(
			actor, ACTION_GIVE_LOGINS, "directory",
			() -> {
				actor.requirePlatformAdministrator();

				return _giveMissingLogins();
			});
	}

	public static final String ACTION_GIVE_LOGINS = "accounts.give-logins";

	/**
	 * How many people are read, and those of them without a login given one, in one batch.
	 */
	public static final int PAGE_SIZE = 5_000;

	private int _giveMissingLogins() {
		Set<String> taken = null;
		int given = 0;

		ScannedPeople scannedPeople = _loginAllocations.scan(null, PAGE_SIZE);

		while (true) {
			List<PersonWithoutLogin> people = scannedPeople.withoutLogin();

			if (!people.isEmpty()) {
				if (taken == null) {
					taken = new HashSet<>();

					_loginAllocations.forEachGiven(taken::add);
				}

				Map<String, String> externalIdsByLogin = new LinkedHashMap<>();

				for (PersonWithoutLogin person : people) {
					String login = _login(person, taken);

					taken.add(login);
					externalIdsByLogin.put(login, person.externalId());
				}

				_loginAllocations.giveAll(externalIdsByLogin);

				given += externalIdsByLogin.size();
			}

			if (scannedPeople.lastExternalId().isEmpty()) {
				return given;
			}

			scannedPeople = _loginAllocations.scan(
				scannedPeople.lastExternalId().get(), PAGE_SIZE);
		}
	}

	private String _login(PersonWithoutLogin person, Set<String> taken) {
		String base = _loginPolicy.base(
			person.firstName(), person.lastName());

		for (int n = 1;; n++) {
			String candidate = _loginPolicy.candidate(base, n);

			if ((candidate != null) && !taken.contains(candidate)) {
				return candidate;
			}
		}
	}

	private final Auditor _auditor;
	private final LoginAllocations _loginAllocations;
	private final LoginPolicy _loginPolicy;

}
