package org.preau.feeds.aaf;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.preau.core.imports.model.ImportSink;
import org.preau.feeds.FeedException;
import org.preau.feeds.internal.DiscardingImportSink;
import org.preau.feeds.internal.FeedInputs;
import org.preau.feeds.internal.aaf.AafSession;

/**
 * Reads a complete AAF export (one file, a folder or a zip of {@code <prefix>_Complet_<YYYYMMDD>_<Kind>_<NNNN>.xml}
 * files) and hands its records to an {@link ImportSink} as it streams through them:
 *
 * <ul>
 * <li>EtabEducNat: an {@code Establishment} (ENTStructureUAI, ENTStructureNomCourant, ENTStructureTypeStruct, l);</li>
 * <li>MefEducNat and MatiereEducNat: a {@code Level} and a {@code Subject};</li>
 * <li>Eleve: a pupil (ENTPersonJointure, sn, givenName, ENTPersonDateNaissance dd/MM/yyyy, ENTEleveINE,
 * ENTPersonStructRattach, ENTEleveClasses {@code UAI$CLASS} with ENTEleveMEF, ENTEleveGroupes {@code UAI$GROUP}), the
 * classes and groups it names, and a {@code ParentRelation} for each ENTElevePersRelEleve
 * {@code PERSON$KINSHIP$FINANCIAL$LEVEL$CONTACT$PAYMENT} whose level (1 legal, 2 in charge, 3 or 0 contact) gives an
 * account;</li>
 * <li>PersRelEleve: a parent, for the persons that pupils name as legal representatives (and persons in charge when
 * {@link AafReaderOptions#includeInChargePersons()}); when the read holds no pupil at all, every person is taken.
 * Relations come from the pupils' side only, since ENTAuxPersRelEleveEleve does not say the level;</li>
 * <li>PersEducNat: a teacher (an ENS function in ENTPersonFonctions {@code UAI$FUNCTION$...}) or staff, with the
 * birth date when ENTPersonDateNaissance gives it (as STSweb does, so that both sources describe the same person), and
 * a {@code TeachingAssignment} per ENTAuxEnsClassesMatieres {@code UAI$CLASS$SUBJECT} and ENTAuxEnsGroupesMatieres,
 * flagged as head teacher for the classes of ENTAuxEnsClassesPrincipal.</li>
 * </ul>
 *
 * <p>
 * Groups are handed over at the end of the read, once their classes are known. Files are taken in that kind order
 * whatever their names. Memory grows with the number of responsible persons (their identifiers are remembered from
 * the pupils' records) and of structures, never with whole records: an académie of a million accounts reads in a
 * heap of 200 MB. XML is parsed by the JDK's StAX with DTDs and external entities off; a DOCTYPE, a truncated
 * file, bytes invalid in the declared encoding, an unknown root element, a file or zip beyond the {@link
 * org.preau.feeds.FeedLimits} and a zip entry escaping its folder are all refused with a {@link FeedException} that
 * locates the problem.
 * </p>
 *
 * <p>
 * With {@link AafReaderOptions#validateFirst()} (the default) nothing reaches the sink unless the whole input reads
 * without error. Without it, records reach the sink as they are read, and a caller must collect them (for instance in
 * a {@code DirectorySnapshot}) and discard what it collected when the read throws. An instance keeps no state between
 * reads and may be shared.
 * </p>
 */
public final class AafReader {

	public AafReader() {
		this(AafReaderOptions.defaults());
	}

	public AafReader(AafReaderOptions options) {
		_options = Objects.requireNonNull(options, "options");
	}

	public AafReaderOptions options() {
		return _options;
	}

	/**
	 * Reads a file, a folder or a zip. Delta exports are refused: they need the directory they modify.
	 */
	public AafReadReport read(Path path, ImportSink importSink)
		throws FeedException {

		Objects.requireNonNull(importSink, "importSink");

		if (_options.validateFirst()) {
			_read(path, new DiscardingImportSink());
		}

		return _read(path, importSink);
	}

	private static int _compareFileNames(String name1, String name2) {
		int order = Integer.compare(_kindOrder(name1), _kindOrder(name2));

		if (order != 0) {
			return order;
		}

		return name1.compareTo(name2);
	}

	private static int _kindOrder(String fileName) {
		return AafFileKind.ofFileName(
			fileName
		).map(
			AafFileKind::ordinal
		).orElse(
			Integer.MAX_VALUE
		);
	}

	private AafReadReport _read(Path path, ImportSink importSink)
		throws FeedException {

		AafSession aafSession = new AafSession(
			importSink, _options.includeInChargePersons());

		List<String> files = new ArrayList<>();

		long[] records = new long[1];

		FeedInputs.forEach(
			path, _options.limits(), AafFileKind::isAafFileName,
			AafReader::_compareFileNames,
			feedEntry -> {
				records[0] += aafSession.read(feedEntry);

				files.add(feedEntry.source());
			});

		aafSession.finish();

		return new AafReadReport(files, records[0]);
	}

	private final AafReaderOptions _options;

}
