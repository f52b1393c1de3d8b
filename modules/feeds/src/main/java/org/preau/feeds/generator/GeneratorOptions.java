package org.preau.feeds.generator;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What {@link FeedGenerator} generates. The same options always give the same files, byte for byte. The first school
 * of seed 42 is the demo school, the Collège Marie Curie of Toulouse (0310001A).
 */
public final class GeneratorOptions {

	public static Builder builder() {
		return new Builder();
	}

	/**
	 * The options of the demo: one collège of about 600 pupils, seed 42.
	 */
	public static GeneratorOptions demo() {
		return builder().build();
	}

	/**
	 * The prefix of AAF file names, before {@code _Complet_}.
	 */
	public String aafPrefix() {
		return _aafPrefix;
	}

	/**
	 * The most records an AAF file holds; the académie's export is split into numbered files beyond it.
	 */
	public int aafRecordsPerFile() {
		return _aafRecordsPerFile;
	}

	public LocalDate exportDate() {
		return _exportDate;
	}

	/**
	 * Pupils per school, or 0 for the default of the school's kind (600 in a collège, 900 in a lycée).
	 */
	public int pupilsPerSchool() {
		return _pupilsPerSchool;
	}

	public int schools() {
		return _schools;
	}

	/**
	 * The year of the rentrée: 2026 is the school year 2026-2027.
	 */
	public int schoolYear() {
		return _schoolYear;
	}

	public long seed() {
		return _seed;
	}

	public Builder toBuilder() {
		return builder(
		).aafPrefix(
			_aafPrefix
		).aafRecordsPerFile(
			_aafRecordsPerFile
		).exportDate(
			_exportDate
		).pupilsPerSchool(
			_pupilsPerSchool
		).schools(
			_schools
		).schoolYear(
			_schoolYear
		).seed(
			_seed
		);
	}

	@Override
	public String toString() {
		return "seed " + _seed + ", " + _schools + " schools, " +
			((_pupilsPerSchool == 0) ? "default" : "" + _pupilsPerSchool) +
				" pupils per school, school year " + _schoolYear +
					", exported on " + _exportDate;
	}

	public static final class Builder {

		public Builder aafPrefix(String aafPrefix) {
			_aafPrefix = aafPrefix;

			return this;
		}

		public Builder aafRecordsPerFile(int aafRecordsPerFile) {
			_aafRecordsPerFile = aafRecordsPerFile;

			return this;
		}

		public GeneratorOptions build() {
			return new GeneratorOptions(this);
		}

		public Builder exportDate(LocalDate exportDate) {
			_exportDate = exportDate;

			return this;
		}

		public Builder pupilsPerSchool(int pupilsPerSchool) {
			_pupilsPerSchool = pupilsPerSchool;

			return this;
		}

		public Builder schools(int schools) {
			_schools = schools;

			return this;
		}

		public Builder schoolYear(int schoolYear) {
			_schoolYear = schoolYear;

			return this;
		}

		public Builder seed(long seed) {
			_seed = seed;

			return this;
		}

		private Builder() {
		}

		private String _aafPrefix = "ENT";
		private int _aafRecordsPerFile = 10_000;
		private LocalDate _exportDate;
		private int _pupilsPerSchool;
		private int _schools = 1;
		private int _schoolYear = 2026;
		private long _seed = 42;

	}

	private GeneratorOptions(Builder builder) {
		_aafPrefix = Objects.requireNonNull(builder._aafPrefix, "aafPrefix");

		if (!_aafPrefix.matches("[A-Za-z0-9-]{1,40}")) {
			throw new IllegalArgumentException(
				"the AAF prefix \"" + _aafPrefix +
					"\" is not 1 to 40 letters, digits or hyphens");
		}

		_aafRecordsPerFile = _check(
			builder._aafRecordsPerFile, 1, Integer.MAX_VALUE,
			"AAF records per file");
		_pupilsPerSchool = _check(
			builder._pupilsPerSchool, 0, _MAX_PUPILS, "pupils per school");
		_schools = _check(builder._schools, 1, _MAX_SCHOOLS, "schools");
		_schoolYear = _check(builder._schoolYear, 1990, 2200, "school year");
		_seed = builder._seed;

		_exportDate = (builder._exportDate == null) ?
			LocalDate.of(_schoolYear, 9, 15) : builder._exportDate;
	}

	private static int _check(int value, int min, int max, String what) {
		if ((value < min) || (value > max)) {
			throw new IllegalArgumentException(
				what + " must be between " + min + " and " + max + ", not " +
					value);
		}

		return value;
	}

	private static final int _MAX_PUPILS = 99_999;

	private static final int _MAX_SCHOOLS = 79_992;

	private final String _aafPrefix;
	private final int _aafRecordsPerFile;
	private final LocalDate _exportDate;
	private final int _pupilsPerSchool;
	private final int _schools;
	private final int _schoolYear;
	private final long _seed;

}
