package org.preau.web.directory;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.preau.core.directory.model.DirectoryEntry;
import org.preau.core.directory.model.Person;
import org.preau.core.directory.model.StaffFunction;
import org.preau.core.directory.model.TeachingAssignment;
import org.preau.core.directory.model.UserCard;

/**
 * The view model of a person's card: identity and login, profile, functions, state and source, class and level,
 * groups, what they teach, and their parents or children with links to their cards.
 */
public class UserCardDisplayContext {

	public UserCardDisplayContext(UserCard userCard) {
		Person person = userCard.person();

		_id = person.externalId();
		_uai = person.uai().value();
		_login = userCard.entry().login().orElse("");
		_lastName = person.lastName();
		_firstName = person.firstName();
		_displayName = person.displayName();
		_profile = person.profile().key();
		_state = person.state().name().toLowerCase(Locale.ROOT);
		_source = person.source().name();
		_birthDate = person.birthDate().map(
			DateTimeFormatter.ofPattern("dd/MM/yyyy")::format
		).orElse(
			""
		);
		_email = person.email().orElse("");
		_classCode = person.classCode().orElse("");
		_level = userCard.level().map(
			level -> level.label() + " (" + level.mefCode() + ")"
		).orElse(
			""
		);
		_groups = List.copyOf(person.groupCodes());

		List<String> functions = new ArrayList<>();

		for (StaffFunction function : person.functions()) {
			functions.add(function.name().toLowerCase(Locale.ROOT));
		}

		_functions = Collections.unmodifiableList(functions);

		List<Teaching> teachings = new ArrayList<>();

		for (TeachingAssignment teachingAssignment :
				userCard.teachingAssignments()) {

			teachings.add(
				new Teaching(
					teachingAssignment,
					userCard.subjectLabel(teachingAssignment.subjectCode())));
		}

		_teachings = Collections.unmodifiableList(teachings);

		List<Relative> parents = new ArrayList<>();

		for (UserCard.Relative relative : userCard.parents()) {
			parents.add(new Relative(relative));
		}

		_parents = Collections.unmodifiableList(parents);

		List<Relative> children = new ArrayList<>();

		for (UserCard.Relative relative : userCard.children()) {
			children.add(new Relative(relative));
		}

		_children = Collections.unmodifiableList(children);
	}

	public String getBirthDate() {
		return _birthDate;
	}

	public List<Relative> getChildren() {
		return _children;
	}

	public String getClassCode() {
		return _classCode;
	}

	public String getDisplayName() {
		return _displayName;
	}

	public String getEmail() {
		return _email;
	}

	public String getFirstName() {
		return _firstName;
	}

	public List<String> getFunctions() {
		return _functions;
	}

	public List<String> getGroups() {
		return _groups;
	}

	public String getId() {
		return _id;
	}

	public String getLastName() {
		return _lastName;
	}

	public String getLevel() {
		return _level;
	}

	public String getLogin() {
		return _login;
	}

	public List<Relative> getParents() {
		return _parents;
	}

	public String getProfile() {
		return _profile;
	}

	public Map<String, String> getSearch() {
		return Map.of("uai", _uai);
	}

	public String getSource() {
		return _source;
	}

	public String getState() {
		return _state;
	}

	public List<Teaching> getTeachings() {
		return _teachings;
	}

	public String getUai() {
		return _uai;
	}

	/**
	 * A parent or a child, with the link of the relation.
	 */
	public static class Relative {

		public Map<String, String> getCard() {
			return _card;
		}

		public String getClassCode() {
			return _classCode;
		}

		public String getDisplayName() {
			return _displayName;
		}

		public String getKinshipCode() {
			return _kinshipCode;
		}

		public String getLegalLevel() {
			return _legalLevel;
		}

		public String getLogin() {
			return _login;
		}

		public String getProfile() {
			return _profile;
		}

		private Relative(UserCard.Relative relative) {
			DirectoryEntry entry = relative.entry();

			_displayName = entry.person().displayName();
			_login = entry.login().orElse("");
			_profile = entry.person().profile().key();
			_classCode = entry.person().classCode().orElse("");
			_legalLevel = relative.relation(
			).legalLevel(
			).name(
			).toLowerCase(
				Locale.ROOT
			).replace(
				'_', '-'
			);
			_kinshipCode = relative.relation().kinshipCode();

			Map<String, String> card = new LinkedHashMap<>();

			card.put("id", entry.person().externalId());

			_card = Collections.unmodifiableMap(card);
		}

		private final Map<String, String> _card;
		private final String _classCode;
		private final String _displayName;
		private final String _kinshipCode;
		private final String _legalLevel;
		private final String _login;
		private final String _profile;

	}

	/**
	 * What a teacher teaches to one class or group.
	 */
	public static class Teaching {

		public String getStructureCode() {
			return _structureCode;
		}

		public String getSubject() {
			return _subject;
		}

		public boolean isGroup() {
			return _group;
		}

		public boolean isHeadTeacher() {
			return _headTeacher;
		}

		private Teaching(TeachingAssignment teachingAssignment, String subject) {
			_structureCode = teachingAssignment.structureCode();
			_group = teachingAssignment.isGroup();
			_headTeacher = teachingAssignment.headTeacher();
			_subject = subject;
		}

		private final boolean _group;
		private final boolean _headTeacher;
		private final String _structureCode;
		private final String _subject;

	}

	private final String _birthDate;
	private final List<Relative> _children;
	private final String _classCode;
	private final String _displayName;
	private final String _email;
	private final String _firstName;
	private final List<String> _functions;
	private final List<String> _groups;
	private final String _id;
	private final String _lastName;
	private final String _level;
	private final String _login;
	private final List<Relative> _parents;
	private final String _profile;
	private final String _source;
	private final String _state;
	private final List<Teaching> _teachings;
	private final String _uai;

}
