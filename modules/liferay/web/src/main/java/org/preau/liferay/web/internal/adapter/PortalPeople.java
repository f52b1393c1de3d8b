package org.preau.liferay.web.internal.adapter;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.model.UserGroup;
import com.liferay.portal.kernel.service.RoleLocalService;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.service.UserGroupLocalService;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.workflow.WorkflowConstants;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.LongSupplier;

import org.preau.core.directory.model.DirectoryEntry;
import org.preau.core.directory.model.Person;
import org.preau.core.directory.model.PersonState;
import org.preau.core.directory.model.Profile;
import org.preau.core.directory.model.Source;
import org.preau.core.directory.model.StaffFunction;
import org.preau.core.directory.model.Uai;
import org.preau.core.directory.port.out.People;
import org.preau.core.imports.model.PersonRecord;
import org.preau.core.imports.model.SourceKey;
import org.preau.liferay.web.constants.PreauExpandoConstants;

/**
 * People as portal users of the company. A user is a person when it carries an external ID; the rest of the person is
 * kept in custom fields of the user, so that reading a person back gives exactly what was saved and an import run
 * twice finds nothing to change. On top of that the person is placed where the portal looks: a member of their
 * establishment's organization, holding the regular role of their profile, a member of the user groups of their class
 * and groups, and inactive while suspended. Saving writes only what differs.
 */
public class PortalPeople implements People {

	public PortalPeople(
		LongSupplier companyIdSupplier, OrganizationUais organizationUais,
		RoleLocalService roleLocalService,
		StructureUserGroups structureUserGroups, CustomFields userFields,
		UserGroupLocalService userGroupLocalService,
		UserLocalService userLocalService) {

		_companyIdSupplier = companyIdSupplier;
		_portalUsers = new PortalUsers(
			organizationUais, roleLocalService, userLocalService);
		_structureUserGroups = structureUserGroups;
		_userFields = userFields;
		_userGroupLocalService = userGroupLocalService;
		_userLocalService = userLocalService;

		_screenNames = new ScreenNames(
			screenName ->
				_userLocalService.fetchUserByScreenName(
					_companyIdSupplier.getAsLong(), screenName) != null);
	}

	/**
	 * Returns the people of an establishment whatever their state, each with their login: the screen name of their
	 * user.
	 */
	public List<DirectoryEntry> entries(Uai uai) {
		long companyId = _companyIdSupplier.getAsLong();

		List<DirectoryEntry> entries = new ArrayList<>();

		for (User user : _users(companyId, uai)) {
			entries.add(
				new DirectoryEntry(
					_toPerson(companyId, user), user.getScreenName()));
		}

		return entries;
	}

	/**
	 * Returns the person of an external ID with their login.
	 */
	public Optional<DirectoryEntry> entry(String externalId) {
		long companyId = _companyIdSupplier.getAsLong();

		return _fetchUser(
			companyId, externalId
		).map(
			user -> new DirectoryEntry(
				_toPerson(companyId, user), user.getScreenName())
		);
	}

	@Override
	public Optional<Person> find(String externalId) {
		long companyId = _companyIdSupplier.getAsLong();

		return _fetchUser(
			companyId, externalId
		).map(
			user -> _toPerson(companyId, user)
		);
	}

	@Override
	public List<Person> list(Uai uai, Profile profile, int offset, int limit) {
		List<Person> people = new ArrayList<>();

		for (PersonRecord personRecord : records(uai)) {
			if (personRecord.person(
				).profile() == profile) {

				people.add(personRecord.person());
			}
		}

		people.sort(
			Comparator.comparing(
				Person::lastName
			).thenComparing(
				Person::firstName
			).thenComparing(
				Person::externalId
			));

		int fromIndex = Math.min(Math.max(offset, 0), people.size());
		int toIndex = (int)Math.min(
			(long)fromIndex + Math.max(limit, 0), people.size());

		return new ArrayList<>(people.subList(fromIndex, toIndex));
	}

	/**
	 * Returns the people of an establishment whatever their state, with their lifecycle dates and the keys other
	 * sources know them by.
	 */
	public List<PersonRecord> records(Uai uai) {
		long companyId = _companyIdSupplier.getAsLong();

		List<PersonRecord> personRecords = new ArrayList<>();

		for (User user : _users(companyId, uai)) {
			long userId = user.getUserId();

			personRecords.add(
				new PersonRecord(
					_toPerson(companyId, user),
					_date(
						companyId, userId,
						PreauExpandoConstants.USER_DETACHED_ON),
					_date(
						companyId, userId,
						PreauExpandoConstants.USER_DELETION_PROPOSED_ON),
					parseSourceKeys(
						_userFields.get(
							companyId, userId,
							PreauExpandoConstants.USER_SOURCE_KEYS))));
		}

		return personRecords;
	}

