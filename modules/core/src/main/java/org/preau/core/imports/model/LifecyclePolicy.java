package org.preau.core.imports.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * What happens to a person that the source owning them stops listing: detached at the first absence, suspended after
 * {@link #suspendAfterDays()} days of absence, deletion proposed to an administrator after
 * {@link #proposeDeletionAfterDays()} days, restored as soon as the source lists them again. Nobody is ever deleted by
 * an import: a pupil missing from one feed is far more often a late file than a departure.
 */
public final class LifecyclePolicy {

	public static LifecyclePolicy defaults() {
		return of(
			DEFAULT_SUSPEND_AFTER_DAYS, DEFAULT_PROPOSE_DELETION_AFTER_DAYS);
	}

	public static LifecyclePolicy of(
		int suspendAfterDays, int proposeDeletionAfterDays) {

		if (suspendAfterDays < 0) {
			throw new IllegalArgumentException(
				"suspension delay " + suspendAfterDays + " is negative");
		}

		if (proposeDeletionAfterDays < suspendAfterDays) {
			throw new IllegalArgumentException(
				"deletion may not be proposed (" + proposeDeletionAfterDays +
					" days) before suspension (" + suspendAfterDays +
						" days)");
		}

		return new LifecyclePolicy(suspendAfterDays, proposeDeletionAfterDays);
	}

	/**
	 * Days of absence on {@code today} for someone first missing on {@code detachedOn}.
	 */
	public long daysAbsent(LocalDate detachedOn, LocalDate today) {
		return ChronoUnit.DAYS.between(detachedOn, today);
	}

	public int proposeDeletionAfterDays() {
		return _proposeDeletionAfterDays;
	}

	public boolean proposesDeletion(LocalDate detachedOn, LocalDate today) {
		return daysAbsent(detachedOn, today) >= _proposeDeletionAfterDays;
	}

	public int suspendAfterDays() {
		return _suspendAfterDays;
	}

	public boolean suspends(LocalDate detachedOn, LocalDate today) {
		return daysAbsent(detachedOn, today) >= _suspendAfterDays;
	}

	@Override
	public String toString() {
		return "detach at first absence, suspend after " + _suspendAfterDays +
			" days, propose deletion after " + _proposeDeletionAfterDays +
				" days";
	}

	public static final int DEFAULT_PROPOSE_DELETION_AFTER_DAYS = 365;

	public static final int DEFAULT_SUSPEND_AFTER_DAYS = 30;

	private LifecyclePolicy(
		int suspendAfterDays, int proposeDeletionAfterDays) {

		_suspendAfterDays = suspendAfterDays;
		_proposeDeletionAfterDays = proposeDeletionAfterDays;
	}

	private final int _proposeDeletionAfterDays;
	private final int _suspendAfterDays;

}
