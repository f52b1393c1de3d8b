package org.preau.store.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.preau.core.accounts.model.Account;
import org.preau.core.accounts.port.out.Accounts;
import org.preau.core.directory.model.Uai;
import org.preau.core.security.AdminGrant;

public class JdbcAccountsTest {

	@AfterEach
	public void tearDown() {
		_database.close();
	}

	@BeforeEach
	public void setUp() {
		_database = H2Database.inMemory("accounts");
		_accounts = new JdbcStore(
			_database.dataSource(), StoreFixture.tickingClock()
		).accounts();
	}

	@Test
	public void givenAccountSavedAgainWithOtherGrants_thenOneAccountWithLatestValues() {
		_accounts.save(
			new Account(
				"admin", "Admin", "hash-1",
				Collections.singleton(AdminGrant.platform()), true));

		_accounts.save(
			new Account(
				"admin", "Administrateur", "hash-2",
				new LinkedHashSet<>(
					Arrays.asList(
						AdminGrant.establishment(Uai.of("0310001A")),
						AdminGrant.establishment(Uai.of("0310002B")))),
				false));

		Account stored = _accounts.find("admin").get();

		assertEquals(1, _accounts.count());
		assertEquals("Administrateur", stored.displayName());
		assertEquals("hash-2", stored.passwordHash());
		assertFalse(stored.enabled());
		assertEquals(
			new LinkedHashSet<>(
				Arrays.asList(
					AdminGrant.establishment(Uai.of("0310001A")),
					AdminGrant.establishment(Uai.of("0310002B")))),
			stored.grants());
		assertFalse(stored.asActor().isPlatformAdministrator());
		assertTrue(stored.asActor().isAdministratorOf(Uai.of("0310002B")));
	}

	@Test
	public void givenAccountWithGrants_thenFoundAsSaved() {
		_accounts.save(
			new Account(
				"chef.etab", "Chef d'établissement", "$argon2id$v=19$abc",
				Collections.singleton(
					AdminGrant.establishment(Uai.of("0310001A"))),
				true));
		_accounts.save(
			new Account(
				"dane", "DANE", "hash", Collections.singleton(AdminGrant.platform()),
				true));

		Account stored = _accounts.find("chef.etab").get();

		assertEquals(2, _accounts.count());
		assertEquals("Chef d'établissement", stored.displayName());
		assertEquals("$argon2id$v=19$abc", stored.passwordHash());
		assertTrue(stored.enabled());
		assertEquals(
			Collections.singleton(AdminGrant.establishment(Uai.of("0310001A"))),
			stored.grants());
		assertTrue(
			_accounts.find("dane").get().asActor().isPlatformAdministrator());
		assertTrue(_accounts.find("nobody").isEmpty());
	}

	@Test
	public void givenSameAccountSavedTwice_thenNoRowIsRewritten()
		throws SQLException {

		Account account = new Account(
			"admin", "Admin", "hash",
			Collections.singleton(AdminGrant.platform()), true);

		_accounts.save(account);

		List<String> rows = StoreFixture.dump(_database.dataSource());

		_accounts.save(
			new Account(
				"admin", "Admin", "hash",
				Collections.singleton(AdminGrant.platform()), true));

		assertEquals(rows, StoreFixture.dump(_database.dataSource()));
		assertEquals(1, _accounts.count());
	}

	private Accounts _accounts;
	private H2Database _database;

}
