package org.preau.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.preau.core.directory.model.Group;
import org.preau.core.directory.model.Level;
import org.preau.core.directory.model.SchoolClass;
import org.preau.core.directory.model.Subject;
import org.preau.core.directory.model.Uai;
import org.preau.core.directory.port.out.Structures;

/**
 * Classes, teaching groups with the classes they gather, levels and subjects. Each is saved by its natural key, and
 * saving it as stored writes nothing.
 */
class JdbcStructures implements Structures {

	JdbcStructures(JdbcTransactions transactions, Clock clock) {
		_transactions = transactions;
		_clock = clock;
	}

	@Override
	public List<SchoolClass> classes(Uai uai) {
		return _transactions.read(
			connection -> Sql.query(
				connection,
				"select classCode, mefCode from Preau_SchoolClass where uai " +
					"= ? order by classCode",
				resultSet -> new SchoolClass(
					uai, resultSet.getString(1), resultSet.getString(2)),
				uai.value()));
	}

	@Override
	public List<Group> groups(Uai uai) {
		return _transactions.read(
			connection -> {
				Map<String, Set<String>> classCodesByGroupCode =
					new LinkedHashMap<>();

				for (String[] row :
						Sql.query(
							connection, _SELECT_GROUPS,
							resultSet -> new String[] {
								resultSet.getString(1), resultSet.getString(2)
							},
							uai.value())) {

					Set<String> classCodes =
						classCodesByGroupCode.computeIfAbsent(
							row[0], groupCode -> new LinkedHashSet<>());

					if (row[1] != null) {
						classCodes.add(row[1]);
					}
				}

				List<Group> groups = new ArrayList<>();

				for (Map.Entry<String, Set<String>> entry :
						classCodesByGroupCode.entrySet()) {

					groups.add(new Group(uai, entry.getKey(), entry.getValue()));
				}

				return groups;
			});
	}

	@Override
	public void saveClass(SchoolClass schoolClass) {
		_transactions.write(
			connection -> {
				String mefCode = schoolClass.mefCode().orElse(null);

				Optional<Object[]> stored = Sql.queryOne(
					connection,
					"select mefCode from Preau_SchoolClass where uai = ? and " +
						"classCode = ?",
					resultSet -> new Object[] {resultSet.getString(1)},
					schoolClass.uai().value(), schoolClass.code());

				Instant now = _clock.instant();

				if (stored.isEmpty()) {
					Sql.update(
						connection,
						"insert into Preau_SchoolClass (schoolClassId, uai, " +
							"classCode, mefCode, createDate, modifiedDate) " +
								"values (next value for Preau_IdSequence, ?, " +
									"?, ?, ?, ?)",
						schoolClass.uai().value(), schoolClass.code(), mefCode,
						now, now);
				}
				else if (!_equal(stored.get()[0], mefCode)) {
					Sql.update(
						connection,
						"update Preau_SchoolClass set mefCode = ?, " +
							"modifiedDate = ? where uai = ? and classCode = ?",
						mefCode, now, schoolClass.uai().value(),
						schoolClass.code());
				}

				return null;
			});
	}

	@Override
	public void saveGroup(Group group) {
		_transactions.write(
			connection -> {
				Optional<Long> stored = Sql.queryOne(
					connection,
					"select teachingGroupId from Preau_TeachingGroup where " +
						"uai = ? and groupCode = ?",
					resultSet -> resultSet.getLong(1), group.uai().value(),
					group.code());

				if (stored.isEmpty()) {
					long teachingGroupId = Sql.nextId(connection);
					Instant now = _clock.instant();

					Sql.update(
						connection,
						"insert into Preau_TeachingGroup (teachingGroupId, " +
							"uai, groupCode, createDate, modifiedDate) " +
								"values (?, ?, ?, ?, ?)",
						teachingGroupId, group.uai().value(), group.code(), now,
						now);

					_insertClassCodes(
						connection, teachingGroupId, group.classCodes());
				}
				else {
					_updateClassCodes(connection, stored.get(), group);
				}

				return null;
			});
	}

