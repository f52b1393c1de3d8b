package org.preau.bench.feeds;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The floor under any XML import: one pass of the JDK's StAX parser over the files, counting elements and nothing
 * else, with the factory settings the feed readers use (no DTD, no external entity, coalescing, every external
 * resource refused), so that the gap between this pass and an import is what the import adds to parsing.
 */
final class StaxBaseline {

	/**
	 * Counts the start elements of every {@code .xml} file of the folder.
	 */
	static long countElements(Path folder)
		throws IOException, XMLStreamException {

		XMLInputFactory xmlInputFactory = _createXMLInputFactory();

		long elements = 0;

		for (Path file : _xmlFiles(folder)) {
			try (InputStream inputStream = new BufferedInputStream(
					Files.newInputStream(file), 65536)) {

				XMLStreamReader xmlStreamReader =
					xmlInputFactory.createXMLStreamReader(inputStream);

				try {
					while (xmlStreamReader.hasNext()) {
						if (xmlStreamReader.next() ==
								XMLStreamConstants.START_ELEMENT) {

							elements++;
						}
					}
				}
				finally {
					xmlStreamReader.close();
				}
			}
		}

		return elements;
	}

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

	private static List<Path> _xmlFiles(Path folder) throws IOException {
		List<Path> files = new ArrayList<>();

		try (DirectoryStream<Path> directoryStream =
				Files.newDirectoryStream(folder, "*.xml")) {

			for (Path file : directoryStream) {
				files.add(file);
			}
		}

		Collections.sort(files);

		return files;
	}

	private StaxBaseline() {
	}

}
