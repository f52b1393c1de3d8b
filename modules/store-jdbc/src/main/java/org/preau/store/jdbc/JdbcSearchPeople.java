package org.preau.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
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

		Where where = new Where(search);

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
		Where where = new Where(search);

		return _transactions.read(
			connection -> {
				int total = Sql.queryOne(
					connection,
					"select count(*) from Preau_Person p" + where._sql,
					resultSet -> resultSet.getInt(1),
					where._parameters.toArray()
				).orElse(
					0
				);

				List<Row> rows = List.of();

				if (total > search.offset()) {
					List<Object> parameters = new ArrayList<>(
						where._parameters);

					parameters.add(search.offset());
					parameters.add(search.pageSize());

					rows = Sql.query(
						connection,
						_SELECT + where._sql + _ORDER +
							" offset ? rows fetch next ? rows only",
						Row::new, parameters.toArray());
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

	/**
	 * Turns what a user types into a pattern that matches the text as a prefix: the wildcards of LIKE are only
	 * characters there.
	 */
	static String prefixPattern(String prefix) {
		StringBuilder sb = new StringBuilder(prefix.length() + 1);

		for (int i = 0; i < prefix.length(); i++) {
			char c = prefix.charAt(i);

			if ((c == '%') || (c == '_') || (c == '\\')) {
				sb.append('\\');
			}

			sb.append(c);
		}

		sb.append('%');

		return sb.toString();
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

	private static final int _BATCH = 500;

	private static final String _ORDER =
		" order by p.lastNameKey, p.firstNameKey, p.externalId";

	private static final String _SELECT =
		"select p.personId, p.externalId, p.source, p.profile, p.uai, " +
			"p.lastName, p.firstName, p.birthDate, p.emailAddress, p.ine, " +
				"p.classCode, p.personState, l.login from Preau_Person p " +
					"left join Preau_Login l on l.externalId = p.externalId";

	private final JdbcTransactions _transactions;

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
	 * The conditions of a search on Preau_Person {@code p}, with their values in order.
	 */
	private static final class Where {

		private Where(DirectorySearch search) {
			StringBuilder sb = new StringBuilder(" where 1 = 1");

			String uaiIn = null;

			if (!search.uais().isEmpty()) {
				uaiIn = " in (" + Sql.placeholders(search.uais().size()) + ")";

				sb.append(" and p.uai");
				sb.append(uaiIn);
				_addUais(search);
			}

			if (search.namePrefix().isPresent()) {

				// Each side of the or uses the index of its key; the folded text is a value, never SQL

				String pattern = prefixPattern(search.namePrefix().get());

				sb.append(
					" and (p.lastNameKey like ? escape '\\' or " +
						"p.firstNameKey like ? escape '\\')");
				_parameters.add(pattern);
				_parameters.add(pattern);
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
