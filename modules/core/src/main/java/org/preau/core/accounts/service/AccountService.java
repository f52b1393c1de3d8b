package org.preau.core.accounts.service;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;

import org.preau.core.accounts.model.Account;
import org.preau.core.accounts.model.Logins;
import org.preau.core.accounts.port.in.Authenticate;
import org.preau.core.accounts.port.in.CreateAdministrator;
import org.preau.core.accounts.port.out.Accounts;
import org.preau.core.accounts.port.out.PasswordHasher;
import org.preau.core.audit.model.Outcome;
import org.preau.core.audit.service.Auditor;
import org.preau.core.security.Actor;
import org.preau.core.security.AdminGrant;

public class AccountService implements Authenticate, CreateAdministrator {

	public AccountService(
		Accounts accounts, PasswordHasher passwordHasher, Auditor auditor,
		SecureRandom secureRandom) {

		_accounts = Objects.requireNonNull(accounts);
		_passwordHasher = Objects.requireNonNull(passwordHasher);
		_auditor = Objects.requireNonNull(auditor);
		_secureRandom = Objects.requireNonNull(secureRandom);
	}

	@Override
	public Optional<Actor> authenticate(String login, char[] password) {
		Optional<Account> account = Logins.isValid(login) ?
			_accounts.find(login) : Optional.empty();

		boolean matches;

		if (account.isPresent()) {
			matches = _passwordHasher.matches(
				password, account.get().passwordHash());
		}
		else {

			// Spend the same time on unknown logins as on known ones

			_passwordHasher.matches(password, _dummyHash());

			matches = false;
		}

		String target = Logins.isValid(login) ? login : "(invalid login)";

		if (matches && account.get().enabled()) {
			Actor actor = account.get().asActor();

			_auditor.record(actor, ACTION_LOGIN, target, Outcome.SUCCESS, "");

			return Optional.of(actor);
		}

		_auditor.record(
			Actor.of(target.startsWith("(") ? "anonymous" : target, null,
				Collections.emptySet()),
			ACTION_LOGIN, target, Outcome.DENIED,
			account.isPresent() && matches ? "account disabled" :
				"wrong login or password");

		return Optional.empty();
	}

	@Override
	public Optional<String> ensureAdministrator(
		String login, Optional<String> password) {

		if (_accounts.count() > 0) {
			return Optional.empty();
		}

		String chosen = password.filter(p -> !p.isEmpty()).orElse(null);
		boolean generated = chosen == null;

		if (generated) {
			chosen = generatePassword(_secureRandom, 16);
		}
		else if (chosen.length() < MIN_PASSWORD_LENGTH) {
			throw new IllegalArgumentException(
				"the administrator password must have at least " +
					MIN_PASSWORD_LENGTH + " characters");
		}

		char[] chars = chosen.toCharArray();

		try {
			_accounts.save(
				new Account(
					login, "Administrateur ENT", _passwordHasher.hash(chars),
					Collections.singleton(AdminGrant.platform()), true));
		}
		finally {
			Arrays.fill(chars, '\0');
		}

		_auditor.record(
			Actor.system(), ACTION_CREATE_ADMINISTRATOR, login, Outcome.SUCCESS,
			generated ? "password generated" : "password configured");

		return generated ? Optional.of(chosen) : Optional.empty();
	}

	/**
	 * A password of letters and digits without look-alikes (no 0/O, 1/l/I), easy to copy from a screen.
	 */
	public static String generatePassword(SecureRandom random, int length) {
		StringBuilder sb = new StringBuilder(length);

		for (int i = 0; i < length; i++) {
			sb.append(_ALPHABET.charAt(random.nextInt(_ALPHABET.length())));
		}

		return sb.toString();
	}

	public static final String ACTION_CREATE_ADMINISTRATOR =
		"accounts.create-administrator";

	public static final String ACTION_LOGIN = "accounts.login";

	public static final int MIN_PASSWORD_LENGTH = 10;

	private String _dummyHash() {
		String dummyHash = _dummyHash;

		if (dummyHash == null) {
			dummyHash = _passwordHasher.hash("not-a-password".toCharArray());

			_dummyHash = dummyHash;
		}

		return dummyHash;
	}

	private static final String _ALPHABET =
		"abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private final Accounts _accounts;
	private final Auditor _auditor;
	private volatile String _dummyHash;
	private final PasswordHasher _passwordHasher;
	private final SecureRandom _secureRandom;

}
