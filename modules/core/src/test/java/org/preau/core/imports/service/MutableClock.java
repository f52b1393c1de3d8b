package org.preau.core.imports.service;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that a test moves forward by days.
 */
final class MutableClock extends Clock {

	MutableClock(Instant instant) {
		_instant = instant;
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Instant instant() {
		return _instant;
	}

	void plusDays(long days) {
		_instant = _instant.plusSeconds(days * 86_400);
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

	private Instant _instant;

}
