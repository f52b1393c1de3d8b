package org.preau.core.accounts.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

import org.preau.core.accounts.port.out.Guests;

/**
 * Turns away a guest whose expiry day has come, whether or not the scheduled job has suspended the account yet.
 */
public class GuestExpiryGate implements SignInGate {

	public GuestExpiryGate(Guests guests, Clock clock) {
		_guests = Objects.requireNonNull(guests);
		_clock = Objects.requireNonNull(clock);
	}

	@Override
	public boolean allows(String login) {
		LocalDate today = LocalDate.ofInstant(
			_clock.instant(), _clock.getZone());

		return _guests.find(
			login
		).map(
			guest -> !guest.isExpired(today)
		).orElse(
			true
		);
	}

	private final Clock _clock;
	private final Guests _guests;

}
