package org.preau.store.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.preau.core.directory.model.DirectoryEntry;
import org.preau.core.directory.model.DirectoryPage;
import org.preau.core.directory.model.DirectorySearch;
import org.preau.core.directory.model.LegalLevel;
import org.preau.core.directory.model.Level;
import org.preau.core.directory.model.Names;
import org.preau.core.directory.model.ParentRelation;
import org.preau.core.directory.model.Person;
import org.preau.core.directory.model.PersonState;
import org.preau.core.directory.model.Profile;
import org.preau.core.directory.model.SchoolClass;
import org.preau.core.directory.model.Source;
import org.preau.core.directory.model.StaffFunction;
import org.preau.core.directory.model.Subject;
import org.preau.core.directory.model.TeachingAssignment;
import org.preau.core.directory.model.Uai;
import org.preau.core.directory.model.UserCard;
import org.preau.core.directory.port.out.DirectoryCards;
import org.preau.core.directory.port.out.SearchPeople;

/**
 * The directory search and the user card on a real H2 database, with the schema of the migrations.
 */
public class JdbcDirectorySearchTest {

	@AfterEach
	public void tearDown() {
		_database.close();
	}

	@BeforeEach
	public void setUp() {
		_database = H2Database.inMemory("directory-search");

		_jdbcStore = new JdbcStore(
			_database.dataSource(), StoreFixture.tickingClock());

		_jdbcStore.structures().saveLevel(new Level("10010012110", "6EME"));
		_jdbcStore.structures().saveLevel(new Level("10110001110", "3EME"));
		_jdbcStore.structures().saveClass(
			new SchoolClass(_UAI, "6A", "10010012110"));
		_jdbcStore.structures().saveClass(
			new SchoolClass(_UAI, "3A", "10110001110"));
		_jdbcStore.structures().saveSubject(
			new Subject("030201", "ANGLAIS LV1"));
		_jdbcStore.structures().saveSubject(
			new Subject("020700", "MATHEMATIQUES"));

		_save(_pupil("P1", "Éloïse", "D'Aubigné", "6A", "LATIN"));
		_save(_pupil("P2", "Léo", "Dupont", "3A", null));
		_save(
			_pupil(
				"P3", "Zoé", "Dupont", "3A", null
			).toBuilder(
			).source(
				Source.SIECLE
			).state(
				PersonState.SUSPENDED
			).build());
		_save(_adult("R1", "Marc", "Dupont", Profile.PARENT, null));
		_save(_adult("T1", "Anne", "Œuvrard", Profile.TEACHER, StaffFunction.ENS));
		_save(_adult("T2", "Paul", "Martin", Profile.TEACHER, StaffFunction.ENS));
		_save(_adult("S1", "Sophie", "Élie", Profile.STAFF, StaffFunction.DIR));
		_save(
			_pupil(
				"OTHER", "Léon", "Dupuis", "3A", null
			).toBuilder(
			).uai(
				_OTHER_UAI
			).build());

		_jdbcStore.links().saveTeachingAssignment(
			new TeachingAssignment(_UAI, "T1", "3A", false, "030201", true));
		_jdbcStore.links().saveTeachingAssignment(
			new TeachingAssignment(_UAI, "T1", "LATIN", true, "020700", false));
		_jdbcStore.links().saveTeachingAssignment(
			new TeachingAssignment(_UAI, "T2", "6A", false, "020700", false));
		_jdbcStore.links().saveRelation(
			new ParentRelation(_UAI, "R1", "P2", LegalLevel.LEGAL, "20"));
		_jdbcStore.links().saveRelation(
			new ParentRelation(_UAI, "R1", "P3", LegalLevel.LEGAL, "20"));

		_jdbcStore.personLogins().give("leo.dupont", "P2");
		_jdbcStore.personLogins().give("anne.oeuvrard", "T1");

		_searchPeople = new JdbcSearchPeople(_jdbcStore);
		_directoryCards = new JdbcDirectoryCards(_jdbcStore);
	}

	@Test
	public void givenAClass_thenItsPupilsAndTheTeachersWhoTeachIt() {
		assertEquals(
			List.of("P2", "P3", "T1"),
			_ids(_search(_inSchool().classCode("3A"))));
		assertEquals(
			List.of("T1"),
			_ids(_search(_inSchool().classCode("3A").profile(Profile.TEACHER))));
		assertEquals(
			List.of("P1", "T1"), _ids(_search(_inSchool().groupCode("LATIN"))));
	}

