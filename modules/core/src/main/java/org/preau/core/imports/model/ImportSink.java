package org.preau.core.imports.model;

import org.preau.core.directory.model.Establishment;
import org.preau.core.directory.model.Group;
import org.preau.core.directory.model.Level;
import org.preau.core.directory.model.ParentRelation;
import org.preau.core.directory.model.Person;
import org.preau.core.directory.model.SchoolClass;
import org.preau.core.directory.model.Subject;
import org.preau.core.directory.model.TeachingAssignment;

/**
 * What a feed reader hands its records to, one at a time, as it streams through a file.
 */
public interface ImportSink {

	void establishment(Establishment establishment);

	void group(Group group);

	void level(Level level);

	void person(Person person);

	void relation(ParentRelation relation);

	void schoolClass(SchoolClass schoolClass);

	void subject(Subject subject);

	void teachingAssignment(TeachingAssignment teachingAssignment);

}
