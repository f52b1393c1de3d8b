package org.preau.core.directory.port.in;

import java.util.List;
import java.util.function.Consumer;

import org.preau.core.directory.model.DirectoryEntry;
import org.preau.core.directory.model.DirectoryPage;
import org.preau.core.directory.model.DirectorySearch;
import org.preau.core.directory.model.Level;
import org.preau.core.directory.model.Subject;
import org.preau.core.directory.model.Uai;
import org.preau.core.directory.model.UserCard;
import org.preau.core.security.Actor;

/**
 * Searches the directory, shows a person's card and exports a search, for those who administer the establishments
 * concerned: an establishment's administrators see its people, the platform's administrators everyone's. Every look
 * is audited: the directory holds minors' personal data.
 */
public interface SearchDirectory {

	/**
	 * Returns the card of a person.
	 *
	 * @throws org.preau.core.security.AccessDeniedException if the actor does not administer the person's
	 *         establishment, or administers none
	 * @throws java.util.NoSuchElementException if nobody has that identifier
	 */
	UserCard card(Actor actor, String externalId);

	/**
	 * Checks that the actor may export the search, records it, and returns the export, which then gives every person
	 * found, in the search's order, whatever its page.
	 *
	 * @throws org.preau.core.security.AccessDeniedException as {@link #search}
	 */
	Export export(Actor actor, DirectorySearch search);

	/**
	 * Returns the levels of the classes of an establishment, ordered by MEF code, for the search form.
	 */
	List<Level> levels(Actor actor, Uai uai);

	/**
	 * Returns one page of the people the search finds. A search that names no establishment covers those the actor
	 * administers, which is every one for a platform administrator.
	 *
	 * @throws org.preau.core.security.AccessDeniedException if the actor does not administer an establishment the
	 *         search names, or administers none
	 */
	DirectoryPage search(Actor actor, DirectorySearch search);

	/**
	 * Returns the subjects taught in an establishment, ordered by label, for the search form.
	 */
	List<Subject> subjectsTaught(Actor actor, Uai uai);

	/**
	 * The people of an authorised search, read when the export is written.
	 */
	@FunctionalInterface
	interface Export {

		void forEach(Consumer<DirectoryEntry> consumer);

	}

}
