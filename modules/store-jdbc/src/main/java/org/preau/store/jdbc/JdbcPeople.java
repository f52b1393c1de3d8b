package org.preau.store.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.preau.core.directory.model.Person;
import org.preau.core.directory.model.PersonState;
import org.preau.core.directory.model.Profile;
import org.preau.core.directory.model.Source;
import org.preau.core.directory.model.StaffFunction;
import org.preau.core.directory.model.Uai;
import org.preau.core.directory.port.out.People;

/**
 * People in Preau_Person, their groups in Preau_PersonGroup and their functions in Preau_PersonFunction. Saving a
 * person as stored writes nothing.
 */
class JdbcPeople implements People {

	JdbcPeople(JdbcTransactions transactions, Clock clock) {
		_transactions = transactions;
		_clock = clock;
	}

	@Override
	public Optional<Person> find(String externalId) {
		return _transactions.read(
			connection -> _find(
				connection, externalId
			).map(
				StoredPerson::person
			));
	}

	@Override
	public List<Person> list(Uai uai, Profile profile, int offset, int limit) {
		if ((offset < 0) || (limit < 0)) {
			throw new IllegalArgumentException(
				"offset " + offset + " and limit " + limit +
					" must not be negative");
		}

		return _transactions.read(
			connection -> {
				List<Person.Builder> builders = new ArrayList<>();
				Map<Long, Person.Builder> builderByPersonId =
					new LinkedHashMap<>();

				for (StoredBuilder stored :
						Sql.query(
							connection,
							_SELECT + " where uai = ? and profile = ? order " +
								"by lastName, firstName, externalId offset " +
									"? rows fetch next ? rows only",
							JdbcPeople::_mapBuilder, uai.value(),
							profile.name(), offset, limit)) {

					builders.add(stored._builder);
					builderByPersonId.put(stored._personId, stored._builder);
				}

				addGroupsAndFunctions(connection, builderByPersonId);

				List<Person> people = new ArrayList<>(builders.size());

				for (Person.Builder builder : builders) {
					people.add(builder.build());
				}

				return people;
			});
	}

	@Override
	public void save(Person person) {
		_transactions.write(
			connection -> {
				Optional<StoredPerson> stored = _find(
					connection, person.externalId());

				if (stored.isEmpty()) {
					_insert(connection, person);
				}
				else if (!stored.get()._person.equals(person)) {
					_update(connection, stored.get(), person);
				}

				return null;
			});
	}

	/**
	 * Adds to each person their groups and functions, read for all of them at once.
	 */
	static void addGroupsAndFunctions(
			Connection connection, Map<Long, Person.Builder> builderByPersonId)
		throws SQLException {

		if (builderByPersonId.isEmpty()) {
			return;
		}

		Object[] personIds = builderByPersonId.keySet().toArray();
		String in = " in (" + Sql.placeholders(personIds.length) + ")";

		for (Object[] row :
				Sql.query(
					connection,
					"select personId, groupCode from Preau_PersonGroup " +
						"where personId" + in + " order by groupCode",
					resultSet -> new Object[] {
						resultSet.getLong(1), resultSet.getString(2)
					},
					personIds)) {

			builderByPersonId.get(row[0]).group((String)row[1]);
		}

		for (Object[] row :
				Sql.query(
					connection,
					"select personId, functionCode from " +
						"Preau_PersonFunction where personId" + in,
					resultSet -> new Object[] {
						resultSet.getLong(1), resultSet.getString(2)
					},
					personIds)) {

			builderByPersonId.get(
				row[0]
			).function(
				StaffFunction.valueOf((String)row[1])
			);
		}
	}

	/**
	 * A person of the current row of a Preau_Person result set, without their groups and functions, which live in
	 * tables of their own.
	 */
	static Person.Builder personBuilder(ResultSet resultSet)
		throws SQLException {

		return Person.builder(
		).birthDate(
			resultSet.getObject("birthDate", LocalDate.class)
		).classCode(
			resultSet.getString("classCode")
		).email(
			resultSet.getString("emailAddress")
		).externalId(
			resultSet.getString("externalId")
		).firstName(
			resultSet.getString("firstName")
		).ine(
			resultSet.getString("ine")
		).lastName(
			resultSet.getString("lastName")
		).profile(
			Profile.valueOf(resultSet.getString("profile"))
		).source(
			Source.valueOf(resultSet.getString("source"))
		).state(
			PersonState.valueOf(resultSet.getString("personState"))
		).uai(
			Uai.of(resultSet.getString("uai"))
		);
	}

	private static StoredBuilder _mapBuilder(ResultSet resultSet)
		throws SQLException {

		return new StoredBuilder(
			resultSet.getLong("personId"), personBuilder(resultSet));
	}

