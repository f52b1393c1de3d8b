package org.preau.core.directory.port.out;

import org.preau.core.directory.model.ParentRelation;
import org.preau.core.directory.model.TeachingAssignment;

/**
 * The links between people: parent to pupil, teacher to class or group.
 */
public interface Links {

	/**
	 * Creates the relation, or updates the one between the same parent and pupil.
	 */
	void saveRelation(ParentRelation relation);

	/**
	 * Creates the assignment unless the same teacher already teaches the same subject to the same class or group.
	 */
	void saveTeachingAssignment(TeachingAssignment teachingAssignment);

}
