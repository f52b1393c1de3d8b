package org.preau.store.jdbc;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.preau.core.directory.model.LegalLevel;
import org.preau.core.directory.model.ParentRelation;
import org.preau.core.directory.model.TeachingAssignment;
import org.preau.core.directory.model.Uai;
import org.preau.core.directory.port.out.Links;

/**
 * Parent relations and teaching assignments, in the Service Builder tables Preau_ParentRelation and
 * Preau_TeachingAssignment (company 0 in the embedded host).
 */
class JdbcLinks implements Links {

	JdbcLinks(JdbcTransactions transactions, Clock clock) {
		_transactions = transactions;
		_clock = clock;
	}

	@Override
	public void saveRelation(ParentRelation relation) {
		_transactions.write(
			connection -> {
				Optional<ParentRelation> stored = Sql.queryOne(
					connection,
					"select uai, parentExternalId, pupilExternalId, " +
						"legalLevel, kinshipCode from Preau_ParentRelation " +
							"where parentExternalId = ? and pupilExternalId = ?",
					resultSet -> new ParentRelation(
						Uai.of(resultSet.getString(1)), resultSet.getString(2),
						resultSet.getString(3),
						LegalLevel.ofCode(resultSet.getInt(4)),
						resultSet.getString(5)),
					relation.parentId(), relation.pupilId());

				Instant now = _clock.instant();

				if (stored.isEmpty()) {
					Sql.update(
						connection,
						"insert into Preau_ParentRelation (parentRelationId, " +
							"companyId, createDate, modifiedDate, uai, " +
								"parentExternalId, pupilExternalId, " +
									"legalLevel, kinshipCode) values (next " +
										"value for Preau_IdSequence, ?, ?, ?, " +
											"?, ?, ?, ?, ?)",
						JdbcStore.COMPANY_ID, now, now, relation.uai().value(),
						relation.parentId(), relation.pupilId(),
						relation.legalLevel().code(), relation.kinshipCode());
				}
				else if (!stored.get().equals(relation)) {
					Sql.update(
						connection,
						"update Preau_ParentRelation set modifiedDate = ?, " +
							"uai = ?, legalLevel = ?, kinshipCode = ? where " +
								"parentExternalId = ? and pupilExternalId = ?",
						now, relation.uai().value(),
						relation.legalLevel().code(), relation.kinshipCode(),
						relation.parentId(), relation.pupilId());
				}

				return null;
			});
	}

	/**
	 * Creates the assignment if it is missing. On an existing one, only the class-or-group kind and the head-teacher
	 * flag can change: the feed names a new professeur principal without removing the teaching.
	 */
	@Override
	public void saveTeachingAssignment(TeachingAssignment teachingAssignment) {
		_transactions.write(
			connection -> {
				Object[] key = {
					teachingAssignment.uai().value(),
					teachingAssignment.teacherId(),
					teachingAssignment.structureCode(),
					teachingAssignment.subjectCode()
				};

				Optional<boolean[]> stored = Sql.queryOne(
					connection,
					"select groupStructure, headTeacher from " +
						"Preau_TeachingAssignment where " + _KEY,
					resultSet -> new boolean[] {
						resultSet.getBoolean(1), resultSet.getBoolean(2)
					},
					key);

				Instant now = _clock.instant();

				if (stored.isEmpty()) {
					Sql.update(
						connection,
						"insert into Preau_TeachingAssignment " +
							"(teachingAssignmentId, companyId, createDate, " +
								"modifiedDate, uai, teacherExternalId, " +
									"structureCode, groupStructure, " +
										"subjectCode, headTeacher) values " +
											"(next value for " +
												"Preau_IdSequence, ?, ?, ?, ?, " +
													"?, ?, ?, ?, ?)",
						JdbcStore.COMPANY_ID, now, now, key[0], key[1], key[2],
						teachingAssignment.isGroup(), key[3],
						teachingAssignment.headTeacher());
				}
				else if ((stored.get()[0] != teachingAssignment.isGroup()) ||
						 (stored.get()[1] !=
							 teachingAssignment.headTeacher())) {

					Sql.update(
						connection,
						"update Preau_TeachingAssignment set modifiedDate = " +
							"?, groupStructure = ?, headTeacher = ? where " +
								_KEY,
						now, teachingAssignment.isGroup(),
						teachingAssignment.headTeacher(), key[0], key[1],
						key[2], key[3]);
				}

				return null;
			});
	}

	private static final String _KEY =
		"uai = ? and teacherExternalId = ? and structureCode = ? and " +
			"subjectCode = ?";

	private final Clock _clock;
	private final JdbcTransactions _transactions;

}
