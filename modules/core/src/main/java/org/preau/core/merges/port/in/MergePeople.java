package org.preau.core.merges.port.in;

import org.preau.core.merges.model.PersonMerge;
import org.preau.core.security.Actor;

/**
 * Merges a duplicate into the person it duplicates, as an administrator decides after a report flagged them.
 */
public interface MergePeople {

	/**
	 * @throws org.preau.core.security.AccessDeniedException if the actor does not administer the establishment
	 * @throws IllegalArgumentException if a person is unknown, of another establishment or profile, or already merged;
	 *         nothing changes
	 */
	PersonMerge merge(Actor actor, MergeCommand mergeCommand);

}
