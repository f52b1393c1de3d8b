package org.preau.core.directory.port.in;

import java.util.List;

import org.preau.core.directory.model.ImportRun;
import org.preau.core.directory.model.Source;
import org.preau.core.imports.model.DirectorySnapshot;
import org.preau.core.security.Actor;

/**
 * Writes what a complete feed describes into the directory, one transaction per establishment. Applying the same
 * snapshot twice leaves the directory as it was after the first time.
 */
public interface ImportDirectorySnapshot {

	/**
	 * @return one run per establishment of the snapshot
	 * @throws org.preau.core.security.AccessDeniedException if the actor does not administer one of them; nothing is
	 *         written then
	 */
	List<ImportRun> apply(Actor actor, DirectorySnapshot snapshot, Source source);

}
