package org.preau.store.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.preau.core.audit.model.Outcome;
import org.preau.core.audit.service.Auditor;
import org.preau.core.directory.model.DirectoryCounts;
import org.preau.core.directory.model.Establishment;
import org.preau.core.directory.model.EstablishmentKind;
import org.preau.core.directory.model.ImportRunStatus;
import org.preau.core.directory.model.LegalLevel;
import org.preau.core.directory.model.ParentRelation;
import org.preau.core.directory.model.Person;
import org.preau.core.directory.model.PersonState;
import org.preau.core.directory.model.Profile;
import org.preau.core.directory.model.Source;
import org.preau.core.directory.model.TeachingAssignment;
import org.preau.core.directory.model.Uai;
import org.preau.core.directory.service.SnapshotImportService;
import org.preau.core.imports.model.ActionKind;
import org.preau.core.imports.model.DirectorySnapshot;
import org.preau.core.imports.model.EstablishmentReport;
import org.preau.core.imports.model.ImportReport;
import org.preau.core.imports.port.in.ImportCommand;
import org.preau.core.imports.report.ImportReportJson;
import org.preau.core.imports.service.ImportService;
import org.preau.core.security.Actor;
import org.preau.feeds.generator.GeneratorOptions;

/**
 * The feed import on the store, with the demo school that the generator writes and the AAF reader reads.
 */
public class ImportServiceOnJdbcTest {

	@AfterEach
	public void tearDown() {
		_database.close();
	}

	@BeforeEach
	public void setUp() throws Exception {
		_database = H2Database.inMemory("import");
		_snapshot = ImportFixture.generatedAaf(
			_feedDir, GeneratorOptions.demo());
	}

	@Test
	public void givenDemoSchool_whenImportedTwice_thenTheSecondRunChangesNoRow()
		throws SQLException {

		Clock clock = StoreFixture.tickingClock();
		JdbcStore store = new JdbcStore(_database.dataSource(), clock);

		ImportService service = ImportFixture.importService(store, clock);

		long start = System.nanoTime();

		ImportReport first = service.run(
			Actor.system(), ImportCommand.apply(_snapshot, Source.AAF));

		long firstRun = System.nanoTime() - start;

		assertTrue(first.errors().isEmpty(), first.errors().toString());
		assertTrue(first.totalActions() > 1000, first.toString());

		EstablishmentReport establishment = first.establishments().get(0);

		// The counts the report announces are those the directory then shows

		DirectoryCounts counts = store.countDirectory(
		).counts(
			establishment.uai()
		);

		assertEquals(
			counts.peopleByProfile(), establishment.counts().peopleByProfile());
		assertEquals(counts.classes(), establishment.counts().classes());
		assertEquals(counts.groups(), establishment.counts().groups());
		assertEquals(counts.relations(), establishment.counts().relations());
		assertEquals(
			counts.teachingAssignments(),
			establishment.counts().teachingAssignments());
		assertTrue(counts.people(Profile.PUPIL) > 500);

		List<String> rows = _directoryRows();

		start = System.nanoTime();

		ImportReport second = service.run(
			Actor.system(), ImportCommand.apply(_snapshot, Source.AAF));

		long secondRun = System.nanoTime() - start;

		assertEquals(0, second.totalActions(), second.toString());
		assertEquals(rows, _directoryRows());

		EstablishmentReport again = second.establishments().get(0);

		assertEquals(
			establishment.counts().peopleByProfile(),
			again.counts().peopleByProfile());
		assertEquals(
			establishment.counts().relations(), again.counts().relations());
		assertTrue(
			establishment.anomalies().equals(again.anomalies()),
			"the anomalies differ from one run to the next");

		System.out.println(
			"demo school: " + first.totalActions() + " actions applied in " +
				Duration.ofNanos(firstRun).toMillis() +
					" ms, the same feed again in " +
						Duration.ofNanos(secondRun).toMillis() + " ms");
	}

