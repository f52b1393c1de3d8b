package org.preau.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;

import org.preau.core.directory.model.DirectoryCounts;
import org.preau.core.directory.model.PersonState;
import org.preau.core.directory.model.Profile;
import org.preau.core.directory.model.Uai;
import org.preau.core.directory.port.out.CountDirectory;

class JdbcCountDirectory implements CountDirectory {

	JdbcCountDirectory(JdbcTransactions transactions) {
		_transactions = transactions;
	}

	@Override
	public DirectoryCounts counts(Uai uai) {
		return _transactions.read(
			connection -> {
				Map<Profile, Integer> people = new EnumMap<>(Profile.class);

				for (Object[] row :
						Sql.query(
							connection,
							"select profile, count(*) from Preau_Person " +
								"where uai = ? and personState = ? group by " +
									"profile",
							resultSet -> new Object[] {
								Profile.valueOf(resultSet.getString(1)),
								resultSet.getInt(2)
							},
							uai.value(), PersonState.ACTIVE.name())) {

					people.put((Profile)row[0], (Integer)row[1]);
				}

				return new DirectoryCounts(
					people, _count(connection, "Preau_SchoolClass", uai),
					_count(connection, "Preau_TeachingGroup", uai),
					_count(connection, "Preau_ParentRelation", uai),
					_count(connection, "Preau_TeachingAssignment", uai));
			});
	}

	/**
	 * Counts the rows of an establishment in a table named by this class, never by input.
	 */
	private int _count(Connection connection, String table, Uai uai)
		throws SQLException {

		return Sql.queryOne(
			connection, "select count(*) from " + table + " where uai = ?",
			resultSet -> resultSet.getInt(1), uai.value()
		).get();
	}

	private final JdbcTransactions _transactions;

}
