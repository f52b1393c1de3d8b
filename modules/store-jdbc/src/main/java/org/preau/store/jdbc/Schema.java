package org.preau.store.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import javax.sql.DataSource;

/**
 * Creates and upgrades the schema by numbered migrations, each applied once and recorded in Preau_SchemaVersion.
 * Migration 1 is the SQL that Service Builder generates for the portal, in Liferay's portable dialect; migration 2
 * adds what the portal provides in its own host; migration 3 what the feed reconciler keeps about people; migrations 4
 * and 5 tune the identifier sequence; migration 6 keeps the
 * logins given to people; migration 7 the hashes of issued codes, the distribution history, suspensions and guests.
 */
public final class Schema {

	/**
	 * Applies the migrations that the database lacks, in order, and returns their versions.
	 */
	public static List<Integer> migrate(DataSource dataSource) {
		JdbcTransactions transactions = new JdbcTransactions(dataSource);

		transactions.write(
			connection -> {
				_execute(connection, _createVersionTable());

				return null;
			});

		List<Integer> applied = new ArrayList<>();

		for (Migration migration : _MIGRATIONS) {
			boolean done = transactions.write(
				connection -> _apply(connection, migration));

			if (done) {
				applied.add(migration._version);
			}
		}

		return applied;
	}

	/**
	 * Returns the versions of all the migrations this build knows, in order.
	 */
	public static List<Integer> known() {
		List<Integer> versions = new ArrayList<>();

		for (Migration migration : _MIGRATIONS) {
			versions.add(migration._version);
		}

		return versions;
	}

	/**
	 * Returns the versions recorded in the database, in order.
	 */
	public static List<Integer> versions(DataSource dataSource) {
		return new JdbcTransactions(
			dataSource
		).read(
			connection -> Sql.query(
				connection,
				"select version from Preau_SchemaVersion order by version",
				resultSet -> resultSet.getInt(1))
		);
	}

	/**
	 * Turns Liferay's portable SQL into SQL that H2 (and HSQLDB) accept: LONG is not a type there, and DATE would lose
	 * the time of day.
	 */
	static String fromPortable(String sql) {
		String result = _COLUMN_LENGTH.matcher(sql).replaceAll("");

		for (String[] mapping : _PORTABLE_TYPES) {
			result = result.replaceAll("\\b" + mapping[0] + "\\b", mapping[1]);
		}

		return result;
	}

	/**
	 * Splits a script into statements, and makes each creation tolerate what already exists. H2 commits each DDL
	 * statement on its own, so a migration interrupted halfway must be able to run again from its start.
	 */
	static List<String> statements(String script) {
		StringBuilder sb = new StringBuilder();

		for (String line : script.split("\n")) {
			if (!line.trim().startsWith("--")) {
				sb.append(line);
				sb.append('\n');
			}
		}

		List<String> statements = new ArrayList<>();

		for (String statement : sb.toString().split(";")) {
			String trimmed = statement.trim();

			if (!trimmed.isEmpty()) {
				statements.add(
					_CREATE.matcher(
						trimmed
					).replaceFirst(
						"create $1$2 if not exists "
					));
			}
		}

		return statements;
	}

	private static boolean _apply(Connection connection, Migration migration)
		throws SQLException {

		boolean present = Sql.queryOne(
			connection,
			"select version from Preau_SchemaVersion where version = ?",
			resultSet -> true, migration._version
		).isPresent();

		if (present) {
			return false;
		}

		for (String resource : migration._resources) {
			String script = _read(resource);

			if (migration._portable) {
				script = fromPortable(script);
			}

			for (String statement : statements(script)) {
				_execute(connection, statement);
			}
		}

		Sql.update(
			connection,
			"insert into Preau_SchemaVersion (version, description, " +
				"appliedDate) values (?, ?, ?)",
			migration._version, migration._description, Instant.now());

		return true;
	}

	private static String _createVersionTable() {
		return "create table if not exists Preau_SchemaVersion (version " +
			"INTEGER not null primary key, description VARCHAR(200) not " +
				"null, appliedDate TIMESTAMP not null)";
	}

	private static void _execute(Connection connection, String sql)
		throws SQLException {

		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static String _read(String resource) {
		try (InputStream inputStream = Schema.class.getResourceAsStream(
				resource)) {

			if (inputStream == null) {
				throw new IllegalStateException(
					"missing migration script " + resource);
			}

			return new String(
				inputStream.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ioException) {
			throw new UncheckedIOException(ioException);
		}
	}

	private Schema() {
	}

	private static final Pattern _COLUMN_LENGTH = Pattern.compile(
		"\\[\\$COLUMN_LENGTH:\\d+\\$\\]");

	private static final Pattern _CREATE = Pattern.compile(
		"^create\\s+(unique\\s+)?(table|index|sequence)\\s++(?!if\\s)",
		Pattern.CASE_INSENSITIVE);

	private static final List<Migration> _MIGRATIONS = Arrays.asList(
		new Migration(
			1, "Service Builder tables", true,
			"migration/servicebuilder/tables.sql",
			"migration/servicebuilder/indexes.sql"),
		new Migration(
			2, "Directory and accounts of the embedded host", false,
			"migration/directory.sql"),
		new Migration(
			3, "Lifecycle dates and source keys of the feed reconciler", false,
			"migration/reconciliation.sql"),
		new Migration(
			4, "A larger cache for the identifier sequence", false,
			"migration/sequence-cache.sql"),
		new Migration(
			5, "A cache of the identifier sequence for bulk imports", false,
			"migration/sequence-bulk-cache.sql"),
		new Migration(
			6, "The logins of the people of the directory", false,
			"migration/logins.sql"),
		new Migration(
			7, "Credentials, suspensions and guests of the embedded host", false,
			"migration/accounts.sql"));

	private static final String[][] _PORTABLE_TYPES = {
		{"LONG", "BIGINT"}, {"DATE", "TIMESTAMP"}, {"STRING", "VARCHAR(4000)"},
		{"TEXT", "CLOB"}, {"SBLOB", "BLOB"}, {"DOUBLE", "DOUBLE PRECISION"}
	};

	private static final class Migration {

		private Migration(
			int version, String description, boolean portable,
			String... resources) {

			_version = version;
			_description = Objects.requireNonNull(description);
			_portable = portable;
			_resources = Collections.unmodifiableList(
				Arrays.asList(resources));
		}

		private final String _description;
		private final boolean _portable;
		private final List<String> _resources;
		private final int _version;

	}

}
