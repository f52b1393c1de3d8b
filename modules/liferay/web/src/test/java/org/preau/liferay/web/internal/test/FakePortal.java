package org.preau.liferay.web.internal.test;

import com.liferay.counter.kernel.service.CounterLocalService;
import com.liferay.expando.kernel.model.ExpandoTableConstants;
import com.liferay.expando.kernel.service.ExpandoValueLocalService;
import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.model.Role;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.model.UserGroup;
import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.service.RoleLocalService;
import com.liferay.portal.kernel.service.UserGroupLocalService;
import com.liferay.portal.kernel.service.UserLocalService;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.preau.liferay.model.AuditEvent;
import org.preau.liferay.model.DirectoryMerge;
import org.preau.liferay.model.DirectoryMergedKey;
import org.preau.liferay.model.ImportRun;
import org.preau.liferay.model.ParentRelation;
import org.preau.liferay.model.TeachingAssignment;
import org.preau.liferay.service.AuditEventLocalService;
import org.preau.liferay.service.DirectoryMergeLocalService;
import org.preau.liferay.service.DirectoryMergedKeyLocalService;
import org.preau.liferay.service.ImportRunLocalService;
import org.preau.liferay.service.ParentRelationLocalService;
import org.preau.liferay.service.TeachingAssignmentLocalService;
import org.preau.liferay.web.constants.PreauRoleConstants;

/**
 * One portal instance in memory: users, organizations, user groups, roles, memberships, custom field values and
 * Préau's own rows, behind doubles of the services the adapters call. Every write to the directory (not to the import
 * history nor to the audit trail, which each run appends to) counts, so that a test can tell that a run changed
 * nothing. Like the portal, it refuses a second user with the same screen name or address.
 */
public class FakePortal {

	public static final long COMPANY_ID = 1L;

	public FakePortal() {
		for (String name :
				List.of(
					PreauRoleConstants.ESTABLISHMENT_ADMINISTRATOR,
					PreauRoleConstants.GUEST, PreauRoleConstants.PARENT,
					PreauRoleConstants.PUPIL, PreauRoleConstants.STAFF,
					PreauRoleConstants.TEACHER)) {

			long roleId = _nextId++;

			_roles.put(
				roleId,
				Fakes.model(
					Role.class,
					Fakes.properties(
						"companyId", COMPANY_ID, "name", name, "roleId",
						roleId)));
		}
	}

	/**
	 * Adds a user who is no one of the directory, such as an administrator who starts imports.
	 */
	public User addUser(String screenName) {
		long userId = _nextId++;

		User user = Fakes.model(
			User.class,
			Fakes.properties(
				"companyId", COMPANY_ID, "firstName", screenName, "fullName",
				screenName, "lastName", screenName, "screenName", screenName,
				"userId", userId));

		_users.put(userId, user);

		return user;
	}

	public AuditEventLocalService auditEventLocalService() {
		return Fakes.service(
			AuditEventLocalService.class,
			Map.of(
				"addAuditEvent",
				arguments -> {
					AuditEvent auditEvent = Fakes.model(
						AuditEvent.class,
						Fakes.properties(
							"action", arguments[2], "actor", arguments[1],
							"companyId", arguments[0], "createDate", new Date(),
							"detail", arguments[5], "outcome", arguments[4],
							"target", arguments[3]));

					_auditEvents.add(0, auditEvent);

					return auditEvent;
				}));
	}

	public List<AuditEvent> auditEvents() {
		return _auditEvents;
	}

	public CounterLocalService counterLocalService() {
		return Fakes.service(
			CounterLocalService.class,
			Map.of("increment", arguments -> _nextId++));
	}

	public DirectoryMergedKeyLocalService directoryMergedKeyLocalService() {
		return Fakes.service(
			DirectoryMergedKeyLocalService.class,
			Map.of(
				"addDirectoryMergedKey",
				arguments -> {

					// (companyId, uai, source, sourceId, survivorExternalId, directoryMergeId)

					_writes++;

					DirectoryMergedKey directoryMergedKey = Fakes.model(
						DirectoryMergedKey.class,
						Fakes.properties(
							"companyId", arguments[0], "directoryMergeId",
							arguments[5], "directoryMergedKeyId", _nextId++,
							"source", arguments[2], "sourceId", arguments[3],
							"survivorExternalId", arguments[4], "uai",
							arguments[1]));

					_directoryMergedKeys.add(directoryMergedKey);

					return directoryMergedKey;
				},
				"deleteDirectoryMergedKeys",
				arguments -> {
					_writes++;

					_directoryMergedKeys.removeIf(
						row -> arguments[0].equals(row.getDirectoryMergeId()));

					return null;
				},
				"getDirectoryMergedKeys",
				arguments -> _filter(
					_directoryMergedKeys,
					row -> arguments[0].equals(row.getCompanyId()) &&
						   arguments[1].equals(row.getUai()))));
	}

