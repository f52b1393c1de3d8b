package org.preau.feeds.siecle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.preau.core.directory.model.LegalLevel;
import org.preau.core.directory.model.ParentRelation;
import org.preau.core.directory.model.Person;
import org.preau.core.directory.model.PersonState;
import org.preau.core.directory.model.Profile;
import org.preau.core.directory.model.Source;
import org.preau.core.imports.model.DirectorySnapshot;
import org.preau.feeds.FeedException;
import org.preau.feeds.FeedLimits;
import org.preau.feeds.FeedReaderOptions;
import org.preau.feeds.FeedTestSupport;
import org.preau.feeds.generator.FeedGenerator;
import org.preau.feeds.generator.GenerationReport;
import org.preau.feeds.generator.GeneratorOptions;

public class SiecleReaderTest {

	@Test
	public void givenABadBirthDate_thenTheErrorNamesFileLineColumnAndPupil()
		throws IOException {

		Path file = _write(
			_ELEVES,
			_pupils(
				_pupil("1001", "Lefèvre", "Éloïse", null) +
					_pupil("1002", "Martin", "Léo", null).replace(
						"03/02/2014", "31/02/2014"),
				""));

		FeedException feedException = FeedTestSupport.assertLocatedRefusal(
			() -> new SiecleReader().read(file, new DirectorySnapshot()),
			_ELEVES, "DATE_NAISS \"31/02/2014\" is not a date dd/MM/yyyy");

		Assertions.assertEquals("1002", feedException.recordId());
		Assertions.assertEquals(6, feedException.line());
	}

	@Test
	public void givenABillionLaughs_thenTheFileIsRefusedBeforeAnyExpansion()
		throws IOException {

		Path file = _write(
			_ELEVES, FeedTestSupport.billionLaughs("BEE_ELEVES"));

		_assertRefused(file, FeedReaderOptions.defaults(), "DOCTYPE");
	}

	@Test
	public void givenAFileOverTheSizeLimit_thenItIsRefused() throws IOException {
		Path file = _write(
			_ELEVES, _pupils(_pupil("1001", "Lefèvre", "Éloïse", null), ""));

		DirectorySnapshot directorySnapshot = new DirectorySnapshot();

		FeedTestSupport.assertLocatedRefusal(
			() -> new SiecleReader(
				FeedReaderOptions.defaults(
				).withLimits(
					FeedLimits.defaults(
					).withMaxFileBytes(
						200
					)
				)
			).read(
				file, directorySnapshot
			),
			_ELEVES, "the file is larger than the limit of 200 bytes");

		FeedTestSupport.assertNothingHanded(directorySnapshot);
	}

	@Test
	public void givenAnExternalEntity_thenTheFileIsRefusedWithoutReadingIt()
		throws IOException {

		Path secret = Files.writeString(
			_tempDir.resolve("secret.txt"), "secret");

		Path file = _write(
			_ELEVES, FeedTestSupport.externalEntity("BEE_ELEVES", secret));

		FeedException feedException = _assertRefused(
			file, FeedReaderOptions.defaults(), "DOCTYPE");

		Assertions.assertFalse(
			feedException.getMessage().contains("secret"),
			feedException.getMessage());
	}

	@Test
	public void givenAnUnknownRootElement_thenTheFileIsRefused()
		throws IOException {

		Path file = _write(
			_ELEVES,
			"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n" +
				"<BEE_PROFS><PARAMETRES/></BEE_PROFS>\n");

		FeedException feedException = _assertRefused(
			file, FeedReaderOptions.defaults(),
			"unknown root element <BEE_PROFS>");

		Assertions.assertEquals(2, feedException.line());
	}

	@Test
	public void givenATruncatedFile_thenItIsRefusedWithItsLocation()
		throws IOException {

		String document = _pupils(
			_pupil("1001", "Lefèvre", "Éloïse", null) +
				_pupil("1002", "Martin", "Léo", null),
			"");

		Path file = _write(
			_ELEVES, document.substring(0, document.length() - 120));

		_assertRefused(file, FeedReaderOptions.defaults(), "malformed XML");
	}

