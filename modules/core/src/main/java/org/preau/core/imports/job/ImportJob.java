package org.preau.core.imports.job;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.preau.core.directory.model.Uai;
import org.preau.core.imports.model.ImportReport;

/**
 * An import run in the background: what it imports and for whom, where it is (state, and progress as sources done
 * out of the sources the feed holds; 0 of 0 while the feed is read), and once done its reports or its error. The
 * ids of the import runs it recorded link the establishment's history to the job's report.
 */
public final class ImportJob {

	/**
	 * The job as it was stored, for a store that keeps the outcome but not the reports themselves.
	 */
	public static ImportJob of(
		String id, Set<Uai> uais, String actor, String description,
		boolean dryRun, Instant submittedAt, Instant finishedAt,
		ImportJobState state, int sourcesDone, int sourcesTotal,
		List<ImportReport> reports, List<Long> runIds, String errorMessage) {

		return new ImportJob(
			id, uais, actor, description, dryRun, submittedAt, finishedAt,
			state, sourcesDone, sourcesTotal, reports, runIds, errorMessage);
	}

	public static ImportJob queued(
		String id, Set<Uai> uais, String actor, String description,
		boolean dryRun, Instant submittedAt) {

		return new ImportJob(
			id, uais, actor, description, dryRun, submittedAt, null,
			ImportJobState.QUEUED, 0, 0, List.of(), List.of(), null);
	}

	public String actor() {
		return _actor;
	}

	/**
	 * What is imported, for people: the file names, or the drop folder.
	 */
	public String description() {
		return _description;
	}

	public boolean dryRun() {
		return _dryRun;
	}

	/**
	 * Why the job failed; empty unless it failed.
	 */
	public Optional<String> errorMessage() {
		return Optional.ofNullable(_errorMessage);
	}

	public ImportJob failed(String errorMessage, Instant finishedAt) {
		return new ImportJob(
			_id, _uais, _actor, _description, _dryRun, _submittedAt,
			Objects.requireNonNull(finishedAt), ImportJobState.FAILED,
			_sourcesDone, _sourcesTotal, _reports, _runIds,
			(errorMessage == null) ? "" : errorMessage);
	}

	public Optional<Instant> finishedAt() {
		return Optional.ofNullable(_finishedAt);
	}

	public String id() {
		return _id;
	}

	/**
	 * The job with one more source done and its report.
	 */
	public ImportJob progressed(ImportReport importReport) {
		List<ImportReport> reports = new ArrayList<>(_reports);

		reports.add(Objects.requireNonNull(importReport));

		return new ImportJob(
			_id, _uais, _actor, _description, _dryRun, _submittedAt, null,
			ImportJobState.RUNNING, _sourcesDone + 1, _sourcesTotal, reports,
			_runIds, null);
	}

	/**
	 * The reports of the sources done, in the order they ran.
	 */
	public List<ImportReport> reports() {
		return _reports;
	}

	/**
	 * The ids of the import runs the job recorded (none for a dry run).
	 */
	public List<Long> runIds() {
		return _runIds;
	}

	public ImportJob running(int sourcesTotal) {
		return new ImportJob(
			_id, _uais, _actor, _description, _dryRun, _submittedAt, null,
			ImportJobState.RUNNING, 0, sourcesTotal, List.of(), _runIds, null);
	}

	public int sourcesDone() {
		return _sourcesDone;
	}

	/**
	 * The sources the feed holds; 0 until the feed is read.
	 */
	public int sourcesTotal() {
		return _sourcesTotal;
	}

	public ImportJobState state() {
		return _state;
	}

	public Instant submittedAt() {
		return _submittedAt;
	}

	public ImportJob succeeded(List<Long> runIds, Instant finishedAt) {
		return new ImportJob(
			_id, _uais, _actor, _description, _dryRun, _submittedAt,
			Objects.requireNonNull(finishedAt), ImportJobState.SUCCEEDED,
			_sourcesDone, _sourcesTotal, _reports, runIds, null);
	}

	@Override
	public String toString() {
		return (_dryRun ? "dry run " : "import ") + _id + " of " + _uais +
			" " + _state;
	}

	/**
	 * The establishments the job holds while it is queued or running.
	 */
	public Set<Uai> uais() {
		return _uais;
	}

	private ImportJob(
		String id, Set<Uai> uais, String actor, String description,
		boolean dryRun, Instant submittedAt, Instant finishedAt,
		ImportJobState state, int sourcesDone, int sourcesTotal,
		List<ImportReport> reports, List<Long> runIds, String errorMessage) {

		_id = Objects.requireNonNull(id, "id");

		if (uais.isEmpty()) {
			throw new IllegalArgumentException(
				"an import job needs an establishment");
		}

		_uais = Collections.unmodifiableSet(new LinkedHashSet<>(uais));
		_actor = Objects.requireNonNull(actor, "actor");
		_description = (description == null) ? "" : description;
		_dryRun = dryRun;
		_submittedAt = Objects.requireNonNull(submittedAt, "submittedAt");
		_finishedAt = finishedAt;
		_state = Objects.requireNonNull(state, "state");
		_sourcesDone = sourcesDone;
		_sourcesTotal = sourcesTotal;
		_reports = List.copyOf(reports);
		_runIds = List.copyOf(runIds);
		_errorMessage = errorMessage;
	}

	private final String _actor;
	private final String _description;
	private final boolean _dryRun;
	private final String _errorMessage;
	private final Instant _finishedAt;
	private final String _id;
	private final List<ImportReport> _reports;
	private final List<Long> _runIds;
	private final int _sourcesDone;
	private final int _sourcesTotal;
	private final ImportJobState _state;
	private final Instant _submittedAt;
	private final Set<Uai> _uais;

}
