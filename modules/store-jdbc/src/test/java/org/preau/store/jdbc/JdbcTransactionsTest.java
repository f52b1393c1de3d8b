package org.preau.store.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.Collections;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.preau.core.directory.model.Establishment;
import org.preau.core.directory.model.EstablishmentKind;
import org.preau.core.directory.model.Group;
import org.preau.core.directory.model.SchoolClass;
import org.preau.core.directory.model.Uai;

public class JdbcTransactionsTest {

	@AfterEach
	public void tearDown() {
		_database.close();
	}

	@BeforeEach
	public void setUp() {
		_database = H2Database.inMemory("transactions");
		_store = new JdbcStore(_database.dataSource());
	}

	@Test
	public void givenNestedTransactionFails_thenTheOuterOneIsRolledBackToo()
		throws SQLException {

		assertThrows(
			IllegalStateException.class,
			() -> _store.transactions(
			).inTransaction(
				() -> {
					_store.establishments().save(_establishment());

					return _store.transactions(
					).inTransaction(
						() -> {
							_store.structures().saveClass(
								new SchoolClass(_UAI, "3A", null));

							throw new IllegalStateException("fails");
						}
					);
				}
			));

		assertEquals(0, _rows("Preau_Establishment"));
		assertEquals(0, _rows("Preau_SchoolClass"));
	}

	@Test
	public void givenStoreFailsInsideTransaction_thenEarlierWritesAreRolledBack()
		throws SQLException {

		assertThrows(
			StoreException.class,
			() -> _store.transactions(
			).inTransaction(
				() -> {
					_store.establishments().save(_establishment());
					_store.structures().saveGroup(
						new Group(
							_UAI, "G1",
							Collections.singleton("x".repeat(201))));

					return null;
				}
			));

		assertEquals(0, _rows("Preau_Establishment"));
		assertEquals(0, _rows("Preau_TeachingGroup"));
	}

	@Test
	public void givenTransactionSucceeds_thenEverythingIsCommittedAndResultReturned()
		throws SQLException {

		String result = _store.transactions(
		).inTransaction(
			() -> {
				_store.establishments().save(_establishment());
				_store.structures().saveClass(new SchoolClass(_UAI, "3A", null));

				return "done";
			}
		);

		assertEquals("done", result);
		assertEquals(1, _rows("Preau_Establishment"));
		assertEquals(1, _rows("Preau_SchoolClass"));
	}

	@Test
	public void givenWorkInTransaction_thenItReadsItsOwnWritesAndOthersDoNot()
		throws Exception {

		_store.transactions(
		).inTransaction(
			() -> {
				_store.establishments().save(_establishment());

				assertTrue(_store.establishments().find(_UAI).isPresent());

				boolean seenByAnotherThread = CompletableFuture.supplyAsync(
					() -> _store.establishments().find(_UAI).isPresent()
				).join();

				assertEquals(false, seenByAnotherThread);

				return null;
			}
		);

		assertTrue(_store.establishments().find(_UAI).isPresent());
	}

	@Test
	public void givenWorkThrows_thenNothingIsWrittenAndTheSameExceptionIsThrown()
		throws SQLException {

		IllegalArgumentException failure = new IllegalArgumentException(
			"refused");

		IllegalArgumentException thrown = assertThrows(
			IllegalArgumentException.class,
			() -> _store.transactions(
			).inTransaction(
				() -> {
					_store.establishments().save(_establishment());
					_store.structures().saveClass(
						new SchoolClass(_UAI, "3A", null));

					throw failure;
				}
			));

		assertSame(failure, thrown);
		assertEquals(0, _rows("Preau_Establishment"));
		assertEquals(0, _rows("Preau_SchoolClass"));

		_store.establishments().save(_establishment());

		assertEquals(1, _rows("Preau_Establishment"));
	}

	private static Establishment _establishment() {
		return new Establishment(
			_UAI, "Collège Jean Jaurès", EstablishmentKind.COLLEGE, "Albi");
	}

	private int _rows(String table) throws SQLException {
		return StoreFixture.rowCount(_database.dataSource(), table);
	}

	private static final Uai _UAI = Uai.of("0310001A");

	private H2Database _database;
	private JdbcStore _store;

}
