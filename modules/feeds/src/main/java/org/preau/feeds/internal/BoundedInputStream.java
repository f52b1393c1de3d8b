package org.preau.feeds.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes that really come out of a stream and fails once they pass a limit, so that neither a huge file nor
 * a zip entry lying about its size can exhaust the machine.
 */
public final class BoundedInputStream extends FilterInputStream {

	public BoundedInputStream(InputStream inputStream, long limit) {
		super(inputStream);

		_limit = limit;
	}

	public long count() {
		return _count;
	}

	public boolean exceeded() {
		return _exceeded;
	}

	public long limit() {
		return _limit;
	}

	@Override
	public void mark(int readLimit) {
	}

	@Override
	public boolean markSupported() {
		return false;
	}

	@Override
	public int read() throws IOException {
		int b = super.read();

		if (b >= 0) {
			_add(1);
		}

		return b;
	}

	@Override
	public int read(byte[] bytes, int offset, int length) throws IOException {
		int n = super.read(bytes, offset, length);

		if (n > 0) {
			_add(n);
		}

		return n;
	}

	@Override
	public void reset() throws IOException {
		throw new IOException("mark/reset not supported");
	}

	@Override
	public long skip(long n) throws IOException {
		long skipped = super.skip(n);

		if (skipped > 0) {
			_add(skipped);
		}

		return skipped;
	}

	private void _add(long n) throws IOException {
		_count += n;

		if (_count > _limit) {
			_exceeded = true;

			throw new IOException("more than " + _limit + " bytes");
		}
	}

	private long _count;
	private boolean _exceeded;
	private final long _limit;

}
