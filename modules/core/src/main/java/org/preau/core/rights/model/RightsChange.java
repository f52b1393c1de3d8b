package org.preau.core.rights.model;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.preau.core.directory.model.Uai;

/**
 * One change of the rules, as the history shows it: when, who, which school (none for the académie's defaults),
 * what changed from what to what, and why.
 */
public final class RightsChange {

	public RightsChange(
		Instant at, String author, Uai uai, Kind kind, String subject,
		String before, String after, String reason) {

		_at = Objects.requireNonNull(at, "at");
		_author = Objects.requireNonNull(author, "author");
		_uai = uai;
		_kind = Objects.requireNonNull(kind, "kind");
		_subject = Objects.requireNonNull(subject, "subject");
		_before = (before == null) ? "" : before;
		_after = (after == null) ? "" : after;
		_reason = (reason == null) ? "" : reason.strip();
	}

	public String after() {
		return _after;
	}

	public Instant at() {
		return _at;
	}

	public String author() {
		return _author;
	}

	public String before() {
		return _before;
	}

	public Kind kind() {
		return _kind;
	}

	public String reason() {
		return _reason;
	}

	public String subject() {
		return _subject;
	}

	@Override
	public String toString() {
		return _at + " " + _author + " " + ((_uai == null) ? "académie" : _uai) +
			" " + _kind + " " + _subject + ": " + _before + " -> " + _after;
	}

	/**
	 * The school the change is about; empty for the académie's defaults.
	 */
	public Optional<Uai> uai() {
		return Optional.ofNullable(_uai);
	}

	public enum Kind {

		CELL, DEFAULT, MODULE, DELEGATION, CLASS_ADMINISTRATION,
		EXTERNAL_MAIL, LINKED_SCHOOLS;

		public String key() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

	}

	private final String _after;
	private final Instant _at;
	private final String _author;
	private final String _before;
	private final Kind _kind;
	private final String _reason;
	private final String _subject;
	private final Uai _uai;

}