	public List<DirectoryMergedKey> directoryMergedKeys() {
		return _directoryMergedKeys;
	}

	public DirectoryMergeLocalService directoryMergeLocalService() {
		return Fakes.service(
			DirectoryMergeLocalService.class,
			Map.of(
				"addDirectoryMerge",
				arguments -> {

					// (companyId, uai, survivorExternalId, absorbedExternalId, actor, createDate, changes)

					_writes++;

					DirectoryMerge directoryMerge = Fakes.model(
						DirectoryMerge.class,
						Fakes.properties(
							"absorbedExternalId", arguments[3], "actor",
							arguments[4], "changes", arguments[6], "companyId",
							arguments[0], "createDate", arguments[5],
							"directoryMergeId", _nextId++,
							"survivorExternalId", arguments[2], "uai",
							arguments[1]));

					_directoryMerges.add(0, directoryMerge);

					return directoryMerge;
				},
				"fetchDirectoryMerge",
				arguments -> _find(
					_directoryMerges,
					row -> arguments[0].equals(row.getDirectoryMergeId())),
				"getDirectoryMerges",
				arguments -> _directoryMerges.stream(
				).filter(
					row -> arguments[0].equals(row.getCompanyId()) &&
						   arguments[1].equals(row.getUai())
				).limit(
					(Integer)arguments[3]
				).collect(
					Collectors.toList()
				),
				"getSurvivorDirectoryMerges",
				arguments -> _filter(
					_directoryMerges,
					row -> arguments[0].equals(row.getCompanyId()) &&
						   arguments[1].equals(row.getSurvivorExternalId())),
				"updateDirectoryMerge",
				arguments -> {
					_writes++;

					return arguments[0];
				}));
	}

	public List<DirectoryMerge> directoryMerges() {
		return _directoryMerges;
	}

	/**
	 * Returns the whole directory as the portal would hold it, one line a row, in a stable order: users and their
	 * memberships, user groups, custom field values, relations and assignments. Two dumps are equal when the
	 * directory is the same.
	 */
	public String dump() {
		StringBuilder sb = new StringBuilder();

		for (User user : _users.values()) {
			sb.append(
				String.join(
					" ", "user", String.valueOf(user.getUserId()),
					user.getScreenName(), user.getFirstName(),
					user.getLastName(), user.getEmailAddress(),
					String.valueOf(user.getStatus()),
					String.valueOf(organizationIds(user.getUserId())),
					String.valueOf(roleNames(user.getUserId())),
					String.valueOf(userGroupNames(user.getUserId())))
			).append(
				'\n'
			);
		}

		for (UserGroup userGroup : _userGroups.values()) {
			sb.append(
				"user group " + userGroup.getUserGroupId() + " " +
					userGroup.getName()
			).append(
				'\n'
			);
		}

		sb.append(_expandoValues.dump());

		_parentRelations.stream(
		).sorted(
			Comparator.comparingLong(ParentRelation::getParentRelationId)
		).forEach(
			row -> sb.append(
				String.join(
					" ", "relation", String.valueOf(row.getParentRelationId()),
					String.valueOf(row.getCompanyId()), row.getUai(),
					row.getParentExternalId(), row.getPupilExternalId(),
					String.valueOf(row.getLegalLevel()), row.getKinshipCode(),
					String.valueOf(row.getCreateDate()),
					String.valueOf(row.getModifiedDate()))
			).append(
				'\n'
			)
		);

		_teachingAssignments.stream(
		).sorted(
			Comparator.comparingLong(
				TeachingAssignment::getTeachingAssignmentId)
		).forEach(
			row -> sb.append(
				String.join(
					" ", "teaching",
					String.valueOf(row.getTeachingAssignmentId()),
					String.valueOf(row.getCompanyId()), row.getUai(),
					row.getTeacherExternalId(), row.getStructureCode(),
					String.valueOf(row.isGroupStructure()),
					row.getSubjectCode(), String.valueOf(row.isHeadTeacher()),
					String.valueOf(row.getCreateDate()),
					String.valueOf(row.getModifiedDate()))
			).append(
				'\n'
			)
		);

		return sb.toString();
	}

