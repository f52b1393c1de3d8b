package org.preau.feeds.aaf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.preau.core.directory.model.Establishment;
import org.preau.core.directory.model.EstablishmentKind;
import org.preau.core.directory.model.LegalLevel;
import org.preau.core.directory.model.Person;
import org.preau.core.directory.model.Profile;
import org.preau.core.directory.model.StaffFunction;
import org.preau.core.directory.model.TeachingAssignment;
import org.preau.core.imports.model.DirectorySnapshot;
import org.preau.feeds.FeedException;
import org.preau.feeds.FeedLimits;
import org.preau.feeds.generator.FeedGenerator;
import org.preau.feeds.generator.GenerationReport;
import org.preau.feeds.generator.GeneratorOptions;

public class AafReaderTest {

	@Test
	public void givenABadClassValue_thenTheErrorNamesFileLineColumnAndRecord()
		throws IOException {

		Path file = _write(
			_ELEVE_FILE,
			_document(_pupil("1234567", "0310001A$6A").replace(
				"0310001A$6A", "X")));

		FeedException feedException = _assertRefused(file);

		Assertions.assertEquals(_ELEVE_FILE, feedException.source());
		Assertions.assertEquals("1234567", feedException.recordId());
		Assertions.assertTrue(feedException.line() > 0);
		Assertions.assertTrue(feedException.column() > 0);
		Assertions.assertTrue(
			feedException.getMessage().startsWith(
				_ELEVE_FILE + ":" + feedException.line() + ":" +
					feedException.column() +
						": record 1234567: ENTEleveClasses \"X\" is not " +
							"UAI$CLASS"),
			feedException.getMessage());
	}

	@Test
	public void givenABillionLaughsDtd_thenTheFileIsRefusedBeforeAnyExpansion()
		throws IOException {

		StringBuilder dtd = new StringBuilder(
			"<?xml version=\"1.0\"?>\n<!DOCTYPE ficAlimMENESR [\n" +
				"<!ENTITY lol \"lol\">\n");

		for (int i = 1; i < 10; i++) {
			dtd.append("<!ENTITY lol" + i + " \"");

			for (int j = 0; j < 10; j++) {
				dtd.append((i == 1) ? "&lol;" : "&lol" + (i - 1) + ";");
			}

			dtd.append("\">\n");
		}

		dtd.append("]>\n<ficAlimMENESR><addRequest><identifier><id>&lol9;");
		dtd.append("</id></identifier></addRequest></ficAlimMENESR>\n");

		FeedException feedException = _assertRefused(
			_write(_ELEVE_FILE, dtd.toString()));

		_assertLocated(feedException, "DOCTYPE");
	}

	@Test
	public void givenADeltaExport_thenItIsRefused() throws IOException {
		Path file = _write(
			"ENT_Delta_20260915_Eleve_0001.xml", _document(""));

		_assertRefused(file, "delta");
	}

	@Test
	public void givenAFileOverTheSizeLimit_thenItIsRefused()
		throws IOException {

		Path file = _write(
			_ELEVE_FILE, _document(_pupil("1", "0310001A$6A")));

		FeedException feedException = _assertRefused(
			file,
			AafReaderOptions.defaults().withLimits(
				FeedLimits.defaults().withMaxFileBytes(100)));

		Assertions.assertTrue(
			feedException.getMessage().contains("limit of 100 bytes"),
			feedException.getMessage());
	}

	@Test
	public void givenAGeneratedSchool_whenReadFromAZip_thenTheCountsMatch()
		throws IOException, FeedException {

		FeedGenerator feedGenerator = _generator(4, 150, 100);

		Path folder = _tempDir.resolve("aaf");

		feedGenerator.writeAaf(folder);

		Path zip = _tempDir.resolve("aaf.zip");

		try (ZipOutputStream zipOutputStream = new ZipOutputStream(
				Files.newOutputStream(zip))) {

			for (Path file : _list(folder)) {
				zipOutputStream.putNextEntry(
					new ZipEntry("export/" + file.getFileName()));
				Files.copy(file, zipOutputStream);
				zipOutputStream.closeEntry();
			}
		}

		DirectorySnapshot directorySnapshot = new DirectorySnapshot();

		AafReadReport aafReadReport = new AafReader().read(
			zip, directorySnapshot);

		Assertions.assertTrue(
			aafReadReport.files().get(0).startsWith("aaf.zip!export/"));

		_assertCounts(feedGenerator.report(), directorySnapshot);
	}

