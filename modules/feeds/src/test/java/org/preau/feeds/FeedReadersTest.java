package org.preau.feeds;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.preau.core.directory.model.Profile;
import org.preau.core.imports.model.DirectorySnapshot;
import org.preau.feeds.aaf.AafReader;
import org.preau.feeds.generator.FeedGenerator;
import org.preau.feeds.generator.GenerationReport;
import org.preau.feeds.generator.GeneratorOptions;

public class FeedReadersTest {

	@BeforeAll
	public static void generateTheDemoSchool() throws IOException {
		_feedGenerator = new FeedGenerator(GeneratorOptions.demo());

		_aafFolder = _feedsDir.resolve("aaf");
		_csvFolder = _feedsDir.resolve("csv");
		_siecleFolder = _feedsDir.resolve("siecle");
		_stsFolder = _feedsDir.resolve("sts");

		_feedGenerator.writeAaf(_aafFolder);
		_feedGenerator.writeCsv(_csvFolder);
		_feedGenerator.writeSiecle(_siecleFolder);
		_feedGenerator.writeSts(_stsFolder);
	}

	@Test
	public void givenAFileOfNoFormat_thenItIsRefusedAndNothingIsHanded()
		throws IOException {

		Path folder = _tempDir.resolve("import");

		_copy(_siecleFolder, folder);

		Files.writeString(folder.resolve("notes.txt"), "à faire");

		DirectorySnapshot directorySnapshot = new DirectorySnapshot();

		FeedException feedException = Assertions.assertThrows(
			FeedException.class,
			() -> new FeedReaders().read(
				Collections.singletonList(folder), directorySnapshot));

		Assertions.assertEquals("notes.txt", feedException.source());
		FeedTestSupport.assertNothingHanded(directorySnapshot);
	}

	@Test
	public void givenAZipExpandingBeyondTheLimit_thenItIsRefusedWhereReadingStopped()
		throws IOException {

		Path zip = _tempDir.resolve("siecle.zip");

		try (ZipOutputStream zipOutputStream = new ZipOutputStream(
				Files.newOutputStream(zip))) {

			for (Path file : _files(_siecleFolder)) {
				zipOutputStream.putNextEntry(
					new ZipEntry(String.valueOf(file.getFileName())));
				Files.copy(file, zipOutputStream);
				zipOutputStream.closeEntry();
			}
		}

		DirectorySnapshot directorySnapshot = new DirectorySnapshot();

		FeedException feedException = FeedTestSupport.assertLocatedRefusal(
			() -> new FeedReaders(
				FeedReaderOptions.defaults(
				).withLimits(
					FeedLimits.defaults(
					).withMaxZipBytes(
						100_000
					)
				)
			).read(
				Collections.singletonList(zip), directorySnapshot
			),
			"siecle.zip!ElevesSansAdresses.xml",
			"the zip expands beyond the limit of 100000 bytes");

		Assertions.assertTrue(
			feedException.line() > 100, feedException.getMessage());
		FeedTestSupport.assertNothingHanded(directorySnapshot);
	}

	@Test
	public void givenAnXmlFileOfNoKnownRoot_thenItIsRefusedWithItsLocation()
		throws IOException {

		Path file = FeedTestSupport.write(
			_tempDir, "EXP_COURS.xml",
			"<?xml version=\"1.0\"?>\n\n  <EXPORT_INDEX_EDUCATION/>\n",
			StandardCharsets.UTF_8);

		DirectorySnapshot directorySnapshot = new DirectorySnapshot();

		FeedException feedException = FeedTestSupport.assertLocatedRefusal(
			() -> new FeedReaders().read(
				Arrays.asList(_stsFolder, file), directorySnapshot),
			"EXP_COURS.xml", "unknown root element <EXPORT_INDEX_EDUCATION>");

		Assertions.assertEquals(3, feedException.line());
		FeedTestSupport.assertNothingHanded(directorySnapshot);
	}

	@Test
	public void givenABadRowInTheLastFormatRead_thenNothingOfTheEarlierFormatsIsHanded()
		throws IOException {

		Path csv = FeedTestSupport.write(
			_tempDir, "personnels.csv",
			"identifiant;nom;prenom;uai\n4001;Petit;Marc;0310001A\n" +
				"4002;Roux;Anne;031000\n",
			StandardCharsets.UTF_8);

		DirectorySnapshot directorySnapshot = new DirectorySnapshot();

		FeedException feedException = FeedTestSupport.assertLocatedRefusal(
			() -> new FeedReaders().read(
				Arrays.asList(_siecleFolder, _stsFolder, csv),
				directorySnapshot),
			"personnels.csv", "column \"uai\": \"031000\" is not a UAI");

		Assertions.assertEquals(3, feedException.line());
		Assertions.assertEquals(4, feedException.column());
		Assertions.assertEquals("4002", feedException.recordId());
		FeedTestSupport.assertNothingHanded(directorySnapshot);
	}