	@Test
	public void givenBytesInvalidForTheDeclaredUtf8_thenTheFileIsRefusedAtTheFirstOne()
		throws IOException {

		Path file = _tempDir.resolve(_ELEVES);

		Files.write(
			file,
			_pupils(
				_pupil("1001", "Lefèvre", "Éloïse", null), ""
			).replace(
				"ISO-8859-1", "UTF-8"
			).getBytes(
				StandardCharsets.ISO_8859_1
			));

		FeedException feedException = _assertRefused(
			file, FeedReaderOptions.defaults(),
			"declares UTF-8 but holds bytes that are not valid UTF-8");

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

		Assertions.assertTrue(generationReport.inChargePersons() > 0);

		Path folder = _tempDir.resolve("siecle");

		feedGenerator.writeSiecle(folder);

		DirectorySnapshot withLevelTwo = new DirectorySnapshot();

		new SiecleReader(
			FeedReaderOptions.defaults().withIncludeInChargePersons(true)
		).read(
			folder, withLevelTwo
		);

		Assertions.assertEquals(
			generationReport.parents() + generationReport.inChargePersons(),
			FeedTestSupport.count(withLevelTwo, Profile.PARENT));
		Assertions.assertEquals(
			generationReport.inChargeRelations(),
			withLevelTwo.relations(
			).stream(
			).filter(
				relation -> relation.legalLevel() == LegalLevel.IN_CHARGE
			).count());

		DirectorySnapshot byDefault = new DirectorySnapshot();

		new SiecleReader().read(folder, byDefault);

		Assertions.assertEquals(
			generationReport.parents(),
			FeedTestSupport.count(byDefault, Profile.PARENT));
		Assertions.assertTrue(
			byDefault.relations(
			).stream(
			).allMatch(
				relation -> relation.legalLevel() == LegalLevel.LEGAL
			));
	}

	@Test
	public void givenPupilsWhoLeft_thenTheyAndTheParentsOfNoOtherChildAreDetached()
		throws FeedException, IOException {

		_write(
			_ELEVES,
			_pupils(
				_pupil("1001", "Lefèvre", "Éloïse", "01/09/2026") +
					_pupil("1002", "Lefèvre", "Jules", null) +
						_pupil("1003", "Martin", "Léo", "14/09/2026") +
							_pupil("1004", "Roux", "Inès", "15/09/2026"),
				""));
		_write(
			_RESPONSABLES,
			_relatives(
				_person("2001", "Lefèvre", "Anne") +
					_person("2002", "Martin", "Paul") +
						_person("2003", "Roux", "Lucie"),
				_responsibility("1001", "2001", "NIVEAU_RESPONSABILITE", "1") +
					_responsibility(
						"1002", "2001", "NIVEAU_RESPONSABILITE", "1") +
							_responsibility(
								"1003", "2002", "NIVEAU_RESPONSABILITE", "1") +
									_responsibility(
										"1004", "2003",
										"NIVEAU_RESPONSABILITE", "1")));

		Map<String, Person> people = _read(FeedReaderOptions.defaults());

		Assertions.assertEquals(
			PersonState.DETACHED, people.get("1001").state());
		Assertions.assertEquals(PersonState.ACTIVE, people.get("1002").state());
		Assertions.assertEquals(
			PersonState.DETACHED, people.get("1003").state());
		Assertions.assertEquals(PersonState.ACTIVE, people.get("1004").state());
		Assertions.assertEquals(PersonState.ACTIVE, people.get("2001").state());
		Assertions.assertEquals(
			PersonState.DETACHED, people.get("2002").state());
		Assertions.assertEquals(PersonState.ACTIVE, people.get("2003").state());

		Map<String, Person> earlier = _read(
			FeedReaderOptions.defaults(
			).withExportDate(
				LocalDate.of(2026, 8, 31)
			));

		Assertions.assertEquals(
			PersonState.ACTIVE, earlier.get("1001").state());
		Assertions.assertEquals(
			PersonState.ACTIVE, earlier.get("2002").state());
	}

