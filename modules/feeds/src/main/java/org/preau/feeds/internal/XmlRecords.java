package org.preau.feeds.internal;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;

import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.preau.feeds.FeedException;

/**
 * Streams the records of an XML feed whose records sit at known places, such as
 * {@code BEE_ELEVES/DONNEES/ELEVES/ELEVE}: each record is read whole into an {@link XmlElement} and handed over, the
 * rest of the document is walked through without being kept. One record at a time is in memory, and it is bounded.
 */
public final class XmlRecords {

	public interface RecordHandler {

		void handle(String path, XmlElement element) throws FeedException;

	}

	/**
	 * Reads the file and hands over its records. The root element must be one of {@code roots}, else the file is
	 * refused, {@code expectation} saying what was expected.
	 *
	 * @return the number of records handed over
	 */
	public static long read(
			FeedEntry feedEntry, Collection<String> roots, String expectation,
			Collection<String> recordPaths, RecordHandler recordHandler)
		throws FeedException {

		try (XmlSource xmlSource = XmlSource.open(feedEntry)) {
			XmlRecords xmlRecords = new XmlRecords(feedEntry, xmlSource);

			try {
				return xmlRecords._read(
					roots, expectation, recordPaths, recordHandler);
			}
			catch (XMLStreamException xmlStreamException) {
				throw xmlSource.error(
					xmlRecords._recordId, xmlStreamException);
			}
		}
	}

	/**
	 * The root element, without its content, read with the same hardening as a full read: enough to tell what a file
	 * is.
	 */
	public static XmlElement rootElement(FeedEntry feedEntry)
		throws FeedException {

		try (XmlSource xmlSource = XmlSource.open(feedEntry)) {
			XmlRecords xmlRecords = new XmlRecords(feedEntry, xmlSource);

			try {
				xmlRecords._root();

				return xmlRecords._startElement();
			}
			catch (XMLStreamException xmlStreamException) {
				throw xmlSource.error(null, xmlStreamException);
			}
		}
	}

	private XmlRecords(FeedEntry feedEntry, XmlSource xmlSource) {
		_feedEntry = feedEntry;
		_xmlSource = xmlSource;
		_xmlStreamReader = xmlSource.reader();
	}

	private long _read(
			Collection<String> roots, String expectation,
			Collection<String> recordPaths, RecordHandler recordHandler)
		throws FeedException, XMLStreamException {

		String root = _root();

		if (!roots.contains(root)) {
			throw _xmlSource.error(
				null, "unknown root element <" + root + ">; " + expectation);
		}

		Deque<String> paths = new ArrayDeque<>();

		paths.push(root);

		long count = 0;

		while (!paths.isEmpty()) {
			int event = _xmlSource.next();

			if (event == XMLStreamConstants.END_ELEMENT) {
				paths.pop();
			}
			else if (event == XMLStreamConstants.START_ELEMENT) {
				String path = paths.peek() + "/" + _xmlStreamReader.getLocalName();

				if (recordPaths.contains(path)) {
					XmlElement xmlElement = _readRecord();

					recordHandler.handle(path, xmlElement);

					_recordId = null;

					count++;
				}
				else if (paths.size() >= _MAX_DEPTH) {
					throw _xmlSource.error(
						null,
						"elements are nested more than " + _MAX_DEPTH +
							" deep");
				}
				else {
					paths.push(path);
				}
			}
		}

		int event = XMLStreamConstants.END_ELEMENT;

		while (event != XMLStreamConstants.END_DOCUMENT) {
			event = _xmlSource.next();
		}

		return count;
	}

	private XmlElement _readRecord() throws FeedException, XMLStreamException {
		XmlElement record = _startElement();

		if (_xmlStreamReader.getAttributeCount() > 0) {
			_recordId = _xmlStreamReader.getAttributeValue(0).trim();
		}

		Deque<XmlElement> elements = new ArrayDeque<>();

		elements.push(record);

		int count = 1;
		long characters = 0;

		while (!elements.isEmpty()) {
			int event = _xmlSource.next();

			if (event == XMLStreamConstants.START_ELEMENT) {
				if ((++count > _MAX_RECORD_ELEMENTS) ||
					(elements.size() >= _MAX_DEPTH)) {

					throw _xmlSource.error(
						_recordId,
						"the record holds more than " + _MAX_RECORD_ELEMENTS +
							" elements or nests them more than " + _MAX_DEPTH +
								" deep");
				}

				XmlElement child = _startElement();

				elements.peek().addChild(child);
				elements.push(child);
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				elements.pop();
			}
			else if ((event == XMLStreamConstants.CHARACTERS) ||
					 (event == XMLStreamConstants.CDATA) ||
					 (event == XMLStreamConstants.SPACE)) {

				characters += _xmlStreamReader.getTextLength();

				if (characters > _MAX_RECORD_CHARACTERS) {
					throw _xmlSource.error(
						_recordId,
						"the record holds more than " + _MAX_RECORD_CHARACTERS +
							" characters");
				}

				elements.peek().appendText(
					_xmlStreamReader.getTextCharacters(),
					_xmlStreamReader.getTextStart(),
					_xmlStreamReader.getTextLength());
			}
		}

		return record;
	}

	private String _root() throws FeedException, XMLStreamException {
		int event = _xmlSource.next();

		while (event != XMLStreamConstants.START_ELEMENT) {
			if (event == XMLStreamConstants.END_DOCUMENT) {
				throw _xmlSource.error(null, "the file holds no root element");
			}

			event = _xmlSource.next();
		}

		return _xmlStreamReader.getLocalName();
	}

	private XmlElement _startElement() {
		Location location = _xmlStreamReader.getLocation();

		XmlElement xmlElement = new XmlElement(
			_feedEntry.source(), _xmlStreamReader.getLocalName(),
			location.getLineNumber(), location.getColumnNumber());

		for (int i = 0; i < _xmlStreamReader.getAttributeCount(); i++) {
			xmlElement.addAttribute(
				_xmlStreamReader.getAttributeLocalName(i),
				_xmlStreamReader.getAttributeValue(i));
		}

		return xmlElement;
	}

	private static final int _MAX_DEPTH = 64;

	private static final long _MAX_RECORD_CHARACTERS = 1_000_000;

	private static final int _MAX_RECORD_ELEMENTS = 100_000;

	private final FeedEntry _feedEntry;
	private String _recordId;
	private final XmlSource _xmlSource;
	private final XMLStreamReader _xmlStreamReader;

}
