package org.preau.feeds.internal;

import org.preau.core.imports.model.ImportSink;
import org.preau.feeds.FeedException;

/**
 * A feed format as {@link FeedWalker} sees it: which files are its own, in which order they must be read, and how.
 */
public interface FeedFormat {

	/**
	 * The name of the format in messages: AAF, SIECLE, STSweb, CSV.
	 */
	String name();

	FeedSession newSession(ImportSink importSink);

	/**
	 * The place of the file in the order the format reads its files (nomenclatures before the people that refer to
	 * them, pupils before their parents), or -1 when the file is not of this format.
	 *
	 * @param rootElement the root element of an XML file, null for a CSV file
	 * @throws FeedException when the file is of this format but cannot be read, such as an AAF delta export
	 */
	int rank(FeedEntry feedEntry, XmlElement rootElement)
		throws FeedException;

}
