package org.preau.store.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.preau.core.accounts.model.LoginPolicy;
import org.preau.core.accounts.service.LoginService;
import org.preau.core.audit.service.Auditor;
import org.preau.core.directory.model.Person;
import org.preau.core.directory.model.Profile;
import org.preau.core.directory.model.Uai;
import org.preau.core.security.AccessDeniedException;
import org.preau.core.security.Actor;
import org.preau.core.security.AdminGrant;

public class LoginServiceOnJdbcTest {

	@AfterEach
	public void tearDown() {
		_database.close();
	}

	@BeforeEach
	public void setUp() {
		_database = H2Database.inMemory("login-service");
		_jdbcStore = new JdbcStore(
			_database.dataSource(), StoreFixture.tickingClock());
		_loginService = new LoginService(
			_jdbcStore.loginAllocations(),
			new LoginPolicy(
				LoginPolicy.DEFAULT_FORMAT, 30, LoginPolicy.parseReserved(
					"admin root")),
			new Auditor(_jdbcStore.auditLog(), StoreFixture.tickingClock()));
	}

	@Test
	public void givenAdministratorOfOneSchool_thenDeniedAndAudited()
		throws Exception {

		_save("aaf-1", "Léa", "Martin");

		assertThrows(
			AccessDeniedException.class,
			() -> _loginService.giveMissingLogins(
				Actor.of(
					"head", null,
					Set.of(AdminGrant.establishment(Uai.of("0310001A"))))));

		assertEquals(0, StoreFixture.rowCount(_database.dataSource(), "Preau_Login"));
		assertEquals(
			1, StoreFixture.rowCount(_database.dataSource(), "Preau_AuditEvent"));
	}

	@Test
	public void givenHomonymsAndReservedName_thenSuffixesAndNoReservedLogin() {
		_save("aaf-1", "Léa", "Martin");
		_save("aaf-2", "Lea", "Martin");
		_save("aaf-3", "LÉA", "MARTIN");
		_save("aaf-4", "Root", "X");
		_save("aaf-5", "Jean", "Root");

		assertEquals(5, _loginService.giveMissingLogins(Actor.system()));

		assertEquals(Optional.of("lea.martin"), _loginOf("aaf-1"));
		assertEquals(Optional.of("lea.martin2"), _loginOf("aaf-2"));
		assertEquals(Optional.of("lea.martin3"), _loginOf("aaf-3"));
		assertEquals(Optional.of("root.x"), _loginOf("aaf-4"));
		assertEquals(Optional.of("jean.root"), _loginOf("aaf-5"));
	}

	@Test
	public void givenLoginsGiven_whenRunAgainAfterChangesAndNewcomers_thenOldLoginsKeptAndNeverReused() {
		_save("aaf-1", "Léa", "Martin");

		_loginService.giveMissingLogins(Actor.system());

		// Léa marries and changes her name: her login stays; a newcomer named like her before gets a suffix

		_save("aaf-1", "Léa", "Durand");
		_save("aaf-2", "Léa", "Martin");

		assertEquals(1, _loginService.giveMissingLogins(Actor.system()));
		assertEquals(0, _loginService.giveMissingLogins(Actor.system()));

		assertEquals(Optional.of("lea.martin"), _loginOf("aaf-1"));
		assertEquals(Optional.of("lea.martin2"), _loginOf("aaf-2"));
	}

	@Test
	public void givenMorePeopleThanAPage_thenAllGivenDistinctLogins()
		throws Exception {

		int count = LoginService.PAGE_SIZE + 321;

		for (int i = 0; i < count; i++) {
			_save(
				String.format("aaf-%06d", i), "Camille",
				((i % 3) == 0) ? "Bernard" : "Petit");
		}

		assertEquals(count, _loginService.giveMissingLogins(Actor.system()));
		assertEquals(
			count, StoreFixture.rowCount(_database.dataSource(), "Preau_Login"));
		assertEquals(Optional.of("camille.bernard"), _loginOf("aaf-000000"));
		assertEquals(Optional.of("camille.petit"), _loginOf("aaf-000001"));
		assertEquals(Optional.of("camille.petit2"), _loginOf("aaf-000002"));
		assertEquals(Optional.of("camille.bernard2"), _loginOf("aaf-000003"));
	}

	private Optional<String> _loginOf(String externalId) {
		return _jdbcStore.personLogins().loginOf(externalId);
	}

	private void _save(String externalId, String firstName, String lastName) {
		_jdbcStore.people().save(
			Person.builder(
			).externalId(
				externalId
			).firstName(
				firstName
			).lastName(
				lastName
			).profile(
				Profile.PUPIL
			).uai(
				Uai.of("0310001A")
			).build());
	}

	private H2Database _database;
	private JdbcStore _jdbcStore;
	private LoginService _loginService;

}
