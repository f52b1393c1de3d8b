package org.preau.feeds.aaf;

import java.util.Objects;

import org.preau.feeds.FeedLimits;

/**
 * How an {@link AafReader} reads. By default only legal representatives become parents, the feed limits are the
 * defaults, and the whole input is checked before any record is handed over.
 */
public final class AafReaderOptions {

	public static AafReaderOptions defaults() {
		return new AafReaderOptions(false, FeedLimits.defaults(), true);
	}

	/**
	 * Whether persons in charge of a pupil (level 2) also become parents, with their relation; contacts (level 3)
	 * never do.
	 */
	public boolean includeInChargePersons() {
		return _includeInChargePersons;
	}

	public FeedLimits limits() {
		return _limits;
	}

	/**
	 * Whether the reader parses and maps the whole input once before handing anything to the sink, so that an input
	 * with an error hands nothing. It reads the input twice, still streaming.
	 */
	public boolean validateFirst() {
		return _validateFirst;
	}

	public AafReaderOptions withIncludeInChargePersons(
		boolean includeInChargePersons) {

		return new AafReaderOptions(
			includeInChargePersons, _limits, _validateFirst);
	}

	public AafReaderOptions withLimits(FeedLimits limits) {
		return new AafReaderOptions(
			_includeInChargePersons, Objects.requireNonNull(limits, "limits"),
			_validateFirst);
	}

	public AafReaderOptions withValidateFirst(boolean validateFirst) {
		return new AafReaderOptions(
			_includeInChargePersons, _limits, validateFirst);
	}

	private AafReaderOptions(
		boolean includeInChargePersons, FeedLimits limits,
		boolean validateFirst) {

		_includeInChargePersons = includeInChargePersons;
		_limits = limits;
		_validateFirst = validateFirst;
	}

	private final boolean _includeInChargePersons;
	private final FeedLimits _limits;
	private final boolean _validateFirst;

}
