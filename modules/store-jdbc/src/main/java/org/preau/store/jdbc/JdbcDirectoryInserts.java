package org.preau.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.preau.core.directory.model.ParentRelation;
import org.preau.core.directory.model.Person;
import org.preau.core.directory.model.StaffFunction;
import org.preau.core.directory.model.TeachingAssignment;
import org.preau.core.imports.port.out.DirectoryInserts;

/**
 * Inserts the rows a plan creates in JDBC batches of {@value #_CHUNK} rows, with one prepared statement per table for
 * the whole call and the person identifiers taken from the sequence a chunk at a time. One query per chunk finds the
 * rows that exist after all (or twice in the list); those are saved row by row by {@link JdbcPeople} and
 * {@link JdbcLinks}, so that the directory ends as the per-row ports would leave it.
 */
class JdbcDirectoryInserts implements DirectoryInserts {

	JdbcDirectoryInserts(
		JdbcTransactions transactions, Clock clock, JdbcPeople people,
		JdbcLinks links) {

		_transactions = transactions;
		_clock = clock;
		_people = people;
		_links = links;
	}

	@Override
	public void insertPeople(List<Person> people) {
		if (people.isEmpty()) {
			return;
		}

		List<Person> existing = new ArrayList<>();

		_transactions.write(
			connection -> {
				try (PreparedStatement personStatement =
						connection.prepareStatement(_INSERT_PERSON);
					PreparedStatement groupStatement =
						connection.prepareStatement(_INSERT_GROUP);
					PreparedStatement functionStatement =
						connection.prepareStatement(_INSERT_FUNCTION)) {

					Set<String> seen = new HashSet<>();

					for (List<Person> chunk : _chunks(people)) {
						Set<String> externalIds = new LinkedHashSet<>();

						for (Person person : chunk) {
							externalIds.add(person.externalId());
						}

						Set<String> stored = _stored(
							connection,
							"select externalId from Preau_Person where " +
								"externalId in (",
							externalIds);

						List<Person> created = new ArrayList<>(chunk.size());

						for (Person person : chunk) {
							if (stored.contains(person.externalId()) ||
								!seen.add(person.externalId())) {

								existing.add(person);
							}
							else {
								created.add(person);
							}
						}

						_insertPeople(
							connection, created, personStatement,
							groupStatement, functionStatement);
					}
				}

				for (Person person : existing) {
					_people.save(person);
				}

				return null;
			});
	}

	@Override
	public void insertRelations(List<ParentRelation> relations) {
		if (relations.isEmpty()) {
			return;
		}

		List<ParentRelation> existing = new ArrayList<>();

		_transactions.write(
			connection -> {
				try (PreparedStatement preparedStatement =
						connection.prepareStatement(_INSERT_RELATION)) {

					Set<String> seen = new HashSet<>();

					for (List<ParentRelation> chunk : _chunks(relations)) {
						Set<String> pupilIds = new LinkedHashSet<>();

						for (ParentRelation relation : chunk) {
							pupilIds.add(relation.pupilId());
						}

						Set<String> stored = _stored(
							connection,
							"select parentExternalId || '\t' || " +
								"pupilExternalId from Preau_ParentRelation " +
									"where pupilExternalId in (",
							pupilIds);

						Instant now = _clock.instant();
						int rows = 0;

						for (ParentRelation relation : chunk) {
							String key =
								relation.parentId() + "\t" + relation.pupilId();

							if (stored.contains(key) || !seen.add(key)) {
								existing.add(relation);

								continue;
							}

							Sql.bind(
								preparedStatement, JdbcStore.COMPANY_ID, now,
								now, relation.uai().value(),
								relation.parentId(), relation.pupilId(),
								relation.legalLevel().code(),
								relation.kinshipCode());

							preparedStatement.addBatch();

							rows++;
						}

						if (rows > 0) {
							preparedStatement.executeBatch();
						}
					}
				}

				for (ParentRelation relation : existing) {
					_links.saveRelation(relation);
				}

				return null;
			});
	}

