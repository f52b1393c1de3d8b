package org.preau.store.jdbc;

import java.sql.Clob;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.preau.core.directory.model.Uai;
import org.preau.core.merges.model.PersonMerge;
import org.preau.core.merges.port.out.PersonMerges;

/**
 * Merges in the directory's own tables, each one transaction. The absorbed person's rows are deleted and kept, column
 * by column, in Preau_PersonMerge; their keys go to Preau_MergedKey, where the reconciler finds whom they now stand
 * for. Preau_Login is not touched: the absorbed person's login stays given to them, so it is never given to anyone
 * else, and is theirs again when the merge is undone.
 */
class JdbcPersonMerges implements PersonMerges {

	JdbcPersonMerges(JdbcTransactions transactions) {
		_transactions = transactions;
	}

	@Override
	public Optional<PersonMerge> find(long mergeId) {
		return _transactions.read(
			connection -> Sql.queryOne(
				connection, _SELECT + " where mergeId = ?",
				JdbcPersonMerges::_personMerge, mergeId));
	}

	@Override
	public PersonMerge merge(
		Uai uai, String survivorId, String absorbedId, String actor,
		Instant mergedAt) {

		return _transactions.write(
			connection -> {
				long survivorPersonId = _personId(
					connection, uai, survivorId, absorbedId);
				long absorbedPersonId = _personId(
					connection, uai, absorbedId, survivorId);

				Optional<Long> survivorOf = Sql.queryOne(
					connection,
					"select mergeId from Preau_PersonMerge where " +
						"survivorExternalId = ? and undoneDate is null",
					resultSet -> resultSet.getLong(1), absorbedId);

				if (survivorOf.isPresent()) {
					throw new IllegalArgumentException(
						absorbedId + " absorbed another person (merge " +
							survivorOf.get() + "): undo that merge first");
				}

				long mergeId = Sql.nextId(connection);

				MergeChanges mergeChanges = new MergeChanges();

				_mergeCodes(
					connection, "Preau_PersonGroup", "groupCode",
					survivorPersonId, absorbedPersonId,
					mergeChanges.addedGroupCodes, mergeChanges);
				_mergeCodes(
					connection, "Preau_PersonFunction", "functionCode",
					survivorPersonId, absorbedPersonId,
					mergeChanges.addedFunctionCodes, mergeChanges);

				_moveRelations(
					connection, "parentExternalId", "pupilExternalId",
					survivorId, absorbedId, mergeChanges.relationIdsAsParent,
					mergeChanges);
				_moveRelations(
					connection, "pupilExternalId", "parentExternalId",
					survivorId, absorbedId, mergeChanges.relationIdsAsPupil,
					mergeChanges);
				_moveTeachingAssignments(
					connection, survivorId, absorbedId, mergeChanges);

				Sql.update(
					connection,
					"insert into Preau_MergedKey (source, sourceId, " +
						"survivorExternalId, mergeId) select source, " +
							"externalId, ?, ? from Preau_Person where " +
								"personId = ?",
					survivorId, mergeId, absorbedPersonId);
				Sql.update(
					connection,
					"insert into Preau_MergedKey (source, sourceId, " +
						"survivorExternalId, mergeId) select source, " +
							"sourceId, ?, ? from Preau_PersonSourceKey where " +
								"externalId = ?",
					survivorId, mergeId, absorbedId);

				_delete(
					connection, "Preau_PersonSourceKey", "externalId = ?",
					mergeChanges, absorbedId);
				_delete(
					connection, "Preau_Person", "personId = ?", mergeChanges,
					absorbedPersonId);

				Sql.update(
					connection,
					"insert into Preau_PersonMerge (mergeId, uai, " +
						"survivorExternalId, absorbedExternalId, actor, " +
							"createDate, undoneDate, changes) values (?, ?, " +
								"?, ?, ?, ?, null, ?)",
					mergeId, uai.value(), survivorId, absorbedId,
					Sql.shorten(actor, 75), mergedAt, mergeChanges.bytes());

				return new PersonMerge(
					mergeId, uai, survivorId, absorbedId, actor, mergedAt,
					null);
			});
	}

