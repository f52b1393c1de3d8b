package org.preau.store.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.preau.core.directory.model.LegalLevel;
import org.preau.core.directory.model.ParentRelation;
import org.preau.core.directory.model.Person;
import org.preau.core.directory.model.Profile;
import org.preau.core.directory.model.Source;
import org.preau.core.directory.model.StaffFunction;
import org.preau.core.directory.model.TeachingAssignment;
import org.preau.core.directory.model.Uai;
import org.preau.core.imports.model.DirectorySnapshot;
import org.preau.core.imports.model.EstablishmentSnapshots;
import org.preau.core.imports.model.ImportReport;
import org.preau.core.imports.port.in.ImportCommand;
import org.preau.core.imports.service.ImportService;
import org.preau.core.security.Actor;
import org.preau.feeds.aaf.AafReader;

/**
 * The bulk writes of created rows leave the directory as the per-row ports do, on a whole import and on rows the
 * plan believed new.
 */
public class JdbcDirectoryInsertsTest {

	@AfterEach
	public void tearDown() {
		_bulkDatabase.close();
		_perRowDatabase.close();
	}

	@BeforeEach
	public void setUp() {
		_bulkDatabase = H2Database.inMemory("bulk");
		_perRowDatabase = H2Database.inMemory("per-row");
	}

	@Test
	public void givenRowsStoredOrListedTwice_whenInsertedInBulk_thenTheyAreSavedAsThePerRowPortsSaveThem()
		throws Exception {

		Clock clock = StoreFixture.tickingClock();

		JdbcStore bulkStore = new JdbcStore(_bulkDatabase.dataSource(), clock);
		JdbcStore perRowStore = new JdbcStore(
			_perRowDatabase.dataSource(), clock);

		Person moved = _person("P1", _OTHER_UAI, "6A", "G1");

		for (JdbcStore store : Arrays.asList(bulkStore, perRowStore)) {
			store.people().save(moved);
			store.links().saveRelation(
				new ParentRelation(
					_OTHER_UAI, "R1", "P1", LegalLevel.CONTACT, ""));
			store.links().saveTeachingAssignment(
				new TeachingAssignment(
					_OTHER_UAI, "T1", "6A", false, "MATHS", false));
		}

		List<Person> people = Arrays.asList(
			_person("P1", _UAI, "5B", "G2"), _person("P2", _UAI, "5B"),
			_person("P3", _UAI, "5C", "G1", "G2"), _person("P2", _UAI, "5C"),
			Person.builder(
			).externalId(
				"S1"
			).profile(
				Profile.STAFF
			).uai(
				_UAI
			).lastName(
				"Abel"
			).firstName(
				"Jean"
			).function(
				StaffFunction.DOC
			).build());
		List<ParentRelation> relations = Arrays.asList(
			new ParentRelation(_UAI, "R1", "P1", LegalLevel.LEGAL, "10"),
			new ParentRelation(_UAI, "R1", "P2", LegalLevel.LEGAL, "20"),
			new ParentRelation(_UAI, "R1", "P2", LegalLevel.IN_CHARGE, "20"));
		List<TeachingAssignment> teachingAssignments = Arrays.asList(
			new TeachingAssignment(_OTHER_UAI, "T1", "6A", false, "MATHS", true),
			new TeachingAssignment(_UAI, "T1", "G2", true, "MATHS", false));

		bulkStore.transactions(
		).inTransaction(
			() -> {
				bulkStore.directoryInserts().insertPeople(people);
				bulkStore.directoryInserts().insertRelations(relations);
				bulkStore.directoryInserts().insertTeachingAssignments(
					teachingAssignments);

				return null;
			}
		);

		perRowStore.transactions(
		).inTransaction(
			() -> {
				people.forEach(perRowStore.people()::save);
				relations.forEach(perRowStore.links()::saveRelation);
				teachingAssignments.forEach(
					perRowStore.links()::saveTeachingAssignment);

				return null;
			}
		);

		List<String> rows = ImportFixture.directoryDump(
			_perRowDatabase.dataSource());

		assertEquals(
			rows, ImportFixture.directoryDump(_bulkDatabase.dataSource()));
		assertEquals(
			4,
			StoreFixture.rowCount(_bulkDatabase.dataSource(), "Preau_Person"));
		assertTrue(
			rows.stream(
			).anyMatch(
				row -> row.startsWith(
					"person | P1 | AAF | PUPIL | " + _UAI.value())
			),
			rows.toString());
	}

