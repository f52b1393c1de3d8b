package org.preau.store.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.preau.core.directory.model.Establishment;
import org.preau.core.directory.model.EstablishmentKind;
import org.preau.core.directory.model.Group;
import org.preau.core.directory.model.LegalLevel;
import org.preau.core.directory.model.Level;
import org.preau.core.directory.model.ParentRelation;
import org.preau.core.directory.model.Person;
import org.preau.core.directory.model.SchoolClass;
import org.preau.core.directory.model.Source;
import org.preau.core.directory.model.StaffFunction;
import org.preau.core.directory.model.Subject;
import org.preau.core.directory.model.TeachingAssignment;
import org.preau.core.directory.model.Uai;
import org.preau.core.imports.model.CurrentDirectory;
import org.preau.core.imports.model.PersonRecord;
import org.preau.core.imports.model.SourceKey;
import org.preau.core.imports.port.out.DirectoryState;

/**
 * Reads the directory of some establishments in one query per table, whatever their size, on one connection so that
 * what it reads is consistent when it runs inside a transaction.
 */
class JdbcDirectoryState implements DirectoryState {

	JdbcDirectoryState(JdbcTransactions transactions) {
		_transactions = transactions;
	}

	@Override
	public CurrentDirectory load(Set<Uai> uais) {
		if (uais.isEmpty()) {
			return CurrentDirectory.empty();
		}

		Object[] values = new Object[uais.size()];
		int i = 0;

		for (Uai uai : uais) {
			values[i++] = uai.value();
		}

		String in = " in (" + Sql.placeholders(values.length) + ")";

		return _transactions.read(
			connection -> new CurrentDirectory(
				Sql.query(
					connection,
					"select uai, name, kind, city from Preau_Establishment " +
						"where uai" + in + " order by uai",
					resultSet -> new Establishment(
						Uai.of(resultSet.getString(1)), resultSet.getString(2),
						EstablishmentKind.valueOf(resultSet.getString(3)),
						resultSet.getString(4)),
					values),
				_people(connection, in, values),
				Sql.query(
					connection,
					"select uai, parentExternalId, pupilExternalId, " +
						"legalLevel, kinshipCode from Preau_ParentRelation " +
							"where uai" + in +
								" order by parentExternalId, pupilExternalId",
					resultSet -> new ParentRelation(
						Uai.of(resultSet.getString(1)), resultSet.getString(2),
						resultSet.getString(3),
						LegalLevel.ofCode(resultSet.getInt(4)),
						resultSet.getString(5)),
					values),
				Sql.query(
					connection,
					"select uai, teacherExternalId, structureCode, " +
						"groupStructure, subjectCode, headTeacher from " +
							"Preau_TeachingAssignment where uai" + in +
								" order by uai, teacherExternalId, " +
									"structureCode, subjectCode",
					resultSet -> new TeachingAssignment(
						Uai.of(resultSet.getString(1)), resultSet.getString(2),
						resultSet.getString(3), resultSet.getBoolean(4),
						resultSet.getString(5), resultSet.getBoolean(6)),
					values),
				Sql.query(
					connection,
					"select uai, classCode, mefCode from Preau_SchoolClass " +
						"where uai" + in + " order by uai, classCode",
					resultSet -> new SchoolClass(
						Uai.of(resultSet.getString(1)), resultSet.getString(2),
						resultSet.getString(3)),
					values),
				_groups(connection, in, values),
				Sql.query(
					connection,
					"select mefCode, label from Preau_Level order by mefCode",
					resultSet -> new Level(
						resultSet.getString(1), resultSet.getString(2))),
				Sql.query(
					connection,
					"select subjectCode, label from Preau_Subject order by " +
						"subjectCode",
					resultSet -> new Subject(
						resultSet.getString(1), resultSet.getString(2))),
				_absorbedKeys(connection, in, values)));
	}

	private Map<SourceKey, String> _absorbedKeys(
			Connection connection, String in, Object[] values)
		throws SQLException {

		Map<SourceKey, String> absorbedKeys = new HashMap<>();

		for (String[] row :
				Sql.query(
					connection,
					"select mergedKey.source, mergedKey.sourceId, " +
						"mergedKey.survivorExternalId from Preau_MergedKey " +
							"mergedKey inner join Preau_Person person on " +
								"person.externalId = " +
									"mergedKey.survivorExternalId where " +
										"person.uai" + in,
					resultSet -> new String[] {
						resultSet.getString(1), resultSet.getString(2),
						resultSet.getString(3)
					},
					values)) {

			absorbedKeys.put(
				SourceKey.of(Source.valueOf(row[0]), row[1]), row[2]);
		}

		return absorbedKeys;
	}

