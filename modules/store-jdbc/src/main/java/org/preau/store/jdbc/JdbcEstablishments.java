package org.preau.store.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.preau.core.directory.model.Establishment;
import org.preau.core.directory.model.EstablishmentKind;
import org.preau.core.directory.model.Uai;
import org.preau.core.directory.port.out.Establishments;

class JdbcEstablishments implements Establishments {

	JdbcEstablishments(JdbcTransactions transactions, Clock clock) {
		_transactions = transactions;
		_clock = clock;
	}

	@Override
	public Optional<Establishment> find(Uai uai) {
		return _transactions.read(
			connection -> Sql.queryOne(
				connection, _SELECT + " where uai = ?",
				JdbcEstablishments::_map, uai.value()));
	}

	@Override
	public List<Establishment> list() {
		return _transactions.read(
			connection -> Sql.query(
				connection, _SELECT + " order by uai",
				JdbcEstablishments::_map));
	}

	@Override
	public void save(Establishment establishment) {
		_transactions.write(
			connection -> {
				Optional<Establishment> stored = Sql.queryOne(
					connection, _SELECT + " where uai = ?",
					JdbcEstablishments::_map, establishment.uai().value());

				Instant now = _clock.instant();

				if (stored.isEmpty()) {
					Sql.update(
						connection,
						"insert into Preau_Establishment (establishmentId, " +
							"uai, name, kind, city, createDate, " +
								"modifiedDate) values (next value for " +
									"Preau_IdSequence, ?, ?, ?, ?, ?, ?)",
						establishment.uai().value(), establishment.name(),
						establishment.kind().name(), establishment.city(), now,
						now);
				}
				else if (!stored.get().equals(establishment)) {
					Sql.update(
						connection,
						"update Preau_Establishment set name = ?, kind = ?, " +
							"city = ?, modifiedDate = ? where uai = ?",
						establishment.name(), establishment.kind().name(),
						establishment.city(), now, establishment.uai().value());
				}

				return null;
			});
	}

	private static Establishment _map(ResultSet resultSet) throws SQLException {
		return new Establishment(
			Uai.of(resultSet.getString("uai")), resultSet.getString("name"),
			EstablishmentKind.valueOf(resultSet.getString("kind")),
			resultSet.getString("city"));
	}

	private static final String _SELECT =
		"select uai, name, kind, city from Preau_Establishment";

	private final Clock _clock;
	private final JdbcTransactions _transactions;

}
