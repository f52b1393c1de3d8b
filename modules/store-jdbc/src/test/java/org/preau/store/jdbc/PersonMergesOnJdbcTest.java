package org.preau.store.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.preau.core.audit.service.Auditor;
import org.preau.core.directory.model.Establishment;
import org.preau.core.directory.model.EstablishmentKind;
import org.preau.core.directory.model.Group;
import org.preau.core.directory.model.LegalLevel;
import org.preau.core.directory.model.ParentRelation;
import org.preau.core.directory.model.Person;
import org.preau.core.directory.model.Profile;
import org.preau.core.directory.model.SchoolClass;
import org.preau.core.directory.model.Source;
import org.preau.core.directory.model.Uai;
import org.preau.core.imports.model.ActionKind;
import org.preau.core.imports.model.Anomaly;
import org.preau.core.imports.model.AnomalyKind;
import org.preau.core.imports.model.DirectorySnapshot;
import org.preau.core.imports.model.EstablishmentReport;
import org.preau.core.imports.model.ImportReport;
import org.preau.core.imports.port.in.ImportCommand;
import org.preau.core.imports.service.ImportService;
import org.preau.core.merges.model.PersonMerge;
import org.preau.core.merges.port.in.MergeCommand;
import org.preau.core.merges.service.PersonMergeService;
import org.preau.core.security.AccessDeniedException;
import org.preau.core.security.Actor;
import org.preau.core.security.AdminGrant;

/**
 * Merges and unmerges on a real H2 database, between imports of a feed that lists one pupil twice under two AAF
 * identifiers with the same INE: the second record is in one more group, and only it is linked to the mother.
 */
public class PersonMergesOnJdbcTest {

	@BeforeEach
	public void setUp() {
		_database = H2Database.inMemory("merges");

		_clock = StoreFixture.tickingClock();

		_store = new JdbcStore(_database.dataSource(), _clock);

		_importService = ImportFixture.importService(_store, _clock);
		_personMergeService = new PersonMergeService(
			_store.personMerges(), new Auditor(_store.auditLog(), _clock),
			_clock);
	}

	@AfterEach
	public void tearDown() {
		_database.close();
	}

	@Test
	public void givenAnActorWhoDoesNotAdministerTheEstablishment_whenTheyMerge_thenItIsDeniedAndNothingChanges()
		throws SQLException {

		_import();

		List<String> before = _dump();

		Actor other = Actor.of(
			"other", "Other",
			Set.of(AdminGrant.establishment(Uai.of("0310002B"))));

		Assertions.assertThrows(
			AccessDeniedException.class,
			() -> _personMergeService.merge(
				other, new MergeCommand(_UAI, "1001", "1009")));
		Assertions.assertEquals(before, _dump());
		Assertions.assertEquals(
			"DENIED",
			_store.auditLog(
			).latest(
				1
			).get(
				0
			).outcome(
			).name());
	}

	@Test
	public void givenDuplicates_whenMergedThenUnmerged_thenBothPersonsAreExactlyAsBefore()
		throws SQLException {

		_import();
		_giveLogins();

		List<String> before = _dump();

		PersonMerge personMerge = _personMergeService.merge(
			_admin, new MergeCommand(_UAI, "1001", "1009"));

		Assertions.assertNotEquals(before, _dump());

		PersonMerge undone = _personMergeService.unmerge(
			_admin, personMerge.id());

		Assertions.assertTrue(undone.isUndone());
		Assertions.assertEquals(before, _dump());
		Assertions.assertThrows(
			IllegalArgumentException.class,
			() -> _personMergeService.unmerge(_admin, personMerge.id()),
			"undone already");
		Assertions.assertEquals(
			List.of(undone.id()),
			_ids(_personMergeService.ofEstablishment(_admin, _UAI, 10)));
	}

