package org.preau.store.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.preau.core.accounts.model.PersonWithoutLogin;
import org.preau.core.accounts.model.ScannedPeople;
import org.preau.core.accounts.port.out.LoginAllocations;
import org.preau.core.accounts.port.out.PersonLogins;

/**
 * Logins in Preau_Login, whose primary key on the login and unique index on the person keep a login to one person and
 * a person to one login; rows are never deleted. Logins given in bulk are written in one batch.
 */
class JdbcPersonLogins implements LoginAllocations, PersonLogins {

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
	public void forEachGiven(Consumer<String> consumer) {
		_transactions.read(
			connection -> {
				try (Statement statement = connection.createStatement();
					ResultSet resultSet = statement.executeQuery(
						"select login from Preau_Login")) {

					while (resultSet.next()) {
						consumer.accept(resultSet.getString(1));
					}
				}

				return null;
			});
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
	public void giveAll(Map<String, String> externalIdsByLogin) {
		Timestamp now = Timestamp.from(_clock.instant());

		List<Object[]> rows = new ArrayList<>(externalIdsByLogin.size());

		for (Map.Entry<String, String> entry : externalIdsByLogin.entrySet()) {
			rows.add(new Object[] {entry.getKey(), entry.getValue(), now});
		}

		_transactions.write(
			connection -> {
				Sql.batch(
					connection,
					"insert into Preau_Login (login, externalId, createDate) " +
						"values (?, ?, ?)",
					rows);

				return null;
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

	@Override
	public ScannedPeople scan(String afterExternalId, int limit) {
		return _transactions.read(
			connection -> {
				List<PersonWithoutLogin> withoutLogin = new ArrayList<>();
				String lastExternalId = null;
				int count = 0;

				// The stretch is read along the unique index of the external ids; each person's login, by the
				// index of Preau_Login

				try (PreparedStatement preparedStatement =
						connection.prepareStatement(
							"select p.externalId, p.firstName, p.lastName, " +
								"(select l.login from Preau_Login l where " +
									"l.externalId = p.externalId) from " +
										"Preau_Person p where p.externalId > ? " +
											"order by p.externalId limit ?")) {

					Sql.bind(
						preparedStatement,
						(afterExternalId == null) ? "" : afterExternalId, limit);

					try (ResultSet resultSet = preparedStatement.executeQuery()) {
						while (resultSet.next()) {
							count++;
							lastExternalId = resultSet.getString(1);

							if (resultSet.getString(4) == null) {
								withoutLogin.add(
									new PersonWithoutLogin(
										lastExternalId, resultSet.getString(2),
										resultSet.getString(3)));
							}
						}
					}
				}

				return new ScannedPeople(
					withoutLogin, (count < limit) ? null : lastExternalId);
			});
	}

	private final Clock _clock;
	private final JdbcTransactions _transactions;

}