	@Override
	public void saveLevel(Level level) {
		_saveNomenclature(
			"Preau_Level", "levelId", "mefCode", level.mefCode(),
			level.label());
	}

	@Override
	public void saveSubject(Subject subject) {
		_saveNomenclature(
			"Preau_Subject", "subjectId", "subjectCode", subject.code(),
			subject.label());
	}

	private static boolean _equal(Object stored, Object value) {
		if (stored == null) {
			return value == null;
		}

		return stored.equals(value);
	}

	private void _insertClassCodes(
			Connection connection, long teachingGroupId, Set<String> classCodes)
		throws SQLException {

		List<Object[]> rows = new ArrayList<>();

		for (String classCode : classCodes) {
			rows.add(new Object[] {teachingGroupId, classCode});
		}

		Sql.batch(
			connection,
			"insert into Preau_TeachingGroupClass (teachingGroupId, " +
				"classCode) values (?, ?)",
			rows);
	}

	/**
	 * Saves a level or a subject: a code and a label. The table and column names are constants of this class, never
	 * input.
	 */
	private void _saveNomenclature(
		String table, String idColumn, String codeColumn, String code,
		String label) {

		_transactions.write(
			connection -> {
				Optional<String> stored = Sql.queryOne(
					connection,
					"select label from " + table + " where " + codeColumn +
						" = ?",
					resultSet -> resultSet.getString(1), code);

				Instant now = _clock.instant();

				if (stored.isEmpty()) {
					Sql.update(
						connection,
						"insert into " + table + " (" + idColumn + ", " +
							codeColumn + ", label, createDate, " +
								"modifiedDate) values (next value for " +
									"Preau_IdSequence, ?, ?, ?, ?)",
						code, label, now, now);
				}
				else if (!stored.get().equals(label)) {
					Sql.update(
						connection,
						"update " + table + " set label = ?, modifiedDate = " +
							"? where " + codeColumn + " = ?",
						label, now, code);
				}

				return null;
			});
	}

	private void _updateClassCodes(
			Connection connection, long teachingGroupId, Group group)
		throws SQLException {

		Set<String> storedClassCodes = new LinkedHashSet<>(
			Sql.query(
				connection,
				"select classCode from Preau_TeachingGroupClass where " +
					"teachingGroupId = ?",
				resultSet -> resultSet.getString(1), teachingGroupId));

		if (storedClassCodes.equals(group.classCodes())) {
			return;
		}

		Set<String> removed = new LinkedHashSet<>(storedClassCodes);

		removed.removeAll(group.classCodes());

		List<Object[]> rows = new ArrayList<>();

		for (String classCode : removed) {
			rows.add(new Object[] {teachingGroupId, classCode});
		}

		Sql.batch(
			connection,
			"delete from Preau_TeachingGroupClass where teachingGroupId = ? " +
				"and classCode = ?",
			rows);

		Set<String> added = new LinkedHashSet<>(group.classCodes());

		added.removeAll(storedClassCodes);

		_insertClassCodes(connection, teachingGroupId, added);

		Sql.update(
			connection,
			"update Preau_TeachingGroup set modifiedDate = ? where " +
				"teachingGroupId = ?",
			_clock.instant(), teachingGroupId);
	}

	private static final String _SELECT_GROUPS =
		"select teachingGroup.groupCode, teachingGroupClass.classCode from " +
			"Preau_TeachingGroup teachingGroup left join " +
				"Preau_TeachingGroupClass teachingGroupClass on " +
					"teachingGroupClass.teachingGroupId = " +
						"teachingGroup.teachingGroupId where " +
							"teachingGroup.uai = ? order by 1, 2";

	private final Clock _clock;
	private final JdbcTransactions _transactions;

}
