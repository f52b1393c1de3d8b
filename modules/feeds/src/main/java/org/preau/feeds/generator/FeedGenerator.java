package org.preau.feeds.generator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import javax.xml.stream.XMLStreamException;

/**
 * Generates a synthetic académie as the feeds describe it: AAF, SIECLE, STSweb and CSV files that agree with each
 * other, with French names, collèges (6e to 3e) and lycées (2nde to Terminale), classes, language and option groups
 * spanning classes, teachers with their services and a head teacher per class, staff with their functions, and
 * families whose siblings share their legal representatives.
 *
 * <p>
 * The same options give the same bytes. Everything is written as a stream: a school's structure is a few hundred
 * objects, and its pupils are generated again, identically, for each file that lists them, so that an académie of a
 * million accounts fits in a small heap.
 * </p>
 */
public final class FeedGenerator {

	public FeedGenerator(GeneratorOptions options) {
		_options = Objects.requireNonNull(options, "options");
	}

	public GeneratorOptions options() {
		return _options;
	}

	/**
	 * Counts what the files hold, by generating the académie again without writing it.
	 */
	public GenerationReport report() {
		GenerationReport report = new GenerationReport(
			Nomenclature.allLevels().size(), Nomenclature.ALL_SUBJECTS.size());

		for (int s = 0; s < _options.schools(); s++) {
			SchoolPlan schoolPlan = SchoolPlan.of(_options, s);

			report.count(schoolPlan);

			Population population = new Population(_options, schoolPlan);

			while (population.hasNext()) {
				report.count(population.next());
			}
		}

		return report;
	}

	/**
	 * Writes a complete AAF export into the folder: {@code <prefix>_Complet_<YYYYMMDD>_<Kind>_<NNNN>.xml} files.
	 */
	public List<Path> writeAaf(Path folder) throws IOException {
		try {
			return new AafFeedWriter(
				_options, Files.createDirectories(folder)
			).write();
		}
		catch (XMLStreamException xmlStreamException) {
			throw new IOException(xmlStreamException);
		}
	}

	/**
	 * Writes the CSV files of each school into a sub-folder named after its UAI: eleves.csv, parents.csv,
	 * enseignants.csv and personnels.csv, UTF-8 with a byte order mark and {@code ;} between fields.
	 */
	public List<Path> writeCsv(Path folder) throws IOException {
		return new CsvFeedWriter(
			_options, Files.createDirectories(folder)
		).write();
	}

	/**
	 * Writes the SIECLE exports of each school into a sub-folder named after its UAI: ElevesSansAdresses.xml,
	 * ResponsablesAvecAdresses.xml, Nomenclature.xml and Structures.xml.
	 */
	public List<Path> writeSiecle(Path folder) throws IOException {
		try {
			return new SiecleFeedWriter(
				_options, Files.createDirectories(folder)
			).write();
		}
		catch (XMLStreamException xmlStreamException) {
			throw new IOException(xmlStreamException);
		}
	}

	/**
	 * Writes one STSweb export per school into the folder: {@code sts_emp_<UAI>_<year>.xml}.
	 */
	public List<Path> writeSts(Path folder) throws IOException {
		try {
			return new StsFeedWriter(
				_options, Files.createDirectories(folder)
			).write();
		}
		catch (XMLStreamException xmlStreamException) {
			throw new IOException(xmlStreamException);
		}
	}

	private final GeneratorOptions _options;

}
