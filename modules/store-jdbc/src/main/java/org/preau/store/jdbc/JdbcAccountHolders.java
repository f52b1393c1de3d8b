package org.preau.store.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.preau.core.accounts.model.AccountHolder;
import org.preau.core.accounts.model.AccountScope;
import org.preau.core.accounts.port.out.AccountHolders;
import org.preau.core.directory.model.Profile;
import org.preau.core.directory.model.Uai;

/**
 * Account holders from Preau_Person joined to Preau_Login, and from Preau_Guest. A parent's class is the first class,
 * in code order, of their children in the establishment (within the scope's class or level, if it has one).
 */
class JdbcAccountHolders implements AccountHolders {

	JdbcAccountHolders(JdbcTransactions transactions) {
		_transactions = transactions;
	}

	@Override
	public Optional<AccountHolder> byLogin(String login) {
		return _transactions.read(
			connection -> {
				Optional<AccountHolder> person = Sql.queryOne(
					connection,
					_SELECT + _PARENT_CLASS + _FROM + " where l.login = ?",
					this::_holder, login);

				if (person.isPresent()) {
					return person;
				}

				return Sql.queryOne(
					connection,
					"select login, firstName, lastName, uai, emailAddress " +
						"from Preau_Guest where login = ?",
					resultSet -> new AccountHolder(
						resultSet.getString(1), "guest:" + resultSet.getString(1),
						resultSet.getString(2), resultSet.getString(3),
						Profile.GUEST, Uai.of(resultSet.getString(4)), null,
						resultSet.getString(5)),
					login);
			});
	}

	@Override
	public List<AccountHolder> inScope(AccountScope scope) {
		List<Object> parameters = new ArrayList<>();
		StringBuilder sql = new StringBuilder(_SELECT);

		String childFilter = _childFilter(scope);

		if (scope.profile() == Profile.PARENT) {
			sql.append(
				_PARENT_CLASS.replace(
					_PARENT_CLASS_END, childFilter + _PARENT_CLASS_END));
			_addChildParameters(scope, parameters);
		}
		else {
			sql.append(_PARENT_CLASS);
		}

		sql.append(_FROM);
		sql.append(
			" where p.uai = ? and p.profile = ? and p.personState = 'ACTIVE'");
		parameters.add(scope.uai().value());
		parameters.add(scope.profile().name());

		if (scope.profile() == Profile.PUPIL) {
			if (scope.classCode().isPresent()) {
				sql.append(" and p.classCode = ?");
				parameters.add(scope.classCode().get());
			}

			if (scope.mefCode().isPresent()) {
				sql.append(
					" and p.classCode in (select sc.classCode from " +
						"Preau_SchoolClass sc where sc.uai = p.uai and " +
							"sc.mefCode = ?)");
				parameters.add(scope.mefCode().get());
			}
		}
		else if (!childFilter.isEmpty()) {
			sql.append(
				" and exists (select 1 from Preau_ParentRelation r join " +
					"Preau_Person c on c.externalId = r.pupilExternalId " +
						"where r.parentExternalId = p.externalId and c.uai = " +
							"p.uai" + childFilter + ")");
			_addChildParameters(scope, parameters);
		}

		sql.append(
			" order by 7 nulls last, 9 nulls last, p.lastName, p.firstName, " +
				"l.login");

		return _transactions.read(
			connection -> Sql.query(
				connection, sql.toString(), this::_holder,
				parameters.toArray()));
	}

	@Override
	public boolean teaches(String teacherExternalId, Uai uai, String classCode) {
		return _transactions.read(
			connection -> Sql.queryOne(
				connection,
				"select 1 from Preau_TeachingAssignment where " +
					"teacherExternalId = ? and uai = ? and structureCode = ? " +
						"and groupStructure = false",
				resultSet -> true, teacherExternalId, uai.value(), classCode
			).isPresent());
	}

	private static void _addChildParameters(
		AccountScope scope, List<Object> parameters) {

		scope.classCode().ifPresent(parameters::add);
		scope.mefCode().ifPresent(parameters::add);
	}

	private static String _childFilter(AccountScope scope) {
		StringBuilder sb = new StringBuilder();

		if (scope.classCode().isPresent()) {
			sb.append(" and c.classCode = ?");
		}

		if (scope.mefCode().isPresent()) {
			sb.append(
				" and c.classCode in (select sc.classCode from " +
					"Preau_SchoolClass sc where sc.uai = c.uai and sc.mefCode " +
						"= ?)");
		}

		return sb.toString();
	}

	private AccountHolder _holder(ResultSet resultSet) throws SQLException {
		Profile profile = Profile.valueOf(resultSet.getString(5));

		return new AccountHolder(
			resultSet.getString(1), resultSet.getString(2),
			resultSet.getString(3), resultSet.getString(4), profile,
			Uai.of(resultSet.getString(6)),
			(profile == Profile.PARENT) ? resultSet.getString(9) :
				resultSet.getString(7),
			resultSet.getString(8));
	}

	private static final String _FROM =
		" from Preau_Person p join Preau_Login l on l.externalId = " +
			"p.externalId";

	/**
	 * The ninth column; a scope's filter of the children goes before its end.
	 */
	private static final String _PARENT_CLASS =
		", (select min(c.classCode) from Preau_ParentRelation r join " +
			"Preau_Person c on c.externalId = r.pupilExternalId where " +
				"r.parentExternalId = p.externalId and c.uai = p.uai and " +
					"c.personState = 'ACTIVE') as parentClass";

	private static final String _PARENT_CLASS_END = ") as parentClass";

	private static final String _SELECT =
		"select l.login, p.externalId, p.firstName, p.lastName, p.profile, " +
			"p.uai, p.classCode, p.emailAddress";

	private final JdbcTransactions _transactions;

}
