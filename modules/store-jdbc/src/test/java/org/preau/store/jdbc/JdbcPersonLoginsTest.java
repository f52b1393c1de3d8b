package org.preau.store.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.preau.core.accounts.port.out.PersonLogins;

public class JdbcPersonLoginsTest {

	@AfterEach
	public void tearDown() {
		_database.close();
	}

	@BeforeEach
	public void setUp() {
		_database = H2Database.inMemory("person-logins");
		_personLogins = new JdbcStore(
			_database.dataSource(), StoreFixture.tickingClock()
		).personLogins();
	}

	@Test
	public void givenLoginGiven_thenFoundBothWays() {
		assertTrue(_personLogins.give("lea.martin", "aaf-1"));

		assertEquals(Optional.of("aaf-1"), _personLogins.externalIdOf("lea.martin"));
		assertEquals(Optional.of("lea.martin"), _personLogins.loginOf("aaf-1"));
		assertTrue(_personLogins.taken("lea.martin"));
		assertFalse(_personLogins.taken("lea.martin1"));
	}

	@Test
	public void givenLoginGivenToOnePerson_thenNeitherItNorASecondLoginIsGivenAgain() {
		assertTrue(_personLogins.give("lea.martin", "aaf-1"));

		assertFalse(_personLogins.give("lea.martin", "aaf-2"));
		assertFalse(_personLogins.give("lea.martin2", "aaf-1"));

		assertEquals(Optional.empty(), _personLogins.loginOf("aaf-2"));
		assertEquals(Optional.empty(), _personLogins.externalIdOf("lea.martin2"));
		assertEquals(Optional.of("aaf-1"), _personLogins.externalIdOf("lea.martin"));
	}

	private H2Database _database;
	private PersonLogins _personLogins;

}
