package org.preau.feeds.sts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.preau.core.directory.model.Person;
import org.preau.core.directory.model.Profile;
import org.preau.core.directory.model.Source;
import org.preau.core.directory.model.StaffFunction;
import org.preau.core.directory.model.TeachingAssignment;
import org.preau.core.imports.model.DirectorySnapshot;
import org.preau.feeds.FeedException;
import org.preau.feeds.FeedLimits;
import org.preau.feeds.FeedReaderOptions;
import org.preau.feeds.FeedTestSupport;
import org.preau.feeds.generator.FeedGenerator;
import org.preau.feeds.generator.GenerationReport;
import org.preau.feeds.generator.GeneratorOptions;

public class StsReaderTest {

	@Test
	public void givenABillionLaughs_thenTheFileIsRefusedBeforeAnyExpansion()
		throws IOException {

		_assertRefused(
			_write(FeedTestSupport.billionLaughs("STS_EDT")),
			FeedReaderOptions.defaults(), "DOCTYPE");
	}

	@Test
	public void givenAFileOverTheSizeLimit_thenItIsRefused() throws IOException {
		Path file = _write(_document(_TEACHER, _DIVISION_6A));

		DirectorySnapshot directorySnapshot = new DirectorySnapshot();

		FeedTestSupport.assertLocatedRefusal(
			() -> new StsReader(
				FeedReaderOptions.defaults(
				).withLimits(
					FeedLimits.defaults(
					).withMaxFileBytes(
						300
					)
				)
			).read(
				file, directorySnapshot
			),
			_FILE, "the file is larger than the limit of 300 bytes");

		FeedTestSupport.assertNothingHanded(directorySnapshot);
	}

	@Test
	public void givenAHeadTeacherWhoTeachesTheClassNothing_thenTheLinkIsGivenWithTheDiscipline()
		throws FeedException, IOException {

		DirectorySnapshot directorySnapshot = new DirectorySnapshot();

		new StsReader().read(
			_write(_document(_TEACHER + _HEAD, _DIVISION_6A)),
			directorySnapshot);

		List<TeachingAssignment> assignments = directorySnapshot.assignments();

		Assertions.assertEquals(2, assignments.size());
		Assertions.assertEquals(
			"3001 teaches 030201 to 6A", assignments.get(0).toString());
		Assertions.assertTrue(assignments.get(0).headTeacher());
		Assertions.assertEquals(
			"3002 teaches L0100 to 6B", assignments.get(1).toString());
		Assertions.assertTrue(assignments.get(1).headTeacher());

		Person teacher = directorySnapshot.people().get(0);

		Assertions.assertEquals(Profile.TEACHER, teacher.profile());
		Assertions.assertEquals(Source.STS, teacher.source());
		Assertions.assertEquals("Hélène", teacher.firstName());
		Assertions.assertEquals(
			LocalDate.of(1975, 4, 2), teacher.birthDate().get());
	}

	@Test
	public void givenAnExternalEntity_thenTheFileIsRefusedWithoutReadingIt()
		throws IOException {

		Path secret = Files.writeString(
			_tempDir.resolve("secret.txt"), "secret");

		FeedException feedException = _assertRefused(
			_write(FeedTestSupport.externalEntity("STS_EDT", secret)),
			FeedReaderOptions.defaults(), "DOCTYPE");

		Assertions.assertFalse(
			feedException.getMessage().contains("secret"),
			feedException.getMessage());
	}

	@Test
	public void givenAServiceOfAnUnknownTeacher_thenTheErrorNamesFileLineColumnAndClass()
		throws IOException {

		FeedException feedException = _assertRefused(
			_write(_document(_TEACHER, _DIVISION_6A.replace("3001", "9999"))),
			FeedReaderOptions.defaults(),
			"ENSEIGNANT 9999 names no <INDIVIDU> of the file");

		Assertions.assertEquals("6A", feedException.recordId());
	}

	@Test
	public void givenAnUnknownRootElement_thenTheFileIsRefused()
		throws IOException {

		_assertRefused(
			_write("<?xml version=\"1.0\"?>\n<STS_EMP/>\n"),
			FeedReaderOptions.defaults(), "unknown root element <STS_EMP>");
	}

	@Test
	public void givenATruncatedFile_thenItIsRefusedWithItsLocation()
		throws IOException {

		String document = _document(_TEACHER, _DIVISION_6A);

		_assertRefused(
			_write(document.substring(0, document.length() - 60)),
			FeedReaderOptions.defaults(), "malformed XML");
	}

	@Test
	public void givenBytesInvalidForTheDeclaredUtf8_thenTheFileIsRefusedAtTheFirstOne()
		throws IOException {

		Path file = _tempDir.resolve(_FILE);

		Files.write(
			file,
			_document(
				_TEACHER, _DIVISION_6A
			).getBytes(
				StandardCharsets.ISO_8859_1
			));

		FeedException feedException = _assertRefused(
			file, FeedReaderOptions.defaults(),
			"declares UTF-8 but holds bytes that are not valid UTF-8");

		Assertions.assertEquals(5, feedException.line());
	}

