package org.preau.core.directory.port.out;

import java.util.List;
import java.util.function.Consumer;

import org.preau.core.directory.model.DirectoryEntry;
import org.preau.core.directory.model.DirectoryPage;
import org.preau.core.directory.model.DirectorySearch;
import org.preau.core.directory.model.Level;
import org.preau.core.directory.model.PeoplePage;
import org.preau.core.directory.model.PeopleQuery;
import org.preau.core.directory.model.Subject;
import org.preau.core.directory.model.Uai;

/**
 * Finds people of the directory, a page at a time, ordered by last name, first name (compared without accents or case)
 * and identifier, each with their login if they have one.
 */
public interface SearchPeople {

	/**
	 * Gives every person the search finds, in order, ignoring its page.
	 */
	void forEach(DirectorySearch search, Consumer<DirectoryEntry> consumer);

	/**
	 * Returns the levels of the classes of an establishment, ordered by MEF code.
	 */
	List<Level> levels(Uai uai);

	/**
	 * Finds the people of an establishment by profile, class and group.
	 */
	PeoplePage search(PeopleQuery query);

	/**
	 * Finds the people that match every criterion of the search, in the establishments it names, or in all if it names
	 * none.
	 */
	DirectoryPage search(DirectorySearch search);

	/**
	 * Returns the subjects that teachers of an establishment teach, ordered by label.
	 */
	List<Subject> subjectsTaught(Uai uai);

}
