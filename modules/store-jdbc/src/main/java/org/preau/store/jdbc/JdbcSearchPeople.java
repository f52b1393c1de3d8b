package org.preau.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.preau.core.directory.model.DirectoryEntry;
import org.preau.core.directory.model.DirectoryPage;
import org.preau.core.directory.model.DirectorySearch;
import org.preau.core.directory.model.Level;
import org.preau.core.directory.model.PeoplePage;
import org.preau.core.directory.model.PeopleQuery;
import org.preau.core.directory.model.Person;
import org.preau.core.directory.model.Subject;
import org.preau.core.directory.model.Uai;
import org.preau.core.directory.port.out.SearchPeople;

/**
 * Searches Preau_Person with the criteria of a search, each person with their login from Preau_Login: the count, then
 * the page's rows in one query, and their groups and functions in one query each. Names are matched, and ordered, on
 * the folded keys that migration 8 keeps beside them, so that Élodie comes before Emma as a reader expects.
 */
public class JdbcSearchPeople implements SearchPeople {

	public JdbcSearchPeople(JdbcStore jdbcStore) {
		_transactions = (JdbcTransactions)jdbcStore.transactions();
	}

	@Override
	public void forEach(
		DirectorySearch search, Consumer<DirectoryEntry> consumer) {

		Where where = new Where(search, NameMatch.EITHER);

		_transactions.read(
			connection -> {
				try (PreparedStatement preparedStatement =
						connection.prepareStatement(
							_SELECT + where._sql + _ORDER)) {

					Sql.bind(preparedStatement, where._parameters.toArray());

					preparedStatement.setFetchSize(_BATCH);

					try (ResultSet resultSet =
							preparedStatement.executeQuery()) {

						List<Row> rows = new ArrayList<>(_BATCH);

						while (resultSet.next()) {
							rows.add(new Row(resultSet));

							if (rows.size() == _BATCH) {
								_entries(connection, rows).forEach(consumer);

								rows.clear();
							}
						}

						_entries(connection, rows).forEach(consumer);
					}
				}

				return null;
			});
	}

	@Override
	public List<Level> levels(Uai uai) {
		return _transactions.read(
			connection -> Sql.query(
				connection,
				"select distinct c.mefCode, coalesce(l.label, c.mefCode) " +
					"from Preau_SchoolClass c left join Preau_Level l on " +
						"l.mefCode = c.mefCode where c.uai = ? and " +
							"c.mefCode is not null order by c.mefCode",
				resultSet -> new Level(
					resultSet.getString(1), resultSet.getString(2)),
				uai.value()));
	}

	@Override
	public PeoplePage search(PeopleQuery query) {
		DirectoryPage directoryPage = search(query.toSearch());

		List<Person> people = new ArrayList<>();

		for (DirectoryEntry entry : directoryPage.entries()) {
			people.add(entry.person());
		}

		return new PeoplePage(people, directoryPage.total(), query);
	}

	@Override
	public DirectoryPage search(DirectorySearch search) {
		if (search.namePrefix().isEmpty() || search.uais().isEmpty()) {
			Where where = new Where(search, NameMatch.EITHER);

			return _transactions.read(
				connection -> {
					int total = _count(connection, where);

					List<Row> rows = List.of();

					if (total > search.offset()) {
						rows = _rows(
							connection,
							_keys(
								connection, where, search.offset(),
								search.pageSize()));
					}

					return new DirectoryPage(
						_entries(connection, rows), total, search);
				});
		}

		// Within establishments, those found by their last name, then those found by their first name alone: each part
		// follows one index, where a single "or" of the two would read every person of the establishments

		Where byLastName = new Where(search, NameMatch.LAST);
		Where byFirstNameOnly = new Where(search, NameMatch.FIRST_ONLY);

		return _transactions.read(
			connection -> {
				int total =
					_count(connection, byLastName) +
						_count(connection, byFirstNameOnly);

				List<Row> rows = List.of();

				if (total > search.offset()) {
					int limit = search.offset() + search.pageSize();

					List<Key> keys = new ArrayList<>(
						_keys(connection, byLastName, 0, limit));

					keys.addAll(_keys(connection, byFirstNameOnly, 0, limit));

					keys.sort(_ORDER_OF_KEYS);

					rows = _rows(
						connection,
						keys.subList(
							Math.min(search.offset(), keys.size()),
							Math.min(limit, keys.size())));
				}

				return new DirectoryPage(
					_entries(connection, rows), total, search);
			});
	}