	@Override
	public void save(Person person) {
		long companyId = _companyIdSupplier.getAsLong();

		User user = _fetchUser(
			companyId, person.externalId()
		).orElse(
			null
		);

		String previousProfile = "";
		String previousUai = "";

		if (user == null) {
			user = _addUser(companyId, person);
		}
		else {
			previousProfile = _userFields.get(
				companyId, user.getUserId(),
				PreauExpandoConstants.USER_PROFILE);
			previousUai = _userFields.get(
				companyId, user.getUserId(), PreauExpandoConstants.USER_UAI);

			_updateNames(user, person);
		}

		_updateFields(companyId, user.getUserId(), person);
		_updateStatus(user, person.state());
		_portalUsers.updateOrganization(
			companyId, user.getUserId(), previousUai, person.uai());
		_portalUsers.updateRole(
			companyId, user.getUserId(), previousProfile, person.profile());
		_updateUserGroups(companyId, user.getUserId(), person);
	}

	/**
	 * Returns the user ID of the person the source key of their owner names.
	 */
	public Optional<Long> userId(long companyId, String externalId) {
		return _userFields.classPK(
			companyId, PreauExpandoConstants.USER_EXTERNAL_ID, externalId);
	}

	/**
	 * The staff functions as the user's functions field keeps them: their codes, separated by commas.
	 */
	static String formatFunctions(Set<StaffFunction> functions) {
		StringJoiner stringJoiner = new StringJoiner(",");

		for (StaffFunction function : functions) {
			stringJoiner.add(function.name());
		}

		return stringJoiner.toString();
	}

	static String formatSourceKeys(Set<SourceKey> sourceKeys) {
		StringJoiner stringJoiner = new StringJoiner("\n");

		for (SourceKey sourceKey : sourceKeys) {
			stringJoiner.add(sourceKey.source() + ":" + sourceKey.id());
		}

		return stringJoiner.toString();
	}

	static Set<StaffFunction> parseFunctions(String text) {
		Set<StaffFunction> functions = EnumSet.noneOf(StaffFunction.class);

		for (String function : text.split(",")) {
			if (!function.isEmpty()) {
				functions.add(StaffFunction.valueOf(function));
			}
		}

		return functions;
	}

	static Set<SourceKey> parseSourceKeys(String text) {
		Set<SourceKey> sourceKeys = new LinkedHashSet<>();

		for (String line : text.split("\n")) {
			int index = line.indexOf(':');

			if (index > 0) {
				sourceKeys.add(
					SourceKey.of(
						Source.valueOf(line.substring(0, index)),
						line.substring(index + 1)));
			}
		}

		return sourceKeys;
	}

	private User _addUser(long companyId, Person person) {
		User user = _portalUsers.add(
			companyId,
			_screenNames.unique(person.firstName(), person.lastName()),
			person.firstName(), person.lastName(),
			person.email(
			).orElse(
				null
			),
			person.birthDate(
			).orElse(
				null
			),
			person.uai(), person.profile());

		_userFields.set(
			companyId, user.getUserId(), PreauExpandoConstants.USER_EXTERNAL_ID,
			person.externalId());

		return user;
	}

	private LocalDate _date(long companyId, long userId, String columnName) {
		String data = _userFields.get(companyId, userId, columnName);

		if (data.isEmpty()) {
			return null;
		}

		return LocalDate.parse(data);
	}

	private Optional<User> _fetchUser(long companyId, String externalId) {
		return userId(
			companyId, externalId
		).map(
			_userLocalService::fetchUser
		);
	}

	private Person _toPerson(long companyId, User user) {
		long userId = user.getUserId();

		Uai uai = Uai.of(
			_userFields.get(companyId, userId, PreauExpandoConstants.USER_UAI));

		Person.Builder builder = Person.builder(
		).classCode(
			_userFields.get(
				companyId, userId, PreauExpandoConstants.USER_CLASS)
		).email(
			_userFields.get(
				companyId, userId, PreauExpandoConstants.USER_EMAIL)
		).externalId(
			_userFields.get(
				companyId, userId, PreauExpandoConstants.USER_EXTERNAL_ID)
		).firstName(
			user.getFirstName()
		).ine(
			_userFields.get(companyId, userId, PreauExpandoConstants.USER_INE)
		).lastName(
			user.getLastName()
		).profile(
			Profile.valueOf(
				_userFields.get(
					companyId, userId, PreauExpandoConstants.USER_PROFILE))
		).source(
			Source.valueOf(
				_userFields.get(
					companyId, userId, PreauExpandoConstants.USER_SOURCE))
		).state(
			PersonState.valueOf(
				_userFields.get(
					companyId, userId, PreauExpandoConstants.USER_STATE))
		).uai(
			uai
		);

		LocalDate birthDate = _date(
			companyId, userId, PreauExpandoConstants.USER_BIRTH_DATE);

		if (birthDate != null) {
			builder.birthDate(birthDate);
		}

		for (StaffFunction function :
				parseFunctions(
					_userFields.get(
						companyId, userId,
						PreauExpandoConstants.USER_FUNCTIONS))) {

			builder.function(function);
		}

		String groupPrefix = UserGroupNames.groupPrefix(uai);

		for (UserGroup userGroup :
				_userGroupLocalService.getUserUserGroups(userId)) {

			String name = userGroup.getName();

			if (name.startsWith(groupPrefix)) {
				builder.group(name.substring(groupPrefix.length()));
			}
		}

		return builder.build();
	}

