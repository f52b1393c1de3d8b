package org.preau.feeds.internal.aaf;

import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.preau.feeds.FeedException;
import org.preau.feeds.internal.FeedEntry;
import org.preau.feeds.internal.XmlSource;

/**
 * Streams the {@code addRequest} records of one AAF file to a handler, one record in memory at a time. A record is
 * bounded too, so that one endless record cannot exhaust the memory that streaming saves.
 */
final class AafFileParser {

	interface RecordHandler {

		void handle(AafRecord record) throws FeedException;

	}

	AafFileParser(FeedEntry feedEntry) {
		_feedEntry = feedEntry;
	}

	long parse(RecordHandler recordHandler) throws FeedException {
		try (XmlSource xmlSource = XmlSource.open(_feedEntry)) {
			_xmlSource = xmlSource;
			_xmlStreamReader = xmlSource.reader();

			try {
				return _parseDocument(recordHandler);
			}
			catch (XMLStreamException xmlStreamException) {
				throw xmlSource.error(_recordId, xmlStreamException);
			}
		}
	}

	private FeedException _error(String problem) {
		return _xmlSource.error(_recordId, problem);
	}

	private int _next() throws FeedException, XMLStreamException {
		return _xmlSource.next();
	}

	private long _parseDocument(RecordHandler recordHandler)
		throws FeedException, XMLStreamException {

		int event = _next();

		while (event != XMLStreamConstants.START_ELEMENT) {
			if (event == XMLStreamConstants.END_DOCUMENT) {
				throw _error("the file holds no root element");
			}

			event = _next();
		}

		String root = _xmlStreamReader.getLocalName();

		if (!root.equals(ROOT)) {
			throw _error(
				"unknown root element <" + root + ">; an AAF file starts " +
					"with <" + ROOT + ">");
		}

		long count = 0;

		while (true) {
			event = _next();

			if (event == XMLStreamConstants.END_ELEMENT) {
				break;
			}

			if (event != XMLStreamConstants.START_ELEMENT) {
				continue;
			}

			String name = _xmlStreamReader.getLocalName();

			if (!name.equals("addRequest")) {
				throw _error(
					"unexpected <" + name + ">: a complete export holds " +
						"only <addRequest> records");
			}

			recordHandler.handle(_readRecord());

			_recordId = null;

			count++;
		}

		while (event != XMLStreamConstants.END_DOCUMENT) {
			event = _next();
		}

		return count;
	}

	private void _readAttributes(AafRecord record)
		throws FeedException, XMLStreamException {

		while (_next() != XMLStreamConstants.END_ELEMENT) {
			if (_xmlStreamReader.getEventType() !=
					XMLStreamConstants.START_ELEMENT) {

				continue;
			}

			if (!_xmlStreamReader.getLocalName().equals("attr")) {
				_skipElement();

				continue;
			}

			String name = _xmlStreamReader.getAttributeValue(null, "name");

			if ((name == null) || name.trim().isEmpty()) {
				throw _error("<attr> without a name");
			}

			_readValues(record, name.trim());
		}
	}

	private String _readIdentifier() throws FeedException, XMLStreamException {
		String id = null;

		while (_next() != XMLStreamConstants.END_ELEMENT) {
			if (_xmlStreamReader.getEventType() !=
					XMLStreamConstants.START_ELEMENT) {

				continue;
			}

			if (_xmlStreamReader.getLocalName().equals("id")) {
				id = _readText();
			}
			else {
				_skipElement();
			}
		}

		return id;
	}

	private AafRecord _readRecord() throws FeedException, XMLStreamException {
		Location location = _xmlStreamReader.getLocation();

		AafRecord record = new AafRecord(
			_feedEntry.source(), location.getLineNumber(),
			location.getColumnNumber());

		_values = 0;

		while (_next() != XMLStreamConstants.END_ELEMENT) {
			if (_xmlStreamReader.getEventType() !=
					XMLStreamConstants.START_ELEMENT) {

				continue;
			}

			String name = _xmlStreamReader.getLocalName();

			if (name.equals("identifier")) {
				record.setId(_readIdentifier());

				_recordId = record.id();
			}
			else if (name.equals("attributes")) {
				_readAttributes(record);

				_recordId = record.id();
			}
			else {
				_skipElement();
			}
		}

		return record;
	}

	private String _readText() throws FeedException, XMLStreamException {
		StringBuilder sb = new StringBuilder();

		while (_next() != XMLStreamConstants.END_ELEMENT) {
			int event = _xmlStreamReader.getEventType();

			if ((event == XMLStreamConstants.CHARACTERS) ||
				(event == XMLStreamConstants.CDATA) ||
				(event == XMLStreamConstants.SPACE)) {

				sb.append(
					_xmlStreamReader.getTextCharacters(),
					_xmlStreamReader.getTextStart(),
					_xmlStreamReader.getTextLength());

				if (sb.length() > _MAX_VALUE_LENGTH) {
					throw _error(
						"a value is longer than " + _MAX_VALUE_LENGTH +
							" characters");
				}
			}
			else if (event == XMLStreamConstants.START_ELEMENT) {
				throw _error(
					"unexpected <" + _xmlStreamReader.getLocalName() +
						"> inside a value");
			}
		}

		return sb.toString();
	}

	private void _readValues(AafRecord record, String name)
		throws FeedException, XMLStreamException {

		while (_next() != XMLStreamConstants.END_ELEMENT) {
			if (_xmlStreamReader.getEventType() !=
					XMLStreamConstants.START_ELEMENT) {

				continue;
			}

			if (!_xmlStreamReader.getLocalName().equals("value")) {
				_skipElement();

				continue;
			}

			if (++_values > _MAX_VALUES_PER_RECORD) {
				throw _error(
					"the record holds more than " + _MAX_VALUES_PER_RECORD +
						" values");
			}

			record.add(name, _readText());
		}
	}

	private void _skipElement() throws FeedException, XMLStreamException {
		int depth = 1;

		while (depth > 0) {
			int event = _next();

			if (event == XMLStreamConstants.START_ELEMENT) {
				depth++;
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
			}
		}
	}

	private static final int _MAX_VALUE_LENGTH = 10_000;

	private static final int _MAX_VALUES_PER_RECORD = 10_000;

	static final String ROOT = "ficAlimMENESR";

	private final FeedEntry _feedEntry;
	private String _recordId;
	private int _values;
	private XmlSource _xmlSource;
	private XMLStreamReader _xmlStreamReader;

}
