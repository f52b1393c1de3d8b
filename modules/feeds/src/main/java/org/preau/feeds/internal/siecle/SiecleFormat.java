package org.preau.feeds.internal.siecle;

import java.time.LocalDate;

import org.preau.core.imports.model.ImportSink;
import org.preau.feeds.internal.FeedEntry;
import org.preau.feeds.internal.FeedFormat;
import org.preau.feeds.internal.FeedSession;
import org.preau.feeds.internal.XmlElement;

/**
 * SIECLE exports are known by their root element, whatever their name (ElevesSansAdresses.xml, ElevesAvecAdresses.xml,
 * ResponsablesAvecAdresses.xml, Nomenclature.xml, Structures.xml, or the names a zip gave them). They are read
 * nomenclatures first, then structures, pupils, and last the responsible persons, whose accounts depend on the pupils.
 */
public final class SiecleFormat implements FeedFormat {

	public SiecleFormat(
		boolean includeInChargePersons, LocalDate exportDate) {

		_includeInChargePersons = includeInChargePersons;
		_exportDate = exportDate;
	}

	@Override
	public String name() {
		return "SIECLE";
	}

	@Override
	public FeedSession newSession(ImportSink importSink) {
		return new SiecleSession(
			importSink, _includeInChargePersons, _exportDate);
	}

	@Override
	public int rank(FeedEntry feedEntry, XmlElement rootElement) {
		if (rootElement == null) {
			return -1;
		}

		return SiecleSession.ROOTS.indexOf(rootElement.name());
	}

	private final LocalDate _exportDate;
	private final boolean _includeInChargePersons;

}
