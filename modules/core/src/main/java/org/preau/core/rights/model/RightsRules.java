package org.preau.core.rights.model;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.preau.core.directory.model.Uai;

/**
 * What the académie and the schools have decided, as stored: the académie's changes to the shipped defaults, each
 * school's overrides and closed modules, and the schools that let teachers administer their class.
 */
public final class RightsRules {

	public RightsRules(
		Collection<DefaultRule> defaultRules,
		Collection<RightsOverride> overrides,
		Collection<ModuleClosure> closures,
		Collection<Uai> classAdministrationSchools) {

		_defaultRules = List.copyOf(defaultRules);
		_overrides = List.copyOf(overrides);
		_closures = List.copyOf(closures);
		_classAdministrationSchools = Set.copyOf(
			new TreeSet<>(classAdministrationSchools));
	}

	/**
	 * Whether the school lets the head teacher of a class administer it.
	 */
	public boolean allowsClassAdministration(Uai uai) {
		return _classAdministrationSchools.contains(uai);
	}

	public Set<Uai> classAdministrationSchools() {
		return _classAdministrationSchools;
	}

	public List<ModuleClosure> closures() {
		return _closures;
	}

	public List<DefaultRule> defaultRules() {
		return _defaultRules;
	}

	public List<RightsOverride> overrides() {
		return _overrides;
	}

	private final Set<Uai> _classAdministrationSchools;
	private final List<ModuleClosure> _closures;
	private final List<DefaultRule> _defaultRules;
	private final List<RightsOverride> _overrides;

}
