package org.preau.core.accounts.service;

import java.util.Collections;
import java.util.Objects;
import java.util.Optional;

import org.preau.core.accounts.port.in.Authenticate;
import org.preau.core.audit.model.Outcome;
import org.preau.core.audit.service.Auditor;
import org.preau.core.security.Actor;

/**
 * Checks the password, then asks the {@link SignInGate}.
 */
public class GatedAuthentication implements Authenticate {

	public GatedAuthentication(
		Authenticate authenticate, SignInGate signInGate, Auditor auditor) {

		_authenticate = Objects.requireNonNull(authenticate);
		_signInGate = Objects.requireNonNull(signInGate);
		_auditor = Objects.requireNonNull(auditor);
	}

	@Override
	public Optional<Actor> authenticate(String login, char[] password) {
		Optional<Actor> actor = _authenticate.authenticate(login, password);

		if (actor.isPresent() && !_signInGate.allows(login)) {
			_auditor.record(
				Actor.of(login, null, Collections.emptySet()),
				AccountService.ACTION_LOGIN, login, Outcome.DENIED,
				"account expired or suspended");

			return Optional.empty();
		}

		return actor;
	}

	private final Auditor _auditor;
	private final Authenticate _authenticate;
	private final SignInGate _signInGate;

}
