package org.preau.feeds.internal.sts;

import org.preau.core.imports.model.ImportSink;
import org.preau.feeds.internal.FeedEntry;
import org.preau.feeds.internal.FeedFormat;
import org.preau.feeds.internal.FeedSession;
import org.preau.feeds.internal.XmlElement;

/**
 * STSweb exports ({@code sts_emp_<UAI>_<year>.xml}) are known by their root element, STS_EDT.
 */
public final class StsFormat implements FeedFormat {

	@Override
	public String name() {
		return "STSweb";
	}

	@Override
	public FeedSession newSession(ImportSink importSink) {
		return new StsSession(importSink);
	}

	@Override
	public int rank(FeedEntry feedEntry, XmlElement rootElement) {
		if ((rootElement == null) ||
			!rootElement.name().equals(StsSession.ROOT)) {

			return -1;
		}

		return 0;
	}

}
