package org.preau.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.preau.core.directory.model.DirectoryEntry;
import org.preau.core.directory.model.LegalLevel;
import org.preau.core.directory.model.Level;
import org.preau.core.directory.model.ParentRelation;
import org.preau.core.directory.model.Person;
import org.preau.core.directory.model.TeachingAssignment;
import org.preau.core.directory.model.Uai;
import org.preau.core.directory.model.UserCard;
import org.preau.core.directory.port.out.DirectoryCards;

/**
 * A person's card from Preau_Person and Preau_Login, the level of their class, their teaching assignments and their
 * parent–pupil relations both ways, in one read.
 */
public class JdbcDirectoryCards implements DirectoryCards {

	public JdbcDirectoryCards(JdbcStore jdbcStore) {
		_transactions = (JdbcTransactions)jdbcStore.transactions();
	}

	@Override
	public Optional<UserCard> card(String externalId) {
		return _transactions.read(
			connection -> {
				Optional<DirectoryEntry> entry = _entry(connection, externalId);

				if (entry.isEmpty()) {
					return Optional.empty();
				}

				Person person = entry.get().person();

				Level level = null;

				if (person.classCode().isPresent()) {
					level = Sql.queryOne(
						connection,
						"select c.mefCode, coalesce(l.label, c.mefCode) from " +
							"Preau_SchoolClass c left join Preau_Level l on " +
								"l.mefCode = c.mefCode where c.uai = ? and " +
									"c.classCode = ? and c.mefCode is not null",
						resultSet -> new Level(
							resultSet.getString(1), resultSet.getString(2)),
						person.uai().value(), person.classCode().get()
					).orElse(
						null
					);
				}

				List<TeachingAssignment> teachingAssignments = Sql.query(
					connection,
					"select uai, teacherExternalId, structureCode, " +
						"groupStructure, subjectCode, headTeacher from " +
							"Preau_TeachingAssignment where teacherExternalId " +
								"= ? order by structureCode, subjectCode",
					resultSet -> new TeachingAssignment(
						Uai.of(resultSet.getString(1)), resultSet.getString(2),
						resultSet.getString(3), resultSet.getBoolean(4),
						resultSet.getString(5), resultSet.getBoolean(6)),
					externalId);

				Map<String, String> subjectLabels = new HashMap<>();

				for (TeachingAssignment teachingAssignment :
						teachingAssignments) {

					String code = teachingAssignment.subjectCode();

					if (!subjectLabels.containsKey(code)) {
						Sql.queryOne(
							connection,
							"select label from Preau_Subject where " +
								"subjectCode = ?",
							resultSet -> resultSet.getString(1), code
						).ifPresent(
							label -> subjectLabels.put(code, label)
						);
					}
				}

				return Optional.of(
					new UserCard(
						entry.get(), level, teachingAssignments, subjectLabels,
						_relatives(
							connection, "pupilExternalId", externalId, true),
						_relatives(
							connection, "parentExternalId", externalId,
							false)));
			});
	}

	private static Optional<DirectoryEntry> _entry(
			Connection connection, String externalId)
		throws SQLException {

		Optional<Object[]> row = Sql.queryOne(
			connection,
			"select p.personId, p.externalId, p.source, p.profile, p.uai, " +
				"p.lastName, p.firstName, p.birthDate, p.emailAddress, " +
					"p.ine, p.classCode, p.personState, l.login from " +
						"Preau_Person p left join Preau_Login l on " +
							"l.externalId = p.externalId where p.externalId = ?",
			resultSet -> new Object[] {
				resultSet.getLong("personId"),
				JdbcPeople.personBuilder(resultSet),
				resultSet.getString("login")
			},
			externalId);

		if (row.isEmpty()) {
			return Optional.empty();
		}

		Person.Builder builder = (Person.Builder)row.get()[1];

		Map<Long, Person.Builder> builderByPersonId = new LinkedHashMap<>();

		builderByPersonId.put((Long)row.get()[0], builder);

		JdbcPeople.addGroupsAndFunctions(connection, builderByPersonId);

		return Optional.of(
			new DirectoryEntry(builder.build(), (String)row.get()[2]));
	}

	/**
	 * The people on the other side of the relations whose {@code column} is the person, in name order; a relation to
	 * someone no longer in the directory is left out.
	 */
	private static List<UserCard.Relative> _relatives(
			Connection connection, String column, String externalId,
			boolean parents)
		throws SQLException {

		List<ParentRelation> relations = Sql.query(
			connection,
			"select uai, parentExternalId, pupilExternalId, legalLevel, " +
				"kinshipCode from Preau_ParentRelation where " + column +
					" = ?",
			resultSet -> new ParentRelation(
				Uai.of(resultSet.getString(1)), resultSet.getString(2),
				resultSet.getString(3), LegalLevel.ofCode(resultSet.getInt(4)),
				resultSet.getString(5)),
			externalId);

		List<UserCard.Relative> relatives = new ArrayList<>();

		for (ParentRelation relation : relations) {
			_entry(
				connection,
				parents ? relation.parentId() : relation.pupilId()
			).ifPresent(
				entry -> relatives.add(new UserCard.Relative(entry, relation))
			);
		}

		relatives.sort(
			Comparator.comparing(
				(UserCard.Relative relative) ->
					relative.entry().person().lastName()
			).thenComparing(
				relative -> relative.entry().person().firstName()
			).thenComparing(
				relative -> relative.entry().person().externalId()
			));

		return relatives;
	}

	private final JdbcTransactions _transactions;

}
