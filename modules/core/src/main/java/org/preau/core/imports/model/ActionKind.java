package org.preau.core.imports.model;

import java.util.Locale;

/**
 * What a planned action does to the directory.
 */
public enum ActionKind {

	/** Adds an establishment, a structure, a nomenclature entry or a person the directory lacks. */
	CREATE,
	/** Changes fields of something the directory holds, or of a link. */
	UPDATE,
	/** Changes where a person is: establishment, class or groups. */
	MOVE,
	/** Adds a parent-pupil relation or a teaching assignment. */
	LINK,
	/** Removes a parent-pupil relation or a teaching assignment that the owning source no longer lists. */
	UNLINK,
	/** Marks a person missing from the owning source's feed for the first time. */
	DETACH,
	/** Stops the account of a person missing for longer than the lifecycle policy allows. */
	SUSPEND,
	/** Makes a detached or suspended person active again, as the owning source lists them again. */
	RESTORE,
	/** Proposes to an administrator the deletion of a person missing for very long; nothing is deleted. */
	DELETE_PROPOSED;

	/**
	 * The key of this kind in reports: {@code delete_proposed}.
	 */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

}
