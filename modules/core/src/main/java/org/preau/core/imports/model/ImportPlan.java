package org.preau.core.imports.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.preau.core.directory.model.Source;

/**
 * What a feed changes in the directory: the nomenclature actions (levels and subjects are shared by every
 * establishment), then one part per establishment, ordered by UAI. An empty plan means the directory already is what
 * the feed describes.
 */
public final class ImportPlan {

	public ImportPlan(
		Source source, List<PlannedAction> nomenclatureActions,
		List<EstablishmentPlan> establishments) {

		_source = Objects.requireNonNull(source, "source");
		_nomenclatureActions = List.copyOf(nomenclatureActions);
		_establishments = List.copyOf(establishments);
	}

	public List<EstablishmentPlan> establishments() {
		return _establishments;
	}

	public boolean isEmpty() {
		return totalActions() == 0;
	}

	public Map<ActionKind, Integer> nomenclatureActionCounts() {
		return EstablishmentPlan.countByKind(_nomenclatureActions);
	}

	public List<PlannedAction> nomenclatureActions() {
		return _nomenclatureActions;
	}

	public Source source() {
		return _source;
	}

	public int totalActions() {
		int total = _nomenclatureActions.size();

		for (EstablishmentPlan establishmentPlan : _establishments) {
			total += establishmentPlan.actions().size();
		}

		return total;
	}

	private final List<EstablishmentPlan> _establishments;
	private final List<PlannedAction> _nomenclatureActions;
	private final Source _source;

}
