package org.preau.core.imports.model;

import java.util.Objects;
import java.util.Optional;

import org.preau.core.directory.model.Uai;

/**
 * A part of a run that failed: nothing of that part was written, and running the feed again retries it.
 */
public final class ImportError {

	public ImportError(Uai uai, String message) {
		_uai = uai;
		_message = Objects.requireNonNull(message, "message");
	}

	public String message() {
		return _message;
	}

	@Override
	public String toString() {
		return ((_uai == null) ? "" : _uai + ": ") + _message;
	}

	/**
	 * The establishment whose transaction failed, or empty for the nomenclature.
	 */
	public Optional<Uai> uai() {
		return Optional.ofNullable(_uai);
	}

	private final String _message;
	private final Uai _uai;

}
