package org.preau.feeds.generator;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.preau.core.directory.model.EstablishmentKind;
import org.preau.core.directory.model.Group;
import org.preau.core.directory.model.ParentRelation;
import org.preau.core.directory.model.Person;
import org.preau.core.directory.model.Profile;
import org.preau.core.directory.model.SchoolClass;
import org.preau.core.directory.model.TeachingAssignment;
import org.preau.core.imports.model.DirectorySnapshot;
import org.preau.feeds.FeedException;
import org.preau.feeds.aaf.AafReader;

public class FeedGeneratorTest {

	@Test
	public void givenAnotherSeed_thenTheFilesDiffer() throws IOException {
		Path folder1 = _tempDir.resolve("seed42");
		Path folder2 = _tempDir.resolve("seed43");

		_generator(42, 1, 200).writeAaf(folder1);
		_generator(43, 1, 200).writeAaf(folder2);

		Path eleve1 = _find(folder1, "_Eleve_0001.xml");
		Path eleve2 = _find(folder2, "_Eleve_0001.xml");

		Assertions.assertFalse(
			Arrays.equals(Files.readAllBytes(eleve1), Files.readAllBytes(eleve2)));
	}

	@Test
	public void givenFewRecordsPerFile_thenTheAafExportIsSplitIntoNumberedFiles()
		throws IOException, XMLStreamException {

		FeedGenerator feedGenerator = new FeedGenerator(
			GeneratorOptions.builder(
			).pupilsPerSchool(
				100
			).aafRecordsPerFile(
				30
			).build());

		Path folder = _tempDir.resolve("aaf");

		List<Path> files = feedGenerator.writeAaf(folder);

		List<String> pupilFiles = files.stream().map(
			file -> file.getFileName().toString()
		).filter(
			name -> name.contains("_Eleve_")
		).collect(
			Collectors.toList()
		);

		Assertions.assertEquals(
			Arrays.asList(
				"ENT_Complet_20260915_Eleve_0001.xml",
				"ENT_Complet_20260915_Eleve_0002.xml",
				"ENT_Complet_20260915_Eleve_0003.xml",
				"ENT_Complet_20260915_Eleve_0004.xml"),
			pupilFiles);

		for (Path file : files) {
			Assertions.assertTrue(
				_countElements(file).getOrDefault("addRequest", 0) <= 30);
		}
	}

	@Test
	public void givenFourSchools_thenClassesGroupsPeopleAndLinksAreConsistent()
		throws FeedException, IOException {

		FeedGenerator feedGenerator = _generator(7, 4, 120);

		Path folder = _tempDir.resolve("aaf");

		feedGenerator.writeAaf(folder);

		DirectorySnapshot directorySnapshot = new DirectorySnapshot();

		new AafReader().read(folder, directorySnapshot);

		Assertions.assertEquals(4 * 120, feedGenerator.report().pupils());
		Assertions.assertEquals(
			EstablishmentKind.LYCEE,
			directorySnapshot.establishments().get(3).kind());

		Set<String> classes = new HashSet<>();

		for (SchoolClass schoolClass : directorySnapshot.classes()) {
			classes.add(schoolClass.toString());

			Assertions.assertTrue(schoolClass.mefCode().isPresent());
		}

		Set<String> groups = new HashSet<>();

		for (Group group : directorySnapshot.groups()) {
			groups.add(group.toString());
		}

		Map<String, Person> people = new HashMap<>();

		for (Person person : directorySnapshot.people()) {
			people.put(person.externalId(), person);

			if (person.profile() != Profile.PUPIL) {
				continue;
			}

			Assertions.assertTrue(
				classes.contains(
					person.uai() + "$" + person.classCode().get()));
			Assertions.assertTrue(person.ine().isPresent());
			Assertions.assertTrue(person.birthDate().isPresent());

			for (String groupCode : person.groupCodes()) {
				Assertions.assertTrue(
					groups.contains(person.uai() + "$" + groupCode));
			}
		}

		for (ParentRelation parentRelation : directorySnapshot.relations()) {
			Assertions.assertEquals(
				Profile.PARENT,
				people.get(parentRelation.parentId()).profile());
			Assertions.assertEquals(
				Profile.PUPIL, people.get(parentRelation.pupilId()).profile());
		}

		Map<String, Integer> headTeachers = new HashMap<>();

		for (TeachingAssignment teachingAssignment :
				directorySnapshot.assignments()) {

			Assertions.assertEquals(
				Profile.TEACHER,
				people.get(teachingAssignment.teacherId()).profile());

			String structure =
				teachingAssignment.uai() + "$" +
					teachingAssignment.structureCode();

			Assertions.assertTrue(
				teachingAssignment.isGroup() ? groups.contains(structure) :
					classes.contains(structure),
				structure);

			if (teachingAssignment.headTeacher()) {
				headTeachers.merge(structure, 1, Integer::sum);
			}
		}

		Assertions.assertEquals(classes, headTeachers.keySet());
		Assertions.assertTrue(
			headTeachers.values().stream().allMatch(count -> count == 1));
	}

