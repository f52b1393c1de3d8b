package org.preau.store.jdbc;

import java.util.ArrayList;
import java.util.List;

import org.preau.core.directory.model.PeoplePage;
import org.preau.core.directory.model.PeopleQuery;
import org.preau.core.directory.model.Person;
import org.preau.core.directory.port.out.People;
import org.preau.core.directory.port.out.SearchPeople;

/**
 * Pages through Preau_Person with the filters of a query: the page's identifiers in one query, then each person with
 * their groups and functions as {@link People} reads them.
 */
public class JdbcSearchPeople implements SearchPeople {

	public JdbcSearchPeople(JdbcStore jdbcStore) {
		_transactions = (JdbcTransactions)jdbcStore.transactions();
		_people = jdbcStore.people();
	}

	@Override
	public PeoplePage search(PeopleQuery query) {
		StringBuilder where = new StringBuilder(" where p.uai = ?");
		List<Object> parameters = new ArrayList<>();

		parameters.add(query.uai().value());

		if (query.profile().isPresent()) {
			where.append(" and p.profile = ?");
			parameters.add(query.profile().get().name());
		}

		if (query.classCode().isPresent()) {
			where.append(" and p.classCode = ?");
			parameters.add(query.classCode().get());
		}

		if (query.groupCode().isPresent()) {
			where.append(
				" and exists (select 1 from Preau_PersonGroup g where " +
					"g.personId = p.personId and g.groupCode = ?)");
			parameters.add(query.groupCode().get());
		}

		return _transactions.read(
			connection -> {
				int total = Sql.queryOne(
					connection,
					"select count(*) from Preau_Person p" + where,
					resultSet -> resultSet.getInt(1), parameters.toArray()
				).orElse(
					0
				);

				List<Object> pageParameters = new ArrayList<>(parameters);

				pageParameters.add(query.offset());
				pageParameters.add(query.pageSize());

				List<String> externalIds = Sql.query(
					connection,
					"select p.externalId from Preau_Person p" + where +
						" order by p.lastName, p.firstName, p.externalId " +
							"offset ? rows fetch next ? rows only",
					resultSet -> resultSet.getString(1),
					pageParameters.toArray());

				List<Person> people = new ArrayList<>(externalIds.size());

				for (String externalId : externalIds) {
					_people.find(externalId).ifPresent(people::add);
				}

				return new PeoplePage(people, total, query);
			});
	}

	private final People _people;
	private final JdbcTransactions _transactions;

}
