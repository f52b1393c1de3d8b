package org.preau.feeds.csv;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.preau.core.directory.model.LegalLevel;
import org.preau.core.directory.model.Person;
import org.preau.core.directory.model.Profile;
import org.preau.core.directory.model.Source;
import org.preau.core.directory.model.StaffFunction;
import org.preau.core.directory.model.TeachingAssignment;
import org.preau.core.directory.model.Uai;
import org.preau.core.imports.model.DirectorySnapshot;
import org.preau.feeds.FeedException;
import org.preau.feeds.FeedLimits;
import org.preau.feeds.FeedReaderOptions;
import org.preau.feeds.FeedTestSupport;
import org.preau.feeds.generator.FeedGenerator;
import org.preau.feeds.generator.GenerationReport;
import org.preau.feeds.generator.GeneratorOptions;

public class CsvReaderTest {

	@Test
	public void givenAFileOverTheSizeLimit_thenItIsRefused() throws IOException {
		Path file = _write("eleves.csv", _PUPILS, StandardCharsets.UTF_8);

		DirectorySnapshot directorySnapshot = new DirectorySnapshot();

		FeedTestSupport.assertLocatedRefusal(
			() -> new CsvReader(
				FeedReaderOptions.defaults(
				).withLimits(
					FeedLimits.defaults(
					).withMaxFileBytes(
						50
					)
				)
			).read(
				file, directorySnapshot
			),
			"eleves.csv", "the file is larger than the limit of 50 bytes");

		FeedTestSupport.assertNothingHanded(directorySnapshot);
	}

	@Test
	public void givenAMixedFileWithCommasInWindows1252_thenEveryProfileIsRead()
		throws FeedException, IOException {

		_write(
			"import.csv",
			"Profil,Identifiant,Nom,Prénom,Enfants,Niveau,Classes,Matières," +
				"Principal,Fonction\r\n" +
					"élève,1001,C\u0153ur,Zoé,,,,,,\r\n" +
						"parent,2001,C\u0153ur,Anne,1001,1,,,,\r\n" +
							"parent,2002,Roux,Paul,1001,2,,,,\r\n" +
								"enseignant,3001,Durand,Hélène,,," +
									"\"6A:030201|6B\",L0422,6A,\r\n" +
										"personnel,4001,Petit,Marc,,,,,," +
											"Principal adjoint\r\n",
			Charset.forName("windows-1252"));

		Map<String, Person> people = _read(
			FeedReaderOptions.defaults(
			).withDefaultUai(
				Uai.of("0310001A")
			));

		Assertions.assertEquals("C\u0153ur", people.get("1001").lastName());
		Assertions.assertEquals(Profile.PUPIL, people.get("1001").profile());
		Assertions.assertEquals(Profile.PARENT, people.get("2001").profile());
		Assertions.assertFalse(people.containsKey("2002"));
		Assertions.assertEquals(
			Profile.TEACHER, people.get("3001").profile());
		Assertions.assertEquals(
			StaffFunction.DIR,
			people.get(
				"4001"
			).functions(
			).iterator(
			).next());
		Assertions.assertEquals(Source.CSV, people.get("4001").source());
		Assertions.assertEquals(
			"0310001A", people.get("4001").uai().value());

		DirectorySnapshot directorySnapshot = new DirectorySnapshot();

		new CsvReader(
			FeedReaderOptions.defaults(
			).withDefaultUai(
				Uai.of("0310001A")
			)
		).read(
			_tempDir, directorySnapshot
		);

		Assertions.assertEquals(
			"[3001 teaches 030201 to 6A, 3001 teaches L0422 to 6B]",
			directorySnapshot.assignments().toString());
		Assertions.assertTrue(
			directorySnapshot.assignments().get(0).headTeacher());
	}

