package org.preau.core.directory.model;

import java.util.Objects;
import java.util.Optional;

/**
 * What an administrator sees first of an establishment: who is in it, its structures and its last import.
 */
public final class EstablishmentOverview {

	public EstablishmentOverview(
		Establishment establishment, DirectoryCounts counts,
		ImportRun lastImport) {

		_establishment = Objects.requireNonNull(establishment);
		_counts = Objects.requireNonNull(counts);
		_lastImport = lastImport;
	}

	public DirectoryCounts counts() {
		return _counts;
	}

	public Establishment establishment() {
		return _establishment;
	}

	public Optional<ImportRun> lastImport() {
		return Optional.ofNullable(_lastImport);
	}

	private final DirectoryCounts _counts;
	private final Establishment _establishment;
	private final ImportRun _lastImport;

}