	@Test
	public void givenDemoSchoolLoadedByTheSnapshotImport_thenTheReconcilerFindsNothingToChange()
		throws SQLException {

		Clock clock = StoreFixture.tickingClock();
		JdbcStore store = new JdbcStore(_database.dataSource(), clock);

		new SnapshotImportService(
			store.establishments(), store.people(), store.structures(),
			store.links(), store.importRuns(), store.transactions(),
			new Auditor(store.auditLog(), clock), clock
		).apply(
			Actor.system(), _snapshot, Source.AAF
		);

		List<String> rows = _directoryRows();

		ImportReport report = ImportFixture.importService(
			store, clock
		).run(
			Actor.system(), ImportCommand.apply(_snapshot, Source.AAF)
		);

		assertEquals(0, report.totalActions(), report.toString());
		assertEquals(rows, _directoryRows());
	}

	@Test
	public void givenOneEstablishmentRefusedByTheDatabase_thenTheOthersAreImportedAndARerunCompletesIt()
		throws SQLException {

		Clock clock = StoreFixture.tickingClock();
		JdbcStore store = new JdbcStore(_database.dataSource(), clock);

		ImportService service = ImportFixture.importService(store, clock);

		Uai other = Uai.of("0310002B");

		DirectorySnapshot feed = _copy(_snapshot);

		feed.establishment(
			new Establishment(
				other, "Lycée Bellevue", EstablishmentKind.LYCEE, "Albi"));
		feed.person(
			Person.builder(
			).externalId(
				"LB-PUPIL"
			).profile(
				Profile.PUPIL
			).uai(
				other
			).lastName(
				"Roux"
			).firstName(
				"Léa"
			).build());
		feed.person(
			Person.builder(
			).externalId(
				"LB-PARENT"
			).profile(
				Profile.PARENT
			).uai(
				other
			).lastName(
				"Roux"
			).firstName(
				"Marc"
			).build());

		// A kinship code longer than its column: the database refuses the second establishment's last write

		feed.relation(
			new ParentRelation(
				other, "LB-PARENT", "LB-PUPIL", LegalLevel.LEGAL,
				"x".repeat(100)));

		ImportReport report = service.run(
			Actor.system(), ImportCommand.apply(feed, Source.AAF));

		assertEquals(1, report.errors().size(), report.errors().toString());
		assertEquals(other, report.errors().get(0).uai().get());
		assertTrue(store.people().find("LB-PUPIL").isEmpty());
		assertEquals(
			ImportRunStatus.FAILED,
			store.importRuns().latest(other).get().status());
		assertEquals(
			ImportRunStatus.SUCCEEDED,
			store.importRuns().latest(Uai.of("0310001A")).get().status());
		assertEquals(
			Outcome.FAILURE, store.auditLog().latest(1).get(0).outcome());

		DirectorySnapshot fixed = _copy(feed);

		fixed.relation(
			new ParentRelation(
				other, "LB-PARENT", "LB-PUPIL", LegalLevel.LEGAL, "20"));

		ImportReport rerun = service.run(
			Actor.system(), ImportCommand.apply(fixed, Source.AAF));

		assertTrue(rerun.errors().isEmpty(), rerun.errors().toString());
		assertEquals(0, rerun.establishments().get(0).totalActions());
		assertEquals(4, rerun.establishments().get(1).totalActions());
		assertTrue(store.people().find("LB-PUPIL").isPresent());
	}

	@Test
	public void givenDryRun_thenNothingIsWrittenAndTheReportIsTheRun()
		throws SQLException {

		Clock clock = StoreFixture.tickingClock();
		JdbcStore store = new JdbcStore(_database.dataSource(), clock);

		ImportService service = ImportFixture.importService(store, clock);

		List<String> empty = _directoryRows();

		ImportReport dryRun = service.run(
			Actor.system(), ImportCommand.dryRun(_snapshot, Source.AAF));

		assertEquals(empty, _directoryRows());
		assertTrue(
			store.importRuns(
			).latest(
				dryRun.establishments().get(0).uai()
			).isEmpty());
		assertEquals(
			ImportService.DRY_RUN_ACTION,
			store.auditLog().latest(1).get(0).action());

		ImportReport run = service.run(
			Actor.system(), ImportCommand.apply(_snapshot, Source.AAF));

		String expected = ImportReportJson.toJson(
			dryRun
		).replace(
			"\"dry_run\":true", "\"dry_run\":false"
		);

		assertTrue(
			expected.equals(ImportReportJson.toJson(run)),
			"the dry run did not report what the run did");
	}