	@Test
	public void givenGeneratedNames_thenAccentsHyphensAndApostrophesAppear()
		throws FeedException, IOException {

		Path folder = _tempDir.resolve("aaf");

		new FeedGenerator(GeneratorOptions.demo()).writeAaf(folder);

		DirectorySnapshot directorySnapshot = new DirectorySnapshot();

		new AafReader().read(folder, directorySnapshot);

		List<String> names = directorySnapshot.people().stream().map(
			Person::displayName
		).collect(
			Collectors.toList()
		);

		Assertions.assertTrue(
			names.stream().anyMatch(
				name -> name.chars().anyMatch(c -> c > 127)));
		Assertions.assertTrue(
			names.stream().anyMatch(name -> name.contains("-")));
		Assertions.assertTrue(
			names.stream().anyMatch(name -> name.contains("'")));

		long withEmail = directorySnapshot.people().stream().filter(
			person -> person.profile() == Profile.PARENT
		).filter(
			person -> person.email().isPresent()
		).count();

		Assertions.assertTrue(
			withEmail > (0.7 * _demoGenerator().report().parents()));
	}

	@Test
	public void givenSeed42_thenTheFirstSchoolIsTheDemoCollegeOfAboutSixHundredPupils() {
		GenerationReport generationReport = _demoGenerator().report();

		Assertions.assertEquals(1, generationReport.establishments());
		Assertions.assertEquals(600, generationReport.pupils());
		Assertions.assertTrue(
			(generationReport.parents() > 850) &&
				(generationReport.parents() < 1100),
			generationReport.toString());
		Assertions.assertTrue(
			(generationReport.teachers() + generationReport.staff()) > 40 &&
				(generationReport.teachers() + generationReport.staff()) < 65,
			generationReport.toString());

		SchoolPlan schoolPlan = SchoolPlan.of(GeneratorOptions.demo(), 0);

		Assertions.assertEquals("0310001A", schoolPlan.uai());
		Assertions.assertEquals("Collège Marie Curie", schoolPlan.name());
		Assertions.assertEquals("Toulouse", schoolPlan.city());
	}