	public String expando(Class<?> type, String columnName, long classPK) {
		return _expandoValues.get(
			type.getName(), ExpandoTableConstants.DEFAULT_TABLE_NAME,
			columnName, classPK);
	}

	public ExpandoValueLocalService expandoValueLocalService() {
		return _expandoValues.service();
	}

	/**
	 * Whether the organization was created with a site, which the establishment's pages need.
	 */
	public boolean hasSite(long organizationId) {
		return _organizationSites.getOrDefault(organizationId, false);
	}

	public ImportRunLocalService importRunLocalService() {
		return Fakes.service(
			ImportRunLocalService.class,
			Map.of(
				"addImportRun",
				arguments -> {
					ImportRun importRun = Fakes.model(
						ImportRun.class,
						Fakes.properties(
							"actor", arguments[3], "companyId", arguments[0],
							"endDate", arguments[5], "importRunId", _nextId++,
							"recordCount", arguments[7], "source",
							arguments[2], "startDate", arguments[4], "status",
							arguments[6], "summary", arguments[8], "uai",
							arguments[1]));

					_importRuns.add(0, importRun);

					return importRun;
				},
				"getImportRunsByUai",
				arguments -> _importRuns.stream(
				).filter(
					importRun -> importRun.getUai(
					).equals(
						arguments[0]
					)
				).limit(
					(Integer)arguments[2]
				).collect(
					Collectors.toList()
				)));
	}

	public List<ImportRun> importRuns() {
		return _importRuns;
	}

	public Set<Long> organizationIds(long userId) {
		return _memberIds(_organizationUsers, userId);
	}

	public OrganizationLocalService organizationLocalService() {
		return Fakes.service(
			OrganizationLocalService.class,
			Map.of(
				"addOrganization",
				arguments -> {

					// (userId, parentOrganizationId, name, site)

					_writes++;

					long organizationId = _nextId++;

					Organization organization = Fakes.model(
						Organization.class,
						Fakes.properties(
							"companyId", COMPANY_ID, "name", arguments[2],
							"organizationId", organizationId));

					_organizations.put(organizationId, organization);
					_organizationSites.put(
						organizationId, (Boolean)arguments[3]);

					return organization;
				},
				"fetchOrganization",
				arguments -> _organizations.get(arguments[0]),
				"updateOrganization",
				arguments -> {
					_writes++;

					return arguments[0];
				}));
	}

	public Map<Long, Organization> organizations() {
		return _organizations;
	}

	public List<ParentRelation> parentRelations() {
		return _parentRelations;
	}

	public ParentRelationLocalService parentRelationLocalService() {
		return Fakes.service(
			ParentRelationLocalService.class,
			Map.of(
				"addOrUpdateParentRelation",
				arguments -> {

					// (companyId, uai, parentExternalId, pupilExternalId, legalLevel, kinshipCode)

					ParentRelation parentRelation = _find(
						_parentRelations,
						row -> row.getParentExternalId(
						).equals(
							arguments[2]
						) &&
						row.getPupilExternalId(
						).equals(
							arguments[3]
						));

					if ((parentRelation != null) &&
						Objects.equals(parentRelation.getUai(), arguments[1]) &&
						Objects.equals(
							parentRelation.getLegalLevel(), arguments[4]) &&
						Objects.equals(
							parentRelation.getKinshipCode(), arguments[5])) {

						return parentRelation;
					}

					_writes++;

					if (parentRelation != null) {
						_parentRelations.remove(parentRelation);
					}

					parentRelation = Fakes.model(
						ParentRelation.class,
						Fakes.properties(
							"companyId", arguments[0], "kinshipCode",
							arguments[5], "legalLevel", arguments[4],
							"parentExternalId", arguments[2],
							"parentRelationId", _nextId++, "pupilExternalId",
							arguments[3], "uai", arguments[1]));

					_parentRelations.add(parentRelation);

					return parentRelation;
				},
				"addParentRelation",
				arguments -> {
					_writes++;

					_parentRelations.add((ParentRelation)arguments[0]);

					return arguments[0];
				},
				"createParentRelation",
				arguments -> Fakes.model(
					ParentRelation.class,
					Fakes.properties("parentRelationId", arguments[0])),
				"deleteParentRelation",
				arguments -> {
					_writes++;

					_parentRelations.remove(arguments[0]);

					return arguments[0];
				},
				"fetchParentRelation",
				arguments -> _find(
					_parentRelations,
					row -> arguments[0].equals(row.getParentRelationId())),
				"getParentRelationsByParent",
				arguments -> _filter(
					_parentRelations,
					row -> row.getParentExternalId(
					).equals(
						arguments[0]
					)),
				"getParentRelationsByPupil",
				arguments -> _filter(
					_parentRelations,
					row -> row.getPupilExternalId(
					).equals(
						arguments[0]
					)),
				"getParentRelationsByUai",
				arguments -> _filter(
					_parentRelations,
					row -> row.getUai(
					).equals(
						arguments[0]
					)),
				"updateParentRelation",
				arguments -> {
					_writes++;

					return arguments[0];
				}));
	}

