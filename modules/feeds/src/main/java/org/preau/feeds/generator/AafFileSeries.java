package org.preau.feeds.generator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import javax.xml.stream.XMLStreamException;

import org.preau.feeds.aaf.AafFileKind;

/**
 * The numbered files of one kind of a complete AAF export: a new file starts when the current one holds the most
 * records allowed, so that no file grows with the académie.
 */
final class AafFileSeries implements AutoCloseable {

	AafFileSeries(
		GeneratorOptions options, Path folder, AafFileKind kind,
		String category, List<Path> written) {

		_options = options;
		_folder = folder;
		_kind = kind;
		_category = category;
		_written = written;
	}

	void attribute(String name, String... values) throws XMLStreamException {
		_attribute(name, values);
	}

	void attributes(String name, List<String> values)
		throws XMLStreamException {

		_attribute(name, values.toArray(new String[0]));
	}

	@Override
	public void close() throws IOException {
		if (_xmlOut == null) {
			_open();
		}

		_closeFile();
	}

	void endRecord() throws XMLStreamException {
		_xmlOut.end();
		_xmlOut.end();
	}

	void startRecord(String id) throws IOException, XMLStreamException {
		if ((_xmlOut == null) || (_records == _options.aafRecordsPerFile())) {
			_closeFile();
			_open();
		}

		_records++;

		_xmlOut.start("addRequest");
		_xmlOut.start("operationalAttributes");
		_xmlOut.start("attr");
		_xmlOut.attribute("name", "categoriePersonne");
		_xmlOut.element("value", _category);
		_xmlOut.end();
		_xmlOut.end();
		_xmlOut.start("identifier");
		_xmlOut.element("id", id);
		_xmlOut.end();
		_xmlOut.start("attributes");
	}

	private void _attribute(String name, String[] values)
		throws XMLStreamException {

		boolean any = false;

		for (String value : values) {
			if (value != null) {
				any = true;
			}
		}

		if (!any) {
			return;
		}

		_xmlOut.start("attr");
		_xmlOut.attribute("name", name);

		for (String value : values) {
			_xmlOut.element("value", value);
		}

		_xmlOut.end();
	}

	private void _closeFile() throws IOException {
		if (_xmlOut == null) {
			return;
		}

		try {
			_xmlOut.end();
		}
		catch (XMLStreamException xmlStreamException) {
			throw new IOException(xmlStreamException);
		}

		_xmlOut.close();

		_xmlOut = null;
	}

	private void _open() throws IOException {
		Path file = _folder.resolve(
			AafFileKind.completeFileName(
				_options.aafPrefix(), _options.exportDate(), _kind,
				++_fileNumber));

		_xmlOut = XmlOut.create(file, "UTF-8");

		_written.add(file);

		try {
			_xmlOut.start("ficAlimMENESR");
		}
		catch (XMLStreamException xmlStreamException) {
			throw new IOException(xmlStreamException);
		}

		_records = 0;
	}

	private final String _category;
	private int _fileNumber;
	private final Path _folder;
	private final AafFileKind _kind;
	private final GeneratorOptions _options;
	private int _records;
	private final List<Path> _written;
	private XmlOut _xmlOut;

}
