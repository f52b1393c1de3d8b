package org.preau.store.jdbc;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

import org.preau.core.accounts.port.out.PersonLogins;

/**
 * Logins in Preau_Login, whose primary key on the login and unique index on the person keep a login to one person and
 * a person to one login; rows are never deleted.
 */
class JdbcPersonLogins implements PersonLogins {

	JdbcPersonLogins(JdbcTransactions transactions, Clock clock) {
		_transactions = transactions;
		_clock = clock;
	}

	@Override
	public Optional<String> externalIdOf(String login) {
		return _transactions.read(
			connection -> Sql.queryOne(
				connection,
				"select externalId from Preau_Login where login = ?",
				resultSet -> resultSet.getString(1), login));
	}

	@Override
	public boolean give(String login, String externalId) {
		return _transactions.write(
			connection -> {
				boolean taken = Sql.queryOne(
					connection,
					"select 1 from Preau_Login where login = ? or " +
						"externalId = ?",
					resultSet -> true, login, externalId
				).isPresent();

				if (taken) {
					return false;
				}

				Sql.update(
					connection,
					"insert into Preau_Login (login, externalId, createDate) " +
						"values (?, ?, ?)",
					login, externalId, Timestamp.from(_clock.instant()));

				return true;
			});
	}

	@Override
	public Optional<String> loginOf(String externalId) {
		return _transactions.read(
			connection -> Sql.queryOne(
				connection,
				"select login from Preau_Login where externalId = ?",
				resultSet -> resultSet.getString(1), externalId));
	}

	@Override
	public boolean taken(String login) {
		return externalIdOf(login).isPresent();
	}

	private final Clock _clock;
	private final JdbcTransactions _transactions;

}
