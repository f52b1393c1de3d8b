package org.preau.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.preau.core.accounts.model.Account;
import org.preau.core.accounts.port.out.Accounts;
import org.preau.core.security.AdminGrant;

/**
 * Accounts in Preau_Account, their admin grants in Preau_AccountGrant as {@link AdminGrant#toString()} keys. Saving an
 * account as stored writes nothing.
 */
class JdbcAccounts implements Accounts {

	JdbcAccounts(JdbcTransactions transactions, Clock clock) {
		_transactions = transactions;
		_clock = clock;
	}

	@Override
	public int count() {
		return _transactions.read(
			connection -> Sql.queryOne(
				connection, "select count(*) from Preau_Account",
				resultSet -> resultSet.getInt(1)
			).get());
	}

	@Override
	public Optional<Account> find(String login) {
		return _transactions.read(
			connection -> _find(
				connection, login
			).map(
				stored -> stored._account
			));
	}

	@Override
	public void save(Account account) {
		_transactions.write(
			connection -> {
				Optional<StoredAccount> stored = _find(
					connection, account.login());

				if (stored.isEmpty()) {
					_insert(connection, account);
				}
				else if (!_same(stored.get()._account, account)) {
					_update(connection, stored.get(), account);
				}

				return null;
			});
	}

	private static boolean _same(Account stored, Account account) {
		return stored.displayName().equals(account.displayName()) &&
			stored.passwordHash().equals(account.passwordHash()) &&
			(stored.enabled() == account.enabled()) &&
			stored.grants().equals(account.grants());
	}

	private Optional<StoredAccount> _find(Connection connection, String login)
		throws SQLException {

		Optional<Object[]> row = Sql.queryOne(
			connection,
			"select accountId, displayName, passwordHash, enabled from " +
				"Preau_Account where login = ?",
			resultSet -> new Object[] {
				resultSet.getLong(1), resultSet.getString(2),
				resultSet.getString(3), resultSet.getBoolean(4)
			},
			login);

		if (row.isEmpty()) {
			return Optional.empty();
		}

		long accountId = (Long)row.get()[0];

		Set<AdminGrant> grants = new LinkedHashSet<>();

		for (String grantKey :
				Sql.query(
					connection,
					"select grantKey from Preau_AccountGrant where " +
						"accountId = ? order by grantKey",
					resultSet -> resultSet.getString(1), accountId)) {

			grants.add(AdminGrant.parse(grantKey));
		}

		return Optional.of(
			new StoredAccount(
				accountId,
				new Account(
					login, (String)row.get()[1], (String)row.get()[2], grants,
					(Boolean)row.get()[3])));
	}

	private void _insert(Connection connection, Account account)
		throws SQLException {

		long accountId = Sql.nextId(connection);
		Instant now = _clock.instant();

		Sql.update(
			connection,
			"insert into Preau_Account (accountId, login, displayName, " +
				"passwordHash, enabled, createDate, modifiedDate) values (?, " +
					"?, ?, ?, ?, ?, ?)",
			accountId, account.login(), account.displayName(),
			account.passwordHash(), account.enabled(), now, now);

		_insertGrants(connection, accountId, account.grants());
	}

	private void _insertGrants(
			Connection connection, long accountId, Set<AdminGrant> grants)
		throws SQLException {

		List<Object[]> rows = new ArrayList<>();

		for (AdminGrant grant : grants) {
			rows.add(new Object[] {accountId, grant.toString()});
		}

		Sql.batch(
			connection,
			"insert into Preau_AccountGrant (accountId, grantKey) values (?, " +
				"?)",
			rows);
	}

	private void _update(
			Connection connection, StoredAccount stored, Account account)
		throws SQLException {

		Sql.update(
			connection,
			"update Preau_Account set displayName = ?, passwordHash = ?, " +
				"enabled = ?, modifiedDate = ? where accountId = ?",
			account.displayName(), account.passwordHash(), account.enabled(),
			_clock.instant(), stored._accountId);

		if (!Objects.equals(stored._account.grants(), account.grants())) {
			Sql.update(
				connection,
				"delete from Preau_AccountGrant where accountId = ?",
				stored._accountId);

			_insertGrants(connection, stored._accountId, account.grants());
		}
	}

	private final Clock _clock;
	private final JdbcTransactions _transactions;

	private static final class StoredAccount {

		private StoredAccount(long accountId, Account account) {
			_accountId = accountId;
			_account = account;
		}

		private final Account _account;
		private final long _accountId;

	}

}
