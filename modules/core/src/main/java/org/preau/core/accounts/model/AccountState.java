package org.preau.core.accounts.model;

import java.util.Optional;

/**
 * How an account stands, as the accounts know it: whether it is suspended and by which event, the guest it belongs to
 * with their sponsor and expiry, and the last distribution of credentials that reached it. Never a secret.
 */
public final class AccountState {

	public AccountState(
		String login, boolean suspended, SuspensionEvent suspension,
		Guest guest, boolean guestExpired, Distribution lastDistribution,
		int distributionsRead, boolean distributionKnown) {

		_login = Logins.require(login);
		_suspended = suspended;
		_suspension = suspended ? suspension : null;
		_guest = guest;
		_guestExpired = (guest != null) && guestExpired;
		_lastDistribution = lastDistribution;
		_distributionsRead = distributionsRead;
		_distributionKnown = (lastDistribution != null) || distributionKnown;
	}

	/**
	 * Whether the last distribution is known: false when the store cannot tell whom a more recent one reached, so
	 * that none of those read can be said to be the last.
	 */
	public boolean distributionKnown() {
		return _distributionKnown;
	}

	/**
	 * How many of the establishment's latest distributions were read to find {@link #lastDistribution()}: an older one
	 * is not looked for.
	 */
	public int distributionsRead() {
		return _distributionsRead;
	}

	public Optional<Guest> guest() {
		return Optional.ofNullable(_guest);
	}

	/**
	 * Whether the guest's expiry day has come: from that day on they cannot sign in.
	 */
	public boolean guestExpired() {
		return _guestExpired;
	}

	/**
	 * The latest distribution among those read whose scope holds the account as the directory stands now: its login
	 * alone, its profile, or the class or level it belongs to.
	 */
	public Optional<Distribution> lastDistribution() {
		return Optional.ofNullable(_lastDistribution);
	}

	public String login() {
		return _login;
	}

	public boolean suspended() {
		return _suspended;
	}

	/**
	 * The suspension in force with its day, reason and author, when it is among the establishment's recent events; a
	 * suspended account whose event is older has none.
	 */
	public Optional<SuspensionEvent> suspension() {
		return Optional.ofNullable(_suspension);
	}

	@Override
	public String toString() {
		return _login + (_suspended ? " suspended" : "") +
			((_guest == null) ? "" : " guest until " + _guest.expiresOn());
	}

	private final boolean _distributionKnown;
	private final int _distributionsRead;
	private final Guest _guest;
	private final boolean _guestExpired;
	private final Distribution _lastDistribution;
	private final String _login;
	private final boolean _suspended;
	private final SuspensionEvent _suspension;

}