	@Test
	public void givenEveryFormatInOneZip_thenEachFileIsReadByItsFormat()
		throws FeedException, IOException {

		Path zip = _tempDir.resolve("import.zip");

		try (ZipOutputStream zipOutputStream = new ZipOutputStream(
				Files.newOutputStream(zip))) {

			for (Path folder :
					Arrays.asList(
						_aafFolder, _siecleFolder, _stsFolder, _csvFolder)) {

				for (Path file : _files(folder)) {
					zipOutputStream.putNextEntry(
						new ZipEntry(
							_feedsDir.relativize(
								file
							).toString(
							).replace(
								'\\', '/'
							)));
					Files.copy(file, zipOutputStream);
					zipOutputStream.closeEntry();
				}
			}
		}

		DirectorySnapshot directorySnapshot = new DirectorySnapshot();

		FeedReadReport feedReadReport = new FeedReaders().read(
			Collections.singletonList(zip), directorySnapshot);

		Assertions.assertEquals(
			_files(_aafFolder).size() + 9, feedReadReport.files().size());
		Assertions.assertTrue(
			feedReadReport.files(
			).get(
				0
			).startsWith(
				"import.zip!aaf/"
			),
			feedReadReport.files().toString());
		Assertions.assertEquals(
			"import.zip!csv/0310001A/personnels.csv",
			feedReadReport.files().get(feedReadReport.files().size() - 1));

		GenerationReport generationReport = _feedGenerator.report();

		Assertions.assertEquals(
			generationReport.pupils(),
			FeedTestSupport.count(directorySnapshot, Profile.PUPIL));
	}

	@Test
	public void givenTheDemoSchool_whenReadFromAafAndFromCsv_thenTheDirectoriesAreTheSame()
		throws FeedException, IOException {

		DirectorySnapshot aaf = new DirectorySnapshot();

		new AafReader().read(_aafFolder, aaf);

		DirectorySnapshot csv = new DirectorySnapshot();

		new FeedReaders().read(Collections.singletonList(_csvFolder), csv);

		_assertSameDirectory(aaf, csv);
	}

	@Test
	public void givenTheDemoSchool_whenReadFromAafAndFromSiecleAndSts_thenTheDirectoriesAreTheSame()
		throws FeedException, IOException {

		DirectorySnapshot aaf = new DirectorySnapshot();

		new FeedReaders().read(Collections.singletonList(_aafFolder), aaf);

		DirectorySnapshot siecleAndSts = new DirectorySnapshot();

		FeedReaders.read(
			Arrays.asList(_siecleFolder, _stsFolder), siecleAndSts,
			FeedReaderOptions.defaults());

		GenerationReport generationReport = _feedGenerator.report();

		Assertions.assertEquals(
			generationReport.pupils(),
			FeedTestSupport.count(siecleAndSts, Profile.PUPIL));
		Assertions.assertEquals(
			generationReport.parents(),
			FeedTestSupport.count(siecleAndSts, Profile.PARENT));
		Assertions.assertEquals(
			generationReport.teachers(),
			FeedTestSupport.count(siecleAndSts, Profile.TEACHER));
		Assertions.assertEquals(
			generationReport.staff(),
			FeedTestSupport.count(siecleAndSts, Profile.STAFF));

		_assertSameDirectory(aaf, siecleAndSts);

		Assertions.assertEquals(
			aaf.subjects().size(), siecleAndSts.subjects().size());
		Assertions.assertTrue(
			siecleAndSts.subjects().containsAll(aaf.subjects()));
		Assertions.assertTrue(aaf.levels().containsAll(siecleAndSts.levels()));
	}

	private static List<Path> _files(Path folder) throws IOException {
		try (Stream<Path> stream = Files.walk(folder)) {
			return stream.filter(
				Files::isRegularFile
			).sorted(
			).collect(
				Collectors.toList()
			);
		}
	}

	private void _assertSameDirectory(
		DirectorySnapshot expected, DirectorySnapshot actual) {

		DirectoryView expectedView = DirectoryView.of(expected);
		DirectoryView actualView = DirectoryView.of(actual);

		Assertions.assertEquals(
			expectedView.aspects(), actualView.aspects());

		for (String aspect : expectedView.aspects()) {
			List<String> expectedLines = expectedView.lines(aspect);
			List<String> actualLines = actualView.lines(aspect);

			Assertions.assertEquals(
				expectedLines.size(), actualLines.size(), aspect);

			for (int i = 0; i < expectedLines.size(); i++) {
				Assertions.assertEquals(
					expectedLines.get(i), actualLines.get(i), aspect);
			}
		}
	}

	private void _copy(Path from, Path to) throws IOException {
		for (Path file : _files(from)) {
			Path target = to.resolve(from.relativize(file).toString());

			Files.createDirectories(target.getParent());

			Files.copy(file, target);
		}
	}

	@TempDir
	static Path _feedsDir;

	private static Path _aafFolder;
	private static Path _csvFolder;
	private static FeedGenerator _feedGenerator;
	private static Path _siecleFolder;
	private static Path _stsFolder;

	@TempDir
	Path _tempDir;

}
