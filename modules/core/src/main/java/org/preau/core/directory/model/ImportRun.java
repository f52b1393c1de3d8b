package org.preau.core.directory.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One run of a feed import: when, by whom, from which source, and how many records it applied.
 */
public final class ImportRun {

	public ImportRun(
		long id, Uai uai, Source source, String actor, Instant startedAt,
		Instant finishedAt, ImportRunStatus status, int recordCount,
		String summary) {

		_id = id;
		_uai = Objects.requireNonNull(uai, "uai");
		_source = Objects.requireNonNull(source, "source");
		_actor = Objects.requireNonNull(actor, "actor");
		_startedAt = Objects.requireNonNull(startedAt, "startedAt");
		_finishedAt = finishedAt;
		_status = Objects.requireNonNull(status, "status");
		_recordCount = recordCount;
		_summary = (summary == null) ? "" : summary;
	}

	public String actor() {
		return _actor;
	}

	public Optional<Instant> finishedAt() {
		return Optional.ofNullable(_finishedAt);
	}

	/**
	 * The store's key, or 0 before the run is stored.
	 */
	public long id() {
		return _id;
	}

	public int recordCount() {
		return _recordCount;
	}

	public Source source() {
		return _source;
	}

	public Instant startedAt() {
		return _startedAt;
	}

	public ImportRunStatus status() {
		return _status;
	}

	public String summary() {
		return _summary;
	}

	public Uai uai() {
		return _uai;
	}

	public ImportRun withId(long id) {
		return new ImportRun(
			id, _uai, _source, _actor, _startedAt, _finishedAt, _status,
			_recordCount, _summary);
	}

	private final String _actor;
	private final Instant _finishedAt;
	private final long _id;
	private final int _recordCount;
	private final Source _source;
	private final Instant _startedAt;
	private final ImportRunStatus _status;
	private final String _summary;
	private final Uai _uai;

}
