package org.preau.store.jdbc;

import java.util.List;

import org.preau.core.accounts.model.Distribution;
import org.preau.core.accounts.port.out.Distributions;
import org.preau.core.directory.model.Uai;

/**
 * The distribution history in Preau_CredentialDistribution.
 */
class JdbcDistributions implements Distributions {

	JdbcDistributions(JdbcTransactions transactions) {
		_transactions = transactions;
	}

	@Override
	public List<Distribution> recent(Uai uai, int limit) {
		return _transactions.read(
			connection -> Sql.query(
				connection,
				"select createDate, actor, uai, kind, scope, personCount from " +
					"Preau_CredentialDistribution where uai = ? order by " +
						"createDate desc, distributionId desc limit ?",
				resultSet -> new Distribution(
					Sql.instant(resultSet, "createDate"),
					resultSet.getString("actor"),
					Uai.of(resultSet.getString("uai")),
					resultSet.getString("kind"), resultSet.getString("scope"),
					resultSet.getInt("personCount")),
				uai.value(), limit));
	}

	@Override
	public void record(Distribution distribution) {
		_transactions.write(
			connection -> Sql.update(
				connection,
				"insert into Preau_CredentialDistribution (distributionId, " +
					"uai, actor, kind, scope, personCount, createDate) values " +
						"(?, ?, ?, ?, ?, ?, ?)",
				Sql.nextId(connection), distribution.uai().value(),
				distribution.actor(), distribution.kind(),
				Sql.shorten(distribution.scope(), 255), distribution.count(),
				distribution.at()));
	}

	private final JdbcTransactions _transactions;

}