	@Override
	public List<PersonMerge> ofEstablishment(Uai uai, int limit) {
		return _transactions.read(
			connection -> Sql.query(
				connection,
				_SELECT + " where uai = ? order by createDate desc, " +
					"mergeId desc fetch first ? rows only",
				JdbcPersonMerges::_personMerge, uai.value(), limit));
	}

	@Override
	public PersonMerge unmerge(long mergeId, Instant undoneAt) {
		return _transactions.write(
			connection -> {
				PersonMerge personMerge = Sql.queryOne(
					connection, _SELECT + " where mergeId = ?",
					JdbcPersonMerges::_personMerge, mergeId
				).orElseThrow(
					() -> new IllegalArgumentException("no merge " + mergeId)
				);

				if (personMerge.isUndone()) {
					throw new IllegalArgumentException(
						personMerge + " was undone already");
				}

				if (Sql.queryOne(
						connection,
						"select 1 from Preau_Person where externalId = ?",
						resultSet -> true, personMerge.absorbedId()
					).isPresent()) {

					throw new IllegalArgumentException(
						"the directory holds " + personMerge.absorbedId() +
							" again: " + personMerge + " cannot be undone");
				}

				long survivorPersonId = Sql.queryOne(
					connection,
					"select personId from Preau_Person where externalId = ?",
					resultSet -> resultSet.getLong(1),
					personMerge.survivorId()
				).orElseThrow(
					() -> new IllegalArgumentException(
						"the directory no longer holds " +
							personMerge.survivorId() + ": " + personMerge +
								" cannot be undone")
				);

				MergeChanges mergeChanges = MergeChanges.read(
					Sql.queryOne(
						connection,
						"select changes from Preau_PersonMerge where " +
							"mergeId = ?",
						resultSet -> resultSet.getBytes(1), mergeId
					).get());

				for (String code : mergeChanges.addedGroupCodes) {
					Sql.update(
						connection,
						"delete from Preau_PersonGroup where personId = ? " +
							"and groupCode = ?",
						survivorPersonId, code);
				}

				for (String code : mergeChanges.addedFunctionCodes) {
					Sql.update(
						connection,
						"delete from Preau_PersonFunction where personId = ? " +
							"and functionCode = ?",
						survivorPersonId, code);
				}

				_restoreLinks(
					connection, "Preau_ParentRelation", "parentRelationId",
					"parentExternalId", mergeChanges.relationIdsAsParent,
					personMerge);
				_restoreLinks(
					connection, "Preau_ParentRelation", "parentRelationId",
					"pupilExternalId", mergeChanges.relationIdsAsPupil,
					personMerge);
				_restoreLinks(
					connection, "Preau_TeachingAssignment",
					"teachingAssignmentId", "teacherExternalId",
					mergeChanges.teachingAssignmentIds, personMerge);

				for (Map.Entry<String, List<Map<String, Object>>> entry :
						mergeChanges.deletedRows().entrySet()) {

					for (Map<String, Object> row : entry.getValue()) {
						_insert(connection, entry.getKey(), row);
					}
				}

				Sql.update(
					connection, "delete from Preau_MergedKey where mergeId = ?",
					mergeId);
				Sql.update(
					connection,
					"update Preau_PersonMerge set undoneDate = ? where " +
						"mergeId = ?",
					undoneAt, mergeId);

				return new PersonMerge(
					mergeId, personMerge.uai(), personMerge.survivorId(),
					personMerge.absorbedId(), personMerge.actor(),
					personMerge.mergedAt(), undoneAt);
			});
	}

	private static void _delete(
			Connection connection, String table, String where,
			MergeChanges mergeChanges, Object... parameters)
		throws SQLException {

		for (Map<String, Object> row :
				_rows(connection, table, where, parameters)) {

			mergeChanges.addDeletedRow(table, row);
		}

		Sql.update(
			connection, "delete from " + table + " where " + where,
			parameters);
	}

