package org.preau.core.imports.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.preau.core.directory.model.DirectoryCounts;
import org.preau.core.directory.model.Uai;

/**
 * What a run did, or would do in a dry run, to one establishment.
 */
public final class EstablishmentReport {

	public static EstablishmentReport of(EstablishmentPlan establishmentPlan) {
		return new EstablishmentReport(
			establishmentPlan.uai(), establishmentPlan.countsAfter(),
			establishmentPlan.actionCounts(), establishmentPlan.anomalies());
	}

	public EstablishmentReport(
		Uai uai, DirectoryCounts counts, Map<ActionKind, Integer> actions,
		List<Anomaly> anomalies) {

		_uai = Objects.requireNonNull(uai, "uai");
		_counts = Objects.requireNonNull(counts, "counts");

		Map<ActionKind, Integer> copy = new EnumMap<>(ActionKind.class);

		for (ActionKind kind : ActionKind.values()) {
			copy.put(kind, actions.getOrDefault(kind, 0));
		}

		_actions = Collections.unmodifiableMap(copy);
		_anomalies = List.copyOf(anomalies);
	}

	/**
	 * How many actions of each kind, every kind listed.
	 */
	public Map<ActionKind, Integer> actions() {
		return _actions;
	}

	public List<Anomaly> anomalies() {
		return _anomalies;
	}

	/**
	 * The directory of the establishment as it is, or would be, after the run: active people only.
	 */
	public DirectoryCounts counts() {
		return _counts;
	}

	public int totalActions() {
		int total = 0;

		for (int count : _actions.values()) {
			total += count;
		}

		return total;
	}

	public Uai uai() {
		return _uai;
	}

	private final Map<ActionKind, Integer> _actions;
	private final List<Anomaly> _anomalies;
	private final DirectoryCounts _counts;
	private final Uai _uai;

}
