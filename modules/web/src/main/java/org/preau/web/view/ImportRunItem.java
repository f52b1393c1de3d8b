package org.preau.web.view;

import java.util.Locale;

import org.preau.core.directory.model.ImportRun;

/**
 * An import run as the overview and the import history show it.
 */
public class ImportRunItem {

	/**
	 * @param date the run's date, formatted for the page
	 * @param jobId the import job whose report covers the run, or {@code null}
	 */
	public ImportRunItem(ImportRun importRun, String date, String jobId) {
		_date = date;
		_jobId = jobId;
		_source = importRun.source().name();
		_actor = importRun.actor();
		_statusKey = "import-status-" +
			importRun.status().name().toLowerCase(Locale.ROOT);
		_recordCount = importRun.recordCount();
		_summary = importRun.summary();
	}

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

	private final String _actor;
	private final String _date;
	private final String _jobId;
	private final int _recordCount;
	private final String _source;
	private final String _statusKey;
	private final String _summary;

}
