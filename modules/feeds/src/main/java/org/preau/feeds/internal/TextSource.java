package org.preau.feeds.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.preau.feeds.FeedException;

/**
 * Opens a text file that declares no encoding, such as a CSV file saved by a spreadsheet, in the encoding its bytes
 * show: UTF-8 when it starts with a byte order mark or when all of it is valid UTF-8, else Windows-1252 when it holds
 * bytes 0x80 to 0x9F (its curly quotes, euro sign, {@code œ}), which ISO-8859-1 uses only for control characters, else
 * ISO-8859-1. The file is read a first time to tell, then decoded strictly, so that a byte invalid in the encoding is
 * refused with its line and column rather than turned into a wrong letter.
 */
public final class TextSource implements AutoCloseable {

	public static TextSource open(FeedEntry feedEntry) throws FeedException {
		Charset charset = _detect(feedEntry);

		BoundedInputStream boundedInputStream = null;

		try {
			boundedInputStream = feedEntry.open();

			PushbackInputStream pushbackInputStream = new PushbackInputStream(
				boundedInputStream, 3);

			byte[] bytes = pushbackInputStream.readNBytes(3);

			boolean byteOrderMark =
				(bytes.length == 3) && ((bytes[0] & 0xFF) == 0xEF) &&
				((bytes[1] & 0xFF) == 0xBB) && ((bytes[2] & 0xFF) == 0xBF);

			if (!byteOrderMark || !charset.equals(StandardCharsets.UTF_8)) {
				pushbackInputStream.unread(bytes);
			}

			return new TextSource(
				feedEntry, boundedInputStream, charset,
				new StrictDecodingReader(pushbackInputStream, charset));
		}
		catch (IOException ioException) {
			_close(boundedInputStream);

			throw new FeedException(
				feedEntry.source(), "cannot be read", ioException);
		}
	}

	public Charset charset() {
		return _charset;
	}

	@Override
	public void close() {
		_close(_boundedInputStream);
	}

	/**
	 * Explains a failure of the reader: a feed limit, or bytes invalid in the encoding, located; null for another
	 * failure, which the caller explains.
	 */
	public FeedException error(Throwable throwable, String recordId) {
		if (_boundedInputStream.exceeded()) {
			return new FeedException(
				_feedEntry.source(), _reader.line(), _reader.column(),
				recordId, _feedEntry.limitDescription(), throwable);
		}

		for (int i = 0; (throwable != null) && (i < 10); i++) {
			if (throwable instanceof
					StrictDecodingReader.InvalidEncodingException) {

				StrictDecodingReader.InvalidEncodingException
					invalidEncodingException =
						(StrictDecodingReader.InvalidEncodingException)
							throwable;

				return new FeedException(
					_feedEntry.source(), invalidEncodingException.line(),
					invalidEncodingException.column(), recordId,
					"the file, read as " + _charset.name() + ", holds " +
						invalidEncodingException.getMessage(),
					throwable);
			}

			throwable = throwable.getCause();
		}

		return null;
	}

	public Reader reader() {
		return _reader;
	}

	private static void _close(InputStream inputStream) {
		if (inputStream == null) {
			return;
		}

		try {
			inputStream.close();
		}
		catch (IOException ioException) {

			// Everything needed was read; a failing close changes nothing

		}
	}

	private static Charset _detect(FeedEntry feedEntry) throws FeedException {
		BoundedInputStream boundedInputStream = null;

		// The line and the byte in it reached, to locate a limit

		int[] place = {1, 0};

		try {
			boundedInputStream = feedEntry.open();

			byte[] bytes = new byte[65536];

			int length = boundedInputStream.readNBytes(bytes, 0, 3);

			if ((length == 3) && ((bytes[0] & 0xFF) == 0xEF) &&
				((bytes[1] & 0xFF) == 0xBB) && ((bytes[2] & 0xFF) == 0xBF)) {

				return StandardCharsets.UTF_8;
			}

			CharsetDecoder charsetDecoder = StandardCharsets.UTF_8.newDecoder(
			).onMalformedInput(
				CodingErrorAction.REPORT
			).onUnmappableCharacter(
				CodingErrorAction.REPORT
			);

			ByteBuffer byteBuffer = ByteBuffer.allocate(bytes.length + 8);
			CharBuffer charBuffer = CharBuffer.allocate(bytes.length + 8);

			boolean utf8 = true;
			boolean c1 = false;

			while (length >= 0) {
				for (int i = 0; i < length; i++) {
					int b = bytes[i] & 0xFF;

					if ((b >= 0x80) && (b <= 0x9F)) {
						c1 = true;
					}
					else if (b == '\n') {
						place[0]++;
						place[1] = 0;

						continue;
					}

					place[1]++;
				}

				if (utf8) {
					byteBuffer.put(bytes, 0, length);
					byteBuffer.flip();

					charBuffer.clear();

					CoderResult coderResult = charsetDecoder.decode(
						byteBuffer, charBuffer, false);

					if (coderResult.isError()) {
						utf8 = false;
					}

					byteBuffer.compact();
				}

				length = boundedInputStream.read(bytes);
			}

			if (utf8) {
				byteBuffer.flip();

				charBuffer.clear();

				if (!charsetDecoder.decode(
						byteBuffer, charBuffer, true
					).isError()) {

					return StandardCharsets.UTF_8;
				}
			}

			return c1 ? Charset.forName("windows-1252") :
				StandardCharsets.ISO_8859_1;
		}
		catch (IOException ioException) {
			if ((boundedInputStream != null) &&
				boundedInputStream.exceeded()) {

				throw new FeedException(
					feedEntry.source(), place[0], place[1] + 1, null,
					feedEntry.limitDescription(), ioException);
			}

			throw new FeedException(
				feedEntry.source(), "cannot be read", ioException);
		}
		finally {
			_close(boundedInputStream);
		}
	}

	private TextSource(
		FeedEntry feedEntry, BoundedInputStream boundedInputStream,
		Charset charset, StrictDecodingReader reader) {

		_feedEntry = feedEntry;
		_boundedInputStream = boundedInputStream;
		_charset = charset;
		_reader = reader;
	}

	private final BoundedInputStream _boundedInputStream;
	private final Charset _charset;
	private final FeedEntry _feedEntry;
	private final StrictDecodingReader _reader;

}
