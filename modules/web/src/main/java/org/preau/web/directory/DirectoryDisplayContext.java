package org.preau.web.directory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.preau.core.directory.model.DirectoryEntry;
import org.preau.core.directory.model.DirectoryPage;
import org.preau.core.directory.model.DirectorySearch;
import org.preau.core.directory.model.Group;
import org.preau.core.directory.model.Level;
import org.preau.core.directory.model.Person;
import org.preau.core.directory.model.PersonState;
import org.preau.core.directory.model.Profile;
import org.preau.core.directory.model.SchoolClass;
import org.preau.core.directory.model.Source;
import org.preau.core.directory.model.StaffFunction;
import org.preau.core.directory.model.Subject;

/**
 * The view model of the directory search: the criteria as chosen, the options the form offers, one page of people
 * (login first) and the parameters of the neighbouring pages, of the export and of each person's card.
 */
public class DirectoryDisplayContext {

	public DirectoryDisplayContext(
		String uai, DirectoryPage directoryPage, List<SchoolClass> classes,
		List<Group> groups, List<Subject> subjects, List<Level> levels) {

		DirectorySearch search = directoryPage.search();

		_uai = uai;
		_criteria = DirectorySearchParameters.of(search);
		_total = directoryPage.total();
		_first = (directoryPage.total() == 0) ? 0 : search.offset() + 1;
		_last = search.offset() + directoryPage.entries().size();

		List<Option> profiles = new ArrayList<>();

		for (Profile profile : Profile.values()) {
			profiles.add(new Option(profile.key(), profile.key()));
		}

		_profiles = Collections.unmodifiableList(profiles);

		List<Option> functions = new ArrayList<>();

		for (StaffFunction function : StaffFunction.values()) {
			if (function != StaffFunction.OTHER) {
				functions.add(
					new Option(
						function.name(),
						function.name().toLowerCase(Locale.ROOT)));
			}
		}

		_functions = Collections.unmodifiableList(functions);

		List<Option> states = new ArrayList<>();

		for (PersonState state : PersonState.values()) {
			String key = state.name().toLowerCase(Locale.ROOT);

			states.add(new Option(key, key));
		}

		_states = Collections.unmodifiableList(states);

		List<Option> sources = new ArrayList<>();

		for (Source source : Source.values()) {
			sources.add(
				new Option(
					source.name().toLowerCase(Locale.ROOT), source.name()));
		}

		_sources = Collections.unmodifiableList(sources);

		List<Option> classOptions = new ArrayList<>();

		for (SchoolClass schoolClass : classes) {
			classOptions.add(
				new Option(schoolClass.code(), schoolClass.code()));
		}

		_classes = Collections.unmodifiableList(classOptions);

		List<Option> groupOptions = new ArrayList<>();

		for (Group group : groups) {
			groupOptions.add(new Option(group.code(), group.code()));
		}

		_groups = Collections.unmodifiableList(groupOptions);

		List<Option> subjectOptions = new ArrayList<>();

		for (Subject subject : subjects) {
			subjectOptions.add(
				new Option(
					subject.code(), subject.label() + " (" + subject.code() + ")"));
		}

		_subjects = Collections.unmodifiableList(subjectOptions);

		List<Option> levelOptions = new ArrayList<>();

		for (Level level : levels) {
			levelOptions.add(new Option(level.mefCode(), level.label()));
		}

		_levels = Collections.unmodifiableList(levelOptions);

		List<Row> rows = new ArrayList<>();

		for (DirectoryEntry entry : directoryPage.entries()) {
			rows.add(new Row(entry, uai));
		}

		_rows = Collections.unmodifiableList(rows);

		_previousPage = (search.page() > 0) ? _page(search.page() - 1) : null;
		_nextPage = directoryPage.hasNext() ? _page(search.page() + 1) : null;
	}

	public List<Option> getClasses() {
		return _classes;
	}

