package org.preau.feeds.internal.aaf;

import org.preau.core.imports.model.ImportSink;
import org.preau.feeds.FeedException;
import org.preau.feeds.internal.FeedEntry;
import org.preau.feeds.internal.FeedFormat;
import org.preau.feeds.internal.FeedSession;
import org.preau.feeds.internal.XmlElement;

/**
 * AAF files are known by their root element; their name then says their kind, which sets their order.
 */
public final class AafFormat implements FeedFormat {

	public AafFormat(boolean includeInChargePersons) {
		_includeInChargePersons = includeInChargePersons;
	}

	@Override
	public String name() {
		return "AAF";
	}

	@Override
	public FeedSession newSession(ImportSink importSink) {
		return new AafSession(importSink, _includeInChargePersons);
	}

	@Override
	public int rank(FeedEntry feedEntry, XmlElement rootElement)
		throws FeedException {

		if ((rootElement == null) ||
			!rootElement.name().equals(AafFileParser.ROOT)) {

			return -1;
		}

		return AafSession.kindOf(
			feedEntry
		).ordinal();
	}

	private final boolean _includeInChargePersons;

}
