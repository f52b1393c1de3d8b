package org.preau.core.imports.model;

import java.util.Objects;
import java.util.Optional;

import org.preau.core.directory.model.Uai;

/**
 * One thing an administrator must check after a run: its kind, its establishment, the person it is about (their
 * directory identifier) if any, and a message in plain words.
 */
public final class Anomaly {

	public Anomaly(AnomalyKind kind, Uai uai, String personId, String message) {
		_kind = Objects.requireNonNull(kind, "kind");
		_uai = Objects.requireNonNull(uai, "uai");
		_personId = personId;
		_message = Objects.requireNonNull(message, "message");
	}

	@Override
	public boolean equals(Object object) {
		if (!(object instanceof Anomaly)) {
			return false;
		}

		Anomaly other = (Anomaly)object;

		return (_kind == other._kind) && _uai.equals(other._uai) &&
			Objects.equals(_personId, other._personId) &&
			_message.equals(other._message);
	}

	@Override
	public int hashCode() {
		return Objects.hash(_kind, _uai, _personId);
	}

	public AnomalyKind kind() {
		return _kind;
	}

	public String message() {
		return _message;
	}

	public Optional<String> personId() {
		return Optional.ofNullable(_personId);
	}

	@Override
	public String toString() {
		return _kind + " " + _uai + " " + _message;
	}

	public Uai uai() {
		return _uai;
	}

	private final AnomalyKind _kind;
	private final String _message;
	private final String _personId;
	private final Uai _uai;

}
