package org.preau.feeds.internal.csv;

import org.preau.core.directory.model.Uai;
import org.preau.core.imports.model.ImportSink;
import org.preau.feeds.FeedException;
import org.preau.feeds.internal.FeedEntry;
import org.preau.feeds.internal.FeedFormat;
import org.preau.feeds.internal.FeedSession;
import org.preau.feeds.internal.XmlElement;

/**
 * CSV files are known by their extension; their name says the profile of their rows (eleves.csv, parents.csv,
 * enseignants.csv, personnels.csv), which sets their order, or their {@code profil} column does.
 */
public final class CsvFormat implements FeedFormat {

	public CsvFormat(boolean includeInChargePersons, Uai defaultUai) {
		_includeInChargePersons = includeInChargePersons;
		_defaultUai = defaultUai;
	}

	@Override
	public String name() {
		return "CSV";
	}

	@Override
	public FeedSession newSession(ImportSink importSink) {
		return new CsvSession(importSink, _includeInChargePersons, _defaultUai);
	}

	@Override
	public int rank(FeedEntry feedEntry, XmlElement rootElement)
		throws FeedException {

		if (rootElement != null) {
			return -1;
		}

		return CsvColumns.rankOf(feedEntry.name());
	}

	private final Uai _defaultUai;
	private final boolean _includeInChargePersons;

}