	@Test
	public void givenSiecleAndSts_thenTheyDescribeTheSameSchoolsAsTheReport()
		throws IOException, XMLStreamException {

		FeedGenerator feedGenerator = _generator(3, 4, 90);

		GenerationReport generationReport = feedGenerator.report();

		Map<String, Integer> siecle = new HashMap<>();

		for (Path file : feedGenerator.writeSiecle(_tempDir.resolve("s"))) {
			_countElements(file).forEach(
				(name, count) -> siecle.merge(name, count, Integer::sum));
		}

		Assertions.assertEquals(
			generationReport.pupils(), (int)siecle.get("ELEVE"));
		Assertions.assertEquals(
			generationReport.parents() + generationReport.inChargePersons(),
			(int)siecle.get("PERSONNE"));
		Assertions.assertEquals(
			generationReport.relations() +
				generationReport.inChargeRelations(),
			(int)siecle.get("RESPONSABLE_ELEVE"));
		Assertions.assertEquals(
			generationReport.classes(), (int)siecle.get("DIVISION"));
		Assertions.assertEquals(
			generationReport.groups(), (int)siecle.get("GROUPE"));

		Map<String, Integer> sts = new HashMap<>();

		for (Path file : feedGenerator.writeSts(_tempDir.resolve("t"))) {
			Assertions.assertTrue(
				file.getFileName().toString().matches(
					"sts_emp_[0-9]{7}[A-Z]_2026\\.xml"));

			_countElements(file).forEach(
				(name, count) -> sts.merge(name, count, Integer::sum));
		}

		Assertions.assertEquals(
			generationReport.teachers() + generationReport.staff(),
			(int)sts.get("INDIVIDU"));
		Assertions.assertEquals(
			generationReport.teachingAssignments(), (int)sts.get("SERVICE"));
		Assertions.assertEquals(
			generationReport.classes(), (int)sts.get("PROF_PRINC"));
	}

	@Test
	public void givenTheSameSeed_thenEveryFileIsByteIdentical()
		throws IOException {

		Path folder1 = _tempDir.resolve("first");
		Path folder2 = _tempDir.resolve("second");

		for (Path folder : Arrays.asList(folder1, folder2)) {
			FeedGenerator feedGenerator = _generator(42, 4, 150);

			feedGenerator.writeAaf(folder.resolve("aaf"));
			feedGenerator.writeSiecle(folder.resolve("siecle"));
			feedGenerator.writeSts(folder.resolve("sts"));
		}

		List<Path> files1 = _files(folder1);

		Assertions.assertEquals(
			files1.stream().map(folder1::relativize).collect(Collectors.toList()),
			_files(folder2).stream().map(
				folder2::relativize
			).collect(
				Collectors.toList()
			));
		Assertions.assertTrue(files1.size() > 20);

		for (Path file1 : files1) {
			Path file2 = folder2.resolve(folder1.relativize(file1));

			Assertions.assertArrayEquals(
				Files.readAllBytes(file1), Files.readAllBytes(file2),
				file1.toString());
		}
	}

	private static FeedGenerator _demoGenerator() {
		return new FeedGenerator(GeneratorOptions.demo());
	}

	private Map<String, Integer> _countElements(Path file)
		throws IOException, XMLStreamException {

		Map<String, Integer> counts = new HashMap<>();

		XMLInputFactory xmlInputFactory = XMLInputFactory.newDefaultFactory();

		xmlInputFactory.setProperty(XMLInputFactory.SUPPORT_DTD, false);

		try (InputStream inputStream = Files.newInputStream(file)) {
			XMLStreamReader xmlStreamReader =
				xmlInputFactory.createXMLStreamReader(inputStream);

			while (xmlStreamReader.hasNext()) {
				if (xmlStreamReader.next() ==
						XMLStreamConstants.START_ELEMENT) {

					counts.merge(xmlStreamReader.getLocalName(), 1, Integer::sum);
				}
			}
		}

		return counts;
	}

	private List<Path> _files(Path folder) throws IOException {
		try (Stream<Path> stream = Files.walk(folder)) {
			return stream.filter(
				Files::isRegularFile
			).sorted(
			).collect(
				Collectors.toList()
			);
		}
	}

	private Path _find(Path folder, String suffix) throws IOException {
		return _files(
			folder
		).stream(
		).filter(
			file -> file.getFileName().toString().endsWith(suffix)
		).findFirst(
		).get();
	}

	private FeedGenerator _generator(long seed, int schools, int pupils) {
		return new FeedGenerator(
			GeneratorOptions.builder(
			).seed(
				seed
			).schools(
				schools
			).pupilsPerSchool(
				pupils
			).build());
	}

	@TempDir
	Path _tempDir;

}