	@Test
	public void givenTheOldRespLegalFormat_thenRespLegalOneAndTwoAreParentsAndZeroIsNot()
		throws FeedException, IOException {

		_write(
			_ELEVES, _pupils(_pupil("1001", "Lefèvre", "Éloïse", null), ""));
		_write(
			_RESPONSABLES,
			_relatives(
				_person("2001", "Lefèvre", "Anne") +
					_person("2002", "Lefèvre", "Marc") +
						_person("2003", "Roux", "Lucie"),
				_responsibility("1001", "2001", "RESP_LEGAL", "1") +
					_responsibility("1001", "2002", "RESP_LEGAL", "2") +
						_responsibility("1001", "2003", "RESP_LEGAL", "0")));

		DirectorySnapshot directorySnapshot = new DirectorySnapshot();

		new SiecleReader().read(_tempDir, directorySnapshot);

		Assertions.assertEquals(
			Arrays.asList("2001", "2002"),
			directorySnapshot.relations(
			).stream(
			).map(
				ParentRelation::parentId
			).collect(
				Collectors.toList()
			));
		Assertions.assertEquals(
			2, FeedTestSupport.count(directorySnapshot, Profile.PARENT));

		Person mother = directorySnapshot.people(
		).stream(
		).filter(
			person -> person.externalId().equals("2001")
		).findFirst(
		).get();

		Assertions.assertEquals(Source.SIECLE, mother.source());
		Assertions.assertEquals("anne@example.fr", mother.email().get());
	}

	@Test
	public void givenTheDemoSchool_whenRead_thenTheCountsMatchTheReport()
		throws FeedException, IOException {

		FeedGenerator feedGenerator = new FeedGenerator(
			GeneratorOptions.demo());

		Path folder = _tempDir.resolve("siecle");

		feedGenerator.writeSiecle(folder);

		DirectorySnapshot directorySnapshot = new DirectorySnapshot();

		new SiecleReader().read(folder, directorySnapshot);

		GenerationReport generationReport = feedGenerator.report();

		Assertions.assertEquals(
			generationReport.pupils(),
			FeedTestSupport.count(directorySnapshot, Profile.PUPIL));
		Assertions.assertEquals(
			generationReport.parents(),
			FeedTestSupport.count(directorySnapshot, Profile.PARENT));
		Assertions.assertEquals(
			generationReport.relations(), directorySnapshot.relations().size());
		Assertions.assertEquals(
			generationReport.classes(), directorySnapshot.classes().size());
		Assertions.assertEquals(
			generationReport.groups(), directorySnapshot.groups().size());
		Assertions.assertEquals(
			generationReport.subjects(), directorySnapshot.subjects().size());
		Assertions.assertTrue(directorySnapshot.establishments().isEmpty());

		Person pupil = directorySnapshot.people().get(0);

		Assertions.assertEquals(Source.SIECLE, pupil.source());
		Assertions.assertTrue(pupil.ine().isPresent());
		Assertions.assertTrue(pupil.classCode().isPresent());
		Assertions.assertTrue(pupil.birthDate().isPresent());
	}

	@Test
	public void givenValidateFirst_whenALaterFileFails_thenNothingIsHanded()
		throws IOException {

		_write(
			_ELEVES, _pupils(_pupil("1001", "Lefèvre", "Éloïse", null), ""));
		_write(
			_RESPONSABLES,
			_relatives(
				_person("2001", "Lefèvre", "Anne"),
				_responsibility(
					"1001", "2001", "NIVEAU_RESPONSABILITE", "7")));

		DirectorySnapshot directorySnapshot = new DirectorySnapshot();

		FeedException feedException = FeedTestSupport.assertLocatedRefusal(
			() -> new SiecleReader().read(_tempDir, directorySnapshot),
			_RESPONSABLES, "NIVEAU_RESPONSABILITE \"7\" is not 1, 2 or 3");

		Assertions.assertEquals("1001", feedException.recordId());
		FeedTestSupport.assertNothingHanded(directorySnapshot);
	}