	@Test
	public void givenDuplicates_whenMerged_thenTheSurvivorHoldsTheLinksGroupsAndKeysAndTheAbsorbedLoginStaysReserved()
		throws SQLException {

		ImportReport importReport = _import();

		Assertions.assertTrue(
			_anomalies(
				importReport, AnomalyKind.DUPLICATE_SUSPECT
			).size() > 0,
			importReport.toString());

		_giveLogins();

		_personMergeService.merge(
			_admin, new MergeCommand(_UAI, "1001", "1009"));

		Assertions.assertTrue(_store.people().find("1009").isEmpty());

		Person survivor = _store.people(
		).find(
			"1001"
		).get();

		Assertions.assertEquals(
			Set.of("6A-ANG", "6A-LAT"), survivor.groupCodes());
		Assertions.assertEquals(
			List.of("2001 -> 1001"),
			_query(
				"select parentExternalId || ' -> ' || pupilExternalId from " +
					"Preau_ParentRelation"));
		Assertions.assertEquals(
			List.of("AAF 1009 1001"),
			_query(
				"select source || ' ' || sourceId || ' ' || " +
					"survivorExternalId from Preau_MergedKey"));
		Assertions.assertEquals(
			"1009",
			_store.personLogins(
			).externalIdOf(
				"eloise.daubigne2"
			).get());
		Assertions.assertTrue(
			_store.personLogins(
			).taken(
				"eloise.daubigne2"
			));
		Assertions.assertEquals(
			"directory.merge-people",
			_store.auditLog(
			).latest(
				1
			).get(
				0
			).action());
	}

	@Test
	public void givenAMerge_whenTheFeedIsImportedAgain_thenTheDuplicateIsNotRecreatedAndASecondImportChangesNothing() {
		_import();

		_personMergeService.merge(
			_admin, new MergeCommand(_UAI, "1001", "1009"));

		ImportReport importReport = _import();

		Assertions.assertEquals(
			0, _count(importReport, ActionKind.CREATE), importReport.toString());
		Assertions.assertEquals(
			List.of(),
			_anomalies(importReport, AnomalyKind.DUPLICATE_SUSPECT));
		Assertions.assertTrue(_store.people().find("1009").isEmpty());
		Assertions.assertEquals(
			1,
			importReport.establishments(
			).get(
				0
			).counts(
			).people(
				Profile.PUPIL
			));
		Assertions.assertEquals(
			List.of("2001 -> 1001"),
			_query(
				"select parentExternalId || ' -> ' || pupilExternalId from " +
					"Preau_ParentRelation"));

		importReport = _import();

		Assertions.assertEquals(
			0, importReport.totalActions(), importReport.toString());
	}

	@Test
	public void givenPeopleOfTwoProfiles_whenMerged_thenItIsRefusedAndNothingChanges()
		throws SQLException {

		_import();

		List<String> before = _dump();

		IllegalArgumentException illegalArgumentException =
			Assertions.assertThrows(
				IllegalArgumentException.class,
				() -> _personMergeService.merge(
					_admin, new MergeCommand(_UAI, "1001", "2001")));

		Assertions.assertTrue(
			illegalArgumentException.getMessage(
			).contains(
				"only people of one profile can be merged"
			),
			illegalArgumentException.getMessage());
		Assertions.assertEquals(before, _dump());
		Assertions.assertThrows(
			IllegalArgumentException.class,
			() -> _personMergeService.merge(
				_admin, new MergeCommand(_UAI, "1001", "9999")));
		Assertions.assertThrows(
			IllegalArgumentException.class,
			() -> new MergeCommand(_UAI, "1001", "1001"));
		Assertions.assertEquals(before, _dump());
	}

	private List<Anomaly> _anomalies(
		ImportReport importReport, AnomalyKind anomalyKind) {

		List<Anomaly> anomalies = new ArrayList<>();

		for (EstablishmentReport establishmentReport :
				importReport.establishments()) {

			for (Anomaly anomaly : establishmentReport.anomalies()) {
				if (anomaly.kind() == anomalyKind) {
					anomalies.add(anomaly);
				}
			}
		}

		return anomalies;
	}

