package org.preau.feeds;

/**
 * How much a reader accepts before it refuses a feed: a file may not grow beyond {@link #maxFileBytes()}, and a zip may
 * hold at most {@link #maxZipEntries()} entries and {@link #maxZipBytes()} uncompressed bytes, counted as they are
 * read rather than trusted from the zip headers. The defaults hold a big académie's complete export.
 */
public final class FeedLimits {

	public static FeedLimits defaults() {
		return new FeedLimits(
			_DEFAULT_MAX_FILE_BYTES, _DEFAULT_MAX_ZIP_ENTRIES,
			_DEFAULT_MAX_ZIP_BYTES);
	}

	public long maxFileBytes() {
		return _maxFileBytes;
	}

	public long maxZipBytes() {
		return _maxZipBytes;
	}

	public int maxZipEntries() {
		return _maxZipEntries;
	}

	@Override
	public String toString() {
		return "files up to " + _maxFileBytes + " bytes, zips up to " +
			_maxZipEntries + " entries and " + _maxZipBytes + " bytes";
	}

	public FeedLimits withMaxFileBytes(long maxFileBytes) {
		return new FeedLimits(maxFileBytes, _maxZipEntries, _maxZipBytes);
	}

	public FeedLimits withMaxZipBytes(long maxZipBytes) {
		return new FeedLimits(_maxFileBytes, _maxZipEntries, maxZipBytes);
	}

	public FeedLimits withMaxZipEntries(int maxZipEntries) {
		return new FeedLimits(_maxFileBytes, maxZipEntries, _maxZipBytes);
	}

	private FeedLimits(long maxFileBytes, int maxZipEntries, long maxZipBytes) {
		if ((maxFileBytes <= 0) || (maxZipEntries <= 0) || (maxZipBytes <= 0)) {
			throw new IllegalArgumentException(
				"feed limits must be positive");
		}

		_maxFileBytes = maxFileBytes;
		_maxZipEntries = maxZipEntries;
		_maxZipBytes = maxZipBytes;
	}

	private static final long _DEFAULT_MAX_FILE_BYTES = 2L << 30;

	private static final long _DEFAULT_MAX_ZIP_BYTES = 16L << 30;

	private static final int _DEFAULT_MAX_ZIP_ENTRIES = 10_000;

	private final long _maxFileBytes;
	private final long _maxZipBytes;
	private final int _maxZipEntries;

}
