package org.preau.core.merges.port.in;

import org.preau.core.merges.model.PersonMerge;
import org.preau.core.security.Actor;

/**
 * Undoes a merge: both persons are as they were before it.
 */
public interface UnmergePeople {

	/**
	 * @throws org.preau.core.security.AccessDeniedException if the actor does not administer the merge's establishment
	 * @throws IllegalArgumentException if there is no such merge, or it was undone already; nothing changes
	 */
	PersonMerge unmerge(Actor actor, long mergeId);

}