	@Test
	public void givenALevel_thenThePupilsOfItsClasses() {
		assertEquals(
			List.of("P2", "P3"),
			_ids(_search(_inSchool().level("10110001110"))));
		assertEquals(
			List.of(new Level("10010012110", "6EME"), new Level("10110001110", "3EME")),
			_searchPeople.levels(_UAI));
	}

	@Test
	public void givenASubjectByCodeOrLabel_thenTheTeachersWhoTeachIt() {
		assertEquals(
			List.of("T1"), _ids(_search(_inSchool().subject("ANGLAIS LV1"))));
		assertEquals(
			List.of("T1"), _ids(_search(_inSchool().subject("anglais lv1"))));
		assertEquals(
			List.of("T2", "T1"),
			_ids(_search(_inSchool().subject("020700"))));
		assertEquals(
			List.of(
				new Subject("030201", "ANGLAIS LV1"),
				new Subject("020700", "MATHEMATIQUES")),
			_searchPeople.subjectsTaught(_UAI));
	}

	@Test
	public void givenAFunctionAStateOrASource_thenOnlyThoseWhoMatch() {
		assertEquals(
			List.of("S1"),
			_ids(_search(DirectorySearch.builder().function("dir"))));
		assertEquals(
			List.of("P3"),
			_ids(_search(DirectorySearch.builder().state("suspended"))));
		assertEquals(
			List.of("P3"),
			_ids(_search(DirectorySearch.builder().source(Source.SIECLE))));
	}

	@Test
	public void givenANamePrefix_thenFoundWithoutAccentsOrCaseOnLastOrFirstName() {
		assertEquals(
			List.of("P2", "R1", "P3", "OTHER"),
			_ids(_search(DirectorySearch.builder().name("DUP"))));
		assertEquals(
			List.of("P1"),
			_ids(_search(DirectorySearch.builder().name("eloi"))));
		assertEquals(
			List.of("P1"),
			_ids(_search(DirectorySearch.builder().name("d’aub"))));
		assertEquals(
			List.of("T1"),
			_ids(_search(DirectorySearch.builder().name("oeuv"))));
		assertEquals(
			List.of("S1"), _ids(_search(DirectorySearch.builder().name("Elie"))));
		assertEquals(
			List.of(), _ids(_search(DirectorySearch.builder().name("upont"))));
	}

	@Test
	public void givenNamesWithEveryFoldedLetter_thenTheStoredKeyIsTheFoldOfTheName()
		throws Exception {

		String[] names = {
			"ÀÁÂÃÄÅàáâãäå", "ÇçĆćČč", "ÈÉÊËèéêëĘęĚě", "ÌÍÎÏìíîïĪī", "Ññ",
			"ÒÓÔÕÖòóôõöŐő", "ÙÚÛÜùúûüŮůŰű", "Ýýÿ", "Œœ Ææ", "O’Neil O‘Hara",
			"ŞşŞ Ţţ Ğğ", "Nguyễn", "Øystein Łukasz ß"
		};

		for (int i = 0; i < names.length; i++) {
			_save(_adult("N" + i, "Zed", names[i], Profile.GUEST, null));
		}

		try (Connection connection = _database.dataSource().getConnection();
			PreparedStatement preparedStatement = connection.prepareStatement(
				"select lastName, lastNameKey from Preau_Person where " +
					"externalId like 'N%'");
			ResultSet resultSet = preparedStatement.executeQuery()) {

			int rows = 0;

			while (resultSet.next()) {
				String lastName = resultSet.getString(1);

				if (!lastName.equals("Nguyễn")) {
					assertEquals(
						Names.fold(lastName), resultSet.getString(2), lastName);
				}

				rows++;
			}

			assertEquals(names.length, rows);
		}

		// The letters of Vietnamese with two accents are outside the folded alphabets: a prefix before them still finds

		assertEquals(
			List.of("N11"), _ids(_search(DirectorySearch.builder().name("nguy"))));
	}

	@Test
	public void givenAWildcardInTheName_thenItIsOnlyACharacter() {
		assertEquals(
			0, _search(DirectorySearch.builder().name("%")).total());
		assertEquals(
			0, _search(DirectorySearch.builder().name("_up")).total());
		assertEquals(
			0,
			_search(
				DirectorySearch.builder().name("x' or '1'='1")
			).total());
	}

	@Test
	public void givenEstablishments_thenOnlyTheirPeople() {
		DirectoryPage everywhere = _search(
			DirectorySearch.builder().name("dup"));

		assertEquals(4, everywhere.total());

		DirectoryPage oneSchool = _search(
			DirectorySearch.builder().name("dup").uai(_OTHER_UAI));

		assertEquals(List.of("OTHER"), _ids(oneSchool));

		DirectoryPage both = _searchPeople.search(
			DirectorySearch.builder(
			).name(
				"dup"
			).build(
			).within(
				Set.of(_UAI, _OTHER_UAI)
			));

		assertEquals(4, both.total());
	}

