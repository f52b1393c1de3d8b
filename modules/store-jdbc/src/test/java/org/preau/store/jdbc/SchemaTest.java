package org.preau.store.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.preau.core.directory.model.Establishment;
import org.preau.core.directory.model.EstablishmentKind;
import org.preau.core.directory.model.Uai;

public class SchemaTest {

	@Test
	public void givenFileDatabaseOpenedTwice_thenMigrationsAppliedOnceAndDataKept()
		throws SQLException {

		try (H2Database database = H2Database.open(_dataDir)) {
			List<Integer> known = Schema.known();

			for (int i = 1; i < known.size(); i++) {
				assertTrue(known.get(i - 1) < known.get(i), known::toString);
			}

			assertEquals(known, database.migrationsApplied());

			new JdbcStore(
				database.dataSource()
			).establishments(
			).save(
				new Establishment(
					Uai.of("0310001A"), "Lycée Pierre de Fermat",
					EstablishmentKind.LYCEE, "Toulouse")
			);
		}

		assertTrue(Files.exists(_dataDir.resolve("preau.mv.db")));

		try (H2Database database = H2Database.open(_dataDir)) {
			assertEquals(
				Collections.emptyList(), database.migrationsApplied());
			assertEquals(
				Schema.known(), Schema.versions(database.dataSource()));
			assertEquals(
				"Lycée Pierre de Fermat",
				new JdbcStore(
					database.dataSource()
				).establishments(
				).find(
					Uai.of("0310001A")
				).get(
				).name());
		}
	}

	@Test
	public void givenMigratedDatabase_thenServiceBuilderTablesHaveH2Types()
		throws SQLException {

		try (H2Database database = H2Database.inMemory("schema-types")) {
			List<String> columns = _columns(database, "PREAU_AUDITEVENT");

			assertTrue(columns.contains("AUDITEVENTID BIGINT"), columns::toString);
			assertTrue(
				columns.contains("CREATEDATE TIMESTAMP"), columns::toString);
			assertTrue(
				columns.contains("DETAIL CHARACTER VARYING"), columns::toString);

			assertTrue(
				_columns(
					database, "PREAU_IMPORTRUN"
				).contains(
					"SUMMARY CHARACTER VARYING"
				));
		}
	}

	@Test
	public void givenMigrationRecordedButTablesPartlyThere_thenScriptRunsAgain() {
		List<String> statements = Schema.statements(
			"-- a comment; with a semicolon\ncreate table A (id INTEGER);\n" +
				"create unique index IX_A on A (id);\n" +
					"create sequence S start with 1;\n" +
						"create table if not exists B (id INTEGER);");

		assertEquals(
			Arrays.asList(
				"create table if not exists A (id INTEGER)",
				"create unique index if not exists IX_A on A (id)",
				"create sequence if not exists S start with 1",
				"create table if not exists B (id INTEGER)"),
			statements);
	}

	@Test
	public void givenPortableSql_thenLongDateAndStringAreMapped() {
		String sql = Schema.fromPortable(
			"create table T (tId LONG not null primary key, createDate DATE " +
				"null, summary STRING null, uai VARCHAR(75) null);\n" +
					"create index IX_1 on T (uai[$COLUMN_LENGTH:75$]);");

		assertEquals(
			"create table T (tId BIGINT not null primary key, createDate " +
				"TIMESTAMP null, summary VARCHAR(4000) null, uai VARCHAR(75) " +
					"null);\ncreate index IX_1 on T (uai);",
			sql);
		assertFalse(sql.contains("LONG"));
	}

	private static List<String> _columns(H2Database database, String table)
		throws SQLException {

		return new JdbcTransactions(
			database.dataSource()
		).read(
			connection -> Sql.query(
				connection,
				"select column_name, data_type from " +
					"information_schema.columns where table_name = ? order " +
						"by ordinal_position",
				resultSet -> resultSet.getString(1) + " " +
					resultSet.getString(2),
				table)
		);
	}

	@TempDir
	private Path _dataDir;

}
