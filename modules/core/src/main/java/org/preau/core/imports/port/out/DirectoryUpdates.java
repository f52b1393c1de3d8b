package org.preau.core.imports.port.out;

import java.time.LocalDate;

import org.preau.core.directory.model.ParentRelation;
import org.preau.core.directory.model.TeachingAssignment;
import org.preau.core.imports.model.SourceKey;

/**
 * The writes of an import that the directory ports do not offer: lifecycle dates, the keys other sources know a
 * person by, and the removal of links. Each is idempotent, so that a run interrupted and run again converges.
 */
public interface DirectoryUpdates {

	/**
	 * Records that a source knows the person {@code externalId} under {@code key}; does nothing if it already does.
	 */
	void addSourceKey(String externalId, SourceKey key);

	/**
	 * Removes the relation between the relation's parent and pupil, if any.
	 */
	void removeRelation(ParentRelation relation);

	/**
	 * Removes the assignment of the same teacher, subject and class or group, if any.
	 */
	void removeTeachingAssignment(TeachingAssignment teachingAssignment);

	/**
	 * Sets when the owning source first stopped listing the person and when their deletion was proposed; null clears
	 * a date.
	 */
	void saveLifecycle(
		String externalId, LocalDate detachedOn, LocalDate deletionProposedOn);

}