	@Test
	public void givenPupilMissingFromTheFeed_thenDetachedWithItsLinksAndSuspendedAfter30Days()
		throws SQLException {

		Instant[] now = {Instant.parse("2026-09-01T08:00:00Z")};

		Clock clock = new Clock() {

			@Override
			public java.time.ZoneId getZone() {
				return ZoneOffset.UTC;
			}

			@Override
			public Instant instant() {
				return now[0];
			}

			@Override
			public Clock withZone(java.time.ZoneId zone) {
				return this;
			}

		};

		JdbcStore store = new JdbcStore(_database.dataSource(), clock);

		ImportService service = ImportFixture.importService(store, clock);

		service.run(Actor.system(), ImportCommand.apply(_snapshot, Source.AAF));

		String missing = null;

		for (ParentRelation relation : _snapshot.relations()) {
			missing = relation.pupilId();

			break;
		}

		DirectorySnapshot without = _without(_snapshot, missing);

		now[0] = now[0].plus(Duration.ofDays(1));

		ImportReport detach = service.run(
			Actor.system(), ImportCommand.apply(without, Source.AAF));

		assertEquals(1, detach.totalActions(), detach.toString());
		assertEquals(
			1,
			detach.establishments(
			).get(
				0
			).actions(
			).get(
				ActionKind.DETACH
			).intValue());
		assertEquals(
			PersonState.DETACHED, store.people().find(missing).get().state());

		int relations = store.countDirectory(
		).counts(
			detach.establishments().get(0).uai()
		).relations();

		assertEquals(
			detach.establishments().get(0).counts().relations(), relations);

		now[0] = now[0].plus(Duration.ofDays(30));

		ImportReport suspend = service.run(
			Actor.system(), ImportCommand.apply(without, Source.AAF));

		assertEquals(1, suspend.totalActions(), suspend.toString());
		assertEquals(
			PersonState.SUSPENDED, store.people().find(missing).get().state());
		assertEquals(
			0,
			service.run(
				Actor.system(), ImportCommand.apply(without, Source.AAF)
			).totalActions());

		ImportReport restore = service.run(
			Actor.system(), ImportCommand.apply(_snapshot, Source.AAF));

		assertEquals(
			1,
			restore.establishments(
			).get(
				0
			).actions(
			).get(
				ActionKind.RESTORE
			).intValue());
		assertEquals(1, restore.totalActions());
		assertEquals(
			PersonState.ACTIVE, store.people().find(missing).get().state());
	}

	/**
	 * Copies a feed. A relation added to the copy wins over one between the same parent and pupil, as the reconciler
	 * keeps the last.
	 */
	private static DirectorySnapshot _copy(DirectorySnapshot feed) {
		DirectorySnapshot snapshot = new DirectorySnapshot();

		feed.establishments().forEach(snapshot::establishment);
		feed.levels().forEach(snapshot::level);
		feed.subjects().forEach(snapshot::subject);
		feed.classes().forEach(snapshot::schoolClass);
		feed.groups().forEach(snapshot::group);
		feed.people().forEach(snapshot::person);
		feed.relations().forEach(snapshot::relation);
		feed.assignments().forEach(snapshot::teachingAssignment);

		return snapshot;
	}

	private static DirectorySnapshot _without(
		DirectorySnapshot feed, String externalId) {

		DirectorySnapshot snapshot = new DirectorySnapshot();

		feed.establishments().forEach(snapshot::establishment);
		feed.levels().forEach(snapshot::level);
		feed.subjects().forEach(snapshot::subject);
		feed.classes().forEach(snapshot::schoolClass);
		feed.groups().forEach(snapshot::group);

		for (Person person : feed.people()) {
			if (!person.externalId().equals(externalId)) {
				snapshot.person(person);
			}
		}

		for (ParentRelation relation : feed.relations()) {
			if (!relation.pupilId().equals(externalId)) {
				snapshot.relation(relation);
			}
		}

		for (TeachingAssignment assignment : feed.assignments()) {
			snapshot.teachingAssignment(assignment);
		}

		return snapshot;
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

	private H2Database _database;

	@TempDir
	private Path _feedDir;

	private DirectorySnapshot _snapshot;

}
