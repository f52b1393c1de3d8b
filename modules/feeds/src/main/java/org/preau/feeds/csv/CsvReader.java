package org.preau.feeds.csv;

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
import org.preau.feeds.internal.csv.CsvFormat;

/**
 * Reads the CSV files of schools without feeds (files, folders, zips, in any mix) and hands their rows to an
 * {@link ImportSink}, with Apache Commons CSV.
 *
 * <ul>
 * <li>One file per profile, named after it ({@code eleves.csv}, {@code parents.csv}, {@code enseignants.csv},
 * {@code personnels.csv}, with any prefix or suffix after the profile word), or any file with a {@code profil} column
 * (eleve, parent, enseignant, personnel).</li>
 * <li>The first line names the columns, in French, with or without accents, capitals or spaces: {@code identifiant},
 * {@code nom}, {@code prenom} (required), {@code datedenaissance} (dd/MM/yyyy), {@code mail}, {@code uai} (or
 * {@link FeedReaderOptions#defaultUai()}); for pupils {@code ine}, {@code classe}, {@code groupes}, {@code mef}; for
 * parents {@code enfants} (their children's identifiers), {@code niveau} (1 legal representative, the default; 2
 * person in charge, taken with {@link FeedReaderOptions#includeInChargePersons()}; 3 contact, never taken) and
 * {@code lien} (the kinship code); for teachers {@code matieres}, {@code classes} and {@code groupes} as
 * {@code CODE:SUBJECT} (or {@code CODE} for the first subject), {@code principal} (the classes they are head teacher
 * of); for staff {@code fonction}, as a code (DIR, EDU...) or in words (Direction, CPE, Documentaliste...). Lists are
 * separated by {@code |} or {@code ,}. Other columns are ignored.</li>
 * <li>The delimiter is {@code ;} or {@code ,}, whichever the header uses more; the encoding is UTF-8, with or without
 * a byte order mark, else Windows-1252 when the file holds bytes 0x80 to 0x9F, else ISO-8859-1.</li>
 * </ul>
 *
 * <p>
 * An invalid row is refused with a {@link FeedException} that names the file, the line, the column (its number, and
 * its name in the message) and the row's identifier; a parent naming a child who is not a pupil of the read too, when
 * the read holds the pupils of that school. With {@link FeedReaderOptions#validateFirst()} (the default) a failing
 * input hands nothing to the sink. An instance keeps no state between reads and may be shared.
 * </p>
 */
public final class CsvReader {

	public CsvReader() {
		this(FeedReaderOptions.defaults());
	}

	public CsvReader(FeedReaderOptions options) {
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
				new CsvFormat(
					_options.includeInChargePersons(),
					_options.defaultUai(
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
		"a CSV file is named .csv";

	private final FeedReaderOptions _options;

}
