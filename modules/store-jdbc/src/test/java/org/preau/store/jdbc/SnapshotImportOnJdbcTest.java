package org.preau.store.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.preau.core.audit.model.AuditEvent;
import org.preau.core.audit.model.Outcome;
import org.preau.core.audit.service.Auditor;
import org.preau.core.directory.model.DirectoryCounts;
import org.preau.core.directory.model.Establishment;
import org.preau.core.directory.model.EstablishmentKind;
import org.preau.core.directory.model.Group;
import org.preau.core.directory.model.ImportRun;
import org.preau.core.directory.model.LegalLevel;
import org.preau.core.directory.model.Level;
import org.preau.core.directory.model.ParentRelation;
import org.preau.core.directory.model.Person;
import org.preau.core.directory.model.Profile;
import org.preau.core.directory.model.SchoolClass;
import org.preau.core.directory.model.Source;
import org.preau.core.directory.model.StaffFunction;
import org.preau.core.directory.model.Subject;
import org.preau.core.directory.model.TeachingAssignment;
import org.preau.core.directory.model.Uai;
import org.preau.core.directory.service.SnapshotImportService;
import org.preau.core.imports.model.DirectorySnapshot;
import org.preau.core.security.Actor;

/**
 * The core's snapshot import running on the store, as the embedded host wires it.
 */
public class SnapshotImportOnJdbcTest {

	@AfterEach
	public void tearDown() {
		_database.close();
	}

	@BeforeEach
	public void setUp() {
		_database = H2Database.inMemory("snapshot");

		Clock clock = StoreFixture.tickingClock();

		_store = new JdbcStore(_database.dataSource(), clock);

		_service = new SnapshotImportService(
			_store.establishments(), _store.people(), _store.structures(),
			_store.links(), _store.importRuns(), _store.transactions(),
			new Auditor(_store.auditLog(), clock), clock);
	}

	@Test
	public void givenFeedFailsHalfway_thenTheEstablishmentKeepsNothingOfIt()
		throws SQLException {

		DirectorySnapshot snapshot = _snapshot();

		// A kinship code longer than its column: the database refuses the last records of the feed

		snapshot.relation(
			new ParentRelation(
				_UAI, "R1", "P3", LegalLevel.LEGAL, "x".repeat(100)));

		assertThrows(
			StoreException.class,
			() -> _service.apply(Actor.system(), snapshot, Source.AAF));

		DirectoryCounts counts = _store.countDirectory().counts(_UAI);

		assertEquals(0, counts.totalPeople());
		assertEquals(0, counts.classes());
		assertEquals(0, _rows("Preau_Establishment"));
		assertEquals(0, _rows("Preau_ImportRun"));

		AuditEvent event = _store.auditLog().latest(1).get(0);

		assertEquals(Outcome.FAILURE, event.outcome());
		assertEquals(SnapshotImportService.ACTION, event.action());
	}

	@Test
	public void givenSameFeedAppliedTwice_thenTheDirectoryRowsAreTheSame()
		throws SQLException {

		List<ImportRun> first = _service.apply(
			Actor.system(), _snapshot(), Source.AAF);

		List<String> rows = _directoryRows();

		List<ImportRun> second = _service.apply(
			Actor.system(), _snapshot(), Source.AAF);

		assertEquals(rows, _directoryRows());
		assertEquals(first.get(0).recordCount(), second.get(0).recordCount());
		assertEquals(2, _store.importRuns().history(_UAI, 10).size());
		assertEquals(
			second.get(0).id(), _store.importRuns().latest(_UAI).get().id());
		assertEquals(2, _store.auditLog().latest(10).size());

		DirectoryCounts counts = _store.countDirectory().counts(_UAI);

		assertEquals(2, counts.people(Profile.PUPIL));
		assertEquals(1, counts.people(Profile.PARENT));
		assertEquals(1, counts.people(Profile.TEACHER));
		assertEquals(1, counts.classes());
		assertEquals(1, counts.groups());
		assertEquals(2, counts.relations());
		assertEquals(2, counts.teachingAssignments());
	}

	private List<String> _directoryRows() throws SQLException {
		List<String> rows = new ArrayList<>();

		for (String row : StoreFixture.dump(_database.dataSource())) {
			if (!row.startsWith("PREAU_AUDITEVENT") &&
				!row.startsWith("PREAU_IMPORTRUN")) {

				rows.add(row);
			}
		}

		return rows;
	}

	private int _rows(String table) throws SQLException {
		return StoreFixture.rowCount(_database.dataSource(), table);
	}

	private DirectorySnapshot _snapshot() {
		DirectorySnapshot snapshot = new DirectorySnapshot();

		snapshot.establishment(
			new Establishment(
				_UAI, "Collège Jean Jaurès", EstablishmentKind.COLLEGE,
				"Albi"));
		snapshot.level(new Level("10310019110", "3EME"));
		snapshot.subject(new Subject("030201", "ANGLAIS LV1"));
		snapshot.schoolClass(new SchoolClass(_UAI, "3A", "10310019110"));
		snapshot.group(
			new Group(_UAI, "3A_ANG1", Collections.singleton("3A")));

		for (String pupilId : Arrays.asList("P1", "P2")) {
			snapshot.person(
				Person.builder(
				).externalId(
					pupilId
				).profile(
					Profile.PUPIL
				).uai(
					_UAI
				).lastName(
					"Martin"
				).firstName(
					pupilId
				).classCode(
					"3A"
				).group(
					"3A_ANG1"
				).source(
					Source.AAF
				).build());
			snapshot.relation(
				new ParentRelation(_UAI, "R1", pupilId, LegalLevel.LEGAL, "20"));
		}

		snapshot.person(
			Person.builder(
			).externalId(
				"R1"
			).profile(
				Profile.PARENT
			).uai(
				_UAI
			).lastName(
				"Martin"
			).firstName(
				"Paul"
			).source(
				Source.AAF
			).build());
		snapshot.person(
			Person.builder(
			).externalId(
				"T1"
			).profile(
				Profile.TEACHER
			).uai(
				_UAI
			).lastName(
				"Abel"
			).firstName(
				"Jean"
			).function(
				StaffFunction.ENS
			).source(
				Source.AAF
			).build());
		snapshot.teachingAssignment(
			new TeachingAssignment(_UAI, "T1", "3A", false, "030201", true));
		snapshot.teachingAssignment(
			new TeachingAssignment(
				_UAI, "T1", "3A_ANG1", true, "030201", false));

		return snapshot;
	}

	private static final Uai _UAI = Uai.of("0310001A");

	private H2Database _database;
	private SnapshotImportService _service;
	private JdbcStore _store;

}
