package org.preau.store.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.preau.core.directory.model.DirectoryCounts;
import org.preau.core.directory.model.Establishment;
import org.preau.core.directory.model.EstablishmentKind;
import org.preau.core.directory.model.Group;
import org.preau.core.directory.model.ImportRun;
import org.preau.core.directory.model.ImportRunStatus;
import org.preau.core.directory.model.LegalLevel;
import org.preau.core.directory.model.Level;
import org.preau.core.directory.model.ParentRelation;
import org.preau.core.directory.model.Person;
import org.preau.core.directory.model.PersonState;
import org.preau.core.directory.model.Profile;
import org.preau.core.directory.model.SchoolClass;
import org.preau.core.directory.model.Source;
import org.preau.core.directory.model.Subject;
import org.preau.core.directory.model.TeachingAssignment;
import org.preau.core.directory.model.Uai;

/**
 * Establishments, structures, links, counts and import runs on a real H2 database.
 */
public class JdbcDirectoryTest {

	@AfterEach
	public void tearDown() {
		_database.close();
	}

	@BeforeEach
	public void setUp() {
		_database = H2Database.inMemory("directory");
		_store = new JdbcStore(
			_database.dataSource(), StoreFixture.tickingClock());
	}

	@Test
	public void givenClassesAndGroups_thenListedByCodeWithTheirClasses() {
		_store.structures().saveClass(new SchoolClass(_UAI, "3B", null));
		_store.structures().saveClass(new SchoolClass(_UAI, "3A", "10310019110"));
		_store.structures().saveClass(new SchoolClass(_OTHER_UAI, "2A", null));
		_store.structures().saveGroup(new Group(_UAI, "LATIN", _set()));
		_store.structures().saveGroup(new Group(_UAI, "ANG1", _set("3B", "3A")));

		assertEquals(
			Arrays.asList(
				new SchoolClass(_UAI, "3A", "10310019110"),
				new SchoolClass(_UAI, "3B", null)),
			_store.structures().classes(_UAI));
		assertEquals(
			Arrays.asList(
				new Group(_UAI, "ANG1", _set("3A", "3B")),
				new Group(_UAI, "LATIN", _set())),
			_store.structures().groups(_UAI));
		assertEquals(
			Collections.emptyList(), _store.structures().groups(_OTHER_UAI));
	}

	@Test
	public void givenDirectory_thenCountsActivePeopleAndStructuresOfThatEstablishment() {
		_savePerson("P1", Profile.PUPIL, _UAI, PersonState.ACTIVE);
		_savePerson("P2", Profile.PUPIL, _UAI, PersonState.ACTIVE);
		_savePerson("P3", Profile.PUPIL, _UAI, PersonState.DETACHED);
		_savePerson("P4", Profile.PUPIL, _OTHER_UAI, PersonState.ACTIVE);
		_savePerson("R1", Profile.PARENT, _UAI, PersonState.ACTIVE);
		_savePerson("T1", Profile.TEACHER, _UAI, PersonState.SUSPENDED);
		_savePerson("T2", Profile.TEACHER, _UAI, PersonState.ACTIVE);
		_store.structures().saveClass(new SchoolClass(_UAI, "3A", null));
		_store.structures().saveClass(new SchoolClass(_OTHER_UAI, "3A", null));
		_store.structures().saveGroup(new Group(_UAI, "G1", _set("3A")));
		_store.structures().saveGroup(new Group(_UAI, "G2", _set("3A")));
		_store.links().saveRelation(_relation("R1", "P1"));
		_store.links().saveRelation(_relation("R1", "P2"));
		_store.links().saveTeachingAssignment(_assignment("T2", "3A", "0201"));

		DirectoryCounts counts = _store.countDirectory().counts(_UAI);

		assertEquals(2, counts.people(Profile.PUPIL));
		assertEquals(1, counts.people(Profile.PARENT));
		assertEquals(1, counts.people(Profile.TEACHER));
		assertEquals(0, counts.people(Profile.STAFF));
		assertEquals(4, counts.totalPeople());
		assertEquals(1, counts.classes());
		assertEquals(2, counts.groups());
		assertEquals(2, counts.relations());
		assertEquals(1, counts.teachingAssignments());

		DirectoryCounts empty = _store.countDirectory().counts(
			Uai.of("0999999Z"));

		assertEquals(0, empty.totalPeople());
		assertEquals(0, empty.classes());
	}

