package org.preau.core.imports.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.preau.core.directory.model.DirectoryCounts;
import org.preau.core.directory.model.Establishment;
import org.preau.core.directory.model.Uai;

/**
 * The part of a plan that one establishment's transaction applies: its actions in the order they must be applied
 * (establishment, structures, people, links), the anomalies found, and what the directory counts once it is applied.
 */
public final class EstablishmentPlan {

	public EstablishmentPlan(
		Uai uai, Establishment establishment, List<PlannedAction> actions,
		List<Anomaly> anomalies, DirectoryCounts countsAfter) {

		_uai = Objects.requireNonNull(uai, "uai");
		_establishment = establishment;
		_actions = List.copyOf(actions);
		_anomalies = List.copyOf(anomalies);
		_countsAfter = Objects.requireNonNull(countsAfter, "countsAfter");
	}

	public Map<ActionKind, Integer> actionCounts() {
		return countByKind(_actions);
	}

	public List<PlannedAction> actions() {
		return _actions;
	}

	public List<Anomaly> anomalies() {
		return _anomalies;
	}

	/**
	 * The directory of the establishment once the plan is applied: active people only.
	 */
	public DirectoryCounts countsAfter() {
		return _countsAfter;
	}

	/**
	 * The establishment as the feed describes it, or null when the feed only names it.
	 */
	public Establishment establishment() {
		return _establishment;
	}

	public Uai uai() {
		return _uai;
	}

	static Map<ActionKind, Integer> countByKind(List<PlannedAction> actions) {
		Map<ActionKind, Integer> counts = new EnumMap<>(ActionKind.class);

		for (ActionKind kind : ActionKind.values()) {
			counts.put(kind, 0);
		}

		for (PlannedAction action : actions) {
			counts.merge(action.kind(), 1, Integer::sum);
		}

		return counts;
	}

	private final List<PlannedAction> _actions;
	private final List<Anomaly> _anomalies;
	private final DirectoryCounts _countsAfter;
	private final Establishment _establishment;
	private final Uai _uai;

}
