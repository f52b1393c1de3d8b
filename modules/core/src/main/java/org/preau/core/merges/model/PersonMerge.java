package org.preau.core.merges.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.preau.core.directory.model.Uai;

/**
 * Two records of one person made one: the survivor keeps its identity and login and takes the absorbed person's
 * source keys, links, groups and functions; the absorbed person's login stays reserved to them. The merge is kept with
 * what it changed, so that undoing it gives back both persons as they were.
 */
public final class PersonMerge {

	public PersonMerge(
		long id, Uai uai, String survivorId, String absorbedId, String actor,
		Instant mergedAt, Instant undoneAt) {

		_id = id;
		_uai = Objects.requireNonNull(uai, "uai");
		_survivorId = Objects.requireNonNull(survivorId, "survivorId");
		_absorbedId = Objects.requireNonNull(absorbedId, "absorbedId");
		_actor = Objects.requireNonNull(actor, "actor");
		_mergedAt = Objects.requireNonNull(mergedAt, "mergedAt");
		_undoneAt = undoneAt;
	}

	/**
	 * The directory identifier of the person merged into the survivor.
	 */
	public String absorbedId() {
		return _absorbedId;
	}

	public String actor() {
		return _actor;
	}

	public long id() {
		return _id;
	}

	public boolean isUndone() {
		return _undoneAt != null;
	}

	public Instant mergedAt() {
		return _mergedAt;
	}

	public String survivorId() {
		return _survivorId;
	}

	@Override
	public String toString() {
		return "merge " + _id + " of " + _absorbedId + " into " + _survivorId +
			" in " + _uai;
	}

	public Uai uai() {
		return _uai;
	}

	public Optional<Instant> undoneAt() {
		return Optional.ofNullable(_undoneAt);
	}

	private final String _absorbedId;
	private final String _actor;
	private final long _id;
	private final Instant _mergedAt;
	private final String _survivorId;
	private final Uai _uai;
	private final Instant _undoneAt;

}
