package org.preau.web.directory;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.preau.core.directory.model.Group;
import org.preau.core.directory.model.PeoplePage;
import org.preau.core.directory.model.PeopleQuery;
import org.preau.core.directory.model.Person;
import org.preau.core.directory.model.Profile;
import org.preau.core.directory.model.SchoolClass;
import org.preau.core.directory.model.StaffFunction;

/**
 * The view model of the directory browser: the filters as chosen, the options they offer, one page of people and the
 * parameters of the neighbouring pages.
 */
public class DirectoryDisplayContext {

	public DirectoryDisplayContext(
		PeoplePage peoplePage, List<SchoolClass> classes, List<Group> groups,
		Locale locale) {

		PeopleQuery query = peoplePage.query();

		_uai = query.uai().value();
		_profile = query.profile().map(Profile::key).orElse("");
		_classCode = query.classCode().orElse("");
		_groupCode = query.groupCode().orElse("");
		_total = peoplePage.total();
		_first = (peoplePage.total() == 0) ? 0 : query.offset() + 1;
		_last = query.offset() + peoplePage.people().size();

		List<String> profiles = new ArrayList<>();

		for (Profile profile : Profile.values()) {
			profiles.add(profile.key());
		}

		_profiles = Collections.unmodifiableList(profiles);

		List<String> classCodes = new ArrayList<>();

		for (SchoolClass schoolClass : classes) {
			classCodes.add(schoolClass.code());
		}

		_classCodes = Collections.unmodifiableList(classCodes);

		List<String> groupCodes = new ArrayList<>();

		for (Group group : groups) {
			groupCodes.add(group.code());
		}

		_groupCodes = Collections.unmodifiableList(groupCodes);

		DateTimeFormatter dateTimeFormatter = DateTimeFormatter.ofPattern(
			"dd/MM/yyyy", locale);

		List<Row> rows = new ArrayList<>();

		for (Person person : peoplePage.people()) {
			rows.add(new Row(person, dateTimeFormatter));
		}

		_rows = Collections.unmodifiableList(rows);

		_previousPage = (query.page() > 0) ?
			_parameters(query.page() - 1) : null;
		_nextPage = peoplePage.hasNext() ? _parameters(query.page() + 1) : null;
	}

	public List<String> getClassCodes() {
		return _classCodes;
	}

	public String getClassCode() {
		return _classCode;
	}

	public int getFirst() {
		return _first;
	}

	public String getGroupCode() {
		return _groupCode;
	}

	public List<String> getGroupCodes() {
		return _groupCodes;
	}

	public int getLast() {
		return _last;
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

	public String getProfile() {
		return _profile;
	}

	public List<String> getProfiles() {
		return _profiles;
	}

	public List<Row> getRows() {
		return _rows;
	}

	public int getTotal() {
		return _total;
	}

	public String getUai() {
		return _uai;
	}

	/**
	 * One person as the table shows them.
	 */
	public static class Row {

		public String getBirthDate() {
			return _birthDate;
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

		public String getProfile() {
			return _profile;
		}

		public String getSource() {
			return _source;
		}

		public String getState() {
			return _state;
		}

		private Row(Person person, DateTimeFormatter dateTimeFormatter) {
			_id = person.externalId();
			_lastName = person.lastName();
			_firstName = person.firstName();
			_profile = person.profile().key();
			_birthDate = person.birthDate().map(
				dateTimeFormatter::format
			).orElse(
				""
			);
			_classCode = person.classCode().orElse("");
			_groups = String.join(", ", person.groupCodes());

			List<String> functions = new ArrayList<>();

			for (StaffFunction function : person.functions()) {
				functions.add(function.name());
			}

			_functions = String.join(", ", functions);
			_source = person.source().name();
			_state = person.state().name().toLowerCase(Locale.ROOT);
		}

		private final String _birthDate;
		private final String _classCode;
		private final String _firstName;
		private final String _functions;
		private final String _groups;
		private final String _id;
		private final String _lastName;
		private final String _profile;
		private final String _source;
		private final String _state;

	}

	private Map<String, String> _parameters(int page) {
		Map<String, String> parameters = new LinkedHashMap<>();

		parameters.put("uai", _uai);

		if (!_profile.isEmpty()) {
			parameters.put("profile", _profile);
		}

		if (!_classCode.isEmpty()) {
			parameters.put("class", _classCode);
		}

		if (!_groupCode.isEmpty()) {
			parameters.put("group", _groupCode);
		}

		parameters.put("page", String.valueOf(page));

		return Collections.unmodifiableMap(parameters);
	}

	private final List<String> _classCodes;
	private final String _classCode;
	private final int _first;
	private final String _groupCode;
	private final List<String> _groupCodes;
	private final int _last;
	private final Map<String, String> _nextPage;
	private final Map<String, String> _previousPage;
	private final String _profile;
	private final List<String> _profiles;
	private final List<Row> _rows;
	private final int _total;
	private final String _uai;

}