	@Test
	public void givenLogins_thenEachEntryHasItsOwnOrNone() {
		DirectoryPage directoryPage = _search(
			_inSchool().name("dupont").profile(Profile.PUPIL));

		assertEquals(
			"leo.dupont",
			directoryPage.entries().get(0).login().orElse(null));
		assertFalse(directoryPage.entries().get(1).login().isPresent());
	}

	@Test
	public void givenPages_thenAStableOrderAndForEachGivesThemAll() {
		DirectorySearch.Builder builder = _inSchool().pageSize(3);

		DirectoryPage first = _search(builder.page(0));
		DirectoryPage second = _search(builder.page(1));
		DirectoryPage third = _search(builder.page(2));

		assertEquals(7, first.total());
		assertEquals(List.of("P1", "P2", "R1"), _ids(first));
		assertEquals(List.of("P3", "S1", "T2"), _ids(second));
		assertEquals(List.of("T1"), _ids(third));
		assertTrue(second.hasNext());
		assertFalse(third.hasNext());

		List<String> all = new ArrayList<>();

		_searchPeople.forEach(
			builder.page(1).build(),
			entry -> all.add(entry.person().externalId()));

		assertEquals(List.of("P1", "P2", "R1", "P3", "S1", "T2", "T1"), all);
	}

	@Test
	public void givenAPupil_thenTheCardHasTheLevelGroupsAndParents() {
		UserCard userCard = _directoryCards.card("P2").get();

		assertEquals("leo.dupont", userCard.entry().login().get());
		assertEquals("3EME", userCard.level().get().label());
		assertEquals(1, userCard.parents().size());
		assertEquals(
			"R1", userCard.parents().get(0).entry().person().externalId());
		assertEquals(
			LegalLevel.LEGAL, userCard.parents().get(0).relation().legalLevel());
		assertTrue(userCard.children().isEmpty());
	}

	@Test
	public void givenAParent_thenTheCardHasTheChildrenInNameOrder() {
		UserCard userCard = _directoryCards.card("R1").get();

		assertFalse(userCard.entry().login().isPresent());
		assertEquals(2, userCard.children().size());
		assertEquals(
			"Léo", userCard.children().get(0).entry().person().firstName());
		assertEquals(
			"Zoé", userCard.children().get(1).entry().person().firstName());
		assertTrue(userCard.parents().isEmpty());
	}

	@Test
	public void givenATeacher_thenTheCardHasWhatTheyTeach() {
		UserCard userCard = _directoryCards.card("T1").get();

		assertEquals(2, userCard.teachingAssignments().size());
		assertEquals("3A", userCard.teachingAssignments().get(0).structureCode());
		assertTrue(userCard.teachingAssignments().get(0).headTeacher());
		assertEquals(
			"ANGLAIS LV1",
			userCard.subjectLabel(
				userCard.teachingAssignments().get(0).subjectCode()));
		assertTrue(
			userCard.person().functions().contains(StaffFunction.ENS));
		assertFalse(_directoryCards.card("NOBODY").isPresent());
	}

	private static Person _adult(
		String id, String firstName, String lastName, Profile profile,
		StaffFunction function) {

		Person.Builder builder = Person.builder(
		).externalId(
			id
		).firstName(
			firstName
		).lastName(
			lastName
		).profile(
			profile
		).source(
			Source.AAF
		).uai(
			_UAI
		);

		if (function != null) {
			builder.function(function);
		}

		return builder.build();
	}

	private static List<String> _ids(DirectoryPage directoryPage) {
		List<String> ids = new ArrayList<>();

		for (DirectoryEntry entry : directoryPage.entries()) {
			ids.add(entry.person().externalId());
		}

		return ids;
	}

	private static DirectorySearch.Builder _inSchool() {
		return DirectorySearch.builder().uai(_UAI);
	}

	private static Person _pupil(
		String id, String firstName, String lastName, String classCode,
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

	private void _save(Person person) {
		_jdbcStore.people().save(person);
	}

	private DirectoryPage _search(DirectorySearch.Builder builder) {
		return _searchPeople.search(builder.build());
	}

	private static final Uai _OTHER_UAI = Uai.of("0310002B");

	private static final Uai _UAI = Uai.of("0310001A");

	private H2Database _database;
	private DirectoryCards _directoryCards;
	private JdbcStore _jdbcStore;
	private SearchPeople _searchPeople;

}