	public Set<String> roleNames(long userId) {
		Set<String> roleNames = new TreeSet<>();

		for (long roleId : _memberIds(_roleUsers, userId)) {
			roleNames.add(
				_roles.get(
					roleId
				).getName());
		}

		return roleNames;
	}

	public RoleLocalService roleLocalService() {
		return Fakes.service(
			RoleLocalService.class,
			Map.of(
				"fetchRole",
				arguments -> _find(
					new ArrayList<>(_roles.values()),
					role -> role.getName(
					).equals(
						arguments[1]
					)),
				"hasUserRole",
				arguments -> roleNames(
					(Long)arguments[0]
				).contains(
					arguments[2]
				)));
	}

	public List<TeachingAssignment> teachingAssignments() {
		return _teachingAssignments;
	}

	public TeachingAssignmentLocalService teachingAssignmentLocalService() {
		return Fakes.service(
			TeachingAssignmentLocalService.class,
			Map.of(
				"addOrUpdateTeachingAssignment",
				arguments -> {

					// (companyId, uai, teacherExternalId, structureCode, groupStructure, subjectCode, headTeacher)

					TeachingAssignment teachingAssignment = _find(
						_teachingAssignments,
						row -> row.getUai(
						).equals(
							arguments[1]
						) &&
						row.getTeacherExternalId(
						).equals(
							arguments[2]
						) &&
						row.getStructureCode(
						).equals(
							arguments[3]
						) &&
						row.getSubjectCode(
						).equals(
							arguments[5]
						));

					if ((teachingAssignment != null) &&
						Objects.equals(
							teachingAssignment.isGroupStructure(),
							arguments[4]) &&
						Objects.equals(
							teachingAssignment.isHeadTeacher(), arguments[6])) {

						return teachingAssignment;
					}

					_writes++;

					if (teachingAssignment != null) {
						_teachingAssignments.remove(teachingAssignment);
					}

					teachingAssignment = Fakes.model(
						TeachingAssignment.class,
						Fakes.properties(
							"companyId", arguments[0], "groupStructure",
							arguments[4], "headTeacher", arguments[6],
							"structureCode", arguments[3], "subjectCode",
							arguments[5], "teacherExternalId", arguments[2],
							"teachingAssignmentId", _nextId++, "uai",
							arguments[1]));

					_teachingAssignments.add(teachingAssignment);

					return teachingAssignment;
				},
				"addTeachingAssignment",
				arguments -> {
					_writes++;

					_teachingAssignments.add((TeachingAssignment)arguments[0]);

					return arguments[0];
				},
				"createTeachingAssignment",
				arguments -> Fakes.model(
					TeachingAssignment.class,
					Fakes.properties("teachingAssignmentId", arguments[0])),
				"deleteTeachingAssignment",
				arguments -> {
					_writes++;

					_teachingAssignments.remove(arguments[0]);

					return arguments[0];
				},
				"fetchTeachingAssignment",
				arguments -> _find(
					_teachingAssignments,
					row -> arguments[0].equals(
						row.getTeachingAssignmentId())),
				"getTeachingAssignmentsByTeacher",
				arguments -> _filter(
					_teachingAssignments,
					row -> row.getTeacherExternalId(
					).equals(
						arguments[0]
					)),
				"getTeachingAssignmentsByUai",
				arguments -> _filter(
					_teachingAssignments,
					row -> row.getUai(
					).equals(
						arguments[0]
					)),
				"updateTeachingAssignment",
				arguments -> {
					_writes++;

					return arguments[0];
				}));
	}