	private static String _person(
		String id, String lastName, String firstName) {

		return "<PERSONNE PERSONNE_ID=\"" + id + "\"><NOM_DE_FAMILLE>" +
			lastName + "</NOM_DE_FAMILLE><PRENOM>" + firstName +
				"</PRENOM><MEL>" + firstName.toLowerCase() +
					"@example.fr</MEL></PERSONNE>\n";
	}

	private static String _pupil(
		String id, String lastName, String firstName, String leavingDate) {

		return "<ELEVE ELEVE_ID=\"" + id + "\"><ID_NATIONAL>" + id +
			"000000A</ID_NATIONAL><NOM_DE_FAMILLE>" + lastName +
				"</NOM_DE_FAMILLE><PRENOM>" + firstName +
					"</PRENOM><DATE_NAISS>03/02/2014</DATE_NAISS>" +
						((leavingDate == null) ? "" :
							"<DATE_SORTIE>" + leavingDate + "</DATE_SORTIE>") +
								"</ELEVE>\n";
	}

	private static String _pupils(String pupils, String structures) {
		return "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n" +
			"<BEE_ELEVES VERSION=\"3.1\">\n" + _PARAMETERS +
				"<DONNEES><ELEVES>\n" + pupils + "</ELEVES><STRUCTURES>" +
					structures + "</STRUCTURES></DONNEES>\n</BEE_ELEVES>\n";
	}

	private static String _relatives(String persons, String responsibilities) {
		return "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n" +
			"<BEE_RESPONSABLES VERSION=\"3.1\">\n" + _PARAMETERS +
				"<DONNEES><PERSONNES>\n" + persons +
					"</PERSONNES><RESPONSABLES>\n" + responsibilities +
						"</RESPONSABLES></DONNEES>\n</BEE_RESPONSABLES>\n";
	}

	private static String _responsibility(
		String pupilId, String personId, String levelElement, String level) {

		return "<RESPONSABLE_ELEVE><ELEVE_ID>" + pupilId +
			"</ELEVE_ID><PERSONNE_ID>" + personId + "</PERSONNE_ID><" +
				levelElement + ">" + level + "</" + levelElement +
					"><CODE_PARENTE>10</CODE_PARENTE></RESPONSABLE_ELEVE>\n";
	}

	private FeedException _assertRefused(
		Path file, FeedReaderOptions feedReaderOptions, String problem) {

		DirectorySnapshot directorySnapshot = new DirectorySnapshot();

		FeedException feedException = FeedTestSupport.assertLocatedRefusal(
			() -> new SiecleReader(
				feedReaderOptions
			).read(
				file, directorySnapshot
			),
			String.valueOf(file.getFileName()), problem);

		FeedTestSupport.assertNothingHanded(directorySnapshot);

		return feedException;
	}

	private Map<String, Person> _read(FeedReaderOptions feedReaderOptions)
		throws FeedException {

		DirectorySnapshot directorySnapshot = new DirectorySnapshot();

		new SiecleReader(
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

	private Path _write(String name, String content) throws IOException {
		return FeedTestSupport.write(
			_tempDir, name, content, StandardCharsets.ISO_8859_1);
	}

	private static final String _ELEVES = "ElevesSansAdresses.xml";

	private static final String _PARAMETERS =
		"<PARAMETRES><UAJ>0310001A</UAJ><ANNEE_SCOLAIRE>2026" +
			"</ANNEE_SCOLAIRE><DATE_EXPORT>15/09/2026</DATE_EXPORT>" +
				"</PARAMETRES>\n";

	private static final String _RESPONSABLES =
		"ResponsablesAvecAdresses.xml";

	@TempDir
	Path _tempDir;

}
