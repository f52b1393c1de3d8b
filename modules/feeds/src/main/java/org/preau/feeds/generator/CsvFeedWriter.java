package org.preau.feeds.generator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.preau.feeds.generator.Family.GeneratedPupil;
import org.preau.feeds.generator.Family.Guardian;
import org.preau.feeds.generator.SchoolPlan.GeneratedClass;
import org.preau.feeds.generator.SchoolPlan.GeneratedGroup;
import org.preau.feeds.generator.SchoolPlan.Service;
import org.preau.feeds.generator.SchoolPlan.StaffMember;

/**
 * Writes the CSV files a school without feeds would prepare, one per profile in a folder named after its UAI, as a
 * spreadsheet saves "CSV UTF-8": a byte order mark, {@code ;} between fields, French column names.
 */
final class CsvFeedWriter {

	CsvFeedWriter(GeneratorOptions options, Path folder) {
		_options = options;
		_folder = folder;
	}

	List<Path> write() throws IOException {
		List<Path> written = new ArrayList<>();

		for (int s = 0; s < _options.schools(); s++) {
			SchoolPlan schoolPlan = SchoolPlan.of(_options, s);

			Path schoolFolder = Files.createDirectories(
				_folder.resolve(schoolPlan.uai()));

			written.add(_writePupils(schoolPlan, schoolFolder));
			written.add(_writeParents(schoolPlan, schoolFolder));
			written.add(_writeStaff(schoolPlan, schoolFolder, true));
			written.add(_writeStaff(schoolPlan, schoolFolder, false));
		}

		return written;
	}

	private static String _field(String value) {
		if (value == null) {
			return "";
		}

		if ((value.indexOf(';') < 0) && (value.indexOf('"') < 0) &&
			(value.indexOf('\n') < 0) && (value.indexOf('\r') < 0)) {

			return value;
		}

		return "\"" + value.replace("\"", "\"\"") + "\"";
	}

	private Writer _open(Path file, String... columns) throws IOException {
		OutputStream outputStream = Files.newOutputStream(file);

		outputStream.write(new byte[] {(byte)0xEF, (byte)0xBB, (byte)0xBF});

		Writer writer = new BufferedWriter(
			new OutputStreamWriter(outputStream, StandardCharsets.UTF_8));

		_row(writer, columns);

		return writer;
	}

	private void _row(Writer writer, String... values) throws IOException {
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				writer.write(';');
			}

			writer.write(_field(values[i]));
		}

		writer.write("\r\n");
	}

	private Path _writeParents(SchoolPlan schoolPlan, Path folder)
		throws IOException {

		Path file = folder.resolve("parents.csv");

		try (Writer writer = _open(
				file, "identifiant", "nom", "prénom", "mail", "uai",
				"enfants", "niveau", "lien")) {

			Population population = new Population(_options, schoolPlan);

			while (population.hasNext()) {
				Family family = population.next();

				List<String> children = new ArrayList<>();

				for (GeneratedPupil pupil : family.pupils()) {
					children.add(pupil.id());
				}

				for (Guardian guardian : family.guardians()) {
					_row(
						writer, guardian.id(), guardian.lastName(),
						guardian.firstName(), guardian.email(),
						schoolPlan.uai(), String.join("|", children),
						String.valueOf(guardian.legalLevel().code()),
						guardian.kinshipCode());
				}
			}
		}

		return file;
	}

	private Path _writePupils(SchoolPlan schoolPlan, Path folder)
		throws IOException {

		Path file = folder.resolve("eleves.csv");

		try (Writer writer = _open(
				file, "identifiant", "nom", "prénom", "date de naissance",
				"ine", "classe", "groupes", "mef", "uai")) {

			Population population = new Population(_options, schoolPlan);

			while (population.hasNext()) {
				for (GeneratedPupil pupil : population.next().pupils()) {
					List<String> groups = new ArrayList<>();

					for (GeneratedGroup group : pupil.groups()) {
						groups.add(group.code());
					}

					GeneratedClass generatedClass = pupil.schoolClass();

					_row(
						writer, pupil.id(), pupil.lastName(),
						pupil.firstName(),
						pupil.birthDate().format(_DATE_FORMAT), pupil.ine(),
						generatedClass.code(), String.join("|", groups),
						generatedClass.level().mefCode(), schoolPlan.uai());
				}
			}
		}

		return file;
	}

	private Path _writeStaff(
			SchoolPlan schoolPlan, Path folder, boolean teachers)
		throws IOException {

		Path file = folder.resolve(
			teachers ? "enseignants.csv" : "personnels.csv");

		try (Writer writer = teachers ?
				_open(
					file, "identifiant", "nom", "prénom",
					"date de naissance", "mail", "uai", "matières", "classes",
					"groupes", "principal") :
				_open(
					file, "identifiant", "nom", "prénom",
					"date de naissance", "mail", "uai", "fonction")) {

			for (StaffMember staffMember : schoolPlan.staff()) {
				if (staffMember.isTeacher() != teachers) {
					continue;
				}

				String birthDate = staffMember.birthDate(
				).format(
					_DATE_FORMAT
				);

				if (!teachers) {
					_row(
						writer, staffMember.id(), staffMember.lastName(),
						staffMember.firstName(), birthDate,
						staffMember.email(), schoolPlan.uai(),
						staffMember.function().name());

					continue;
				}

				List<String> classes = new ArrayList<>();
				List<String> groups = new ArrayList<>();

				for (Service service : staffMember.services()) {
					String value = service.structureCode() + ":" +
						service.subject().code();

					if (service.group() == null) {
						classes.add(value);
					}
					else {
						groups.add(value);
					}
				}

				List<String> headOf = new ArrayList<>();

				for (GeneratedClass generatedClass : staffMember.headOf()) {
					headOf.add(generatedClass.code());
				}

				_row(
					writer, staffMember.id(), staffMember.lastName(),
					staffMember.firstName(), birthDate, staffMember.email(),
					schoolPlan.uai(), staffMember.discipline().code(),
					String.join("|", classes), String.join("|", groups),
					String.join("|", headOf));
			}
		}

		return file;
	}

	private static final DateTimeFormatter _DATE_FORMAT =
		DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final Path _folder;
	private final GeneratorOptions _options;

}
