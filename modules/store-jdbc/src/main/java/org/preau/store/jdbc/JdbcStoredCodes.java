package org.preau.store.jdbc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.preau.core.accounts.model.CredentialMode;
import org.preau.core.accounts.model.StoredCode;
import org.preau.core.accounts.port.out.StoredCodes;

/**
 * Code hashes in Preau_ActivationCode, one row per login, replaced in one batch (H2's merge on the primary key).
 */
class JdbcStoredCodes implements StoredCodes {

	JdbcStoredCodes(JdbcTransactions transactions) {
		_transactions = transactions;
	}

	@Override
	public Optional<StoredCode> find(String login) {
		return _transactions.read(
			connection -> Sql.queryOne(
				connection,
				"select login, codeHash, mode, issuedDate, expiresDate from " +
					"Preau_ActivationCode where login = ?",
				resultSet -> new StoredCode(
					resultSet.getString(1), resultSet.getString(2),
					CredentialMode.valueOf(resultSet.getString(3)),
					Sql.instant(resultSet, "issuedDate"),
					Sql.instant(resultSet, "expiresDate")),
				login));
	}

	@Override
	public void remove(String login) {
		_transactions.write(
			connection -> Sql.update(
				connection, "delete from Preau_ActivationCode where login = ?",
				login));
	}

	@Override
	public void saveAll(Collection<StoredCode> codes) {
		List<Object[]> rows = new ArrayList<>(codes.size());

		for (StoredCode code : codes) {
			rows.add(
				new Object[] {
					code.login(), code.hash(), code.mode().name(),
					code.issuedAt(), code.expiresAt()
				});
		}

		_transactions.write(
			connection -> {
				Sql.batch(
					connection,
					"merge into Preau_ActivationCode (login, codeHash, mode, " +
						"issuedDate, expiresDate) key (login) values (?, ?, " +
							"?, ?, ?)",
					rows);

				return null;
			});
	}

	private final JdbcTransactions _transactions;

}
