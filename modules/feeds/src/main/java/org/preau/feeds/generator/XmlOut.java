package org.preau.feeds.generator;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes one indented XML file as a stream. The JDK's writer is used whatever the host provides, and line ends are
 * fixed, so that the same calls give the same bytes everywhere. Characters that the encoding cannot carry are written
 * as character references by the writer. Each file has a factory of its own, so that generators may run concurrently
 * without relying on how the JDK's factory shares its state.
 */
final class XmlOut implements AutoCloseable {

	static XmlOut create(Path file, String encoding) throws IOException {
		return new XmlOut(file, encoding);
	}

	void attribute(String name, String value) throws XMLStreamException {
		_xmlStreamWriter.writeAttribute(name, value);
	}

	@Override
	public void close() throws IOException {
		try {
			_xmlStreamWriter.writeCharacters("\n");
			_xmlStreamWriter.writeEndDocument();
			_xmlStreamWriter.flush();
			_xmlStreamWriter.close();
		}
		catch (XMLStreamException xmlStreamException) {
			throw new IOException(xmlStreamException);
		}
		finally {
			_outputStream.close();
		}
	}

	/**
	 * Writes an element holding text; nothing when the text is null, as SIECLE leaves out what it does not know.
	 */
	void element(String name, String text) throws XMLStreamException {
		if (text == null) {
			return;
		}

		start(name);

		_xmlStreamWriter.writeCharacters(text);

		_depth--;

		_xmlStreamWriter.writeEndElement();

		_open = false;
	}

	void end() throws XMLStreamException {
		_depth--;

		if (!_open) {
			_indent();
		}

		_xmlStreamWriter.writeEndElement();

		_open = false;
	}

	void start(String name) throws XMLStreamException {
		_indent();

		_xmlStreamWriter.writeStartElement(name);

		_depth++;
		_open = true;
	}

	private XmlOut(Path file, String encoding) throws IOException {
		_outputStream = new BufferedOutputStream(
			Files.newOutputStream(file), 65536);

		try {
			XMLOutputFactory xmlOutputFactory =
				XMLOutputFactory.newDefaultFactory();

			_xmlStreamWriter = xmlOutputFactory.createXMLStreamWriter(
				_outputStream, encoding);

			_xmlStreamWriter.writeStartDocument(encoding, "1.0");
		}
		catch (XMLStreamException xmlStreamException) {
			_outputStream.close();

			throw new IOException(xmlStreamException);
		}
	}

	private void _indent() throws XMLStreamException {
		StringBuilder sb = new StringBuilder(_depth + 1);

		sb.append('\n');

		for (int i = 0; i < _depth; i++) {
			sb.append('\t');
		}

		_xmlStreamWriter.writeCharacters(sb.toString());
	}

	private int _depth;
	private boolean _open;
	private final OutputStream _outputStream;
	private final XMLStreamWriter _xmlStreamWriter;

}
