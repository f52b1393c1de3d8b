package org.preau.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.preau.core.common.Transactions;

/**
 * Binds one connection to the calling thread for the length of a transaction, so that every port called inside it
 * writes through that connection. A transaction opened inside another one joins it: only the outermost commits or
 * rolls back. Outside a transaction, each read uses its own auto-commit connection and each write its own short
 * transaction.
 */
public class JdbcTransactions implements Transactions {

	public JdbcTransactions(DataSource dataSource) {
		_dataSource = Objects.requireNonNull(dataSource);
	}

	@Override
	public <T> T inTransaction(Supplier<T> work) {
		if (_connection.get() != null) {
			return work.get();
		}

		Connection connection = _open();

		try {
			connection.setAutoCommit(false);

			_connection.set(connection);

			T result = work.get();

			connection.commit();

			return result;
		}
		catch (SQLException sqlException) {
			_rollback(connection, sqlException);

			throw new StoreException(
				"unable to begin or commit a transaction", sqlException);
		}
		catch (RuntimeException | Error throwable) {
			_rollback(connection, throwable);

			throw throwable;
		}
		finally {
			_connection.remove();

			_close(connection);
		}
	}

	/**
	 * Runs a read on the thread's transaction if there is one, else on a connection of its own.
	 */
	<T> T read(SqlWork<T> work) {
		Connection connection = _connection.get();

		try {
			if (connection != null) {
				return work.run(connection);
			}

			try (Connection ownConnection = _dataSource.getConnection()) {
				return work.run(ownConnection);
			}
		}
		catch (SQLException sqlException) {
			throw new StoreException(
				"unable to read: " + sqlException.getMessage(), sqlException);
		}
	}

	/**
	 * Runs a write on the thread's transaction if there is one, else in a transaction of its own, so that a write of
	 * several rows is never half done.
	 */
	<T> T write(SqlWork<T> work) {
		return inTransaction(
			() -> {
				try {
					return work.run(_connection.get());
				}
				catch (SQLException sqlException) {
					throw new StoreException(
						"unable to write: " + sqlException.getMessage(),
						sqlException);
				}
			});
	}

	/**
	 * Resets the connection before the pool hands it out again. A failure here is ignored: the work has already
	 * ended, and the pool drops a connection it cannot use.
	 */
	private void _close(Connection connection) {
		try {
			connection.setAutoCommit(true);
		}
		catch (SQLException sqlException) {
			_ignore(sqlException);
		}

		try {
			connection.close();
		}
		catch (SQLException sqlException) {
			_ignore(sqlException);
		}
	}

	private void _ignore(SQLException sqlException) {
		System.getLogger(
			JdbcTransactions.class.getName()
		).log(
			System.Logger.Level.DEBUG, "unable to release a connection",
			sqlException
		);
	}

	private Connection _open() {
		try {
			return _dataSource.getConnection();
		}
		catch (SQLException sqlException) {
			throw new StoreException(
				"unable to open a connection", sqlException);
		}
	}

	private void _rollback(Connection connection, Throwable cause) {
		try {
			connection.rollback();
		}
		catch (SQLException sqlException) {
			cause.addSuppressed(sqlException);
		}
	}

	private final ThreadLocal<Connection> _connection = new ThreadLocal<>();
	private final DataSource _dataSource;

}