	private static void _insert(
			Connection connection, String table, Map<String, Object> row)
		throws SQLException {

		// A column the database computes, such as a folded name key, comes back by itself and cannot be written

		List<String> generatedColumns = Sql.query(
			connection,
			"select column_name from information_schema.columns where " +
				"table_name = ? and is_generated = 'ALWAYS'",
			resultSet -> resultSet.getString(1),
			table.toUpperCase(Locale.ROOT));

		List<String> columns = new ArrayList<>();
		List<Object> values = new ArrayList<>();

		for (Map.Entry<String, Object> entry : row.entrySet()) {
			if (!generatedColumns.contains(
					entry.getKey(
					).toUpperCase(
						Locale.ROOT
					))) {

				columns.add(entry.getKey());
				values.add(entry.getValue());
			}
		}

		Sql.update(
			connection,
			"insert into " + table + " (" + String.join(", ", columns) +
				") values (" + Sql.placeholders(columns.size()) + ")",
			values.toArray());
	}

	/**
	 * Gives the survivor the codes of the absorbed person they lack, and deletes the absorbed person's rows.
	 */
	private static void _mergeCodes(
			Connection connection, String table, String column,
			long survivorPersonId, long absorbedPersonId, List<String> added,
			MergeChanges mergeChanges)
		throws SQLException {

		for (String code :
				Sql.query(
					connection,
					"select " + column + " from " + table + " where " +
						"personId = ? and " + column + " not in (select " +
							column + " from " + table +
								" where personId = ?) order by 1",
					resultSet -> resultSet.getString(1), absorbedPersonId,
					survivorPersonId)) {

			Sql.update(
				connection,
				"insert into " + table + " (personId, " + column +
					") values (?, ?)",
				survivorPersonId, code);

			added.add(code);
		}

		_delete(
			connection, table, "personId = ?", mergeChanges,
			absorbedPersonId);
	}

	/**
	 * Makes the survivor the parent (or the pupil) of the absorbed person's relations; a relation the survivor already
	 * has with the same person is kept as it is, and the absorbed person's is deleted.
	 */
	private static void _moveRelations(
			Connection connection, String column, String otherColumn,
			String survivorId, String absorbedId, List<Long> moved,
			MergeChanges mergeChanges)
		throws SQLException {

		for (Object[] relation :
				Sql.query(
					connection,
					"select parentRelationId, " + otherColumn + " from " +
						"Preau_ParentRelation where " + column + " = ? " +
							"order by 1",
					resultSet -> new Object[] {
						resultSet.getLong(1), resultSet.getString(2)
					},
					absorbedId)) {

			boolean survivorHasIt = Sql.queryOne(
				connection,
				"select 1 from Preau_ParentRelation where " + column +
					" = ? and " + otherColumn + " = ?",
				resultSet -> true, survivorId, relation[1]
			).isPresent();

			if (survivorHasIt) {
				_delete(
					connection, "Preau_ParentRelation", "parentRelationId = ?",
					mergeChanges, relation[0]);
			}
			else {
				Sql.update(
					connection,
					"update Preau_ParentRelation set " + column + " = ? " +
						"where parentRelationId = ?",
					survivorId, relation[0]);

				moved.add((Long)relation[0]);
			}
		}
	}

	private static void _moveTeachingAssignments(
			Connection connection, String survivorId, String absorbedId,
			MergeChanges mergeChanges)
		throws SQLException {

		for (Object[] assignment :
				Sql.query(
					connection,
					"select teachingAssignmentId, uai, structureCode, " +
						"subjectCode from Preau_TeachingAssignment where " +
							"teacherExternalId = ? order by 1",
					resultSet -> new Object[] {
						resultSet.getLong(1), resultSet.getString(2),
						resultSet.getString(3), resultSet.getString(4)
					},
					absorbedId)) {

			boolean survivorHasIt = Sql.queryOne(
				connection,
				"select 1 from Preau_TeachingAssignment where " +
					"teacherExternalId = ? and uai = ? and structureCode = ? " +
						"and subjectCode = ?",
				resultSet -> true, survivorId, assignment[1], assignment[2],
				assignment[3]
			).isPresent();

			if (survivorHasIt) {
				_delete(
					connection, "Preau_TeachingAssignment",
					"teachingAssignmentId = ?", mergeChanges, assignment[0]);
			}
			else {
				Sql.update(
					connection,
					"update Preau_TeachingAssignment set teacherExternalId = " +
						"? where teachingAssignmentId = ?",
					survivorId, assignment[0]);

				mergeChanges.teachingAssignmentIds.add((Long)assignment[0]);
			}
		}
	}

