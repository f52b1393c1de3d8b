package org.preau.store.jdbc;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The embedded database: an H2 file database, or an in-memory one for tests, behind a connection pool, with its
 * schema migrated when it opens.
 */
public final class H2Database implements AutoCloseable {

	/**
	 * Opens an in-memory database that lives until it is closed. Opening the same name twice before closing gives
	 * the same database.
	 */
	public static H2Database inMemory(String name) {
		return new H2Database(
			"jdbc:h2:mem:" + _requireName(name) + ";DB_CLOSE_DELAY=-1", true);
	}

	/**
	 * Opens, or creates, the file database {@code <dataDir>/preau}.
	 */
	public static H2Database open(Path dataDir) {
		return open(dataDir, DEFAULT_NAME);
	}

	public static H2Database open(Path dataDir, String name) {
		Path file = dataDir.toAbsolutePath(
		).normalize(
		).resolve(
			_requireName(name)
		);

		if (file.toString().indexOf(';') >= 0) {
			throw new IllegalArgumentException(
				"a database path may not contain a semicolon: " + file);
		}

		// H2 writes committed transactions to the file up to half a second later by default: a process killed in
		// that window would lose imports it had reported as done. WRITE_DELAY=0 writes them at commit

		return new H2Database(
			"jdbc:h2:file:" + file + ";WRITE_DELAY=0", false);
	}

	/**
	 * Closes the pool; an in-memory database is dropped, a file database is closed once its last connection is.
	 */
	@Override
	public void close() {
		try {
			if (_inMemory) {
				try (Connection connection = _pool.getConnection();
					Statement statement = connection.createStatement()) {

					statement.execute("shutdown");
				}
			}
		}
		catch (SQLException sqlException) {
			throw new StoreException(
				"unable to shut the database down", sqlException);
		}
		finally {
			_pool.dispose();
		}
	}

	public DataSource dataSource() {
		return _pool;
	}

	/**
	 * Returns the versions of the migrations this opening applied; empty when the schema was already up to date.
	 */
	public List<Integer> migrationsApplied() {
		return _migrationsApplied;
	}

	public static final String DEFAULT_NAME = "preau";

	private static String _requireName(String name) {

		// The name ends up in a JDBC URL, where a semicolon would start a setting

		if ((name == null) || !_NAME.matcher(name).matches()) {
			throw new IllegalArgumentException(
				"\"" + name + "\" is not a database name");
		}

		return name;
	}

	private H2Database(String url, boolean inMemory) {
		_pool = JdbcConnectionPool.create(url, "sa", "");
		_inMemory = inMemory;

		try {
			_migrationsApplied = List.copyOf(Schema.migrate(_pool));
		}
		catch (RuntimeException runtimeException) {
			_pool.dispose();

			throw runtimeException;
		}
	}

	private static final Pattern _NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");

	private final boolean _inMemory;
	private final List<Integer> _migrationsApplied;
	private final JdbcConnectionPool _pool;

}
