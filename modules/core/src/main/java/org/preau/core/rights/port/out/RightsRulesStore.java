package org.preau.core.rights.port.out;

import org.preau.core.directory.model.Uai;
import org.preau.core.rights.model.DefaultRule;
import org.preau.core.rights.model.Grant;
import org.preau.core.rights.model.ModuleClosure;
import org.preau.core.rights.model.RightsOverride;
import org.preau.core.rights.model.RightsRules;

/**
 * Where the académie's and the schools' rights decisions are kept.
 */
public interface RightsRulesStore {

	void deleteClosure(Uai uai, String serviceKey);

	void deleteDefaultRule(Grant grant);

	void deleteOverride(Uai uai, Grant grant);

	RightsRules load();

	/**
	 * Creates the closure, or replaces the one of the same school and service.
	 */
	void saveClosure(ModuleClosure closure);

	/**
	 * Creates the rule, or replaces the one of the same cell.
	 */
	void saveDefaultRule(DefaultRule rule);

	/**
	 * Creates the override, or replaces the one of the same school and cell.
	 */
	void saveOverride(RightsOverride override);

	void setClassAdministration(Uai uai, boolean allowed);

}