	public User user(String screenName) {
		return _find(
			new ArrayList<>(_users.values()),
			user -> user.getScreenName(
			).equals(
				screenName
			));
	}

	public Set<String> userGroupNames(long userId) {
		Set<String> userGroupNames = new TreeSet<>();

		for (long userGroupId : _memberIds(_userGroupUsers, userId)) {
			userGroupNames.add(
				_userGroups.get(
					userGroupId
				).getName());
		}

		return userGroupNames;
	}

	public UserGroupLocalService userGroupLocalService() {
		return Fakes.service(
			UserGroupLocalService.class,
			Map.of(
				"addUserGroup",
				arguments -> {

					// (userId, companyId, name, description, serviceContext)

					_writes++;

					long userGroupId = _nextId++;

					UserGroup userGroup = Fakes.model(
						UserGroup.class,
						Fakes.properties(
							"companyId", arguments[1], "name", arguments[2],
							"userGroupId", userGroupId));

					_userGroups.put(userGroupId, userGroup);

					return userGroup;
				},
				"fetchUserGroup",
				arguments -> _find(
					new ArrayList<>(_userGroups.values()),
					userGroup -> userGroup.getName(
					).equals(
						arguments[1]
					)),
				"getUserGroups",
				arguments -> new ArrayList<>(_userGroups.values()),
				"getUserUserGroups",
				arguments -> {
					List<UserGroup> userGroups = new ArrayList<>();

					for (long userGroupId :
							_memberIds(_userGroupUsers, (Long)arguments[0])) {

						userGroups.add(_userGroups.get(userGroupId));
					}

					return userGroups;
				}));
	}

	public Map<Long, UserGroup> userGroups() {
		return _userGroups;
	}

	public UserLocalService userLocalService() {
		Map<String, Function<Object[], Object>> answers = new HashMap<>();

		answers.put(
			"addOrganizationUsers",
			arguments -> _addMembers(
				_organizationUsers, (Long)arguments[0], (long[])arguments[1]));
		answers.put(
			"addRoleUser",
			arguments -> _addMembers(
				_roleUsers, (Long)arguments[0],
				new long[] {(Long)arguments[1]}));
		answers.put(
			"addUser",
			arguments -> {

				// (creatorUserId, companyId, autoPassword, password1, password2, autoScreenName, screenName,
				// emailAddress, locale, firstName, middleName, lastName, ...)

				String screenName = (String)arguments[6];
				String emailAddress = (String)arguments[7];

				if ((user(screenName) != null) ||
					(!emailAddress.isEmpty() &&
					 (_userByEmailAddress(emailAddress) != null))) {

					throw new IllegalStateException(
						"duplicate user " + screenName + " " + emailAddress);
				}

				_writes++;

				long userId = _nextId++;

				User user = Fakes.model(
					User.class,
					Fakes.properties(
						"companyId", arguments[1], "emailAddress", emailAddress,
						"firstName", arguments[9], "lastName", arguments[11],
						"screenName", screenName, "status", 0, "userId",
						userId));

				_users.put(userId, user);

				return user;
			});
		answers.put(
			"addUserGroupUser",
			arguments -> _addMembers(
				_userGroupUsers, (Long)arguments[0],
				new long[] {(Long)arguments[1]}));
		answers.put(
			"deleteRoleUser",
			arguments -> _removeMembers(
				_roleUsers, (Long)arguments[0],
				new long[] {(Long)arguments[1]}));
		answers.put(
			"deleteUserGroupUser",
			arguments -> _removeMembers(
				_userGroupUsers, (Long)arguments[0],
				new long[] {(Long)arguments[1]}));
		answers.put("fetchUser", arguments -> _users.get(arguments[0]));
		answers.put(
			"fetchUserByEmailAddress",
			arguments -> _userByEmailAddress((String)arguments[1]));
		answers.put(
			"fetchUserByScreenName",
			arguments -> user((String)arguments[1]));
		answers.put("getGuestUserId", arguments -> 99L);
		answers.put(
			"getUser",
			arguments -> {
				User user = _users.get(arguments[0]);

				if (user == null) {
					throw new IllegalArgumentException(
						"no user " + arguments[0]);
				}

				return user;
			});
		answers.put(
			"hasOrganizationUser",
			arguments -> _memberIds(
				_organizationUsers, (Long)arguments[1]
			).contains(
				arguments[0]
			));
		answers.put(
			"hasRoleUser",
			arguments -> _memberIds(
				_roleUsers, (Long)arguments[1]
			).contains(
				arguments[0]
			));
		answers.put(
			"unsetOrganizationUsers",
			arguments -> _removeMembers(
				_organizationUsers, (Long)arguments[0], (long[])arguments[1]));
		answers.put(
			"updatePassword",
			arguments -> {
				_writes++;

				User user = _users.get(arguments[0]);

				if (!arguments[1].equals(arguments[2])) {
					throw new IllegalArgumentException(
						"the passwords do not match");
				}

				user.setPassword((String)arguments[1]);
				user.setPasswordReset((Boolean)arguments[3]);

				return user;
			});
		answers.put(
			"updateStatus",
			arguments -> {
				_writes++;

				User user = _users.get(arguments[0]);

				user.setStatus((Integer)arguments[1]);

				return user;
			});
		answers.put(
			"updateUser",
			arguments -> {
				_writes++;

				return arguments[0];
			});

		return Fakes.service(UserLocalService.class, answers);
	}

