package org.preau.core.directory.port.out;

import java.util.List;

import org.preau.core.directory.model.Group;
import org.preau.core.directory.model.Level;
import org.preau.core.directory.model.SchoolClass;
import org.preau.core.directory.model.Subject;
import org.preau.core.directory.model.Uai;

/**
 * Classes, groups and the nomenclatures (levels, subjects) they refer to.
 */
public interface Structures {

	/**
	 * Returns the classes of an establishment, ordered by code.
	 */
	List<SchoolClass> classes(Uai uai);

	/**
	 * Returns the groups of an establishment, ordered by code.
	 */
	List<Group> groups(Uai uai);

	void saveClass(SchoolClass schoolClass);

	void saveGroup(Group group);

	void saveLevel(Level level);

	void saveSubject(Subject subject);

}
