package org.preau.core.accounts.service;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.preau.core.accounts.model.LoginPolicy;
import org.preau.core.accounts.model.PersonWithoutLogin;
import org.preau.core.accounts.port.in.GiveLogins;
import org.preau.core.accounts.port.out.LoginAllocations;
import org.preau.core.audit.service.Auditor;
import org.preau.core.security.Actor;

/**
 * Gives logins by the {@link LoginPolicy}, a page of people at a time, each page written in one batch. The logins
 * ever given are read once per run, so that a homonym costs no query.
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
	 * How many people are read and given their logins in one batch.
	 */
	public static final int PAGE_SIZE = 5_000;

	private int _giveMissingLogins() {
		List<PersonWithoutLogin> page = _loginAllocations.withoutLogin(
			null, PAGE_SIZE);

		if (page.isEmpty()) {
			return 0;
		}

		Set<String> taken = new HashSet<>();

		_loginAllocations.forEachGiven(taken::add);

		int given = 0;

		while (!page.isEmpty()) {
			Map<String, String> externalIdsByLogin = new LinkedHashMap<>();

			for (PersonWithoutLogin person : page) {
				String login = _login(person, taken);

				taken.add(login);
				externalIdsByLogin.put(login, person.externalId());
			}

			_loginAllocations.giveAll(externalIdsByLogin);

			given += externalIdsByLogin.size();

			page = _loginAllocations.withoutLogin(
				page.get(page.size() - 1).externalId(), PAGE_SIZE);
		}

		return given;
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