	public Map<Long, User> users() {
		return _users;
	}

	/**
	 * Returns how many writes the directory received: users, organizations, user groups, memberships, custom field
	 * values, relations and assignments.
	 */
	public int writes() {
		return _writes + _expandoValues.writes();
	}

	private static <T> List<T> _filter(
		List<T> rows, Predicate<T> predicate) {

		return rows.stream(
		).filter(
			predicate
		).collect(
			Collectors.toList()
		);
	}

	private static <T> T _find(
		List<T> rows, Predicate<T> predicate) {

		for (T row : rows) {
			if (predicate.test(row)) {
				return row;
			}
		}

		return null;
	}

	private boolean _addMembers(
		Map<Long, Set<Long>> members, long id, long[] userIds) {

		_writes++;

		for (long userId : userIds) {
			members.computeIfAbsent(
				id, key -> new TreeSet<>()
			).add(
				userId
			);
		}

		return true;
	}

	private Set<Long> _memberIds(Map<Long, Set<Long>> members, long userId) {
		Set<Long> ids = new TreeSet<>();

		for (Map.Entry<Long, Set<Long>> entry : members.entrySet()) {
			if (entry.getValue(
				).contains(
					userId
				)) {

				ids.add(entry.getKey());
			}
		}

		return ids;
	}

	private Object _removeMembers(
		Map<Long, Set<Long>> members, long id, long[] userIds) {

		_writes++;

		for (long userId : userIds) {
			members.getOrDefault(
				id, new TreeSet<>()
			).remove(
				userId
			);
		}

		return null;
	}

	private User _userByEmailAddress(String emailAddress) {
		return _find(
			new ArrayList<>(_users.values()),
			user -> emailAddress.equals(user.getEmailAddress()));
	}

	private final List<AuditEvent> _auditEvents = new ArrayList<>();
	private final List<DirectoryMergedKey> _directoryMergedKeys =
		new ArrayList<>();
	private final List<DirectoryMerge> _directoryMerges = new ArrayList<>();
	private final FakeExpandoValues _expandoValues = new FakeExpandoValues();
	private final List<ImportRun> _importRuns = new ArrayList<>();
	private long _nextId = 1000;
	private final Map<Long, Organization> _organizations = new TreeMap<>();
	private final Map<Long, Boolean> _organizationSites = new TreeMap<>();
	private final Map<Long, Set<Long>> _organizationUsers = new TreeMap<>();
	private final List<ParentRelation> _parentRelations = new ArrayList<>();
	private final Map<Long, Role> _roles = new TreeMap<>();
	private final Map<Long, Set<Long>> _roleUsers = new TreeMap<>();
	private final List<TeachingAssignment> _teachingAssignments =
		new ArrayList<>();
	private final Map<Long, UserGroup> _userGroups = new TreeMap<>();
	private final Map<Long, Set<Long>> _userGroupUsers = new TreeMap<>();
	private final Map<Long, User> _users = new TreeMap<>();
	private int _writes;

}
