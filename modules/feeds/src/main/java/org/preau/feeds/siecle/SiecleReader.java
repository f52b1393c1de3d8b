package org.preau.feeds.siecle;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import org.preau.core.imports.model.ImportSink;
import org.preau.feeds.FeedException;
import org.preau.feeds.FeedReadReport;
import org.preau.feeds.FeedReaderOptions;
import org.preau.feeds.internal.DiscardingImportSink;
import org.preau.feeds.internal.FeedWalker;
import org.preau.feeds.internal.siecle.SiecleFormat;

/**
 * Reads the SIECLE "Base élèves" exports of one or more schools (files, folders, zips, in any mix) and hands their
 * records to an {@link ImportSink}:
 *
 * <ul>
 * <li>BEE_NOMENCLATURES: a {@code Level} per MEF (CODE_MEF), a {@code Subject} per MATIERE (CODE_MATIERE);</li>
 * <li>BEE_STRUCTURES: a {@code SchoolClass} per DIVISION (with its MEF), a {@code Group} per GROUPE with the classes of
 * its DIVISIONS_APPARTENANCE;</li>
 * <li>BEE_ELEVES (ElevesSansAdresses or ElevesAvecAdresses): a pupil per ELEVE, identified by ELEVE_ID, with its INE
 * (ID_NATIONAL), its class (STRUCTURES_ELEVE of TYPE_STRUCTURE D) and groups (G). A pupil whose DATE_SORTIE is before
 * the export date (PARAMETRES/DATE_EXPORT, or {@link FeedReaderOptions#exportDate()}) has left and is handed over
 * {@code DETACHED};</li>
 * <li>BEE_RESPONSABLES: a parent per PERSONNE (PERSONNE_ID) that is the legal representative (NIVEAU_RESPONSABILITE 1,
 * or RESP_LEGAL 1 or 2 in older exports) of a pupil of the read, or its person in charge (level 2) with
 * {@link FeedReaderOptions#includeInChargePersons()}, with a {@code ParentRelation} each; a parent whose children have
 * all left is handed over {@code DETACHED}. When the read holds no pupils file of the school, every such person is
 * taken, active.</li>
 * </ul>
 *
 * <p>
 * SIECLE names no establishment beyond its UAI, so no {@code Establishment} is handed over: the establishment must be
 * known already (from the AAF, or created by an administrator). Files are told apart by their root element, and read
 * in that order whatever their names. The declared encoding is honoured (SIECLE writes ISO-8859-1); a DOCTYPE, a
 * truncated file, bytes invalid in the declared encoding, an unknown root element and a file beyond the limits are
 * refused with a {@link FeedException} that names the file, line, column and record. With
 * {@link FeedReaderOptions#validateFirst()} (the default) a failing input hands nothing to the sink. An instance keeps
 * no state between reads and may be shared.
 * </p>
 */
public final class SiecleReader {

	public SiecleReader() {
		this(FeedReaderOptions.defaults());
	}

	public SiecleReader(FeedReaderOptions options) {
		_options = Objects.requireNonNull(options, "options");
	}

	public FeedReaderOptions options() {
		return _options;
	}

	public FeedReadReport read(List<Path> paths, ImportSink importSink)
		throws FeedException {

		Objects.requireNonNull(importSink, "importSink");

		FeedWalker feedWalker = new FeedWalker(
			Collections.singletonList(
				new SiecleFormat(
					_options.includeInChargePersons(),
					_options.exportDate(
					).orElse(
						null
					))),
			_options.limits(), _EXPECTATION);

		if (_options.validateFirst()) {
			feedWalker.read(paths, new DiscardingImportSink());
		}

		return feedWalker.read(paths, importSink);
	}

	public FeedReadReport read(Path path, ImportSink importSink)
		throws FeedException {

		return read(Collections.singletonList(path), importSink);
	}

	private static final String _EXPECTATION =
		"a SIECLE export starts with <BEE_ELEVES>, <BEE_RESPONSABLES>, " +
			"<BEE_NOMENCLATURES> or <BEE_STRUCTURES>";

	private final FeedReaderOptions _options;

}
