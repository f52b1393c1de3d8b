package org.preau.store.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.preau.core.directory.model.PeoplePage;
import org.preau.core.directory.model.PeopleQuery;
import org.preau.core.directory.model.Person;
import org.preau.core.directory.model.Profile;
import org.preau.core.directory.model.Source;
import org.preau.core.directory.model.StaffFunction;
import org.preau.core.directory.model.Uai;

public class JdbcSearchPeopleTest {

	@AfterEach
	public void tearDown() {
		_database.close();
	}

	@BeforeEach
	public void setUp() {
		_database = H2Database.inMemory("search");

		JdbcStore jdbcStore = new JdbcStore(
			_database.dataSource(), StoreFixture.tickingClock());

		jdbcStore.people().save(_pupil("P1", "Martin", "Alice", "3A", "LATIN"));
		jdbcStore.people().save(_pupil("P2", "Bernard", "Léo", "3B", "LATIN"));
		jdbcStore.people().save(_pupil("P3", "Martin", "Zoé", "3A", null));
		jdbcStore.people().save(
			Person.builder(
			).externalId(
				"T1"
			).firstName(
				"Jean"
			).function(
				StaffFunction.ENS
			).lastName(
				"Abel"
			).profile(
				Profile.TEACHER
			).source(
				Source.AAF
			).uai(
				_UAI
			).build());
		jdbcStore.people().save(
			_pupil(
				"OTHER", "Aaron", "Anne", "3A", "LATIN"
			).toBuilder(
			).uai(
				Uai.of("0310002B")
			).build());

		_searchPeople = new JdbcSearchPeople(jdbcStore);
	}

	@Test
	public void givenClassFilter_thenOnlyThatClassOfThatEstablishment() {
		PeoplePage peoplePage = _searchPeople.search(
			new PeopleQuery(_UAI, null, "3A", null, 0, 10));

		assertEquals(List.of("P1", "P3"), _ids(peoplePage));
		assertEquals(2, peoplePage.total());
	}

	@Test
	public void givenGroupFilter_thenMembersWithTheirGroupsAndFunctions() {
		PeoplePage peoplePage = _searchPeople.search(
			new PeopleQuery(_UAI, Profile.PUPIL, null, "LATIN", 0, 10));

		assertEquals(List.of("P2", "P1"), _ids(peoplePage));
		assertTrue(peoplePage.people().get(0).groupCodes().contains("LATIN"));
	}

	@Test
	public void givenNoFilter_thenEveryoneOfTheEstablishmentPagedInNameOrder() {
		PeoplePage firstPage = _searchPeople.search(
			new PeopleQuery(_UAI, null, null, null, 0, 3));

		assertEquals(List.of("T1", "P2", "P1"), _ids(firstPage));
		assertEquals(4, firstPage.total());
		assertTrue(firstPage.hasNext());
		assertTrue(
			firstPage.people().get(0).functions().contains(StaffFunction.ENS));

		PeoplePage secondPage = _searchPeople.search(
			new PeopleQuery(_UAI, null, null, null, 1, 3));

		assertEquals(List.of("P3"), _ids(secondPage));
		assertFalse(secondPage.hasNext());
	}

	@Test
	public void givenHostileFilterValue_thenItIsAValueNotSql() {
		PeoplePage peoplePage = _searchPeople.search(
			new PeopleQuery(_UAI, null, "3A' or '1'='1", null, 0, 10));

		assertEquals(0, peoplePage.total());
	}

	private static List<String> _ids(PeoplePage peoplePage) {
		List<String> ids = new ArrayList<>();

		for (Person person : peoplePage.people()) {
			ids.add(person.externalId());
		}

		return ids;
	}

	private static Person _pupil(
		String id, String lastName, String firstName, String classCode,
		String groupCode) {

		return Person.builder(
		).classCode(
			classCode
		).externalId(
			id
		).firstName(
			firstName
		).group(
			groupCode
		).lastName(
			lastName
		).profile(
			Profile.PUPIL
		).source(
			Source.AAF
		).uai(
			_UAI
		).build();
	}

	private static final Uai _UAI = Uai.of("0310001A");

	private H2Database _database;
	private JdbcSearchPeople _searchPeople;

}