	private List<Group> _groups(
			Connection connection, String in, Object[] values)
		throws SQLException {

		Map<String, Object[]> groups = new LinkedHashMap<>();

		for (String[] row :
				Sql.query(
					connection,
					"select teachingGroup.uai, teachingGroup.groupCode, " +
						"teachingGroupClass.classCode from " +
							"Preau_TeachingGroup teachingGroup left join " +
								"Preau_TeachingGroupClass teachingGroupClass " +
									"on teachingGroupClass.teachingGroupId = " +
										"teachingGroup.teachingGroupId where " +
											"teachingGroup.uai" + in +
												" order by 1, 2, 3",
					resultSet -> new String[] {
						resultSet.getString(1), resultSet.getString(2),
						resultSet.getString(3)
					},
					values)) {

			Object[] group = groups.computeIfAbsent(
				row[0] + "$" + row[1],
				key -> new Object[] {
					Uai.of(row[0]), row[1], new LinkedHashSet<String>()
				});

			if (row[2] != null) {
				@SuppressWarnings("unchecked")
				Set<String> classCodes = (Set<String>)group[2];

				classCodes.add(row[2]);
			}
		}

		List<Group> list = new ArrayList<>(groups.size());

		for (Object[] group : groups.values()) {
			@SuppressWarnings("unchecked")
			Set<String> classCodes = (Set<String>)group[2];

			list.add(new Group((Uai)group[0], (String)group[1], classCodes));
		}

		return list;
	}

	private List<PersonRecord> _people(
			Connection connection, String in, Object[] values)
		throws SQLException {

		Map<Long, Row> rows = new LinkedHashMap<>();

		for (Row row :
				Sql.query(
					connection,
					"select personId, externalId, source, profile, uai, " +
						"lastName, firstName, birthDate, emailAddress, ine, " +
							"classCode, personState, detachedDate, " +
								"deletionProposedDate from Preau_Person " +
									"where uai" + in + " order by personId",
					JdbcDirectoryState::_row, values)) {

			rows.put(row._personId, row);
		}

		for (Object[] group :
				Sql.query(
					connection,
					"select personGroup.personId, personGroup.groupCode from " +
						"Preau_PersonGroup personGroup inner join " +
							"Preau_Person person on person.personId = " +
								"personGroup.personId where person.uai" + in +
									" order by 1, 2",
					resultSet -> new Object[] {
						resultSet.getLong(1), resultSet.getString(2)
					},
					values)) {

			rows.get(group[0])._builder.group((String)group[1]);
		}

		for (Object[] function :
				Sql.query(
					connection,
					"select personFunction.personId, " +
						"personFunction.functionCode from " +
							"Preau_PersonFunction personFunction inner join " +
								"Preau_Person person on person.personId = " +
									"personFunction.personId where " +
										"person.uai" + in,
					resultSet -> new Object[] {
						resultSet.getLong(1), resultSet.getString(2)
					},
					values)) {

			rows.get(
				function[0]
			)._builder.function(
				StaffFunction.valueOf((String)function[1])
			);
		}

		Map<String, Set<SourceKey>> keysByExternalId = new HashMap<>();

		for (String[] key :
				Sql.query(
					connection,
					"select sourceKey.externalId, sourceKey.source, " +
						"sourceKey.sourceId from Preau_PersonSourceKey " +
							"sourceKey inner join Preau_Person person on " +
								"person.externalId = sourceKey.externalId " +
									"where person.uai" + in +
										" order by 1, 2, 3",
					resultSet -> new String[] {
						resultSet.getString(1), resultSet.getString(2),
						resultSet.getString(3)
					},
					values)) {

			keysByExternalId.computeIfAbsent(
				key[0], externalId -> new LinkedHashSet<>()
			).add(
				SourceKey.of(Source.valueOf(key[1]), key[2])
			);
		}

		List<PersonRecord> people = new ArrayList<>(rows.size());

		for (Row row : rows.values()) {
			Person person = row._builder.build();

			people.add(
				new PersonRecord(
					person, row._detachedOn, row._deletionProposedOn,
					keysByExternalId.getOrDefault(
						person.externalId(), Set.of())));
		}

		return people;
	}

	private static Row _row(ResultSet resultSet) throws SQLException {
		Person.Builder builder = JdbcPeople.personBuilder(resultSet);

		return new Row(
			resultSet.getLong("personId"), builder,
			resultSet.getObject("detachedDate", LocalDate.class),
			resultSet.getObject("deletionProposedDate", LocalDate.class));
	}

	private final JdbcTransactions _transactions;

	private static final class Row {

		private Row(
			long personId, Person.Builder builder, LocalDate detachedOn,
			LocalDate deletionProposedOn) {

			_personId = personId;
			_builder = builder;
			_detachedOn = detachedOn;
			_deletionProposedOn = deletionProposedOn;
		}

		private final Person.Builder _builder;
		private final LocalDate _deletionProposedOn;
		private final LocalDate _detachedOn;
		private final long _personId;

	}

}