	@Test
	public void givenSchools_whenImportedInBulk_thenTheDirectoryIsThatOfThePerRowImportAndASecondRunChangesNothing()
		throws Exception {

		DirectorySnapshot snapshot = ImportFixture.generatedAaf(
			_feedDir, ImportFixture.schoolSet());
		Clock clock = ImportFixture.fixedClock();

		ImportReport perRow = ImportFixture.perRowImportService(
			new JdbcStore(_perRowDatabase.dataSource(), clock), clock
		).run(
			Actor.system(), ImportCommand.apply(snapshot, Source.AAF)
		);

		JdbcStore bulkStore = new JdbcStore(_bulkDatabase.dataSource(), clock);

		ImportReport bulk = ImportFixture.importService(
			bulkStore, clock
		).run(
			Actor.system(), ImportCommand.apply(snapshot, Source.AAF)
		);

		assertTrue(bulk.errors().isEmpty(), bulk.errors().toString());
		assertEquals(perRow.totalActions(), bulk.totalActions());
		assertTrue(bulk.totalActions() > 4000, bulk.toString());

		List<String> rows = ImportFixture.directoryDump(
			_bulkDatabase.dataSource());

		assertEquals(
			ImportFixture.directoryDump(_perRowDatabase.dataSource()), rows);

		List<String> allRows = StoreFixture.dump(_bulkDatabase.dataSource());

		ImportReport again = ImportFixture.importService(
			bulkStore, clock
		).run(
			Actor.system(), ImportCommand.apply(snapshot, Source.AAF)
		);

		assertEquals(0, again.totalActions(), again.toString());

		List<String> allRowsAgain = StoreFixture.dump(
			_bulkDatabase.dataSource());

		// Only the import runs and the audit log grow: the directory's rows, ids and dates included, stay as they were

		allRows.removeIf(JdbcDirectoryInsertsTest::_isJournal);
		allRowsAgain.removeIf(JdbcDirectoryInsertsTest::_isJournal);

		assertEquals(allRows, allRowsAgain);
	}

	@Test
	public void givenSchools_whenReadOnceIntoEstablishmentSnapshotsAndImportedOneEstablishmentAtATime_thenTheDirectoryIsThatOfTheWholeFeedsImport()
		throws Exception {

		DirectorySnapshot snapshot = ImportFixture.generatedAaf(
			_feedDir, ImportFixture.schoolSet());
		Clock clock = ImportFixture.fixedClock();

		ImportReport whole = ImportFixture.perRowImportService(
			new JdbcStore(_perRowDatabase.dataSource(), clock), clock
		).run(
			Actor.system(), ImportCommand.apply(snapshot, Source.AAF)
		);

		EstablishmentSnapshots establishmentSnapshots =
			new EstablishmentSnapshots();

		new AafReader().read(_feedDir, establishmentSnapshots);

		assertEquals(
			snapshot.establishments().size(),
			establishmentSnapshots.establishments());
		assertEquals(
			snapshot.people().size(), establishmentSnapshots.people());

		ImportService importService = ImportFixture.importService(
			new JdbcStore(_bulkDatabase.dataSource(), clock), clock);
		int[] actions = {0};

		establishmentSnapshots.drain(
			establishmentSnapshot -> {
				ImportReport report = importService.run(
					Actor.system(),
					ImportCommand.apply(establishmentSnapshot, Source.AAF));

				assertTrue(report.errors().isEmpty(), report.toString());

				actions[0] += report.totalActions();
			});

		assertEquals(whole.totalActions(), actions[0]);
		assertEquals(
			ImportFixture.directoryDump(_perRowDatabase.dataSource()),
			ImportFixture.directoryDump(_bulkDatabase.dataSource()));
	}

	private static boolean _isJournal(String row) {
		String table = row.substring(
			0, row.indexOf(' ')
		).toUpperCase(
			Locale.ROOT
		);

		return table.equals("PREAU_AUDITEVENT") ||
			table.equals("PREAU_IMPORTRUN");
	}

	private static Person _person(
		String externalId, Uai uai, String classCode, String... groupCodes) {

		Person.Builder builder = Person.builder(
		).externalId(
			externalId
		).profile(
			Profile.PUPIL
		).uai(
			uai
		).lastName(
			"Durand"
		).firstName(
			"Léa"
		).classCode(
			classCode
		).source(
			Source.AAF
		);

		for (String groupCode : groupCodes) {
			builder.group(groupCode);
		}

		return builder.build();
	}

	private static final Uai _OTHER_UAI = Uai.of("0310002B");

	private static final Uai _UAI = Uai.of("0310001A");

	private H2Database _bulkDatabase;

	@TempDir
	private Path _feedDir;

	private H2Database _perRowDatabase;

}
