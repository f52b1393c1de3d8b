package org.preau.core.imports.port.in;

import org.preau.core.imports.model.ImportReport;
import org.preau.core.security.Actor;

/**
 * Imports a complete feed: reconciles it with the directory into a plan, and applies the plan one transaction per
 * establishment unless the command is a dry run. Running the same feed twice changes nothing the second time; a run
 * interrupted at any point is completed by running the feed again.
 */
public interface ImportFeed {

	/**
	 * @return what the run did, or would do for a dry run; an establishment whose transaction failed is listed among
	 *         the errors, and the others are applied
	 * @throws org.preau.core.security.AccessDeniedException if the actor does not administer one of the establishments
	 *         the feed covers; nothing is written then
	 */
	ImportReport run(Actor actor, ImportCommand command);

}