	@Test
	public void givenTheDemoSchool_whenRead_thenTheCountsMatchTheReport()
		throws FeedException, IOException {

		FeedGenerator feedGenerator = new FeedGenerator(
			GeneratorOptions.demo());

		Path folder = _tempDir.resolve("sts");

		feedGenerator.writeSts(folder);

		DirectorySnapshot directorySnapshot = new DirectorySnapshot();

		new StsReader().read(folder, directorySnapshot);

		GenerationReport generationReport = feedGenerator.report();

		Assertions.assertEquals(
			generationReport.teachers(),
			FeedTestSupport.count(directorySnapshot, Profile.TEACHER));
		Assertions.assertEquals(
			generationReport.staff(),
			FeedTestSupport.count(directorySnapshot, Profile.STAFF));
		Assertions.assertEquals(
			0, FeedTestSupport.count(directorySnapshot, Profile.PUPIL));
		Assertions.assertEquals(
			generationReport.teachingAssignments(),
			directorySnapshot.assignments().size());
		Assertions.assertEquals(
			generationReport.classes(), directorySnapshot.classes().size());
		Assertions.assertEquals(
			generationReport.groups(), directorySnapshot.groups().size());
		Assertions.assertEquals(
			generationReport.subjects(), directorySnapshot.subjects().size());
		Assertions.assertEquals(
			generationReport.classes(),
			directorySnapshot.assignments(
			).stream(
			).filter(
				TeachingAssignment::headTeacher
			).map(
				TeachingAssignment::structureCode
			).distinct(
			).count());
		Assertions.assertTrue(
			directorySnapshot.people(
			).stream(
			).anyMatch(
				person -> person.functions().contains(StaffFunction.DOC)
			));
	}

	private static String _document(String individuals, String divisions) {
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<STS_EDT>\n" +
			"<PARAMETRES><UAJ CODE=\"0310001A\"/><ANNEE_SCOLAIRE " +
				"ANNEE=\"2026\"/></PARAMETRES>\n<DONNEES><INDIVIDUS>\n" +
					individuals + "</INDIVIDUS>\n<STRUCTURE><DIVISIONS>\n" +
						divisions + "</DIVISIONS></STRUCTURE></DONNEES>\n" +
							"</STS_EDT>\n";
	}

	private FeedException _assertRefused(
		Path file, FeedReaderOptions feedReaderOptions, String problem) {

		DirectorySnapshot directorySnapshot = new DirectorySnapshot();

		FeedException feedException = FeedTestSupport.assertLocatedRefusal(
			() -> new StsReader(
				feedReaderOptions
			).read(
				file, directorySnapshot
			),
			_FILE, problem);

		FeedTestSupport.assertNothingHanded(directorySnapshot);

		return feedException;
	}

	private Path _write(String content) throws IOException {
		return FeedTestSupport.write(
			_tempDir, _FILE, content, StandardCharsets.UTF_8);
	}

	private static final String _DIVISION_6A =
		"<DIVISION CODE=\"6A\"><SERVICES><SERVICE CODE_MATIERE=\"030201\">" +
			"<ENSEIGNANTS><ENSEIGNANT ID=\"3001\" TYPE=\"epp\"/>" +
				"</ENSEIGNANTS></SERVICE></SERVICES></DIVISION>\n";

	private static final String _FILE = "sts_emp_0310001A_2026.xml";

	private static final String _HEAD =
		"<INDIVIDU ID=\"3002\" TYPE=\"epp\"><NOM_USAGE>Petit</NOM_USAGE>" +
			"<PRENOM>Marc</PRENOM><FONCTION>ENS</FONCTION><DISCIPLINES>" +
				"<DISCIPLINE CODE=\"L0100\"/></DISCIPLINES><PROFS_PRINC>" +
					"<PROF_PRINC><CODE_STRUCTURE>6B</CODE_STRUCTURE>" +
						"</PROF_PRINC></PROFS_PRINC></INDIVIDU>\n";

	private static final String _TEACHER =
		"<INDIVIDU ID=\"3001\" TYPE=\"epp\"><NOM_USAGE>Durand</NOM_USAGE>" +
			"<PRENOM>Hélène</PRENOM><DATE_NAISSANCE>1975-04-02" +
				"</DATE_NAISSANCE><FONCTION>ENS</FONCTION><PROFS_PRINC>" +
					"<PROF_PRINC><CODE_STRUCTURE>6A</CODE_STRUCTURE>" +
						"</PROF_PRINC></PROFS_PRINC></INDIVIDU>\n";

	@TempDir
	Path _tempDir;

}
