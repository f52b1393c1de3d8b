package org.preau.core.imports.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.preau.core.directory.model.Source;

/**
 * What a run did, or would do when it is a dry run: per establishment the counts after it, the actions and the
 * anomalies; and the parts that failed.
 */
public final class ImportReport {

	/**
	 * The report of a plan that is not applied, or that was applied without error.
	 */
	public static ImportReport of(ImportPlan plan, boolean dryRun) {
		List<EstablishmentReport> establishments = new ArrayList<>();

		for (EstablishmentPlan establishmentPlan : plan.establishments()) {
			establishments.add(EstablishmentReport.of(establishmentPlan));
		}

		return new ImportReport(
			plan.source(), dryRun, plan.nomenclatureActionCounts(),
			establishments, List.of());
	}

	public ImportReport(
		Source source, boolean dryRun,
		Map<ActionKind, Integer> nomenclatureActions,
		List<EstablishmentReport> establishments, List<ImportError> errors) {

		_source = Objects.requireNonNull(source, "source");
		_dryRun = dryRun;
		_nomenclatureActions = Map.copyOf(nomenclatureActions);
		_establishments = List.copyOf(establishments);
		_errors = List.copyOf(errors);
	}

	public boolean dryRun() {
		return _dryRun;
	}

	public List<ImportError> errors() {
		return _errors;
	}

	public List<EstablishmentReport> establishments() {
		return _establishments;
	}

	public Map<ActionKind, Integer> nomenclatureActions() {
		return _nomenclatureActions;
	}

	public Source source() {
		return _source;
	}

	/**
	 * Every action of the run, nomenclature included; 0 when the feed changed nothing.
	 */
	public int totalActions() {
		int total = 0;

		for (int count : _nomenclatureActions.values()) {
			total += count;
		}

		for (EstablishmentReport establishment : _establishments) {
			total += establishment.totalActions();
		}

		return total;
	}

	@Override
	public String toString() {
		return (_dryRun ? "dry run of " : "run of ") + _source + ": " +
			_establishments.size() + " establishments, " + totalActions() +
				" actions, " + _errors.size() + " errors";
	}

	private final boolean _dryRun;
	private final List<ImportError> _errors;
	private final List<EstablishmentReport> _establishments;
	private final Map<ActionKind, Integer> _nomenclatureActions;
	private final Source _source;

}