	@Test
	public void givenAnInvalidRow_thenTheErrorNamesFileLineColumnAndRecord()
		throws IOException {

		_write(
			"eleves.csv",
			_PUPILS + "1003;Roux;Inès;31/02/2014;6B;;0310001A\n",
			StandardCharsets.UTF_8);

		DirectorySnapshot directorySnapshot = new DirectorySnapshot();

		FeedException feedException = FeedTestSupport.assertLocatedRefusal(
			() -> new CsvReader().read(_tempDir, directorySnapshot),
			"eleves.csv",
			"column \"datedenaissance\": \"31/02/2014\" is not a date " +
				"dd/MM/yyyy");

		Assertions.assertEquals(4, feedException.line());
		Assertions.assertEquals(4, feedException.column());
		Assertions.assertEquals("1003", feedException.recordId());
		FeedTestSupport.assertNothingHanded(directorySnapshot);
	}

	@Test
	public void givenAParentOfAnUnknownPupil_thenTheRowIsRefused()
		throws IOException {

		_write("eleves.csv", _PUPILS, StandardCharsets.UTF_8);
		_write(
			"parents.csv",
			"identifiant;nom;prenom;uai;enfants\n" +
				"2001;Lefèvre;Anne;0310001A;1001|1009\n",
			StandardCharsets.UTF_8);

		FeedException feedException = FeedTestSupport.assertLocatedRefusal(
			() -> new CsvReader().read(_tempDir, new DirectorySnapshot()),
			"parents.csv", "names 1009, who is not a pupil of the read");

		Assertions.assertEquals(2, feedException.line());
		Assertions.assertEquals(5, feedException.column());
		Assertions.assertEquals("2001", feedException.recordId());
	}

	@Test
	public void givenBytesUndefinedInWindows1252_thenTheFileIsRefusedAtTheFirstOne()
		throws IOException {

		byte[] bytes = (_PUPILS +
			"1003;C\u0153ur;Zoé;01/01/2014;6B;;0310001A\n" +
				"1004;X;Y;01/01/2014;6B;;0310001A\n").getBytes(
					Charset.forName("windows-1252"));

		// Line 5 becomes "1004;\x81;Y;...": 0x81 means nothing in Windows-1252

		bytes[bytes.length - 28] = (byte)0x81;

		Files.write(_tempDir.resolve("eleves.csv"), bytes);

		FeedException feedException = FeedTestSupport.assertLocatedRefusal(
			() -> new CsvReader().read(_tempDir, new DirectorySnapshot()),
			"eleves.csv",
			"read as windows-1252, holds bytes that are not valid " +
				"windows-1252");

		Assertions.assertEquals(5, feedException.line());
	}

	@Test
	public void givenInChargePersonsIncluded_thenLevelTwoPersonsBecomeParents()
		throws FeedException, IOException {

		FeedGenerator feedGenerator = new FeedGenerator(
			GeneratorOptions.builder(
			).pupilsPerSchool(
				400
			).build());

		GenerationReport generationReport = feedGenerator.report();

		Path folder = _tempDir.resolve("csv");

		feedGenerator.writeCsv(folder);

		DirectorySnapshot directorySnapshot = new DirectorySnapshot();

		new CsvReader(
			FeedReaderOptions.defaults().withIncludeInChargePersons(true)
		).read(
			folder, directorySnapshot
		);

		Assertions.assertEquals(
			generationReport.parents() + generationReport.inChargePersons(),
			FeedTestSupport.count(directorySnapshot, Profile.PARENT));
		Assertions.assertEquals(
			generationReport.inChargeRelations(),
			directorySnapshot.relations(
			).stream(
			).filter(
				relation -> relation.legalLevel() == LegalLevel.IN_CHARGE
			).count());
	}

	@Test
	public void givenIso88591WithoutByteOrderMark_thenAccentsAreRead()
		throws FeedException, IOException {

		_write("eleves.csv", _PUPILS, StandardCharsets.ISO_8859_1);

		Map<String, Person> people = _read(FeedReaderOptions.defaults());

		Assertions.assertEquals("Lefèvre", people.get("1001").lastName());
		Assertions.assertEquals("Éloïse", people.get("1001").firstName());
		Assertions.assertEquals(
			LocalDate.of(2014, 2, 3), people.get("1001").birthDate().get());
		Assertions.assertEquals("6A", people.get("1001").classCode().get());
		Assertions.assertEquals(
			"[6ESP1, 6LAT]", people.get("1001").groupCodes().toString());
	}

