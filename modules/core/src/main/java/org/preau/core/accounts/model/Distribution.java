package org.preau.core.accounts.model;

import java.time.Instant;
import java.util.Objects;

import org.preau.core.directory.model.Uai;

/**
 * One entry of the distribution history: who issued credentials for which accounts, when, how and how many. Never a
 * secret.
 */
public final class Distribution {

	public Distribution(
		Instant at, String actor, Uai uai, String kind, String scope,
		int count) {

		_at = Objects.requireNonNull(at);
		_actor = Objects.requireNonNull(actor);
		_uai = Objects.requireNonNull(uai);
		_kind = Objects.requireNonNull(kind);
		_scope = Objects.requireNonNull(scope);
		_count = count;
	}

	public String actor() {
		return _actor;
	}

	public Instant at() {
		return _at;
	}

	public int count() {
		return _count;
	}

	/**
	 * {@link #KIND_PRINT}, {@link #KIND_RESET} or {@link #KIND_MAIL}.
	 */
	public String kind() {
		return _kind;
	}

	public String scope() {
		return _scope;
	}

	@Override
	public String toString() {
		return _at + " " + _actor + " " + _kind + " " + _scope + " " + _count;
	}

	public Uai uai() {
		return _uai;
	}

	public static final String KIND_MAIL = "mail";

	public static final String KIND_PRINT = "print";

	public static final String KIND_RESET = "reset";

	private final String _actor;
	private final Instant _at;
	private final int _count;
	private final String _kind;
	private final String _scope;
	private final Uai _uai;

}
