package org.preau.feeds.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes a feed in the encoding it declares and fails on the first byte that is not valid in it, rather than
 * replacing it: a name silently turned into {@code Ã©} or {@code ?} is worse than a refused file. Every character
 * before the bad bytes is delivered first, so the failure names the exact line and column.
 */
final class StrictDecodingReader extends Reader {

	static final class InvalidEncodingException extends IOException {

		int column() {
			return _column;
		}

		int line() {
			return _line;
		}

		private InvalidEncodingException(
			Charset charset, int line, int column) {

			super("bytes that are not valid " + charset.name());

			_line = line;
			_column = column;
		}

		private static final long serialVersionUID = 1L;

		private final int _column;
		private final int _line;

	}

	StrictDecodingReader(InputStream inputStream, Charset charset) {
		_inputStream = inputStream;
		_charset = charset;
		_charsetDecoder = charset.newDecoder(
		).onMalformedInput(
			CodingErrorAction.REPORT
		).onUnmappableCharacter(
			CodingErrorAction.REPORT
		);

		_bytes.flip();
		_chars.flip();
	}

	@Override
	public void close() throws IOException {
		_inputStream.close();
	}

	/**
	 * The column of the next character to read.
	 */
	int column() {
		return _column + 1;
	}

	/**
	 * The line of the next character to read.
	 */
	int line() {
		return _line;
	}

	@Override
	public int read(char[] buffer, int offset, int length) throws IOException {
		if (length == 0) {
			return 0;
		}

		if (!_chars.hasRemaining() && !_fill()) {
			return -1;
		}

		int count = Math.min(length, _chars.remaining());

		_chars.get(buffer, offset, count);

		for (int i = offset; i < (offset + count); i++) {
			if (buffer[i] == '\n') {
				_line++;
				_column = 0;
			}
			else {
				_column++;
			}
		}

		return count;
	}

	private boolean _fill() throws IOException {
		while (true) {
			if (_failed) {
				throw new InvalidEncodingException(
					_charset, _line, _column + 1);
			}

			if (_done) {
				return false;
			}

			_chars.clear();

			CoderResult coderResult = _charsetDecoder.decode(
				_bytes, _chars, _endOfInput);

			if (coderResult.isError()) {
				_failed = true;
			}
			else if (coderResult.isUnderflow()) {
				_underflow();
			}

			_chars.flip();

			if (_chars.hasRemaining()) {
				return true;
			}
		}
	}

	private void _underflow() throws IOException {
		if (_endOfInput) {
			_charsetDecoder.flush(_chars);

			_done = true;

			return;
		}

		_bytes.compact();

		int count = _inputStream.read(
			_bytes.array(), _bytes.position(), _bytes.remaining());

		if (count < 0) {
			_endOfInput = true;
		}
		else {
			_bytes.position(_bytes.position() + count);
		}

		_bytes.flip();
	}

	private final ByteBuffer _bytes = ByteBuffer.allocate(8192);
	private final Charset _charset;
	private final CharsetDecoder _charsetDecoder;
	private final CharBuffer _chars = CharBuffer.allocate(8192);
	private int _column;
	private boolean _done;
	private boolean _endOfInput;
	private boolean _failed;
	private final InputStream _inputStream;
	private int _line = 1;

}
