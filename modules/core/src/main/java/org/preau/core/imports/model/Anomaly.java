package org.preau.core.imports.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.preau.core.directory.model.Uai;

/**
 * One thing an administrator must check after a run: its kind, its establishment, the person it is about (their
 * directory identifier) if any, and what to say about it: a stable machine code with its arguments, which each host
 * renders in the user's language, and the same in plain English for machines and logs.
 */
public final class Anomaly {

	public Anomaly(
		AnomalyKind kind, Uai uai, String personId, AnomalyCode code,
		List<String> arguments) {

		_kind = Objects.requireNonNull(kind, "kind");
		_uai = Objects.requireNonNull(uai, "uai");
		_personId = personId;
		_code = Objects.requireNonNull(code, "code");
		_arguments = List.copyOf(arguments);

		if (_arguments.size() != code.argumentCount()) {
			throw new IllegalArgumentException(
				code + " takes " + code.argumentCount() + " arguments, not " +
					_arguments);
		}
	}

	/**
	 * The values the message names, in the order of its placeholders.
	 */
	public List<String> arguments() {
		return _arguments;
	}

	public AnomalyCode code() {
		return _code;
	}

	@Override
	public boolean equals(Object object) {
		if (!(object instanceof Anomaly)) {
			return false;
		}

		Anomaly other = (Anomaly)object;

		return (_kind == other._kind) && _uai.equals(other._uai) &&
			Objects.equals(_personId, other._personId) &&
			(_code == other._code) && _arguments.equals(other._arguments);
	}

	@Override
	public int hashCode() {
		return Objects.hash(_kind, _uai, _personId);
	}

	public AnomalyKind kind() {
		return _kind;
	}

	/**
	 * The message in plain English.
	 */
	public String message() {
		return _code.format(_arguments);
	}

	public Optional<String> personId() {
		return Optional.ofNullable(_personId);
	}

	@Override
	public String toString() {
		return _kind + " " + _uai + " " + message();
	}

	public Uai uai() {
		return _uai;
	}

	private final List<String> _arguments;
	private final AnomalyCode _code;
	private final AnomalyKind _kind;
	private final String _personId;
	private final Uai _uai;

}
