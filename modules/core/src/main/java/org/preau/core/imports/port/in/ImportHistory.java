package org.preau.core.imports.port.in;

import java.util.List;

import org.preau.core.directory.model.ImportRun;
import org.preau.core.directory.model.Uai;
import org.preau.core.security.Actor;

/**
 * The runs of the imports of an establishment, newest first, for those who administer it.
 */
public interface ImportHistory {

	/**
	 * @param limit from 1 to {@link #MAX_LIMIT}
	 * @throws org.preau.core.security.AccessDeniedException if the actor does not administer the establishment
	 */
	List<ImportRun> history(Actor actor, Uai uai, int limit);

	public static final int MAX_LIMIT = 500;

}