	@Test
	public void givenEstablishmentSavedTwice_thenOneRowWithLatestValues()
		throws SQLException {

		Establishment first = new Establishment(
			_UAI, "Collège Jean Jaurès", EstablishmentKind.COLLEGE, "Albi");

		_store.establishments().save(first);

		List<String> rows = StoreFixture.dump(_database.dataSource());

		_store.establishments().save(first);

		assertEquals(rows, StoreFixture.dump(_database.dataSource()));

		Establishment renamed = new Establishment(
			_UAI, "Cité scolaire Jean Jaurès", EstablishmentKind.CITE_SCOLAIRE,
			"Albi");

		_store.establishments().save(renamed);
		_store.establishments().save(
			new Establishment(
				_OTHER_UAI, "Lycée Bellevue", EstablishmentKind.LYCEE,
				"Toulouse"));

		assertEquals(renamed, _store.establishments().find(_UAI).get());
		assertEquals(
			Arrays.asList(_UAI, _OTHER_UAI),
			Arrays.asList(
				_store.establishments().list().get(0).uai(),
				_store.establishments().list().get(1).uai()));
		assertTrue(
			_store.establishments().find(Uai.of("0999999Z")).isEmpty());
	}

	@Test
	public void givenImportRuns_thenHistoryIsNewestFirstAndUpdatesKeepTheId() {
		ImportRun first = _store.importRuns().save(
			new ImportRun(
				0, _UAI, Source.AAF, "admin",
				Instant.parse("2026-09-01T08:00:00Z"), null,
				ImportRunStatus.RUNNING, 0, ""));

		assertTrue(first.id() > 0);

		ImportRun second = _store.importRuns().save(
			new ImportRun(
				0, _UAI, Source.SIECLE, "admin",
				Instant.parse("2026-09-02T08:00:00Z"),
				Instant.parse("2026-09-02T08:01:30Z"),
				ImportRunStatus.SUCCEEDED, 1250, "x".repeat(5000)));

		_store.importRuns().save(
			new ImportRun(
				first.id(), _UAI, Source.AAF, "admin", first.startedAt(),
				Instant.parse("2026-09-01T08:10:00Z"), ImportRunStatus.FAILED,
				12, "the feed names no establishment"));

		List<ImportRun> history = _store.importRuns().history(_UAI, 10);

		assertEquals(2, history.size());
		assertEquals(second.id(), history.get(0).id());
		assertEquals(1250, history.get(0).recordCount());
		assertEquals(
			Instant.parse("2026-09-02T08:01:30Z"),
			history.get(0).finishedAt().get());
		assertEquals(4000, history.get(0).summary().length());
		assertEquals(first.id(), history.get(1).id());
		assertEquals(ImportRunStatus.FAILED, history.get(1).status());
		assertEquals(
			"the feed names no establishment", history.get(1).summary());
		assertEquals(
			second.id(), _store.importRuns().latest(_UAI).get().id());
		assertEquals(1, _store.importRuns().history(_UAI, 1).size());
		assertTrue(_store.importRuns().latest(_OTHER_UAI).isEmpty());
		assertThrows(
			NoSuchElementException.class,
			() -> _store.importRuns().save(first.withId(first.id() + 1000)));
	}

	@Test
	public void givenLevelsAndSubjectsSavedTwice_thenOneRowEachWithLatestLabel()
		throws SQLException {

		_store.structures().saveLevel(new Level("10010012110", "6EME"));
		_store.structures().saveSubject(new Subject("030201", "ANGLAIS LV1"));

		List<String> rows = StoreFixture.dump(_database.dataSource());

		_store.structures().saveLevel(new Level("10010012110", "6EME"));
		_store.structures().saveSubject(new Subject("030201", "ANGLAIS LV1"));

		assertEquals(rows, StoreFixture.dump(_database.dataSource()));

		_store.structures().saveLevel(new Level("10010012110", "SIXIEME"));

		assertEquals(
			1, StoreFixture.rowCount(_database.dataSource(), "Preau_Level"));
		assertEquals(
			1, StoreFixture.rowCount(_database.dataSource(), "Preau_Subject"));
		assertTrue(
			StoreFixture.dump(
				_database.dataSource()
			).toString(
			).contains(
				"SIXIEME"
			));
	}