	@Test
	public void givenNoProfileInTheNameNorAColumn_thenTheFileIsRefused()
		throws IOException {

		_write("export.csv", _PUPILS, StandardCharsets.UTF_8);

		FeedTestSupport.assertLocatedRefusal(
			() -> new CsvReader().read(_tempDir, new DirectorySnapshot()),
			"export.csv", "says the profile of the rows");
	}

	@Test
	public void givenTheDemoSchool_whenRead_thenTheCountsMatchTheReport()
		throws FeedException, IOException {

		FeedGenerator feedGenerator = new FeedGenerator(
			GeneratorOptions.demo());

		Path folder = _tempDir.resolve("csv");

		feedGenerator.writeCsv(folder);

		DirectorySnapshot directorySnapshot = new DirectorySnapshot();

		new CsvReader().read(folder, directorySnapshot);

		GenerationReport generationReport = feedGenerator.report();

		Assertions.assertEquals(
			generationReport.pupils(),
			FeedTestSupport.count(directorySnapshot, Profile.PUPIL));
		Assertions.assertEquals(
			generationReport.parents(),
			FeedTestSupport.count(directorySnapshot, Profile.PARENT));
		Assertions.assertEquals(
			generationReport.teachers(),
			FeedTestSupport.count(directorySnapshot, Profile.TEACHER));
		Assertions.assertEquals(
			generationReport.staff(),
			FeedTestSupport.count(directorySnapshot, Profile.STAFF));
		Assertions.assertEquals(
			generationReport.relations(), directorySnapshot.relations().size());
		Assertions.assertEquals(
			generationReport.classes(), directorySnapshot.classes().size());
		Assertions.assertEquals(
			generationReport.groups(), directorySnapshot.groups().size());
		Assertions.assertEquals(
			generationReport.teachingAssignments(),
			directorySnapshot.assignments().size());
		Assertions.assertEquals(
			generationReport.classes(),
			directorySnapshot.assignments(
			).stream(
			).filter(
				TeachingAssignment::headTeacher
			).count());
	}

	@Test
	public void givenTruncatedQuotes_thenTheFileIsRefusedWithItsLine()
		throws IOException {

		_write(
			"eleves.csv", _PUPILS + "1003;\"Roux;Inès;01/01/2014;6B;;0310001A\n",
			StandardCharsets.UTF_8);

		FeedException feedException = FeedTestSupport.assertLocatedRefusal(
			() -> new CsvReader().read(_tempDir, new DirectorySnapshot()),
			"eleves.csv", "malformed CSV");

		Assertions.assertEquals(4, feedException.line());
	}

	@Test
	public void givenUtf8WithAByteOrderMarkAndCommas_thenTheFileIsRead()
		throws FeedException, IOException {

		_write(
			"eleves.csv",
			"\uFEFF" + _PUPILS.replace(';', ',').replace("6ESP1|6LAT", "6ESP1"),
			StandardCharsets.UTF_8);

		Map<String, Person> people = _read(FeedReaderOptions.defaults());

		Assertions.assertEquals("1001", people.get("1001").externalId());
		Assertions.assertEquals("Éloïse", people.get("1001").firstName());
		Assertions.assertEquals("N'Diaye", people.get("1002").lastName());
	}

	private Map<String, Person> _read(FeedReaderOptions feedReaderOptions)
		throws FeedException {

		DirectorySnapshot directorySnapshot = new DirectorySnapshot();

		new CsvReader(
			feedReaderOptions
		).read(
			_tempDir, directorySnapshot
		);

		return directorySnapshot.people(
		).stream(
		).collect(
			Collectors.toMap(Person::externalId, Function.identity())
		);
	}

	private Path _write(String name, String content, Charset charset)
		throws IOException {

		return FeedTestSupport.write(_tempDir, name, content, charset);
	}

	private static final String _PUPILS =
		"identifiant;nom;prénom;date de naissance;classe;groupes;uai\n" +
			"1001;Lefèvre;Éloïse;03/02/2014;6A;6ESP1|6LAT;0310001A\n" +
				"1002;N'Diaye;Léo;11/12/2013;6B;;0310001A\n";

	@TempDir
	Path _tempDir;

}
