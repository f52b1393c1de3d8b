package org.preau.web.imports;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.preau.core.imports.job.ImportJob;

/**
 * The view model of an import job: what it imports, where it is, and once it succeeded what it did.
 */
public class ImportJobDisplayContext {

	public static List<ImportJobDisplayContext> of(
		List<ImportJob> importJobs, Locale locale, ZoneId zoneId) {

		List<ImportJobDisplayContext> displayContexts = new ArrayList<>();

		for (ImportJob importJob : importJobs) {
			displayContexts.add(
				new ImportJobDisplayContext(importJob, locale, zoneId));
		}

		return Collections.unmodifiableList(displayContexts);
	}

	public ImportJobDisplayContext(
		ImportJob importJob, Locale locale, ZoneId zoneId) {

		DateTimeFormatter formatter = DateTimeFormatter.ofLocalizedDateTime(
			FormatStyle.MEDIUM
		).withLocale(
			locale
		).withZone(
			zoneId
		);

		_id = importJob.id();
		_description = importJob.description();
		_dryRun = importJob.dryRun();
		_active = importJob.state().isActive();
		_state = importJob.state().name();
		_stateKey = "import-job-state-" + _state.toLowerCase(Locale.ROOT);
		_sourcesDone = importJob.sourcesDone();
		_sourcesTotal = importJob.sourcesTotal();
		_submittedAt = formatter.format(importJob.submittedAt());
		_errorMessage = importJob.errorMessage().orElse(null);
		_reports = ImportReportDisplayContext.of(importJob.reports());
		_uais = String.join(", ", _uaiValues(importJob));
	}

	public String getDescription() {
		return _description;
	}

	/**
	 * Why the job failed, or {@code null}.
	 */
	public String getErrorMessage() {
		return _errorMessage;
	}

	public String getId() {
		return _id;
	}

	public List<ImportReportDisplayContext> getReports() {
		return _reports;
	}

	public int getSourcesDone() {
		return _sourcesDone;
	}

	public int getSourcesTotal() {
		return _sourcesTotal;
	}

	/**
	 * The state's name, for machines ({@code QUEUED}, {@code RUNNING}, {@code SUCCEEDED}, {@code FAILED}).
	 */
	public String getState() {
		return _state;
	}

	public String getStateKey() {
		return _stateKey;
	}

	public String getSubmittedAt() {
		return _submittedAt;
	}

	public String getUais() {
		return _uais;
	}

	/**
	 * Whether the job is queued or running, so that its page refreshes itself.
	 */
	public boolean isActive() {
		return _active;
	}

	public boolean isDryRun() {
		return _dryRun;
	}

	private static List<String> _uaiValues(ImportJob importJob) {
		List<String> values = new ArrayList<>();

		importJob.uais().forEach(uai -> values.add(uai.value()));

		return values;
	}

	private final boolean _active;
	private final String _description;
	private final boolean _dryRun;
	private final String _errorMessage;
	private final String _id;
	private final List<ImportReportDisplayContext> _reports;
	private final int _sourcesDone;
	private final int _sourcesTotal;
	private final String _state;
	private final String _stateKey;
	private final String _submittedAt;
	private final String _uais;

}
