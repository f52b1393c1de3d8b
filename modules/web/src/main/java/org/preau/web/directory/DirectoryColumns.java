package org.preau.web.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.preau.core.directory.model.DirectoryEntry;
import org.preau.core.directory.model.Person;
import org.preau.core.directory.model.StaffFunction;

/**
 * The columns of a person in an export or on the command line, login first: what an administrator hands out or merges
 * into a letter.
 */
public final class DirectoryColumns {

	/**
	 * The language keys of the columns' headers, in order.
	 */
	public static final List<String> HEADER_KEYS = List.of(
		"login", "last-name", "first-name", "profile", "uai", "class", "groups",
		"functions", "state", "source", "identifier");

	/**
	 * The values of an entry, in the order of {@link #HEADER_KEYS}; an empty login for a person who has none yet.
	 */
	public static List<String> of(DirectoryEntry entry) {
		Person person = entry.person();

		List<String> functions = new ArrayList<>();

		for (StaffFunction function : person.functions()) {
			functions.add(function.name());
		}

		return List.of(
			entry.login().orElse(""), person.lastName(), person.firstName(),
			person.profile().key(), person.uai().value(),
			person.classCode().orElse(""),
			String.join(" ", person.groupCodes()), String.join(" ", functions),
			person.state().name().toLowerCase(Locale.ROOT),
			person.source().name(), person.externalId());
	}

	private DirectoryColumns() {
	}

}