	private void _updateFields(long companyId, long userId, Person person) {
		_userFields.set(
			companyId, userId, PreauExpandoConstants.USER_BIRTH_DATE,
			person.birthDate(
			).map(
				LocalDate::toString
			).orElse(
				""
			));
		_userFields.set(
			companyId, userId, PreauExpandoConstants.USER_CLASS,
			person.classCode(
			).orElse(
				""
			));
		_userFields.set(
			companyId, userId, PreauExpandoConstants.USER_EMAIL,
			person.email(
			).orElse(
				""
			));
		_userFields.set(
			companyId, userId, PreauExpandoConstants.USER_FUNCTIONS,
			formatFunctions(person.functions()));
		_userFields.set(
			companyId, userId, PreauExpandoConstants.USER_INE,
			person.ine(
			).orElse(
				""
			));
		_userFields.set(
			companyId, userId, PreauExpandoConstants.USER_PROFILE,
			person.profile(
			).name());
		_userFields.set(
			companyId, userId, PreauExpandoConstants.USER_SOURCE,
			person.source(
			).name());
		_userFields.set(
			companyId, userId, PreauExpandoConstants.USER_STATE,
			person.state(
			).name());
		_userFields.set(
			companyId, userId, PreauExpandoConstants.USER_UAI,
			person.uai(
			).value());
	}

	private void _updateNames(User user, Person person) {
		if (person.firstName(
			).equals(
				user.getFirstName()
			) &&
			person.lastName(
			).equals(
				user.getLastName()
			)) {

			return;
		}

		user.setFirstName(person.firstName());
		user.setLastName(person.lastName());

		_userLocalService.updateUser(user);
	}

	private void _updateStatus(User user, PersonState personState) {
		int status = WorkflowConstants.STATUS_APPROVED;

		if (personState == PersonState.SUSPENDED) {
			status = WorkflowConstants.STATUS_INACTIVE;
		}

		if (user.getStatus() == status) {
			return;
		}

		try {
			_userLocalService.updateStatus(
				user.getUserId(), status, new ServiceContext());
		}
		catch (PortalException portalException) {
			throw new IllegalStateException(
				"cannot change the status of user " + user.getUserId(),
				portalException);
		}
	}

	private void _updateUserGroups(long companyId, long userId, Person person) {
		Set<String> names = new HashSet<>();

		if (person.classCode(
			).isPresent()) {

			names.add(
				UserGroupNames.className(
					person.uai(),
					person.classCode(
					).get()));
		}

		for (String groupCode : person.groupCodes()) {
			names.add(UserGroupNames.groupName(person.uai(), groupCode));
		}

		Set<String> present = new HashSet<>();

		try {
			for (UserGroup userGroup :
					_userGroupLocalService.getUserUserGroups(userId)) {

				String name = userGroup.getName();

				if (!UserGroupNames.isStructureName(name)) {
					continue;
				}

				if (names.contains(name)) {
					present.add(name);
				}
				else {
					_userLocalService.deleteUserGroupUser(
						userGroup.getUserGroupId(), userId);
				}
			}
		}
		catch (PortalException portalException) {
			throw new IllegalStateException(
				"cannot remove user " + userId + " from a user group",
				portalException);
		}

		for (String name : names) {
			if (!present.contains(name)) {
				UserGroup userGroup = _structureUserGroups.getOrAdd(
					companyId, name);

				_userLocalService.addUserGroupUser(
					userGroup.getUserGroupId(), userId);
			}
		}
	}

	/**
	 * The users of an establishment that are people of the directory.
	 */
	private List<User> _users(long companyId, Uai uai) {
		List<User> users = new ArrayList<>();

		for (long userId :
				_userFields.classPKs(
					companyId, PreauExpandoConstants.USER_UAI, uai.value())) {

			User user = _userLocalService.fetchUser(userId);

			if ((user != null) &&
				!_userFields.get(
					companyId, userId, PreauExpandoConstants.USER_EXTERNAL_ID
				).isEmpty()) {

				users.add(user);
			}
		}

		return users;
	}

	private final LongSupplier _companyIdSupplier;
	private final PortalUsers _portalUsers;
	private final ScreenNames _screenNames;
	private final StructureUserGroups _structureUserGroups;
	private final CustomFields _userFields;
	private final UserGroupLocalService _userGroupLocalService;
	private final UserLocalService _userLocalService;

}
