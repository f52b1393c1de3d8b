package org.preau.store.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.preau.core.accounts.model.Guest;
import org.preau.core.accounts.model.GuestKind;
import org.preau.core.accounts.port.out.Guests;
import org.preau.core.directory.model.Uai;

/**
 * Guests in Preau_Guest.
 */
class JdbcGuests implements Guests {

	JdbcGuests(JdbcTransactions transactions) {
		_transactions = transactions;
	}

	@Override
	public List<Guest> expiredBy(LocalDate day) {
		return _transactions.read(
			connection -> Sql.query(
				connection,
				_SELECT + " where expiresDate <= ? order by login",
				JdbcGuests::_guest, day));
	}

	@Override
	public Optional<Guest> find(String login) {
		return _transactions.read(
			connection -> Sql.queryOne(
				connection, _SELECT + " where login = ?", JdbcGuests::_guest,
				login));
	}

	@Override
	public List<Guest> list(Uai uai) {
		return _transactions.read(
			connection -> Sql.query(
				connection,
				_SELECT + " where uai = ? order by expiresDate desc, login",
				JdbcGuests::_guest, uai.value()));
	}

	@Override
	public void save(Guest guest) {
		_transactions.write(
			connection -> Sql.update(
				connection,
				"merge into Preau_Guest (login, uai, kind, firstName, " +
					"lastName, emailAddress, sponsor, expiresDate, " +
						"createdBy, createDate) key (login) values (?, ?, ?, " +
							"?, ?, ?, ?, ?, ?, ?)",
				guest.login(), guest.uai().value(), guest.kind().name(),
				guest.firstName(), guest.lastName(),
				guest.email().orElse(null), guest.sponsor(), guest.expiresOn(),
				guest.createdBy(), guest.createdAt()));
	}

	private static Guest _guest(ResultSet resultSet) throws SQLException {
		return new Guest(
			resultSet.getString("login"), Uai.of(resultSet.getString("uai")),
			GuestKind.valueOf(resultSet.getString("kind")),
			resultSet.getString("firstName"), resultSet.getString("lastName"),
			resultSet.getString("emailAddress"), resultSet.getString("sponsor"),
			resultSet.getObject("expiresDate", LocalDate.class),
			resultSet.getString("createdBy"),
			Sql.instant(resultSet, "createDate"));
	}

	private static final String _SELECT =
		"select login, uai, kind, firstName, lastName, emailAddress, " +
			"sponsor, expiresDate, createdBy, createDate from Preau_Guest";

	private final JdbcTransactions _transactions;

}
