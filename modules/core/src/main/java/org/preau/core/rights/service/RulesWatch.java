package org.preau.core.rights.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.preau.core.rights.model.RightsChange;
import org.preau.core.rights.port.out.RightsHistory;

/**
 * Tells the caches of the rights and messaging rules whether the rules changed since they were built, changes made by
 * another node of a cluster sharing the database included. Every change is recorded in the history, so the newest
 * entry marks the state of the rules; it is read again once an interval has passed since the last reading, or at once
 * after a change made here. A change made on another node thus reaches this one within the interval.
 */
public class RulesWatch {

	public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(10);

	public RulesWatch(
		RightsHistory rightsHistory, Clock clock, Duration interval) {

		_rightsHistory = Objects.requireNonNull(rightsHistory);
		_clock = Objects.requireNonNull(clock);

		if (interval.isNegative()) {
			throw new IllegalArgumentException(
				"the interval " + interval + " must not be negative");
		}

		_interval = interval;
	}

	/**
	 * Drops what the watch last read, after a change made here: the next {@link #mark} reads the history again.
	 */
	public void changed() {
		_reading = null;
	}

	/**
	 * Returns the mark of the rules' state: two equal marks mean that no change was recorded in between, as far as
	 * the last reading of the history knows.
	 */
	public String mark() {
		Instant now = _clock.instant();

		Reading reading = _reading;

		if ((reading != null) && now.isBefore(reading._until)) {
			return reading._mark;
		}

		List<RightsChange> latest = _rightsHistory.latest(Optional.empty(), 1);

		String mark = latest.isEmpty() ? "" : _mark(latest.get(0));

		_reading = new Reading(mark, now.plus(_interval));

		return mark;
	}

	private static String _mark(RightsChange rightsChange) {
		return String.join(
			"\u0000", String.valueOf(rightsChange.at()), rightsChange.author(),
			String.valueOf(rightsChange.uai().orElse(null)),
			rightsChange.kind().name(), rightsChange.subject(),
			rightsChange.before(), rightsChange.after(), rightsChange.reason());
	}

	private final Clock _clock;
	private final Duration _interval;
	private volatile Reading _reading;
	private final RightsHistory _rightsHistory;

	private static final class Reading {

		private Reading(String mark, Instant until) {
			_mark = mark;
			_until = until;
		}

		private final String _mark;
		private final Instant _until;

	}

}