	private Optional<StoredPerson> _find(
			Connection connection, String externalId)
		throws SQLException {

		Optional<StoredBuilder> stored = Sql.queryOne(
			connection, _SELECT + " where externalId = ?",
			JdbcPeople::_mapBuilder, externalId);

		if (stored.isEmpty()) {
			return Optional.empty();
		}

		Map<Long, Person.Builder> builderByPersonId = new HashMap<>();

		builderByPersonId.put(stored.get()._personId, stored.get()._builder);

		addGroupsAndFunctions(connection, builderByPersonId);

		return Optional.of(
			new StoredPerson(
				stored.get()._personId, stored.get()._builder.build()));
	}

	private void _insert(Connection connection, Person person)
		throws SQLException {

		long personId = Sql.nextId(connection);
		Instant now = _clock.instant();

		Sql.update(
			connection,
			"insert into Preau_Person (personId, externalId, source, " +
				"profile, uai, lastName, firstName, birthDate, " +
					"emailAddress, ine, classCode, personState, createDate, " +
						"modifiedDate) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, " +
							"?, ?, ?, ?)",
			personId, person.externalId(), person.source().name(),
			person.profile().name(), person.uai().value(), person.lastName(),
			person.firstName(), person.birthDate().orElse(null),
			person.email().orElse(null), person.ine().orElse(null),
			person.classCode().orElse(null), person.state().name(), now, now);

		_insertGroups(connection, personId, person.groupCodes());
		_insertFunctions(connection, personId, person.functions());
	}

	private void _insertFunctions(
			Connection connection, long personId,
			Set<StaffFunction> functions)
		throws SQLException {

		List<Object[]> rows = new ArrayList<>();

		for (StaffFunction function : functions) {
			rows.add(new Object[] {personId, function.name()});
		}

		Sql.batch(
			connection,
			"insert into Preau_PersonFunction (personId, functionCode) " +
				"values (?, ?)",
			rows);
	}

	private void _insertGroups(
			Connection connection, long personId, Set<String> groupCodes)
		throws SQLException {

		List<Object[]> rows = new ArrayList<>();

		for (String groupCode : groupCodes) {
			rows.add(new Object[] {personId, groupCode});
		}

		Sql.batch(
			connection,
			"insert into Preau_PersonGroup (personId, groupCode) values (?, ?)",
			rows);
	}

	private void _update(
			Connection connection, StoredPerson stored, Person person)
		throws SQLException {

		long personId = stored._personId;

		Sql.update(
			connection,
			"update Preau_Person set source = ?, profile = ?, uai = ?, " +
				"lastName = ?, firstName = ?, birthDate = ?, emailAddress = " +
					"?, ine = ?, classCode = ?, personState = ?, " +
						"modifiedDate = ? where personId = ?",
			person.source().name(), person.profile().name(),
			person.uai().value(), person.lastName(), person.firstName(),
			person.birthDate().orElse(null), person.email().orElse(null),
			person.ine().orElse(null), person.classCode().orElse(null),
			person.state().name(), _clock.instant(), personId);

		Set<String> removedGroups = new LinkedHashSet<>(
			stored._person.groupCodes());

		removedGroups.removeAll(person.groupCodes());

		List<Object[]> rows = new ArrayList<>();

		for (String groupCode : removedGroups) {
			rows.add(new Object[] {personId, groupCode});
		}

		Sql.batch(
			connection,
			"delete from Preau_PersonGroup where personId = ? and groupCode " +
				"= ?",
			rows);

		Set<String> addedGroups = new LinkedHashSet<>(person.groupCodes());

		addedGroups.removeAll(stored._person.groupCodes());

		_insertGroups(connection, personId, addedGroups);

		if (!stored._person.functions().equals(person.functions())) {
			Sql.update(
				connection,
				"delete from Preau_PersonFunction where personId = ?",
				personId);

			_insertFunctions(connection, personId, person.functions());
		}
	}

	private static final String _SELECT =
		"select personId, externalId, source, profile, uai, lastName, " +
			"firstName, birthDate, emailAddress, ine, classCode, personState " +
				"from Preau_Person";

	private final Clock _clock;
	private final JdbcTransactions _transactions;

	private static final class StoredBuilder {

		private StoredBuilder(long personId, Person.Builder builder) {
			_personId = personId;
			_builder = builder;
		}

		private final Person.Builder _builder;
		private final long _personId;

	}

	private static final class StoredPerson {

		private StoredPerson(long personId, Person person) {
			_personId = personId;
			_person = person;
		}

		private Person person() {
			return _person;
		}

		private final Person _person;
		private final long _personId;

	}

}
