package org.preau.web.imports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.preau.core.directory.model.DirectoryCounts;
import org.preau.core.directory.model.Profile;
import org.preau.core.imports.model.ActionKind;
import org.preau.core.imports.model.Anomaly;
import org.preau.core.imports.model.EstablishmentReport;
import org.preau.core.imports.model.ImportError;
import org.preau.core.imports.model.ImportReport;

/**
 * The view model of one import run's report, for people: per establishment the directory as it is (or would be)
 * after the run, the changes by kind, and what to check.
 */
public class ImportReportDisplayContext {

	public static List<ImportReportDisplayContext> of(
		List<ImportReport> importReports) {

		List<ImportReportDisplayContext> displayContexts = new ArrayList<>();

		for (ImportReport importReport : importReports) {
			displayContexts.add(new ImportReportDisplayContext(importReport));
		}

		return Collections.unmodifiableList(displayContexts);
	}

	public List<Establishment> getEstablishments() {
		return _establishments;
	}

	public List<String> getErrors() {
		return _errors;
	}

	public String getSource() {
		return _source;
	}

	public static class Establishment {

		public List<Item> getActions() {
			return _actions;
		}

		public List<AnomalyItem> getAnomalies() {
			return _anomalies;
		}

		public int getAnomalyCount() {
			return _anomalyCount;
		}

		public List<Item> getCounts() {
			return _counts;
		}

		public int getTotalActions() {
			return _totalActions;
		}

		public String getUai() {
			return _uai;
		}

		private Establishment(EstablishmentReport establishmentReport) {
			_uai = establishmentReport.uai().value();
			_totalActions = establishmentReport.totalActions();

			DirectoryCounts directoryCounts = establishmentReport.counts();

			List<Item> counts = new ArrayList<>();

			for (Profile profile : Profile.values()) {
				counts.add(
					new Item(
						"profile-" + profile.key() + "-plural",
						String.valueOf(directoryCounts.people(profile))));
			}

			counts.add(
				new Item("classes", String.valueOf(directoryCounts.classes())));
			counts.add(
				new Item("groups", String.valueOf(directoryCounts.groups())));
			counts.add(
				new Item(
					"parent-relations",
					String.valueOf(directoryCounts.relations())));
			counts.add(
				new Item(
					"teaching-assignments",
					String.valueOf(directoryCounts.teachingAssignments())));

			_counts = Collections.unmodifiableList(counts);

			List<Item> actions = new ArrayList<>();

			for (Map.Entry<ActionKind, Integer> entry :
					establishmentReport.actions().entrySet()) {

				if (entry.getValue() > 0) {
					actions.add(
						new Item(
							"import-action-" +
								entry.getKey().name().toLowerCase(
									Locale.ROOT
								).replace(
									'_', '-'
								),
							String.valueOf(entry.getValue())));
				}
			}

			_actions = Collections.unmodifiableList(actions);

			List<Anomaly> anomalies = establishmentReport.anomalies();

			_anomalyCount = anomalies.size();

			List<AnomalyItem> items = new ArrayList<>();

			for (Anomaly anomaly :
					anomalies.subList(
						0, Math.min(anomalies.size(), MAX_ANOMALIES_SHOWN))) {

				items.add(new AnomalyItem(anomaly));
			}

			_anomalies = Collections.unmodifiableList(items);
		}

		private final List<Item> _actions;
		private final List<AnomalyItem> _anomalies;
		private final int _anomalyCount;
		private final List<Item> _counts;
		private final int _totalActions;
		private final String _uai;

	}

	/**
	 * An anomaly as the page says it: the language key of its kind, and the language key of its message with the
	 * message's arguments, so that it reads in the user's language.
	 */
	public static class AnomalyItem {

		public List<String> getArguments() {
			return _arguments;
		}

		public String getLabelKey() {
			return _labelKey;
		}

		public String getMessageKey() {
			return _messageKey;
		}

		private AnomalyItem(Anomaly anomaly) {
			_arguments = anomaly.arguments();
			_labelKey = "anomaly-" + anomaly.kind().key().replace('_', '-');
			_messageKey =
				"anomaly-message-" + anomaly.code().key().replace('_', '-');
		}

		private final List<String> _arguments;
		private final String _labelKey;
		private final String _messageKey;

	}

	/**
	 * A language key for a label, and a value shown as it is (escaped).
	 */
	public static class Item {

		public String getLabelKey() {
			return _labelKey;
		}

		public String getValue() {
			return _value;
		}

		private Item(String labelKey, String value) {
			_labelKey = labelKey;
			_value = value;
		}

		private final String _labelKey;
		private final String _value;

	}

	public static final int MAX_ANOMALIES_SHOWN = 200;

	private ImportReportDisplayContext(ImportReport importReport) {
		_source = importReport.source().name();

		List<Establishment> establishments = new ArrayList<>();

		for (EstablishmentReport establishmentReport :
				importReport.establishments()) {

			establishments.add(new Establishment(establishmentReport));
		}

		_establishments = Collections.unmodifiableList(establishments);

		List<String> errors = new ArrayList<>();

		for (ImportError importError : importReport.errors()) {
			errors.add(importError.toString());
		}

		_errors = Collections.unmodifiableList(errors);
	}

	private final List<Establishment> _establishments;
	private final List<String> _errors;
	private final String _source;

}
