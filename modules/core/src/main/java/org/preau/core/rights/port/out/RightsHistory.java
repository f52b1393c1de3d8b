package org.preau.core.rights.port.out;

import java.util.List;
import java.util.Optional;

import org.preau.core.directory.model.Uai;
import org.preau.core.rights.model.RightsChange;

/**
 * Every change of the rights and messaging rules, only ever appended.
 */
public interface RightsHistory {

	/**
	 * Returns the most recent changes, newest first: those of one school, or all of them.
	 */
	List<RightsChange> latest(Optional<Uai> uai, int limit);

	void record(RightsChange change);

}