	private int _count(ImportReport importReport, ActionKind actionKind) {
		int count = 0;

		for (EstablishmentReport establishmentReport :
				importReport.establishments()) {

			count += establishmentReport.actions(
			).getOrDefault(
				actionKind, 0
			);
		}

		return count;
	}

	/**
	 * Every row of the directory, without the merges and the audit trail, which record the actions themselves.
	 */
	private List<String> _dump() throws SQLException {
		List<String> lines = new ArrayList<>();

		for (String line : StoreFixture.dump(_database.dataSource())) {
			if (!line.startsWith("PREAU_AUDITEVENT ") &&
				!line.startsWith("PREAU_PERSONMERGE ")) {

				lines.add(line);
			}
		}

		return lines;
	}

	private DirectorySnapshot _feed() {
		DirectorySnapshot directorySnapshot = new DirectorySnapshot();

		directorySnapshot.establishment(
			new Establishment(
				_UAI, "Collège Jean Moulin", EstablishmentKind.COLLEGE,
				"Toulouse"));
		directorySnapshot.schoolClass(new SchoolClass(_UAI, "6A", null));
		directorySnapshot.group(new Group(_UAI, "6A-ANG", Set.of("6A")));
		directorySnapshot.group(new Group(_UAI, "6A-LAT", Set.of("6A")));
		directorySnapshot.person(
			_pupil(
				"1001", "Éloïse", "D'Aubigné"
			).group(
				"6A-ANG"
			).build());
		directorySnapshot.person(
			_pupil(
				"1009", "Eloise", "Daubigne"
			).group(
				"6A-ANG"
			).group(
				"6A-LAT"
			).build());
		directorySnapshot.person(
			Person.builder(
			).email(
				"marie.daubigne@example.org"
			).externalId(
				"2001"
			).firstName(
				"Marie"
			).lastName(
				"Daubigné"
			).profile(
				Profile.PARENT
			).source(
				Source.AAF
			).uai(
				_UAI
			).build());
		directorySnapshot.relation(
			new ParentRelation(_UAI, "2001", "1009", LegalLevel.LEGAL, "20"));

		return directorySnapshot;
	}

	private void _giveLogins() {
		Assertions.assertTrue(
			_store.personLogins(
			).give(
				"eloise.daubigne", "1001"
			));
		Assertions.assertTrue(
			_store.personLogins(
			).give(
				"eloise.daubigne2", "1009"
			));
	}

	private List<Long> _ids(List<PersonMerge> personMerges) {
		List<Long> ids = new ArrayList<>();

		for (PersonMerge personMerge : personMerges) {
			ids.add(personMerge.id());
		}

		return ids;
	}

	private ImportReport _import() {
		return _importService.run(
			Actor.system(), ImportCommand.apply(_feed(), Source.AAF));
	}

	private Person.Builder _pupil(
		String externalId, String firstName, String lastName) {

		return Person.builder(
		).birthDate(
			LocalDate.of(2014, 3, 2)
		).classCode(
			"6A"
		).externalId(
			externalId
		).firstName(
			firstName
		).ine(
			"123456789AB"
		).lastName(
			lastName
		).profile(
			Profile.PUPIL
		).source(
			Source.AAF
		).uai(
			_UAI
		);
	}

	private List<String> _query(String sql) {
		try (Connection connection = _database.dataSource().getConnection();
			Statement statement = connection.createStatement();
			ResultSet resultSet = statement.executeQuery(sql)) {

			List<String> rows = new ArrayList<>();

			while (resultSet.next()) {
				rows.add(resultSet.getString(1));
			}

			return rows;
		}
		catch (SQLException sqlException) {
			throw new IllegalStateException(sqlException);
		}
	}

	private static final Uai _UAI = Uai.of("0310001A");

	private final Actor _admin = Actor.of(
		"dane.admin", "DANE", Set.of(AdminGrant.establishment(_UAI)));
	private Clock _clock;
	private H2Database _database;
	private ImportService _importService;
	private PersonMergeService _personMergeService;
	private JdbcStore _store;

}