	private static PersonMerge _personMerge(ResultSet resultSet)
		throws SQLException {

		return new PersonMerge(
			resultSet.getLong("mergeId"), Uai.of(resultSet.getString("uai")),
			resultSet.getString("survivorExternalId"),
			resultSet.getString("absorbedExternalId"),
			resultSet.getString("actor"),
			Sql.instant(resultSet, "createDate"),
			Sql.instant(resultSet, "undoneDate"));
	}

	/**
	 * The person's row id, once checked that they are of the establishment and of the other person's profile.
	 */
	private static long _personId(
			Connection connection, Uai uai, String externalId,
			String otherExternalId)
		throws SQLException {

		Object[] person = Sql.queryOne(
			connection,
			"select personId, uai, profile from Preau_Person where " +
				"externalId = ?",
			resultSet -> new Object[] {
				resultSet.getLong(1), resultSet.getString(2),
				resultSet.getString(3)
			},
			externalId
		).orElseThrow(
			() -> new IllegalArgumentException(
				"the directory holds no person " + externalId)
		);

		if (!uai.value().equals(person[1])) {
			throw new IllegalArgumentException(
				externalId + " is a person of " + person[1] + ", not of " +
					uai);
		}

		Optional<String> otherProfile = Sql.queryOne(
			connection, "select profile from Preau_Person where externalId = ?",
			resultSet -> resultSet.getString(1), otherExternalId);

		if (otherProfile.isPresent() && !otherProfile.get().equals(person[2])) {
			throw new IllegalArgumentException(
				"only people of one profile can be merged: " + externalId +
					" is " + person[2] + ", " + otherExternalId + " " +
						otherProfile.get());
		}

		return (Long)person[0];
	}

	/**
	 * Gives the links the merge moved back to the absorbed person.
	 */
	private static void _restoreLinks(
			Connection connection, String table, String idColumn,
			String column, List<Long> ids, PersonMerge personMerge)
		throws SQLException {

		for (Long id : ids) {
			Sql.update(
				connection,
				"update " + table + " set " + column + " = ? where " +
					idColumn + " = ? and " + column + " = ?",
				personMerge.absorbedId(), id, personMerge.survivorId());
		}
	}

	private static List<Map<String, Object>> _rows(
			Connection connection, String table, String where,
			Object... parameters)
		throws SQLException {

		// Columns the database computes, such as the search's folded names, come back by themselves and cannot be written

		Set<String> generatedColumns = new HashSet<>(
			Sql.query(
				connection,
				"select column_name from information_schema.columns where " +
					"table_name = upper(?) and is_generated = 'ALWAYS'",
				resultSet -> resultSet.getString(1), table));

		return Sql.query(
			connection, "select * from " + table + " where " + where,
			resultSet -> {
				ResultSetMetaData resultSetMetaData = resultSet.getMetaData();

				Map<String, Object> row = new LinkedHashMap<>();

				for (int i = 1; i <= resultSetMetaData.getColumnCount(); i++) {
					if (generatedColumns.contains(
							resultSetMetaData.getColumnName(i))) {

						continue;
					}

					Object value = resultSet.getObject(i);

					if (value instanceof Clob) {
						Clob clob = (Clob)value;

						value = clob.getSubString(1, (int)clob.length());
					}

					row.put(resultSetMetaData.getColumnName(i), value);
				}

				return row;
			},
			parameters);
	}

	private static final String _SELECT =
		"select mergeId, uai, survivorExternalId, absorbedExternalId, actor, " +
			"createDate, undoneDate from Preau_PersonMerge";

	private final JdbcTransactions _transactions;

}
