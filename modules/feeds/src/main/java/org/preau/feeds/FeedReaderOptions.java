package org.preau.feeds;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import org.preau.core.directory.model.Uai;

/**
 * How the readers of SIECLE, STSweb and CSV files, and {@link FeedReaders}, read. By default only legal
 * representatives become parents, the feed limits are the defaults, the whole input is checked before any record is
 * handed over, the export date of SIECLE files is the one they declare, and CSV files must name their establishment.
 */
public final class FeedReaderOptions {

	public static FeedReaderOptions defaults() {
		return new FeedReaderOptions(
			false, FeedLimits.defaults(), true, null, null);
	}

	/**
	 * The establishment of the rows of a CSV file that has no {@code uai} column, if any.
	 */
	public Optional<Uai> defaultUai() {
		return Optional.ofNullable(_defaultUai);
	}

	/**
	 * The date against which a SIECLE pupil's DATE_SORTIE says they have left, instead of the DATE_EXPORT of the file.
	 */
	public Optional<LocalDate> exportDate() {
		return Optional.ofNullable(_exportDate);
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

	public FeedReaderOptions withDefaultUai(Uai defaultUai) {
		return new FeedReaderOptions(
			_includeInChargePersons, _limits, _validateFirst, _exportDate,
			defaultUai);
	}

	public FeedReaderOptions withExportDate(LocalDate exportDate) {
		return new FeedReaderOptions(
			_includeInChargePersons, _limits, _validateFirst, exportDate,
			_defaultUai);
	}

	public FeedReaderOptions withIncludeInChargePersons(
		boolean includeInChargePersons) {

		return new FeedReaderOptions(
			includeInChargePersons, _limits, _validateFirst, _exportDate,
			_defaultUai);
	}

	public FeedReaderOptions withLimits(FeedLimits limits) {
		return new FeedReaderOptions(
			_includeInChargePersons, Objects.requireNonNull(limits, "limits"),
			_validateFirst, _exportDate, _defaultUai);
	}

	public FeedReaderOptions withValidateFirst(boolean validateFirst) {
		return new FeedReaderOptions(
			_includeInChargePersons, _limits, validateFirst, _exportDate,
			_defaultUai);
	}

	private FeedReaderOptions(
		boolean includeInChargePersons, FeedLimits limits,
		boolean validateFirst, LocalDate exportDate, Uai defaultUai) {

		_includeInChargePersons = includeInChargePersons;
		_limits = limits;
		_validateFirst = validateFirst;
		_exportDate = exportDate;
		_defaultUai = defaultUai;
	}

	private final Uai _defaultUai;
	private final LocalDate _exportDate;
	private final boolean _includeInChargePersons;
	private final FeedLimits _limits;
	private final boolean _validateFirst;

}
