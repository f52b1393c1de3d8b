package org.preau.core.accounts.model;

import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * One stretch of the directory, in the order of the external ids: those of its people who have no login yet, and
 * where the next stretch starts.
 */
public final class ScannedPeople {

	public ScannedPeople(
		List<PersonWithoutLogin> withoutLogin, String lastExternalId) {

		_withoutLogin = Collections.unmodifiableList(withoutLogin);
		_lastExternalId = lastExternalId;
	}

	/**
	 * The external id of the last person of the stretch, or empty if the stretch was the end of the directory.
	 */
	public Optional<String> lastExternalId() {
		return Optional.ofNullable(_lastExternalId);
	}

	public List<PersonWithoutLogin> withoutLogin() {
		return _withoutLogin;
	}

	private final String _lastExternalId;
	private final List<PersonWithoutLogin> _withoutLogin;

}
