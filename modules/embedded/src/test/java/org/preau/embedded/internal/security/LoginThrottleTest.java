package org.preau.embedded.internal.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

public class LoginThrottleTest {

	@Test
	public void givenFiveFailures_thenLockedForAMinuteOnlyForThatLogin() {
		for (int i = 0; i < 5; i++) {
			Assertions.assertFalse(_loginThrottle.isLocked("admin"));

			_loginThrottle.recordFailure("admin");
		}

		Assertions.assertTrue(_loginThrottle.isLocked("admin"));
		Assertions.assertFalse(_loginThrottle.isLocked("other"));

		_now = _now.plusSeconds(61);

		Assertions.assertFalse(_loginThrottle.isLocked("admin"));
	}

	@Test
	public void givenSuccess_thenFailuresAreForgotten() {
		for (int i = 0; i < 4; i++) {
			_loginThrottle.recordFailure("admin");
		}

		_loginThrottle.recordSuccess("admin");
		_loginThrottle.recordFailure("admin");

		Assertions.assertFalse(_loginThrottle.isLocked("admin"));
	}

	private Instant _now = Instant.parse("2026-09-01T08:00:00Z");

	private final LoginThrottle _loginThrottle = new LoginThrottle(
		new Clock() {

			@Override
			public ZoneId getZone() {
				return ZoneOffset.UTC;
			}

			@Override
			public Instant instant() {
				return _now;
			}

			@Override
			public Clock withZone(ZoneId zoneId) {
				return this;
			}

		},
		5, Duration.ofMinutes(1));

}
