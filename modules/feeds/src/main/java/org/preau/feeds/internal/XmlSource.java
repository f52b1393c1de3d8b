package org.preau.feeds.internal;

import java.io.IOException;
import java.io.PushbackInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.preau.feeds.FeedException;

/**
 * The one way feed readers open XML, and turn what goes wrong into located {@link FeedException}s.
 *
 * <p>
 * Feeds never need a DTD, so a DOCTYPE is refused outright rather than skipped: a file that carries one is either
 * broken or an attack (external entities, entity expansion), and the administrator must hear about it. The JDK's own
 * StAX implementation is used whatever the host provides, so that the hardening is known to apply.
 * </p>
 *
 * <p>
 * The encoding is the one the file declares (a byte order mark, else the XML declaration, else UTF-8, as XML says),
 * decoded strictly by {@link StrictDecodingReader}: real SIECLE and AAF files are often ISO-8859-1, and a file whose
 * bytes contradict its declaration is refused with the place of the first bad byte.
 * </p>
 */
public final class XmlSource implements AutoCloseable {

	public static XmlSource open(FeedEntry feedEntry) throws FeedException {
		BoundedInputStream boundedInputStream = null;
		Charset charset = null;

		try {
			boundedInputStream = feedEntry.open();

			PushbackInputStream pushbackInputStream = new PushbackInputStream(
				boundedInputStream, _PREFIX_LENGTH);

			charset = _detectCharset(feedEntry, pushbackInputStream);

			StrictDecodingReader strictDecodingReader =
				new StrictDecodingReader(pushbackInputStream, charset);

			XMLStreamReader xmlStreamReader =
				_createXMLInputFactory().createXMLStreamReader(
					feedEntry.source(), strictDecodingReader);

			return new XmlSource(
				feedEntry, boundedInputStream, charset, strictDecodingReader,
				xmlStreamReader);
		}
		catch (IOException ioException) {
			_close(boundedInputStream);

			throw _ioError(feedEntry, boundedInputStream, ioException);
		}
		catch (XMLStreamException xmlStreamException) {
			_close(boundedInputStream);

			throw _error(
				feedEntry, boundedInputStream, charset, null, null,
				xmlStreamException);
		}
		catch (FeedException feedException) {
			_close(boundedInputStream);

			throw feedException;
		}
		catch (RuntimeException runtimeException) {
			_close(boundedInputStream);

			throw _parserFailure(
				feedEntry, boundedInputStream, null, runtimeException);
		}
	}

	@Override
	public void close() {
		try {
			_xmlStreamReader.close();
		}
		catch (XMLStreamException xmlStreamException) {

			// The reader only releases its buffers; the stream is closed next

		}

		_close(_boundedInputStream);
	}

	/**
	 * Names a problem found at the current place of the file.
	 */
	public FeedException error(String recordId, String problem) {
		Location location = _xmlStreamReader.getLocation();

		return new FeedException(
			_feedEntry.source(), location.getLineNumber(),
			location.getColumnNumber(), recordId, problem, null);
	}

	/**
	 * Explains why the parser or the stream beneath it failed: a feed limit, bytes invalid in the declared encoding,
	 * or malformed XML.
	 */
	public FeedException error(String recordId, XMLStreamException exception) {
		if (_boundedInputStream.exceeded()) {
			return _limitError(
				_feedEntry, _strictDecodingReader, recordId, exception);
		}

		return _error(
			_feedEntry, _boundedInputStream, _charset, _xmlStreamReader,
			recordId, exception);
	}

	/**
	 * Moves to the next event, refusing any DTD.
	 */
	public int next() throws FeedException, XMLStreamException {
		int event;

		try {
			event = _xmlStreamReader.next();
		}
		catch (RuntimeException runtimeException) {
			if (_boundedInputStream.exceeded()) {
				throw _limitError(
					_feedEntry, _strictDecodingReader, null,
					runtimeException);
			}

			throw _parserFailure(
				_feedEntry, _boundedInputStream, _xmlStreamReader,
				runtimeException);
		}

		if ((event == XMLStreamConstants.DTD) ||
			(event == XMLStreamConstants.ENTITY_DECLARATION) ||
			(event == XMLStreamConstants.ENTITY_REFERENCE)) {

			throw error(
				null, "a DOCTYPE or entity is refused: feeds never need one");
		}

		return event;
	}

