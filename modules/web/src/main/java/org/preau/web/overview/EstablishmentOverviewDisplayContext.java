package org.preau.web.overview;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.preau.core.directory.model.DirectoryCounts;
import org.preau.core.directory.model.EstablishmentOverview;
import org.preau.core.directory.model.ImportRun;
import org.preau.core.directory.model.Profile;
import org.preau.web.view.ImportRunItem;

/**
 * The view model of the establishment overview: every value the template shows, already formatted.
 */
public class EstablishmentOverviewDisplayContext {

	public EstablishmentOverviewDisplayContext(
		EstablishmentOverview overview, Locale locale, ZoneId zoneId) {

		_uai = overview.establishment().uai().value();
		_name = overview.establishment().name();
		_city = overview.establishment().city();
		_kindKey = "establishment-kind-" +
			overview.establishment().kind().name().toLowerCase(Locale.ROOT).replace('_', '-');

		DirectoryCounts counts = overview.counts();

		List<Count> people = new ArrayList<>();

		for (Profile profile : Profile.values()) {
			people.add(
				new Count(
					"profile-" + profile.key() + "-plural", profile.key(),
					counts.people(profile)));
		}

		_people = Collections.unmodifiableList(people);

		_structures = List.of(
			new Count("classes", "classes", counts.classes()),
			new Count("groups", "groups", counts.groups()),
			new Count("parent-relations", "relations", counts.relations()),
			new Count(
				"teaching-assignments", "teaching-assignments",
				counts.teachingAssignments()));

		_totalPeople = counts.totalPeople();

		ImportRun lastImport = overview.lastImport().orElse(null);

		if (lastImport == null) {
			_lastImport = null;
		}
		else {
			DateTimeFormatter formatter = DateTimeFormatter.ofLocalizedDateTime(
				FormatStyle.MEDIUM
			).withLocale(
				locale
			).withZone(
				zoneId
			);

			_lastImport = new ImportRunItem(
				lastImport,
				formatter.format(
					lastImport.finishedAt().orElse(lastImport.startedAt())),
				null);
		}
	}

	public String getCity() {
		return _city;
	}

	public String getKindKey() {
		return _kindKey;
	}

	public ImportRunItem getLastImport() {
		return _lastImport;
	}

	public String getName() {
		return _name;
	}

	public List<Count> getPeople() {
		return _people;
	}

	public List<Count> getStructures() {
		return _structures;
	}

	public int getTotalPeople() {
		return _totalPeople;
	}

	public String getUai() {
		return _uai;
	}

	/**
	 * One figure of the overview: a language key for its label, a stable id for tests and styling, and the number.
	 */
	public static class Count {

		public String getId() {
			return _id;
		}

		public String getLabelKey() {
			return _labelKey;
		}

		public int getValue() {
			return _value;
		}

		private Count(String labelKey, String id, int value) {
			_labelKey = labelKey;
			_id = id;
			_value = value;
		}

		private final String _id;
		private final String _labelKey;
		private final int _value;

	}

	private final String _city;
	private final String _kindKey;
	private final ImportRunItem _lastImport;
	private final String _name;
	private final List<Count> _people;
	private final List<Count> _structures;
	private final int _totalPeople;
	private final String _uai;

}
