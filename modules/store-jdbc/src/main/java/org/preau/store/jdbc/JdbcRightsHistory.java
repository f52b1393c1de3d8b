package org.preau.store.jdbc;

import java.util.List;
import java.util.Optional;

import org.preau.core.directory.model.Uai;
import org.preau.core.rights.model.RightsChange;
import org.preau.core.rights.port.out.RightsHistory;

/**
 * The history of the rights and messaging rules in Preau_RightsChange; rows are only ever added.
 */
class JdbcRightsHistory implements RightsHistory {

	JdbcRightsHistory(JdbcTransactions transactions) {
		_transactions = transactions;
	}

	@Override
	public List<RightsChange> latest(Optional<Uai> uai, int limit) {
		if (limit < 0) {
			throw new IllegalArgumentException(
				"limit " + limit + " must not be negative");
		}

		String where = uai.isPresent() ? "where uai = ? " : "";

		Object[] parameters = uai.isPresent() ?
			new Object[] {uai.get().value(), limit} : new Object[] {limit};

		return _transactions.read(
			connection -> Sql.query(
				connection,
				"select changeDate, author, uai, kind, subject, beforeValue, " +
					"afterValue, reason from Preau_RightsChange " + where +
						"order by changeDate desc, changeId desc fetch first " +
							"? rows only",
				resultSet -> {
					String uaiValue = resultSet.getString("uai");

					return new RightsChange(
						Sql.instant(resultSet, "changeDate"),
						resultSet.getString("author"),
						(uaiValue == null) ? null : Uai.of(uaiValue),
						RightsChange.Kind.valueOf(resultSet.getString("kind")),
						resultSet.getString("subject"),
						resultSet.getString("beforeValue"),
						resultSet.getString("afterValue"),
						resultSet.getString("reason"));
				},
				parameters));
	}

	@Override
	public void record(RightsChange change) {
		_transactions.write(
			connection -> Sql.update(
				connection,
				"insert into Preau_RightsChange (changeId, changeDate, " +
					"author, uai, kind, subject, beforeValue, afterValue, " +
						"reason) values (next value for Preau_IdSequence, ?, " +
							"?, ?, ?, ?, ?, ?, ?)",
				change.at(), change.author(),
				change.uai().map(Uai::value).orElse(null),
				change.kind().name(), Sql.shorten(change.subject(), 255),
				Sql.shorten(change.before(), 255),
				Sql.shorten(change.after(), 255),
				Sql.shorten(change.reason(), 1000)));
	}

	private final JdbcTransactions _transactions;

}
