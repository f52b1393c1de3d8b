package org.preau.core.rights.model;

import java.util.Objects;

import org.preau.core.directory.model.Uai;

/**
 * What copying a school's settings would change in another school: one cell or one module, its value there now and
 * the value it would take.
 */
public final class CopyDifference {

	public CopyDifference(
		Uai target, String subject, String current, String copied) {

		_target = Objects.requireNonNull(target);
		_subject = Objects.requireNonNull(subject);
		_current = Objects.requireNonNull(current);
		_copied = Objects.requireNonNull(copied);
	}

	public String copied() {
		return _copied;
	}

	public String current() {
		return _current;
	}

	public String subject() {
		return _subject;
	}

	public Uai target() {
		return _target;
	}

	@Override
	public String toString() {
		return _target + " " + _subject + ": " + _current + " -> " + _copied;
	}

	private final String _copied;
	private final String _current;
	private final String _subject;
	private final Uai _target;

}
