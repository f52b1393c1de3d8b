package org.preau.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;

import org.preau.core.directory.model.Uai;
import org.preau.core.messaging.model.ExternalMailOpening;
import org.preau.core.messaging.model.MessagingRules;
import org.preau.core.messaging.port.out.MessagingRulesStore;

/**
 * External e-mail openings in Preau_MailOpening, linked schools in Preau_LinkedSchools (each pair once, the smaller
 * UAI first).
 */
class JdbcMessagingRules implements MessagingRulesStore {

	JdbcMessagingRules(JdbcTransactions transactions) {
		_transactions = transactions;
	}

	@Override
	public boolean addOpening(ExternalMailOpening opening) {
		return _transactions.write(
			connection -> {
				if (_hasOpening(connection, opening)) {
					return false;
				}

				Sql.update(
					connection,
					"insert into Preau_MailOpening (uai, scope, code) values " +
						"(?, ?, ?)",
					opening.uai().value(), opening.scope().name(),
					opening.code());

				return true;
			});
	}

	@Override
	public boolean link(Uai first, Uai second) {
		Uai[] pair = _pair(first, second);

		return _transactions.write(
			connection -> {
				boolean linked = Sql.queryOne(
					connection,
					"select 1 from Preau_LinkedSchools where firstUai = ? and " +
						"secondUai = ?",
					resultSet -> true, pair[0].value(), pair[1].value()
				).isPresent();

				if (linked) {
					return false;
				}

				Sql.update(
					connection,
					"insert into Preau_LinkedSchools (firstUai, secondUai) " +
						"values (?, ?)",
					pair[0].value(), pair[1].value());

				return true;
			});
	}

	@Override
	public MessagingRules load() {
		return _transactions.read(
			connection -> new MessagingRules(
				Sql.query(
					connection,
					"select uai, scope, code from Preau_MailOpening order by " +
						"uai, scope, code",
					resultSet -> _opening(
						Uai.of(resultSet.getString("uai")),
						ExternalMailOpening.Scope.valueOf(
							resultSet.getString("scope")),
						resultSet.getString("code"))),
				Sql.query(
					connection,
					"select firstUai, secondUai from Preau_LinkedSchools " +
						"order by firstUai, secondUai",
					resultSet -> Set.of(
						Uai.of(resultSet.getString(1)),
						Uai.of(resultSet.getString(2))))));
	}

	@Override
	public boolean removeOpening(ExternalMailOpening opening) {
		return _transactions.write(
			connection -> Sql.update(
				connection,
				"delete from Preau_MailOpening where uai = ? and scope = ? " +
					"and code = ?",
				opening.uai().value(), opening.scope().name(),
				opening.code()) > 0);
	}

	@Override
	public boolean unlink(Uai first, Uai second) {
		Uai[] pair = _pair(first, second);

		return _transactions.write(
			connection -> Sql.update(
				connection,
				"delete from Preau_LinkedSchools where firstUai = ? and " +
					"secondUai = ?",
				pair[0].value(), pair[1].value()) > 0);
	}

	private static ExternalMailOpening _opening(
		Uai uai, ExternalMailOpening.Scope scope, String code) {

		switch (scope) {
			case CLASS:
				return ExternalMailOpening.ofClass(uai, code);
			case LEVEL:
				return ExternalMailOpening.ofLevel(uai, code);
			default:
				return ExternalMailOpening.allPupils(uai);
		}
	}

	private static Uai[] _pair(Uai first, Uai second) {
		return (first.compareTo(second) <= 0) ? new Uai[] {first, second} :
			new Uai[] {second, first};
	}

	private boolean _hasOpening(
			Connection connection, ExternalMailOpening opening)
		throws SQLException {

		return Sql.queryOne(
			connection,
			"select 1 from Preau_MailOpening where uai = ? and scope = ? and " +
				"code = ?",
			resultSet -> true, opening.uai().value(), opening.scope().name(),
			opening.code()
		).isPresent();
	}

	private final JdbcTransactions _transactions;

}
