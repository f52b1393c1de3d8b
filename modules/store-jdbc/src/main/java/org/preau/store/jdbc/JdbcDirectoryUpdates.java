package org.preau.store.jdbc;

import java.time.Clock;
import java.time.LocalDate;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.preau.core.directory.model.ParentRelation;
import org.preau.core.directory.model.TeachingAssignment;
import org.preau.core.imports.model.SourceKey;
import org.preau.core.imports.port.out.DirectoryUpdates;

/**
 * Lifecycle dates in Preau_Person, other sources' keys in Preau_PersonSourceKey, and the removal of links. Each write
 * checks what is stored first, so that writing it again changes no row.
 */
class JdbcDirectoryUpdates implements DirectoryUpdates {

	JdbcDirectoryUpdates(JdbcTransactions transactions, Clock clock) {
		_transactions = transactions;
		_clock = clock;
	}

	/**
	 * @throws IllegalStateException if the source already knows someone else under that key
	 */
	@Override
	public void addSourceKey(String externalId, SourceKey key) {
		_transactions.write(
			connection -> {
				Optional<String> stored = Sql.queryOne(
					connection,
					"select externalId from Preau_PersonSourceKey where " +
						"source = ? and sourceId = ?",
					resultSet -> resultSet.getString(1), key.source().name(),
					key.id());

				if (stored.isEmpty()) {
					Sql.update(
						connection,
						"insert into Preau_PersonSourceKey (source, " +
							"sourceId, externalId, createDate) values (?, ?, " +
								"?, ?)",
						key.source().name(), key.id(), externalId,
						_clock.instant());
				}
				else if (!stored.get().equals(externalId)) {
					throw new IllegalStateException(
						key + " already names " + stored.get() + ", not " +
							externalId);
				}

				return null;
			});
	}

	@Override
	public void removeRelation(ParentRelation relation) {
		_transactions.write(
			connection -> Sql.update(
				connection,
				"delete from Preau_ParentRelation where parentExternalId = ? " +
					"and pupilExternalId = ?",
				relation.parentId(), relation.pupilId()));
	}

	@Override
	public void removeTeachingAssignment(TeachingAssignment assignment) {
		_transactions.write(
			connection -> Sql.update(
				connection,
				"delete from Preau_TeachingAssignment where uai = ? and " +
					"teacherExternalId = ? and structureCode = ? and " +
						"subjectCode = ?",
				assignment.uai().value(), assignment.teacherId(),
				assignment.structureCode(), assignment.subjectCode()));
	}

	/**
	 * @throws NoSuchElementException if no person has that identifier
	 */
	@Override
	public void saveLifecycle(
		String externalId, LocalDate detachedOn, LocalDate deletionProposedOn) {

		_transactions.write(
			connection -> {
				Optional<LocalDate[]> stored = Sql.queryOne(
					connection,
					"select detachedDate, deletionProposedDate from " +
						"Preau_Person where externalId = ?",
					resultSet -> new LocalDate[] {
						resultSet.getObject(1, LocalDate.class),
						resultSet.getObject(2, LocalDate.class)
					},
					externalId);

				if (stored.isEmpty()) {
					throw new NoSuchElementException(
						"no person " + externalId);
				}

				if (_same(stored.get()[0], detachedOn) &&
					_same(stored.get()[1], deletionProposedOn)) {

					return null;
				}

				return Sql.update(
					connection,
					"update Preau_Person set detachedDate = ?, " +
						"deletionProposedDate = ?, modifiedDate = ? where " +
							"externalId = ?",
					detachedOn, deletionProposedOn, _clock.instant(),
					externalId);
			});
	}

	private static boolean _same(LocalDate stored, LocalDate value) {
		if (stored == null) {
			return value == null;
		}

		return stored.equals(value);
	}

	private final Clock _clock;
	private final JdbcTransactions _transactions;

}
