package org.preau.core.rights.model;

import java.time.Instant;
import java.util.Objects;

import org.preau.core.directory.model.Uai;

/**
 * A service closed in a school: nobody there may use it, whatever the matrix says.
 */
public final class ModuleClosure {

	public ModuleClosure(
		Uai uai, String serviceKey, String author, Instant at, String reason) {

		_uai = Objects.requireNonNull(uai, "uai");
		_serviceKey = Objects.requireNonNull(serviceKey, "service");
		_author = Objects.requireNonNull(author, "author");
		_at = Objects.requireNonNull(at, "at");
		_reason = (reason == null) ? "" : reason.strip();
	}

	public Instant at() {
		return _at;
	}

	public String author() {
		return _author;
	}

	public String reason() {
		return _reason;
	}

	public String serviceKey() {
		return _serviceKey;
	}

	public Uai uai() {
		return _uai;
	}

	private final Instant _at;
	private final String _author;
	private final String _reason;
	private final String _serviceKey;
	private final Uai _uai;

}
