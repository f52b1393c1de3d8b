package org.preau.core.directory.model;

import java.time.LocalDate;
import java.time.Month;

/**
 * A school year, named after the calendar year of its rentrée: {@code 2026} is 2026-2027. It starts on 1 August and
 * ends on 31 July, as the French administration counts it.
 */
public final class SchoolYear implements Comparable<SchoolYear> {

	public static SchoolYear containing(LocalDate date) {
		int year = date.getYear();

		if (date.getMonth().compareTo(Month.AUGUST) < 0) {
			year--;
		}

		return of(year);
	}

	public static SchoolYear of(int startYear) {
		if ((startYear < 1990) || (startYear > 2200)) {
			throw new IllegalArgumentException(
				"school year " + startYear + " is out of range");
		}

		return new SchoolYear(startYear);
	}

	/**
	 * Parses {@code 2026}, {@code 2026-2027} or {@code 2026/2027}.
	 */
	public static SchoolYear parse(String text) {
		String trimmed = (text == null) ? "" : text.trim();

		try {
			if (trimmed.length() == 9) {
				int start = Integer.parseInt(trimmed.substring(0, 4));
				int end = Integer.parseInt(trimmed.substring(5));

				if ((end == (start + 1)) &&
					((trimmed.charAt(4) == '-') || (trimmed.charAt(4) == '/'))) {

					return of(start);
				}
			}
			else if (trimmed.length() == 4) {
				return of(Integer.parseInt(trimmed));
			}
		}
		catch (NumberFormatException numberFormatException) {
		}

		throw new IllegalArgumentException(
			"\"" + text + "\" is not a school year such as 2026-2027");
	}

	@Override
	public int compareTo(SchoolYear other) {
		return Integer.compare(_startYear, other._startYear);
	}

	public LocalDate end() {
		return LocalDate.of(_startYear + 1, Month.JULY, 31);
	}

	@Override
	public boolean equals(Object object) {
		return (object instanceof SchoolYear) &&
			(((SchoolYear)object)._startYear == _startYear);
	}

	@Override
	public int hashCode() {
		return _startYear;
	}

	public SchoolYear next() {
		return of(_startYear + 1);
	}

	public LocalDate start() {
		return LocalDate.of(_startYear, Month.AUGUST, 1);
	}

	public int startYear() {
		return _startYear;
	}

	@Override
	public String toString() {
		return _startYear + "-" + (_startYear + 1);
	}

	private SchoolYear(int startYear) {
		_startYear = startYear;
	}

	private final int _startYear;

}