	@Test
	public void givenRelationSavedAgainWithAnotherLevel_thenOneRowWithLatestLevel()
		throws SQLException {

		_store.links().saveRelation(_relation("R1", "P1"));
		_store.links().saveRelation(_relation("R1", "P1"));

		assertEquals(
			1,
			StoreFixture.rowCount(
				_database.dataSource(), "Preau_ParentRelation"));

		_store.links().saveRelation(
			new ParentRelation(_UAI, "R1", "P1", LegalLevel.CONTACT, "50"));

		List<String> rows = StoreFixture.dump(_database.dataSource());

		assertEquals(
			1,
			StoreFixture.rowCount(
				_database.dataSource(), "Preau_ParentRelation"));
		assertTrue(
			rows.toString().contains("| 0310001A | R1 | P1 | 3 | 50"),
			rows::toString);
	}

	@Test
	public void givenSameAssignmentSavedTwice_thenOneRowAndHeadTeacherFlagFollows()
		throws SQLException {

		_store.links().saveTeachingAssignment(_assignment("T1", "3A", "0201"));
		_store.links().saveTeachingAssignment(_assignment("T1", "3A", "0201"));
		_store.links().saveTeachingAssignment(_assignment("T1", "3A", "0202"));
		_store.links().saveTeachingAssignment(
			new TeachingAssignment(_UAI, "T1", "ANG1", true, "0201", false));

		assertEquals(
			3,
			StoreFixture.rowCount(
				_database.dataSource(), "Preau_TeachingAssignment"));

		_store.links().saveTeachingAssignment(
			new TeachingAssignment(_UAI, "T1", "3A", false, "0201", true));

		List<String> rows = StoreFixture.dump(_database.dataSource());

		assertEquals(
			3,
			StoreFixture.rowCount(
				_database.dataSource(), "Preau_TeachingAssignment"));
		assertTrue(
			rows.toString().contains("| 0310001A | T1 | 3A | FALSE | 0201 | TRUE"),
			rows::toString);
		assertTrue(
			rows.toString().contains("| 0310001A | T1 | ANG1 | TRUE | 0201 | FALSE"),
			rows::toString);
	}

	@Test
	public void givenSameGroupSavedWithOtherClasses_thenItsClassesAreReplaced() {
		_store.structures().saveGroup(new Group(_UAI, "ANG1", _set("3A", "3B")));
		_store.structures().saveGroup(new Group(_UAI, "ANG1", _set("3B", "3C")));

		assertEquals(
			Arrays.asList(new Group(_UAI, "ANG1", _set("3B", "3C"))),
			_store.structures().groups(_UAI));
	}

	private static TeachingAssignment _assignment(
		String teacherId, String structureCode, String subjectCode) {

		return new TeachingAssignment(
			_UAI, teacherId, structureCode, false, subjectCode, false);
	}

	private static ParentRelation _relation(String parentId, String pupilId) {
		return new ParentRelation(
			_UAI, parentId, pupilId, LegalLevel.LEGAL, "10");
	}

	private static LinkedHashSet<String> _set(String... values) {
		return new LinkedHashSet<>(Arrays.asList(values));
	}

	private void _savePerson(
		String externalId, Profile profile, Uai uai, PersonState state) {

		_store.people(
		).save(
			Person.builder(
			).externalId(
				externalId
			).profile(
				profile
			).uai(
				uai
			).lastName(
				"Nom " + externalId
			).firstName(
				"Prénom"
			).state(
				state
			).build()
		);
	}

	private static final Uai _OTHER_UAI = Uai.of("0310002B");

	private static final Uai _UAI = Uai.of("0310001A");

	private H2Database _database;
	private JdbcStore _store;

}