	@Override
	public List<Subject> subjectsTaught(Uai uai) {
		return _transactions.read(
			connection -> Sql.query(
				connection,
				"select t.subjectCode, coalesce(max(s.label), " +
					"t.subjectCode) label from Preau_TeachingAssignment t " +
						"left join Preau_Subject s on s.subjectCode = " +
							"t.subjectCode where t.uai = ? group by " +
								"t.subjectCode order by label, t.subjectCode",
				resultSet -> new Subject(
					resultSet.getString(1), resultSet.getString(2)),
				uai.value()));
	}

	private static int _count(Connection connection, Where where)
		throws SQLException {

		return Sql.queryOne(
			connection, "select count(*) from Preau_Person p" + where._sql,
			resultSet -> resultSet.getInt(1), where._parameters.toArray()
		).orElse(
			0
		);
	}

	private static List<DirectoryEntry> _entries(
			Connection connection, List<Row> rows)
		throws SQLException {

		if (rows.isEmpty()) {
			return List.of();
		}

		Map<Long, Person.Builder> builderByPersonId = new LinkedHashMap<>();

		for (Row row : rows) {
			builderByPersonId.put(row._personId, row._builder);
		}

		JdbcPeople.addGroupsAndFunctions(connection, builderByPersonId);

		List<DirectoryEntry> entries = new ArrayList<>(rows.size());

		for (Row row : rows) {
			entries.add(new DirectoryEntry(row._builder.build(), row._login));
		}

		return entries;
	}

	/**
	 * Finds people as keys only, which an index can hold whole, without reading their rows.
	 */
	private static List<Key> _keys(
			Connection connection, Where where, int offset, int limit)
		throws SQLException {

		List<Object> parameters = new ArrayList<>(where._parameters);

		parameters.add(offset);
		parameters.add(limit);

		return Sql.query(
			connection,
			"select p.personId, p.lastNameKey, p.firstNameKey, p.externalId " +
				"from Preau_Person p" + where._sql + _ORDER +
					" offset ? rows fetch next ? rows only",
			Key::new, parameters.toArray());
	}

	/**
	 * Reads the rows of the people of a page, in the page's order.
	 */
	private static List<Row> _rows(Connection connection, List<Key> keys)
		throws SQLException {

		if (keys.isEmpty()) {
			return List.of();
		}

		Object[] personIds = new Object[keys.size()];

		for (int i = 0; i < personIds.length; i++) {
			personIds[i] = keys.get(i)._personId;
		}

		Map<Long, Row> rowByPersonId = new HashMap<>();

		for (Row row :
				Sql.query(
					connection,
					_SELECT + " where p.personId in (" +
						Sql.placeholders(personIds.length) + ")",
					Row::new, personIds)) {

			rowByPersonId.put(row._personId, row);
		}

		List<Row> rows = new ArrayList<>(keys.size());

		for (Key key : keys) {
			Row row = rowByPersonId.get(key._personId);

			if (row != null) {
				rows.add(row);
			}
		}

		return rows;
	}

	private static final int _BATCH = 500;

	private static final String _ORDER =
		" order by p.lastNameKey, p.firstNameKey, p.externalId";

	private static final Comparator<Key> _ORDER_OF_KEYS = Comparator.comparing(
		(Key key) -> key._lastNameKey
	).thenComparing(
		key -> key._firstNameKey
	).thenComparing(
		key -> key._externalId
	);

	private static final String _SELECT =
		"select p.personId, p.externalId, p.source, p.profile, p.uai, " +
			"p.lastName, p.firstName, p.birthDate, p.emailAddress, p.ine, " +
				"p.classCode, p.personState, l.login from Preau_Person p " +
					"left join Preau_Login l on l.externalId = p.externalId";

	/**
	 * Sorts after any character a name holds: every key that starts with a prefix is below the prefix followed by it.
	 */
	private static final char _AFTER_EVERY_CHARACTER = '\uffff';

	private final JdbcTransactions _transactions;

	/**
	 * A person as an index knows them: where they come in the order of the results.
	 */
	private static final class Key {

		private Key(ResultSet resultSet) throws SQLException {
			_personId = resultSet.getLong(1);
			_lastNameKey = resultSet.getString(2);
			_firstNameKey = resultSet.getString(3);
			_externalId = resultSet.getString(4);
		}

		private final String _externalId;
		private final String _firstNameKey;
		private final String _lastNameKey;
		private final long _personId;

	}

	private static final class Row {

		private Row(ResultSet resultSet) throws SQLException {
			_personId = resultSet.getLong("personId");
			_builder = JdbcPeople.personBuilder(resultSet);
			_login = resultSet.getString("login");
		}

