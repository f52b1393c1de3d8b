package org.preau.store.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.preau.core.directory.model.Person;
import org.preau.core.directory.model.PersonState;
import org.preau.core.directory.model.Profile;
import org.preau.core.directory.model.Source;
import org.preau.core.directory.model.StaffFunction;
import org.preau.core.directory.model.Uai;
import org.preau.core.directory.port.out.People;

public class JdbcPeopleTest {

	@AfterEach
	public void tearDown() {
		_database.close();
	}

	@BeforeEach
	public void setUp() {
		_database = H2Database.inMemory("people");
		_people = new JdbcStore(
			_database.dataSource(), StoreFixture.tickingClock()
		).people();
	}

	@Test
	public void givenPageOfPeople_thenOrderedByNameThenIdentifierAndPaged() {
		_people.save(_pupil("P3", "Martin", "Zoé", "3A"));
		_people.save(_pupil("P1", "Martin", "Alice", "3A"));
		_people.save(_pupil("P2", "Bernard", "Léo", "3B"));
		_people.save(_pupil("P4", "Martin", "Alice", "3B"));
		_people.save(
			_pupil(
				"OTHER", "Aaron", "Anne", "3A"
			).toBuilder(
			).uai(
				Uai.of("0310002B")
			).build());
		_people.save(_teacher("T1", "Abel", "Jean"));

		assertEquals(
			Arrays.asList("P2", "P1", "P4", "P3"),
			_ids(_people.list(_UAI, Profile.PUPIL, 0, 10)));
		assertEquals(
			Arrays.asList("P1", "P4"),
			_ids(_people.list(_UAI, Profile.PUPIL, 1, 2)));
		assertEquals(
			Arrays.asList(), _ids(_people.list(_UAI, Profile.PUPIL, 4, 2)));
		assertEquals(
			Arrays.asList("T1"),
			_ids(_people.list(_UAI, Profile.TEACHER, 0, 10)));
	}

	@Test
	public void givenPersonWithEveryField_thenFoundAsSaved() {
		Person pupil = _pupil(
			"P1", "D'Aubigné", "Éloïse", "3A"
		).toBuilder(
		).birthDate(
			LocalDate.of(2012, 2, 29)
		).email(
			"eloise@example.org"
		).ine(
			"123456789AB"
		).group(
			"3A_ANG1"
		).group(
			"LATIN"
		).source(
			Source.SIECLE
		).state(
			PersonState.DETACHED
		).build();

		_people.save(pupil);

		assertEquals(pupil, _people.find("P1").get());

		Person teacher = _teacher("T1", "Abel", "Jean");

		_people.save(teacher);

		Person stored = _people.find("T1").get();

		assertEquals(teacher, stored);
		assertEquals(
			EnumSet.of(StaffFunction.ENS, StaffFunction.DIR),
			stored.functions());
		assertTrue(stored.classCode().isEmpty());
		assertTrue(_people.find("nobody").isEmpty());
	}

	@Test
	public void givenPersonWithInvalidValue_thenNothingIsWritten()
		throws SQLException {

		Person person = _pupil(
			"P1", "Martin", "Alice", "3A"
		).toBuilder(
		).email(
			"x".repeat(300)
		).group(
			"G1"
		).build();

		assertThrows(StoreException.class, () -> _people.save(person));

		assertEquals(
			0, StoreFixture.rowCount(_database.dataSource(), "Preau_Person"));
		assertEquals(
			0,
			StoreFixture.rowCount(
				_database.dataSource(), "Preau_PersonGroup"));
	}

	@Test
	public void givenSamePersonSavedTwice_thenNoRowIsRewritten()
		throws SQLException {

		Person pupil = _pupil(
			"P1", "Martin", "Alice", "3A"
		).toBuilder(
		).group(
			"G1"
		).group(
			"G2"
		).build();

		_people.save(pupil);

		List<String> rows = StoreFixture.dump(_database.dataSource());

		_people.save(pupil);
		_people.save(pupil.toBuilder().build());

		assertEquals(rows, StoreFixture.dump(_database.dataSource()));
	}

	@Test
	public void givenSamePersonSavedTwice_thenOneRowWithLatestValues()
		throws SQLException {

		_people.save(
			_pupil(
				"P1", "Martin", "Alice", "3A"
			).toBuilder(
			).group(
				"G1"
			).group(
				"G2"
			).build());

		Person.Builder builder = _pupil(
			"P1", "Martin-Durand", "Alice", "4A"
		).toBuilder(
		).group(
			"G2"
		).group(
			"G3"
		).email(
			"alice@example.org"
		);

		Person latest = builder.build();

		_people.save(latest);

		assertEquals(latest, _people.find("P1").get());
		assertEquals(
			new LinkedHashSet<>(Arrays.asList("G2", "G3")),
			_people.find("P1").get().groupCodes());
		assertEquals(
			1, StoreFixture.rowCount(_database.dataSource(), "Preau_Person"));
		assertEquals(
			2,
			StoreFixture.rowCount(
				_database.dataSource(), "Preau_PersonGroup"));
	}

	@Test
	public void givenStaffFunctionsChanged_thenOnlyTheNewOnesRemain() {
		_people.save(_teacher("T1", "Abel", "Jean"));

		_people.save(
			Person.builder(
			).externalId(
				"T1"
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

		Person stored = _people.find("T1").get();

		assertEquals(Profile.STAFF, stored.profile());
		assertEquals(EnumSet.of(StaffFunction.DOC), stored.functions());
	}

	private static List<String> _ids(List<Person> people) {
		List<String> ids = new ArrayList<>();

		for (Person person : people) {
			ids.add(person.externalId());
		}

		return ids;
	}

	private static Person _pupil(
		String externalId, String lastName, String firstName,
		String classCode) {

		return Person.builder(
		).externalId(
			externalId
		).profile(
			Profile.PUPIL
		).uai(
			_UAI
		).lastName(
			lastName
		).firstName(
			firstName
		).classCode(
			classCode
		).source(
			Source.AAF
		).build();
	}

	private static Person _teacher(
		String externalId, String lastName, String firstName) {

		return Person.builder(
		).externalId(
			externalId
		).profile(
			Profile.TEACHER
		).uai(
			_UAI
		).lastName(
			lastName
		).firstName(
			firstName
		).function(
			StaffFunction.ENS
		).function(
			StaffFunction.DIR
		).source(
			Source.STS
		).build();
	}

	private static final Uai _UAI = Uai.of("0310001A");

	private H2Database _database;
	private People _people;

}
