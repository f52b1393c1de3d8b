package org.preau.web.imports;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.preau.core.directory.model.ImportRun;

/**
 * The view model of an establishment's import history, newest first.
 */
public class ImportHistoryDisplayContext {

	/**
	 * @param jobIdsByRunId the import job that recorded a run, so that the run links to the job's report
	 */
	public ImportHistoryDisplayContext(
		List<ImportRun> importRuns, Map<Long, String> jobIdsByRunId,
		Locale locale, ZoneId zoneId) {

		DateTimeFormatter formatter = DateTimeFormatter.ofLocalizedDateTime(
			FormatStyle.MEDIUM
		).withLocale(
			locale
		).withZone(
			zoneId
		);

		List<Run> runs = new ArrayList<>();

		for (ImportRun importRun : importRuns) {
			runs.add(
				new Run(
					importRun, jobIdsByRunId.get(importRun.id()), formatter));
		}

		_runs = Collections.unmodifiableList(runs);
	}

	public List<Run> getRuns() {
		return _runs;
	}

	public static class Run {

		public String getActor() {
			return _actor;
		}

		public String getDate() {
			return _date;
		}

		/**
		 * The id of the import job whose report covers this run, or {@code null}.
		 */
		public String getJobId() {
			return _jobId;
		}

		public int getRecordCount() {
			return _recordCount;
		}

		public String getSource() {
			return _source;
		}

		public String getStatusKey() {
			return _statusKey;
		}

		public String getSummary() {
			return _summary;
		}

		private Run(
			ImportRun importRun, String jobId, DateTimeFormatter formatter) {

			_jobId = jobId;
			_date = formatter.format(importRun.startedAt());
			_source = importRun.source().name();
			_actor = importRun.actor();
			_statusKey = "import-status-" +
				importRun.status().name().toLowerCase(Locale.ROOT);
			_recordCount = importRun.recordCount();
			_summary = importRun.summary();
		}

		private final String _actor;
		private final String _date;
		private final String _jobId;
		private final int _recordCount;
		private final String _source;
		private final String _statusKey;
		private final String _summary;

	}

	private final List<Run> _runs;

}
