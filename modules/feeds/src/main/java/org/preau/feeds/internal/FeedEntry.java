package org.preau.feeds.internal;

import java.io.IOException;
import java.io.InputStream;

/**
 * One file of a feed, alone, in a folder or in a zip. {@link #source()} is how messages name it.
 */
public final class FeedEntry {

	public long bytesRead() {
		return (_stream == null) ? 0 : _stream.count();
	}

	/**
	 * The limit that {@link #open()} enforces, in words, for the message when it is exceeded.
	 */
	public String limitDescription() {
		return _limitDescription;
	}

	/**
	 * The file name without any folder, which says what the file holds.
	 */
	public String name() {
		return _name;
	}

	/**
	 * Opens the content, bounded by the feed limits; {@link BoundedInputStream#exceeded()} tells afterwards whether a
	 * failure came from a limit.
	 */
	public BoundedInputStream open() throws IOException {
		_stream = new BoundedInputStream(_opener.open(), _limit);

		return _stream;
	}

	public String source() {
		return _source;
	}

	@Override
	public String toString() {
		return _source;
	}

	interface Opener {

		InputStream open() throws IOException;

	}

	FeedEntry(
		String source, String name, long limit, String limitDescription,
		Opener opener) {

		_source = source;
		_name = name;
		_limit = limit;
		_limitDescription = limitDescription;
		_opener = opener;
	}

	private final long _limit;
	private final String _limitDescription;
	private final String _name;
	private final Opener _opener;
	private final String _source;
	private BoundedInputStream _stream;

}
