package org.preau.core.imports.port.out;

import java.util.List;

import org.preau.core.directory.model.ParentRelation;
import org.preau.core.directory.model.Person;
import org.preau.core.directory.model.TeachingAssignment;

/**
 * The rows a plan creates, written many at a time: an académie's first import creates about a million of them, and a
 * store that writes them one by one spends most of the import there. Each method writes in the caller's transaction
 * and ends with the directory as the per-row ports ({@code People.save}, {@code Links.saveRelation},
 * {@code Links.saveTeachingAssignment}) would have left it, one row at a time in the order given: the plan saw the
 * rows missing, but a row that exists after all (a person who moved from an establishment outside the plan) is
 * saved, not duplicated.
 */
public interface DirectoryInserts {

	void insertPeople(List<Person> people);

	void insertRelations(List<ParentRelation> relations);

	void insertTeachingAssignments(List<TeachingAssignment> teachingAssignments);

}