	@Override
	public void insertTeachingAssignments(
		List<TeachingAssignment> teachingAssignments) {

		if (teachingAssignments.isEmpty()) {
			return;
		}

		List<TeachingAssignment> existing = new ArrayList<>();

		_transactions.write(
			connection -> {
				try (PreparedStatement preparedStatement =
						connection.prepareStatement(_INSERT_ASSIGNMENT)) {

					Set<String> seen = new HashSet<>();

					for (List<TeachingAssignment> chunk :
							_chunks(teachingAssignments)) {

						Set<String> teacherIds = new LinkedHashSet<>();

						for (TeachingAssignment teachingAssignment : chunk) {
							teacherIds.add(teachingAssignment.teacherId());
						}

						Set<String> stored = _stored(
							connection,
							"select uai || '\t' || teacherExternalId || " +
								"'\t' || structureCode || '\t' || " +
									"subjectCode from " +
										"Preau_TeachingAssignment where " +
											"teacherExternalId in (",
							teacherIds);

						Instant now = _clock.instant();
						int rows = 0;

						for (TeachingAssignment teachingAssignment : chunk) {
							String key = String.join(
								"\t", teachingAssignment.uai().value(),
								teachingAssignment.teacherId(),
								teachingAssignment.structureCode(),
								teachingAssignment.subjectCode());

							if (stored.contains(key) || !seen.add(key)) {
								existing.add(teachingAssignment);

								continue;
							}

							Sql.bind(
								preparedStatement, JdbcStore.COMPANY_ID, now,
								now, teachingAssignment.uai().value(),
								teachingAssignment.teacherId(),
								teachingAssignment.structureCode(),
								teachingAssignment.isGroup(),
								teachingAssignment.subjectCode(),
								teachingAssignment.headTeacher());

							preparedStatement.addBatch();

							rows++;
						}

						if (rows > 0) {
							preparedStatement.executeBatch();
						}
					}
				}

				for (TeachingAssignment teachingAssignment : existing) {
					_links.saveTeachingAssignment(teachingAssignment);
				}

				return null;
			});
	}

	private static <T> List<List<T>> _chunks(List<T> values) {
		List<List<T>> chunks = new ArrayList<>();

		for (int i = 0; i < values.size(); i += _CHUNK) {
			chunks.add(values.subList(i, Math.min(values.size(), i + _CHUNK)));
		}

		return chunks;
	}

	/**
	 * Returns the keys the query selects for the values of its {@code in} list, which this method closes.
	 */
	private static Set<String> _stored(
			Connection connection, String selectIn, Set<String> values)
		throws SQLException {

		return new HashSet<>(
			Sql.query(
				connection, selectIn + Sql.placeholders(values.size()) + ")",
				resultSet -> resultSet.getString(1), values.toArray()));
	}

	private void _insertPeople(
			Connection connection, List<Person> people,
			PreparedStatement personStatement, PreparedStatement groupStatement,
			PreparedStatement functionStatement)
		throws SQLException {

		if (people.isEmpty()) {
			return;
		}

		long[] personIds = Sql.nextIds(connection, people.size());
		int groups = 0;
		int functions = 0;

		for (int i = 0; i < people.size(); i++) {
			Person person = people.get(i);
			long personId = personIds[i];
			Instant now = _clock.instant();

			Sql.bind(
				personStatement, personId, person.externalId(),
				person.source().name(), person.profile().name(),
				person.uai().value(), person.lastName(), person.firstName(),
				person.birthDate().orElse(null), person.email().orElse(null),
				person.ine().orElse(null), person.classCode().orElse(null),
				person.state().name(), now, now);

			personStatement.addBatch();

			for (String groupCode : person.groupCodes()) {
				Sql.bind(groupStatement, personId, groupCode);

				groupStatement.addBatch();

				groups++;
			}

			for (StaffFunction function : person.functions()) {
				Sql.bind(functionStatement, personId, function.name());

				functionStatement.addBatch();

				functions++;
			}
		}

		personStatement.executeBatch();

		if (groups > 0) {
			groupStatement.executeBatch();
		}

		if (functions > 0) {
			functionStatement.executeBatch();
		}
	}

	/**
	 * Rows per batch and per {@code in} list: large enough that statements are few, small enough that a batch stays
	 * a small part of the heap.
	 */
	private static final int _CHUNK = 500;

	private static final String _INSERT_ASSIGNMENT =
		"insert into Preau_TeachingAssignment (teachingAssignmentId, " +
			"companyId, createDate, modifiedDate, uai, teacherExternalId, " +
				"structureCode, groupStructure, subjectCode, headTeacher) " +
					"values (next value for Preau_IdSequence, ?, ?, ?, ?, ?, " +
						"?, ?, ?, ?)";

	private static final String _INSERT_FUNCTION =
		"insert into Preau_PersonFunction (personId, functionCode) values " +
			"(?, ?)";

	private static final String _INSERT_GROUP =
		"insert into Preau_PersonGroup (personId, groupCode) values (?, ?)";

	private static final String _INSERT_PERSON =
		"insert into Preau_Person (personId, externalId, source, profile, " +
			"uai, lastName, firstName, birthDate, emailAddress, ine, " +
				"classCode, personState, createDate, modifiedDate) values " +
					"(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

	private static final String _INSERT_RELATION =
		"insert into Preau_ParentRelation (parentRelationId, companyId, " +
			"createDate, modifiedDate, uai, parentExternalId, " +
				"pupilExternalId, legalLevel, kinshipCode) values (next " +
					"value for Preau_IdSequence, ?, ?, ?, ?, ?, ?, ?, ?)";

	private final Clock _clock;
	private final JdbcLinks _links;
	private final JdbcPeople _people;
	private final JdbcTransactions _transactions;

}