		private final Person.Builder _builder;
		private final String _login;
		private final long _personId;

	}

	/**
	 * Which name a name prefix is looked for in.
	 */
	private enum NameMatch {

		EITHER, FIRST_ONLY, LAST

	}

	/**
	 * The conditions of a search on Preau_Person {@code p}, with their values in order.
	 */
	private static final class Where {

		private Where(DirectorySearch search, NameMatch nameMatch) {
			StringBuilder sb = new StringBuilder(" where 1 = 1");

			String uaiIn = null;

			if (!search.uais().isEmpty()) {
				uaiIn = " in (" + Sql.placeholders(search.uais().size()) + ")";

				sb.append(" and p.uai");
				sb.append(uaiIn);
				_addUais(search);
			}

			if (search.namePrefix().isPresent()) {

				// A prefix is a range of keys, which an index serves whole; LIKE would test every key of the range

				String from = search.namePrefix().get();
				String to = from + _AFTER_EVERY_CHARACTER;

				if (nameMatch == NameMatch.EITHER) {
					sb.append(
						" and ((p.lastNameKey >= ? and p.lastNameKey < ?) or " +
							"(p.firstNameKey >= ? and p.firstNameKey < ?))");
					_parameters.add(from);
					_parameters.add(to);
				}
				else if (nameMatch == NameMatch.LAST) {
					sb.append(" and p.lastNameKey >= ? and p.lastNameKey < ?");
				}
				else {
					sb.append(
						" and p.firstNameKey >= ? and p.firstNameKey < ? and " +
							"(p.lastNameKey < ? or p.lastNameKey >= ?)");
					_parameters.add(from);
					_parameters.add(to);
				}

				_parameters.add(from);
				_parameters.add(to);
			}

			if (search.profile().isPresent()) {
				sb.append(" and p.profile = ?");
				_parameters.add(search.profile().get().name());
			}

			if (search.state().isPresent()) {
				sb.append(" and p.personState = ?");
				_parameters.add(search.state().get().name());
			}

			if (search.source().isPresent()) {
				sb.append(" and p.source = ?");
				_parameters.add(search.source().get().name());
			}

			if (search.function().isPresent()) {
				sb.append(
					" and p.personId in (select f.personId from " +
						"Preau_PersonFunction f where f.functionCode = ?)");
				_parameters.add(search.function().get().name());
			}

			if (search.mefCode().isPresent()) {
				sb.append(
					" and exists (select 1 from Preau_SchoolClass c where " +
						"c.uai = p.uai and c.classCode = p.classCode and " +
							"c.mefCode = ?)");
				_parameters.add(search.mefCode().get());
			}

			if (search.classCode().isPresent()) {

				// The members of a class are its pupils and the teachers who teach it

				sb.append(
					" and (p.classCode = ? or p.externalId in (select " +
						"t.teacherExternalId from Preau_TeachingAssignment " +
							"t where t.uai = p.uai and t.structureCode = ? " +
								"and t.groupStructure = false))");
				_parameters.add(search.classCode().get());
				_parameters.add(search.classCode().get());
			}

			if (search.groupCode().isPresent()) {
				sb.append(
					" and (p.personId in (select g.personId from " +
						"Preau_PersonGroup g where g.groupCode = ?) or " +
							"p.externalId in (select t.teacherExternalId " +
								"from Preau_TeachingAssignment t where t.uai " +
									"= p.uai and t.structureCode = ? and " +
										"t.groupStructure = true))");
				_parameters.add(search.groupCode().get());
				_parameters.add(search.groupCode().get());
			}

			if (search.subject().isPresent()) {
				sb.append(
					" and p.externalId in (select t.teacherExternalId from " +
						"Preau_TeachingAssignment t where ");

				if (uaiIn != null) {
					sb.append("t.uai");
					sb.append(uaiIn);
					sb.append(" and ");
					_addUais(search);
				}

				sb.append(
					"(t.subjectCode = ? or t.subjectCode in (select " +
						"s.subjectCode from Preau_Subject s where " +
							"upper(s.label) = upper(?))))");
				_parameters.add(search.subject().get());
				_parameters.add(search.subject().get());
			}

			_sql = sb.toString();
		}

		private void _addUais(DirectorySearch search) {
			for (Uai uai : search.uais()) {
				_parameters.add(uai.value());
			}
		}

		private final List<Object> _parameters = new ArrayList<>();
		private final String _sql;

	}

}