	@Test
	public void givenAnExternalEntity_thenTheFileIsRefusedWithItsLocation()
		throws IOException {

		Path secret = Files.writeString(
			_tempDir.resolve("secret.txt"), "secret");

		Path file = _write(
			_ELEVE_FILE,
			"<?xml version=\"1.0\"?>\n<!DOCTYPE ficAlimMENESR [\n" +
				"<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">\n]>\n" +
					"<ficAlimMENESR><addRequest><identifier><id>&xxe;</id>" +
						"</identifier></addRequest></ficAlimMENESR>\n");

		FeedException feedException = _assertRefused(file);

		_assertLocated(feedException, "DOCTYPE");
		Assertions.assertFalse(
			feedException.getMessage().contains("secret"),
			feedException.getMessage());
	}

	@Test
	public void givenAnUnknownRootElement_thenTheFileIsRefused()
		throws IOException {

		Path file = _write(
			_ELEVE_FILE,
			"<?xml version=\"1.0\"?>\n<BEE_ELEVES><ELEVE/></BEE_ELEVES>\n");

		FeedException feedException = _assertRefused(file);

		_assertLocated(feedException, "unknown root element <BEE_ELEVES>");
		Assertions.assertEquals(2, feedException.line());
	}

	@Test
	public void givenAnAbsoluteZipEntry_thenTheZipIsRefused() throws IOException {
		Path zip = _tempDir.resolve("absolute.zip");

		try (ZipOutputStream zipOutputStream = new ZipOutputStream(
				Files.newOutputStream(zip))) {

			zipOutputStream.putNextEntry(
				new ZipEntry("/tmp/ENT_Complet_20260915_Eleve_0001.xml"));
			zipOutputStream.write(
				_document("").getBytes(StandardCharsets.UTF_8));
			zipOutputStream.closeEntry();
		}

		_assertRefused(zip, "leaves its folder");
	}

	@Test
	public void givenAnUnsafeZipEntry_thenTheZipIsRefused()
		throws IOException {

		Path zip = _tempDir.resolve("evil.zip");

		try (ZipOutputStream zipOutputStream = new ZipOutputStream(
				Files.newOutputStream(zip))) {

			zipOutputStream.putNextEntry(new ZipEntry(_ELEVE_FILE));
			zipOutputStream.write(
				_document("").getBytes(StandardCharsets.UTF_8));
			zipOutputStream.closeEntry();
			zipOutputStream.putNextEntry(
				new ZipEntry("../ENT_Complet_20260915_Eleve_0002.xml"));
			zipOutputStream.write(
				_document("").getBytes(StandardCharsets.UTF_8));
			zipOutputStream.closeEntry();
		}

		FeedException feedException = _assertRefused(zip);

		Assertions.assertEquals(
			"evil.zip!../ENT_Complet_20260915_Eleve_0002.xml",
			feedException.source());
	}

	@Test
	public void givenBytesInvalidForTheDeclaredUtf8_thenTheFileIsRefused()
		throws IOException {

		Path file = _tempDir.resolve(_ELEVE_FILE);

		Files.write(
			file,
			_document(
				_pupil("1", "0310001A$6A").replace("Éloïse", "Eloise")
			).replace(
				"Eloise", "El\u00F6ise"
			).getBytes(
				StandardCharsets.ISO_8859_1
			));

		FeedException feedException = _assertRefused(file);

		_assertLocated(
			feedException, "the file declares UTF-8 but holds bytes that are " +
				"not valid UTF-8");

		// Line 8 is the sn attribute, whose è is at column 35

		Assertions.assertEquals(8, feedException.line());
		Assertions.assertEquals(35, feedException.column());
	}

	@Test
	public void givenEscapedCharacters_thenTheyAreReadAsText()
		throws IOException, FeedException {

		Path file = _write(
			_ELEVE_FILE,
			_document(
				_pupil(
					"1", "0310001A$6A"
				).replace(
					"Éloïse", "Zo&#233; &amp; L&#xE9;a"
				)));

		DirectorySnapshot directorySnapshot = new DirectorySnapshot();

		new AafReader().read(file, directorySnapshot);

		Assertions.assertEquals(
			"Zoé & Léa", directorySnapshot.people().get(0).firstName());
	}

	@Test
	public void givenAnUnknownDeclaredEncoding_thenTheFileIsRefused()
		throws IOException {

		Path file = _write(
			_ELEVE_FILE,
			_document("").replace("UTF-8", "KLINGON-8"));

		_assertLocated(
			_assertRefused(file), "declares the unknown encoding");
	}

	@Test
	public void givenInChargePersonsIncluded_thenLevelTwoPersonsBecomeParents()
		throws IOException, FeedException {

		FeedGenerator feedGenerator = _generator(1, 400, 10_000);

		GenerationReport generationReport = feedGenerator.report();

		Assertions.assertTrue(generationReport.inChargePersons() > 0);

		Path folder = _tempDir.resolve("aaf");

		feedGenerator.writeAaf(folder);

		DirectorySnapshot directorySnapshot = new DirectorySnapshot();

		new AafReader(
			AafReaderOptions.defaults().withIncludeInChargePersons(true)
		).read(
			folder, directorySnapshot
		);

		Assertions.assertEquals(
			generationReport.parents() + generationReport.inChargePersons(),
			_count(directorySnapshot, Profile.PARENT));
		Assertions.assertEquals(
			generationReport.inChargeRelations(),
			directorySnapshot.relations().stream().filter(
				relation -> relation.legalLevel() == LegalLevel.IN_CHARGE
			).count());
	}

	@Test
	public void givenIso88591Declared_thenAccentedNamesAreRead()
		throws IOException, FeedException {

		Path file = _tempDir.resolve(_ELEVE_FILE);

		Files.write(
			file,
			_document(
				_pupil("1", "0310001A$6A")
			).replace(
				"encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\""
			).getBytes(
				StandardCharsets.ISO_8859_1
			));

		DirectorySnapshot directorySnapshot = new DirectorySnapshot();

		new AafReader().read(file, directorySnapshot);

		Person person = directorySnapshot.people().get(0);

		Assertions.assertEquals("Éloïse", person.firstName());
		Assertions.assertEquals("N'Diaye-Lefèvre", person.lastName());
	}

	@Test
	public void givenOneGeneratedSchool_whenRead_thenTheCountsMatchTheReport()
		throws IOException, FeedException {

		FeedGenerator feedGenerator = new FeedGenerator(
			GeneratorOptions.demo());

		Path folder = _tempDir.resolve("aaf");

		feedGenerator.writeAaf(folder);

		DirectorySnapshot directorySnapshot = new DirectorySnapshot();

		new AafReader().read(folder, directorySnapshot);

		GenerationReport generationReport = feedGenerator.report();

		_assertCounts(generationReport, directorySnapshot);

		Establishment establishment =
			directorySnapshot.establishments().get(0);

		Assertions.assertEquals("0310001A", establishment.uai().value());
		Assertions.assertEquals("Collège Marie Curie", establishment.name());
		Assertions.assertEquals("Toulouse", establishment.city());
		Assertions.assertEquals(
			EstablishmentKind.COLLEGE, establishment.kind());

		long headTeachers = directorySnapshot.assignments().stream().filter(
			TeachingAssignment::headTeacher
		).map(
			TeachingAssignment::structureCode
		).distinct().count();

		Assertions.assertEquals(generationReport.classes(), headTeachers);

		Assertions.assertTrue(
			directorySnapshot.people().stream().anyMatch(
				person -> person.functions().contains(StaffFunction.DIR)));
	}

	@Test
	public void givenTooManyZipEntries_thenTheZipIsRefused()
		throws IOException {

		Path zip = _tempDir.resolve("many.zip");

		try (ZipOutputStream zipOutputStream = new ZipOutputStream(
				Files.newOutputStream(zip))) {

			for (int i = 1; i <= 5; i++) {
				zipOutputStream.putNextEntry(
					new ZipEntry(
						"ENT_Complet_20260915_Eleve_000" + i + ".xml"));
				zipOutputStream.write(
					_document("").getBytes(StandardCharsets.UTF_8));
				zipOutputStream.closeEntry();
			}
		}

		_assertRefused(
			zip,
			AafReaderOptions.defaults().withLimits(
				FeedLimits.defaults().withMaxZipEntries(4)),
			"more than 4 entries");
	}

	@Test
	public void givenTruncatedFile_thenItIsRefusedWithItsLocation()
		throws IOException {

		String document = _document(
			_pupil("1", "0310001A$6A") + _pupil("2", "0310001A$6B"));

		Path file = _write(
			_ELEVE_FILE, document.substring(0, document.length() - 200));

		FeedException feedException = _assertRefused(file);

		_assertLocated(feedException, "malformed XML");
	}

	@Test
	public void givenUtf8WithAByteOrderMark_thenTheFileIsRead()
		throws IOException, FeedException {

		Path file = _tempDir.resolve(_ELEVE_FILE);

		try (OutputStream outputStream = Files.newOutputStream(file)) {
			outputStream.write(new byte[] {(byte)0xEF, (byte)0xBB, (byte)0xBF});
			outputStream.write(
				_document(
					_pupil("1", "0310001A$6A")
				).getBytes(
					StandardCharsets.UTF_8
				));
		}

		DirectorySnapshot directorySnapshot = new DirectorySnapshot();

		new AafReader().read(file, directorySnapshot);

		Assertions.assertEquals(
			"Éloïse", directorySnapshot.people().get(0).firstName());
		Assertions.assertEquals("6A", directorySnapshot.classes().get(0).code());
	}

	@Test
	public void givenValidateFirstOff_whenALaterRecordFails_thenEarlierRecordsWereHanded()
		throws IOException {

		Path file = _write(
			_ELEVE_FILE,
			_document(
				_pupil("1", "0310001A$6A") +
					_pupil("2", "0310001A$6A").replace("0310001A$6A", "6A")));

		DirectorySnapshot directorySnapshot = new DirectorySnapshot();

		FeedException feedException = Assertions.assertThrows(
			FeedException.class,
			() -> new AafReader(
				AafReaderOptions.defaults().withValidateFirst(false)
			).read(
				file, directorySnapshot
			));

		Assertions.assertEquals("2", feedException.recordId());
		Assertions.assertEquals(1, directorySnapshot.people().size());
	}

	@Test
	public void givenValidateFirst_whenALaterRecordFails_thenNothingIsHanded()
		throws IOException {

		Path file = _write(
			_ELEVE_FILE,
			_document(
				_pupil("1", "0310001A$6A") +
					_pupil("2", "0310001A$6A").replace("0310001A$6A", "6A")));

		DirectorySnapshot directorySnapshot = new DirectorySnapshot();

		Assertions.assertThrows(
			FeedException.class,
			() -> new AafReader().read(file, directorySnapshot));

		Assertions.assertTrue(directorySnapshot.people().isEmpty());
		Assertions.assertTrue(directorySnapshot.classes().isEmpty());
	}

	@Test
	public void givenZipExpandingBeyondTheLimit_thenTheZipIsRefused()
		throws IOException {

		Path zip = _tempDir.resolve("bomb.zip");

		try (ZipOutputStream zipOutputStream = new ZipOutputStream(
				Files.newOutputStream(zip))) {

			zipOutputStream.putNextEntry(new ZipEntry(_ELEVE_FILE));
			zipOutputStream.write(
				_document(
					_pupil("1", "0310001A$6A") + "<!--" + " ".repeat(100_000) +
						"-->"
				).getBytes(
					StandardCharsets.UTF_8
				));
			zipOutputStream.closeEntry();
		}

		_assertRefused(
			zip,
			AafReaderOptions.defaults().withLimits(
				FeedLimits.defaults().withMaxZipBytes(10_000)),
			"the zip expands beyond the limit of 10000 bytes");
	}

	private static String _document(String records) {
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ficAlimMENESR>\n" +
			records + "</ficAlimMENESR>\n";
	}

	private static String _pupil(String id, String classValue) {
		return "<addRequest>\n<identifier><id>" + id +
			"</id></identifier>\n<attributes>\n" +
				"<attr name=\"ENTPersonJointure\"><value>" + id +
					"</value></attr>\n" +
						"<attr name=\"ENTPersonStructRattach\"><value>0310001A" +
							"</value></attr>\n" +
								"<attr name=\"sn\"><value>N'Diaye-Lefèvre" +
									"</value></attr>\n" +
										"<attr name=\"givenName\"><value>" +
											"Éloïse</value></attr>\n" +
												"<attr name=\"ENTEleveClasses\">" +
													"<value>" + classValue +
														"</value></attr>\n" +
															"</attributes>\n" +
																"</addRequest>\n";
	}

	private void _assertCounts(
		GenerationReport generationReport,
		DirectorySnapshot directorySnapshot) {

		Assertions.assertEquals(
			generationReport.establishments(),
			directorySnapshot.establishments().size());
		Assertions.assertEquals(
			generationReport.pupils(),
			_count(directorySnapshot, Profile.PUPIL));
		Assertions.assertEquals(
			generationReport.parents(),
			_count(directorySnapshot, Profile.PARENT));
		Assertions.assertEquals(
			generationReport.teachers(),
			_count(directorySnapshot, Profile.TEACHER));
		Assertions.assertEquals(
			generationReport.staff(),
			_count(directorySnapshot, Profile.STAFF));
		Assertions.assertEquals(
			generationReport.classes(), directorySnapshot.classes().size());
		Assertions.assertEquals(
			generationReport.groups(), directorySnapshot.groups().size());
		Assertions.assertEquals(
			generationReport.relations(),
			directorySnapshot.relations().size());
		Assertions.assertEquals(
			generationReport.teachingAssignments(),
			directorySnapshot.assignments().size());
		Assertions.assertEquals(
			generationReport.levels(), directorySnapshot.levels().size());
		Assertions.assertEquals(
			generationReport.subjects(), directorySnapshot.subjects().size());
	}

	private void _assertLocated(FeedException feedException, String problem) {
		Assertions.assertEquals(_ELEVE_FILE, feedException.source());
		Assertions.assertTrue(
			feedException.line() > 0, feedException.getMessage());
		Assertions.assertTrue(
			feedException.getMessage().startsWith(
				_ELEVE_FILE + ":" + feedException.line() + ":"),
			feedException.getMessage());
		Assertions.assertTrue(
			feedException.getMessage().contains(problem),
			feedException.getMessage());
	}

	private FeedException _assertRefused(Path path) {
		return _assertRefused(path, AafReaderOptions.defaults());
	}

	private FeedException _assertRefused(
		Path path, AafReaderOptions aafReaderOptions) {

		DirectorySnapshot directorySnapshot = new DirectorySnapshot();

		FeedException feedException = Assertions.assertThrows(
			FeedException.class,
			() -> new AafReader(
				aafReaderOptions
			).read(
				path, directorySnapshot
			));

		Assertions.assertTrue(directorySnapshot.people().isEmpty());

		return feedException;
	}

	private FeedException _assertRefused(
		Path path, AafReaderOptions aafReaderOptions, String problem) {

		FeedException feedException = _assertRefused(path, aafReaderOptions);

		Assertions.assertTrue(
			feedException.getMessage().contains(problem),
			feedException.getMessage());

		return feedException;
	}

	private FeedException _assertRefused(Path path, String problem) {
		return _assertRefused(path, AafReaderOptions.defaults(), problem);
	}

	private long _count(DirectorySnapshot directorySnapshot, Profile profile) {
		return directorySnapshot.people().stream().filter(
			person -> person.profile() == profile
		).count();
	}

	private FeedGenerator _generator(
		int schools, int pupils, int recordsPerFile) {

		return new FeedGenerator(
			GeneratorOptions.builder(
			).schools(
				schools
			).pupilsPerSchool(
				pupils
			).aafRecordsPerFile(
				recordsPerFile
			).build());
	}

	private List<Path> _list(Path folder) throws IOException {
		try (java.util.stream.Stream<Path> stream = Files.list(folder)) {
			return stream.sorted().collect(Collectors.toList());
		}
	}

	private Path _write(String name, String content) throws IOException {
		Path file = _tempDir.resolve(name);

		try (OutputStream outputStream = Files.newOutputStream(file)) {
			outputStream.write(content.getBytes(StandardCharsets.UTF_8));
		}

		return file;
	}

	private static final String _ELEVE_FILE =
		"ENT_Complet_20260915_Eleve_0001.xml";

	@TempDir
	Path _tempDir;

}