	public XMLStreamReader reader() {
		return _xmlStreamReader;
	}

	private static void _close(BoundedInputStream boundedInputStream) {
		if (boundedInputStream == null) {
			return;
		}

		try {
			boundedInputStream.close();
		}
		catch (IOException ioException) {

			// Everything needed was read; a failing close changes nothing

		}
	}

	/**
	 * A factory per file: they are cheap, and one shared between concurrent imports would rely on an implementation
	 * detail to be safe.
	 */
	private static XMLInputFactory _createXMLInputFactory() {
		XMLInputFactory xmlInputFactory = XMLInputFactory.newDefaultFactory();

		xmlInputFactory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
		xmlInputFactory.setProperty(
			XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
		xmlInputFactory.setProperty(XMLInputFactory.IS_COALESCING, Boolean.TRUE);
		xmlInputFactory.setXMLResolver(
			(publicId, systemId, baseUri, namespace) -> {
				throw new XMLStreamException(
					"external resource " + systemId + " is refused");
			});

		return xmlInputFactory;
	}

	private static Charset _declaredCharset(FeedEntry feedEntry, String prefix)
		throws FeedException {

		if (!prefix.startsWith("<?xml")) {
			return StandardCharsets.UTF_8;
		}

		int end = prefix.indexOf("?>");

		Matcher matcher = _ENCODING_PATTERN.matcher(
			(end < 0) ? prefix : prefix.substring(0, end));

		if (!matcher.find()) {
			return StandardCharsets.UTF_8;
		}

		String name = matcher.group(1);

		try {
			return Charset.forName(name.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException illegalArgumentException) {
			throw new FeedException(
				feedEntry.source(), 1, 1, null,
				"the file declares the unknown encoding \"" + name + "\"",
				illegalArgumentException);
		}
	}

	private static Charset _detectCharset(
			FeedEntry feedEntry, PushbackInputStream pushbackInputStream)
		throws FeedException, IOException {

		byte[] prefix = new byte[_PREFIX_LENGTH];

		int length = pushbackInputStream.readNBytes(prefix, 0, prefix.length);

		if ((length >= 3) && ((prefix[0] & 0xFF) == 0xEF) &&
			((prefix[1] & 0xFF) == 0xBB) && ((prefix[2] & 0xFF) == 0xBF)) {

			pushbackInputStream.unread(prefix, 3, length - 3);

			return StandardCharsets.UTF_8;
		}

		if ((length >= 2) && ((prefix[0] & 0xFF) == 0xFE) &&
			((prefix[1] & 0xFF) == 0xFF)) {

			pushbackInputStream.unread(prefix, 2, length - 2);

			return StandardCharsets.UTF_16BE;
		}

		if ((length >= 2) && ((prefix[0] & 0xFF) == 0xFF) &&
			((prefix[1] & 0xFF) == 0xFE)) {

			pushbackInputStream.unread(prefix, 2, length - 2);

			return StandardCharsets.UTF_16LE;
		}

		if (length > 0) {
			pushbackInputStream.unread(prefix, 0, length);
		}

		if ((length >= 2) && (prefix[0] == 0) && (prefix[1] == '<')) {
			return StandardCharsets.UTF_16BE;
		}

		if ((length >= 2) && (prefix[0] == '<') && (prefix[1] == 0)) {
			return StandardCharsets.UTF_16LE;
		}

		return _declaredCharset(
			feedEntry, new String(prefix, 0, length, StandardCharsets.ISO_8859_1));
	}

	private static StrictDecodingReader.InvalidEncodingException
		_encodingException(Throwable throwable) {

		for (int i = 0; (throwable != null) && (i < 10); i++) {
			if (throwable instanceof
					StrictDecodingReader.InvalidEncodingException) {

				return (StrictDecodingReader.InvalidEncodingException)
					throwable;
			}

			Throwable next = throwable.getCause();

			if ((next == null) && (throwable instanceof XMLStreamException)) {
				next = ((XMLStreamException)throwable).getNestedException();
			}

			throwable = next;
		}

		return null;
	}

	private static FeedException _error(
		FeedEntry feedEntry, BoundedInputStream boundedInputStream,
		Charset charset, XMLStreamReader xmlStreamReader, String recordId,
		XMLStreamException exception) {

		if (boundedInputStream.exceeded()) {
			return _limitError(feedEntry, null, recordId, exception);
		}

		StrictDecodingReader.InvalidEncodingException encodingException =
			_encodingException(exception);

		if (encodingException != null) {
			return new FeedException(
				feedEntry.source(), encodingException.line(),
				encodingException.column(), recordId,
				"the file declares " + charset.name() + " but holds " +
					encodingException.getMessage(),
				exception);
		}

		Location location = exception.getLocation();

		if ((location == null) && (xmlStreamReader != null)) {
			location = xmlStreamReader.getLocation();
		}

		return new FeedException(
			feedEntry.source(),
			(location == null) ? 0 : location.getLineNumber(),
			(location == null) ? 0 : location.getColumnNumber(), recordId,
			"malformed XML: " + _reason(exception), exception);
	}

	private static FeedException _ioError(
		FeedEntry feedEntry, BoundedInputStream boundedInputStream,
		IOException ioException) {

		if ((boundedInputStream != null) && boundedInputStream.exceeded()) {
			return _limitError(feedEntry, null, null, ioException);
		}

		return new FeedException(
			feedEntry.source(), "cannot be read", ioException);
	}

	/**
	 * A feed limit was reached: the error is located where reading stopped, after the last character decoded.
	 */
	private static FeedException _limitError(
		FeedEntry feedEntry, StrictDecodingReader strictDecodingReader,
		String recordId, Throwable cause) {

		return new FeedException(
			feedEntry.source(),
			(strictDecodingReader == null) ? 1 : strictDecodingReader.line(),
			(strictDecodingReader == null) ? 1 :
				strictDecodingReader.column(),
			recordId, feedEntry.limitDescription(), cause);
	}

	/**
	 * The JDK's parser fails on some malformed documents with an exception of its own rather than an
	 * XMLStreamException (a message missing from its resource bundle for a bad character in a DTD, for one): the
	 * document is malformed all the same.
	 */
	private static FeedException _parserFailure(
		FeedEntry feedEntry, BoundedInputStream boundedInputStream,
		XMLStreamReader xmlStreamReader, RuntimeException runtimeException) {

		if ((boundedInputStream != null) && boundedInputStream.exceeded()) {
			return _limitError(feedEntry, null, null, runtimeException);
		}

		Location location = null;

		if (xmlStreamReader != null) {
			try {
				location = xmlStreamReader.getLocation();
			}
			catch (RuntimeException locationException) {
				runtimeException.addSuppressed(locationException);
			}
		}

		return new FeedException(
			feedEntry.source(),
			(location == null) ? 1 : location.getLineNumber(),
			(location == null) ? 1 : location.getColumnNumber(), null,
			"malformed XML: the parser stopped on " +
				runtimeException.getClass().getSimpleName(),
			runtimeException);
	}

	private static String _reason(XMLStreamException xmlStreamException) {
		Throwable cause = xmlStreamException.getNestedException();

		String message = (cause == null) ? xmlStreamException.getMessage() :
			cause.getMessage();

		if (message == null) {
			return xmlStreamException.getClass().getSimpleName();
		}

		int index = message.indexOf("Message: ");

		if (index >= 0) {
			message = message.substring(index + "Message: ".length());
		}

		return message.trim();
	}

	private XmlSource(
		FeedEntry feedEntry, BoundedInputStream boundedInputStream,
		Charset charset, StrictDecodingReader strictDecodingReader,
		XMLStreamReader xmlStreamReader) {

		_feedEntry = feedEntry;
		_boundedInputStream = boundedInputStream;
		_charset = charset;
		_strictDecodingReader = strictDecodingReader;
		_xmlStreamReader = xmlStreamReader;
	}

	private static final Pattern _ENCODING_PATTERN = Pattern.compile(
		"encoding\\s*=\\s*[\"']([A-Za-z][A-Za-z0-9._-]*)[\"']");

	private static final int _PREFIX_LENGTH = 512;

	private final BoundedInputStream _boundedInputStream;
	private final Charset _charset;
	private final FeedEntry _feedEntry;
	private final StrictDecodingReader _strictDecodingReader;
	private final XMLStreamReader _xmlStreamReader;

}
