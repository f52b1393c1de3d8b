package org.preau.web.merges;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.preau.core.merges.model.PersonMerge;

/**
 * A merge as the merges page shows it.
 */
public class PersonMergeDisplayContext {

	public static List<PersonMergeDisplayContext> of(
		List<PersonMerge> personMerges, Locale locale, ZoneId zoneId) {

		DateTimeFormatter dateTimeFormatter =
			DateTimeFormatter.ofLocalizedDateTime(
				FormatStyle.MEDIUM
			).withLocale(
				locale
			).withZone(
				zoneId
			);

		List<PersonMergeDisplayContext> displayContexts = new ArrayList<>();

		for (PersonMerge personMerge : personMerges) {
			displayContexts.add(
				new PersonMergeDisplayContext(personMerge, dateTimeFormatter));
		}

		return displayContexts;
	}

	public String getAbsorbedId() {
		return _absorbedId;
	}

	public String getActor() {
		return _actor;
	}

	public String getId() {
		return _id;
	}

	public String getMergedAt() {
		return _mergedAt;
	}

	public String getSurvivorId() {
		return _survivorId;
	}

	/**
	 * When the merge was undone; empty while it holds.
	 */
	public String getUndoneAt() {
		return _undoneAt;
	}

	public boolean isUndone() {
		return !_undoneAt.isEmpty();
	}

	private PersonMergeDisplayContext(
		PersonMerge personMerge, DateTimeFormatter dateTimeFormatter) {

		_absorbedId = personMerge.absorbedId();
		_actor = personMerge.actor();
		_id = String.valueOf(personMerge.id());
		_mergedAt = dateTimeFormatter.format(personMerge.mergedAt());
		_survivorId = personMerge.survivorId();
		_undoneAt = personMerge.undoneAt(
		).map(
			dateTimeFormatter::format
		).orElse(
			""
		);
	}

	private final String _absorbedId;
	private final String _actor;
	private final String _id;
	private final String _mergedAt;
	private final String _survivorId;
	private final String _undoneAt;

}