	/**
	 * The value of a criterion as the form sent it, or an empty string.
	 */
	public String criterion(String name) {
		return _criteria.getOrDefault(name, "");
	}

	/**
	 * The parameters of the export of the whole search.
	 */
	public Map<String, String> getExport() {
		return _criteria;
	}

	public int getFirst() {
		return _first;
	}

	public List<Option> getFunctions() {
		return _functions;
	}

	public List<Option> getGroups() {
		return _groups;
	}

	public int getLast() {
		return _last;
	}

	public List<Option> getLevels() {
		return _levels;
	}

	/**
	 * The parameters of the next page's link, or null on the last page.
	 */
	public Map<String, String> getNextPage() {
		return _nextPage;
	}

	public Map<String, String> getPreviousPage() {
		return _previousPage;
	}

	public List<Option> getProfiles() {
		return _profiles;
	}

	public List<Row> getRows() {
		return _rows;
	}

	public List<Option> getSources() {
		return _sources;
	}

	public List<Option> getStates() {
		return _states;
	}

	public List<Option> getSubjects() {
		return _subjects;
	}

	public int getTotal() {
		return _total;
	}

	public String getUai() {
		return _uai;
	}

	/**
	 * A choice of a select list: the value sent, and its label (a language key's suffix for the enumerations).
	 */
	public static class Option {

		public String getLabel() {
			return _label;
		}

		public String getValue() {
			return _value;
		}

		private Option(String value, String label) {
			_value = value;
			_label = label;
		}

		private final String _label;
		private final String _value;

	}

	/**
	 * One person as the table shows them.
	 */
	public static class Row {

		public Map<String, String> getCard() {
			return _card;
		}

		public String getClassCode() {
			return _classCode;
		}

		public String getFirstName() {
			return _firstName;
		}

		public String getFunctions() {
			return _functions;
		}

		public String getGroups() {
			return _groups;
		}

		public String getId() {
			return _id;
		}

		public String getLastName() {
			return _lastName;
		}

		/**
		 * The login, or an empty string for a person who has none yet.
		 */
		public String getLogin() {
			return _login;
		}

		public String getProfile() {
			return _profile;
		}

		public String getSource() {
			return _source;
		}

		public String getState() {
			return _state;
		}

		private Row(DirectoryEntry entry, String uai) {
			Person person = entry.person();

			_id = person.externalId();
			_login = entry.login().orElse("");
			_lastName = person.lastName();
			_firstName = person.firstName();
			_profile = person.profile().key();
			_classCode = person.classCode().orElse("");
			_groups = String.join(", ", person.groupCodes());

			List<String> functions = new ArrayList<>();

			for (StaffFunction function : person.functions()) {
				functions.add(function.name());
			}

			_functions = String.join(", ", functions);
			_source = person.source().name();
			_state = person.state().name().toLowerCase(Locale.ROOT);

			Map<String, String> card = new LinkedHashMap<>();

			card.put("uai", uai);
			card.put("id", _id);

			_card = Collections.unmodifiableMap(card);
		}

		private final Map<String, String> _card;
		private final String _classCode;
		private final String _firstName;
		private final String _functions;
		private final String _groups;
		private final String _id;
		private final String _lastName;
		private final String _login;
		private final String _profile;
		private final String _source;
		private final String _state;

	}

	private Map<String, String> _page(int page) {
		Map<String, String> parameters = new LinkedHashMap<>(_criteria);

		parameters.put("page", String.valueOf(page));

		return Collections.unmodifiableMap(parameters);
	}

	private final List<Option> _classes;
	private final Map<String, String> _criteria;
	private final int _first;
	private final List<Option> _functions;
	private final List<Option> _groups;
	private final int _last;
	private final List<Option> _levels;
	private final Map<String, String> _nextPage;
	private final Map<String, String> _previousPage;
	private final List<Option> _profiles;
	private final List<Row> _rows;
	private final List<Option> _sources;
	private final List<Option> _states;
	private final List<Option> _subjects;
	private final int _total;
	private final String _uai;

}
