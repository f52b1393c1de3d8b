package org.preau.store.jdbc;

import java.time.Instant;
import java.util.List;

import org.preau.core.directory.model.Uai;
import org.preau.core.rights.model.Delegation;
import org.preau.core.rights.port.out.Delegations;

/**
 * Delegations in Preau_Delegation.
 */
class JdbcDelegations implements Delegations {

	JdbcDelegations(JdbcTransactions transactions) {
		_transactions = transactions;
	}

	@Override
	public boolean delete(long id) {
		return _transactions.write(
			connection -> Sql.update(
				connection,
				"delete from Preau_Delegation where delegationId = ?",
				id) > 0);
	}

	@Override
	public List<Delegation> list() {
		return _transactions.read(
			connection -> Sql.query(
				connection,
				"select delegationId, kind, login, uai, untilDate, author, " +
					"createDate, reason from Preau_Delegation order by uai, " +
						"delegationId",
				resultSet -> {
					Delegation.Kind kind = Delegation.Kind.valueOf(
						resultSet.getString("kind"));
					long id = resultSet.getLong("delegationId");
					String login = resultSet.getString("login");
					Uai uai = Uai.of(resultSet.getString("uai"));
					Instant until = Sql.instant(resultSet, "untilDate");
					String author = resultSet.getString("author");
					Instant at = Sql.instant(resultSet, "createDate");
					String reason = resultSet.getString("reason");

					if (kind == Delegation.Kind.DANE) {
						return Delegation.dane(
							id, login, uai, until, author, at, reason);
					}

					return Delegation.localAdministrator(
						id, login, uai, author, at, reason);
				}));
	}

	@Override
	public Delegation save(Delegation delegation) {
		return _transactions.write(
			connection -> {
				long id = Sql.nextId(connection);

				Sql.update(
					connection,
					"insert into Preau_Delegation (delegationId, kind, login, " +
						"uai, untilDate, author, createDate, reason) values " +
							"(?, ?, ?, ?, ?, ?, ?, ?)",
					id, delegation.kind().name(), delegation.login(),
					delegation.uai().value(),
					delegation.until().orElse(null), delegation.author(),
					delegation.at(), Sql.shorten(delegation.reason(), 500));

				return delegation.withId(id);
			});
	}

	private final JdbcTransactions _transactions;

}
