package org.preau.core.directory.model;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The national identifier of an establishment (Unité Administrative Immatriculée): seven digits and a check letter,
 * for instance {@code 0310001A}.
 */
public final class Uai implements Comparable<Uai> {

	public static Uai of(String value) {
		if (value == null) {
			throw new IllegalArgumentException("UAI is missing");
		}

		String normalized = value.trim().toUpperCase(Locale.ROOT);

		if (!_PATTERN.matcher(normalized).matches()) {
			throw new IllegalArgumentException(
				"UAI \"" + value + "\" is not seven digits followed by a letter");
		}

		return new Uai(normalized);
	}

	public static boolean isValid(String value) {
		return (value != null) &&
			_PATTERN.matcher(value.trim().toUpperCase(Locale.ROOT)).matches();
	}

	@Override
	public int compareTo(Uai other) {
		return _value.compareTo(other._value);
	}

	@Override
	public boolean equals(Object object) {
		return (object instanceof Uai) && _value.equals(((Uai)object)._value);
	}

	@Override
	public int hashCode() {
		return _value.hashCode();
	}

	@Override
	public String toString() {
		return _value;
	}

	public String value() {
		return _value;
	}

	private Uai(String value) {
		_value = Objects.requireNonNull(value);
	}

	private static final Pattern _PATTERN = Pattern.compile("[0-9]{7}[A-Z]");

	private final String _value;

}
