package org.preau.store.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.preau.core.audit.model.AuditEvent;
import org.preau.core.audit.model.Outcome;
import org.preau.core.audit.service.Auditor;
import org.preau.core.directory.model.DirectoryEntry;
import org.preau.core.directory.model.DirectoryPage;
import org.preau.core.directory.model.DirectorySearch;
import org.preau.core.directory.model.Person;
import org.preau.core.directory.model.Profile;
import org.preau.core.directory.model.Source;
import org.preau.core.directory.model.Uai;
import org.preau.core.directory.port.in.SearchDirectory;
import org.preau.core.directory.service.DirectorySearchService;
import org.preau.core.security.AccessDeniedException;
import org.preau.core.security.Actor;
import org.preau.core.security.AdminGrant;

/**
 * Who may search the directory, see a card and export, on the real store; every attempt is audited.
 */
public class DirectorySearchServiceOnJdbcTest {

	@AfterEach
	public void tearDown() {
		_database.close();
	}

	@BeforeEach
	public void setUp() {
		_database = H2Database.inMemory("directory-search-service");

		_jdbcStore = new JdbcStore(
			_database.dataSource(), StoreFixture.tickingClock());

		_jdbcStore.people().save(_person("A1", "Martin", _UAI));
		_jdbcStore.people().save(_person("B1", "Martinez", _OTHER_UAI));

		_service = new DirectorySearchService(
			new JdbcSearchPeople(_jdbcStore), new JdbcDirectoryCards(_jdbcStore),
			new Auditor(_jdbcStore.auditLog(), StoreFixture.tickingClock()));
	}

	@Test
	public void givenASchoolAdministrator_thenOnlyTheirSchoolEvenWhenNoneIsNamed() {
		DirectoryPage directoryPage = _service.search(
			_schoolAdmin, DirectorySearch.builder().name("mart").build());

		assertEquals(List.of("A1"), _ids(directoryPage.entries()));
		assertEquals(Set.of(), directoryPage.search().uais());

		assertThrows(
			AccessDeniedException.class,
			() -> _service.search(
				_schoolAdmin,
				DirectorySearch.builder().uai(_OTHER_UAI).build()));

		_assertLatest(DirectorySearchService.SEARCH_ACTION, Outcome.DENIED);
	}

	@Test
	public void givenThePlatformAdministrator_thenEveryone() {
		DirectoryPage directoryPage = _service.search(
			_platformAdmin, DirectorySearch.builder().name("mart").build());

		assertEquals(List.of("A1", "B1"), _ids(directoryPage.entries()));

		_assertLatest(DirectorySearchService.SEARCH_ACTION, Outcome.SUCCESS);
	}

	@Test
	public void givenSomeoneWhoAdministersNothing_thenDeniedEverywhere() {
		assertThrows(
			AccessDeniedException.class,
			() -> _service.search(
				_teacher, DirectorySearch.builder().name("mart").build()));
		assertThrows(
			AccessDeniedException.class, () -> _service.card(_teacher, "A1"));
		assertThrows(
			AccessDeniedException.class,
			() -> _service.card(_teacher, "NOBODY"));
		assertThrows(
			AccessDeniedException.class,
			() -> _service.export(_teacher, DirectorySearch.builder().build()));

		_assertLatest(DirectorySearchService.EXPORT_ACTION, Outcome.DENIED);
	}

	@Test
	public void givenACardOfAnotherSchool_thenDenied_andOfNobody_thenNotFound() {
		assertEquals(
			"Martin", _service.card(_schoolAdmin, "A1").person().lastName());

		assertThrows(
			AccessDeniedException.class,
			() -> _service.card(_schoolAdmin, "B1"));

		_assertLatest(DirectorySearchService.CARD_ACTION, Outcome.DENIED);

		assertThrows(
			NoSuchElementException.class,
			() -> _service.card(_schoolAdmin, "NOBODY"));

		_assertLatest(DirectorySearchService.CARD_ACTION, Outcome.FAILURE);
	}

	@Test
	public void givenAnExport_thenCheckedAndAuditedBeforeAnyoneIsRead() {
		List<DirectoryEntry> entries = new ArrayList<>();

		SearchDirectory.Export export = _service.export(
			_schoolAdmin, DirectorySearch.builder().pageSize(1).build());

		_assertLatest(DirectorySearchService.EXPORT_ACTION, Outcome.SUCCESS);

		export.forEach(entries::add);

		assertEquals(List.of("A1"), _ids(entries));
	}

	private static List<String> _ids(List<DirectoryEntry> entries) {
		List<String> ids = new ArrayList<>();

		for (DirectoryEntry entry : entries) {
			ids.add(entry.person().externalId());
		}

		return ids;
	}

	private static Person _person(String id, String lastName, Uai uai) {
		return Person.builder(
		).externalId(
			id
		).firstName(
			"Anne"
		).lastName(
			lastName
		).profile(
			Profile.TEACHER
		).source(
			Source.AAF
		).uai(
			uai
		).build();
	}

	private void _assertLatest(String action, Outcome outcome) {
		AuditEvent auditEvent = _jdbcStore.auditLog().latest(1).get(0);

		assertEquals(action, auditEvent.action());
		assertEquals(outcome, auditEvent.outcome());
	}

	private static final Uai _OTHER_UAI = Uai.of("0310002B");

	private static final Uai _UAI = Uai.of("0310001A");

	private H2Database _database;
	private JdbcStore _jdbcStore;
	private final Actor _platformAdmin = Actor.of(
		"dane", "DANE", Set.of(AdminGrant.platform()));
	private final Actor _schoolAdmin = Actor.of(
		"admin.curie", "Admin", Set.of(AdminGrant.establishment(_UAI)));
	private DirectorySearchService _service;
	private final Actor _teacher = Actor.of("anne.martin", "Anne", Set.of());

}
