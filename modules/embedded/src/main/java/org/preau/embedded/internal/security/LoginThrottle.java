package org.preau.embedded.internal.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: after a number of failures for one login, further attempts are refused for a while, right
 * or wrong.
 */
public class LoginThrottle {

	public LoginThrottle(Clock clock, int maxFailures, Duration lockDuration) {
		_clock = clock;
		_maxFailures = maxFailures;
		_lockDuration = lockDuration;
	}

	public boolean isLocked(String login) {
		Failures failures = _failures.get(_key(login));

		return (failures != null) && (failures.count >= _maxFailures) &&
			_clock.instant().isBefore(failures.last.plus(_lockDuration));
	}

	public void recordFailure(String login) {
		_forgetOldFailures();

		_failures.compute(
			_key(login),
			(key, failures) -> {
				Failures next = (failures == null) ? new Failures() : failures;

				next.count++;
				next.last = _clock.instant();

				return next;
			});
	}

	public void recordSuccess(String login) {
		_failures.remove(_key(login));
	}

	private void _forgetOldFailures() {
		Instant limit = _clock.instant().minus(_lockDuration);

		for (Iterator<Map.Entry<String, Failures>> iterator =
				_failures.entrySet().iterator();
			 iterator.hasNext();) {

			if (iterator.next().getValue().last.isBefore(limit)) {
				iterator.remove();
			}
		}
	}

	private String _key(String login) {
		return (login == null) ? "" : login;
	}

	private static class Failures {

		private int count;
		private Instant last;

	}

	private final Clock _clock;
	private final Map<String, Failures> _failures = new ConcurrentHashMap<>();
	private final Duration _lockDuration;
	private final int _maxFailures;

}
