package org.preau.core.messaging.port.out;

import org.preau.core.directory.model.Uai;
import org.preau.core.messaging.model.ExternalMailOpening;
import org.preau.core.messaging.model.MessagingRules;

/**
 * Where the schools' messaging decisions are kept.
 */
public interface MessagingRulesStore {

	/**
	 * @return whether the opening was new
	 */
	boolean addOpening(ExternalMailOpening opening);

	/**
	 * @return whether the schools were not linked yet
	 */
	boolean link(Uai first, Uai second);

	MessagingRules load();

	/**
	 * @return whether there was such an opening
	 */
	boolean removeOpening(ExternalMailOpening opening);

	/**
	 * @return whether the schools were linked
	 */
	boolean unlink(Uai first, Uai second);

}
