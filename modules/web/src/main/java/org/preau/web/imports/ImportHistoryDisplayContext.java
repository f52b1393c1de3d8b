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
import org.preau.web.view.ImportRunItem;

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

		List<ImportRunItem> runs = new ArrayList<>();

		for (ImportRun importRun : importRuns) {
			runs.add(
				new ImportRunItem(
					importRun, formatter.format(importRun.startedAt()),
					jobIdsByRunId.get(importRun.id())));
		}

		_runs = Collections.unmodifiableList(runs);
	}

	public List<ImportRunItem> getRuns() {
		return _runs;
	}

	private final List<ImportRunItem> _runs;

}
