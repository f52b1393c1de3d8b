package org.preau.core.accounts.port.out;

import java.util.List;

import org.preau.core.accounts.model.Distribution;
import org.preau.core.directory.model.Uai;

/**
 * The distribution history of each establishment.
 */
public interface Distributions {

	/**
	 * Returns the newest entries first.
	 */
	List<Distribution> recent(Uai uai, int limit);

	void record(Distribution distribution);

}
