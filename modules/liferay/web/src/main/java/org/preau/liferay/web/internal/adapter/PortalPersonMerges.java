package org.preau.liferay.web.internal.adapter;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.model.UserGroup;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.service.UserGroupLocalService;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.workflow.WorkflowConstants;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

import org.preau.core.directory.model.StaffFunction;
import org.preau.core.directory.model.Uai;
import org.preau.core.imports.model.SourceKey;
import org.preau.core.merges.model.PersonMerge;
import org.preau.core.merges.port.out.PersonMerges;
import org.preau.liferay.model.DirectoryMerge;
import org.preau.liferay.model.ParentRelation;
import org.preau.liferay.model.TeachingAssignment;
import org.preau.liferay.service.DirectoryMergeLocalService;
import org.preau.liferay.service.DirectoryMergedKeyLocalService;
import org.preau.liferay.service.ParentRelationLocalService;
import org.preau.liferay.service.TeachingAssignmentLocalService;
import org.preau.liferay.web.constants.PreauExpandoConstants;

/**
 * Merges over the portal, each in one portal transaction. The survivor's user joins the user groups of the absorbed
 * person's groups and takes their functions; their parent links and teaching move to the survivor, or are deleted
 * where the survivor has the same link. The absorbed person's user stays, with its screen name (their login, which no
 * one else can then take), but leaves the directory: its external ID is emptied, so that it is no longer a person, it
 * is made inactive, so that it cannot sign in, and it leaves its class and groups; its other custom fields stay as
 * they were. Their source keys go to DirectoryMergedKey, where the reconciler finds whom they now stand for. What the
 * merge changed is kept with it, as properties text, and undoing it puts all of that back.
 */
public class PortalPersonMerges implements PersonMerges {

	public PortalPersonMerges(
		LongSupplier companyIdSupplier,
		DirectoryMergeLocalService directoryMergeLocalService,
		DirectoryMergedKeyLocalService directoryMergedKeyLocalService,
		ParentRelationLocalService parentRelationLocalService,
		PortalPeople portalPeople, PortalTransactions portalTransactions,
		TeachingAssignmentLocalService teachingAssignmentLocalService,
		CustomFields userFields, UserGroupLocalService userGroupLocalService,
		UserLocalService userLocalService) {

		_companyIdSupplier = companyIdSupplier;
		_directoryMergeLocalService = directoryMergeLocalService;
		_directoryMergedKeyLocalService = directoryMergedKeyLocalService;
		_parentRelationLocalService = parentRelationLocalService;
		_portalPeople = portalPeople;
		_portalTransactions = portalTransactions;
		_teachingAssignmentLocalService = teachingAssignmentLocalService;
		_userFields = userFields;
		_userGroupLocalService = userGroupLocalService;
		_userLocalService = userLocalService;
	}

	@Override
	public Optional<PersonMerge> find(long mergeId) {
		return _fetch(
			_companyIdSupplier.getAsLong(), mergeId
		).map(
			PortalPersonMerges::_personMerge
		);
	}

	@Override
	public PersonMerge merge(
		Uai uai, String survivorId, String absorbedId, String actor,
		Instant mergedAt) {

		long companyId = _companyIdSupplier.getAsLong();

		return _portalTransactions.inTransaction(
			() -> _merge(
				companyId, uai, survivorId, absorbedId, actor, mergedAt));
	}

	@Override
	public List<PersonMerge> ofEstablishment(Uai uai, int limit) {
		return _directoryMergeLocalService.getDirectoryMerges(
			_companyIdSupplier.getAsLong(), uai.value(), 0, Math.max(limit, 0)
		).stream(
		).map(
			PortalPersonMerges::_personMerge
		).collect(
			Collectors.toList()
		);
	}

	@Override
	public PersonMerge unmerge(long mergeId, Instant undoneAt) {
		long companyId = _companyIdSupplier.getAsLong();

		return _portalTransactions.inTransaction(
			() -> _unmerge(companyId, mergeId, undoneAt));
	}

	private static List<Long> _ids(Properties changes, String key) {
		List<Long> ids = new ArrayList<>();

		for (String id : _list(changes, key)) {
			ids.add(Long.valueOf(id));
		}

		return ids;
	}

	private static String _join(List<Long> ids) {
		StringJoiner stringJoiner = new StringJoiner(",");

		for (Long id : ids) {
			stringJoiner.add(String.valueOf(id));
		}

		return stringJoiner.toString();
	}

	private static List<String> _list(Properties changes, String key) {
		String value = changes.getProperty(key, "");

		List<String> values = new ArrayList<>();

		if (!value.isEmpty()) {
			for (String part : value.split(",")) {
				values.add(part);
			}
		}

		return values;
	}

	private static Date _optionalDate(Properties changes, String key) {
		String value = changes.getProperty(key);

		if (value == null) {
			return null;
		}

		return new Date(Long.parseLong(value));
	}

	private static PersonMerge _personMerge(DirectoryMerge directoryMerge) {
		Instant undoneAt = null;

		if (directoryMerge.getUndoneDate() != null) {
			undoneAt = directoryMerge.getUndoneDate(
			).toInstant();
		}

		return new PersonMerge(
			directoryMerge.getDirectoryMergeId(),
			Uai.of(directoryMerge.getUai()),
			directoryMerge.getSurvivorExternalId(),
			directoryMerge.getAbsorbedExternalId(), directoryMerge.getActor(),
			directoryMerge.getCreateDate(
			).toInstant(),
			undoneAt);
	}

	private static Properties _read(String text) {
		Properties changes = new Properties();

		try {
			changes.load(new StringReader(text));
		}
		catch (IOException ioException) {
			throw new UncheckedIOException(ioException);
		}

		return changes;
	}

	private static void _setDate(Properties changes, String key, Date date) {
		if (date != null) {
			changes.setProperty(key, String.valueOf(date.getTime()));
		}
	}

	private static String _text(Properties changes) {
		StringWriter stringWriter = new StringWriter();

		try {
			changes.store(stringWriter, null);
		}
		catch (IOException ioException) {
			throw new UncheckedIOException(ioException);
		}

		// The first line is the date Properties writes: the merge's own date is kept beside it

		String text = stringWriter.toString();

		return text.substring(text.indexOf('\n') + 1);
	}

	private void _addUserGroupUsers(long userId, List<Long> userGroupIds) {
		for (long userGroupId : userGroupIds) {
			_userLocalService.addUserGroupUser(userGroupId, userId);
		}
	}

	private void _deleteUserGroupUsers(long userId, List<Long> userGroupIds) {
		try {
			for (long userGroupId : userGroupIds) {
				_userLocalService.deleteUserGroupUser(userGroupId, userId);
			}
		}
		catch (PortalException portalException) {
			throw new IllegalStateException(
				"cannot remove user " + userId + " from a user group",
				portalException);
		}
	}

	private Optional<DirectoryMerge> _fetch(long companyId, long mergeId) {
		DirectoryMerge directoryMerge =
			_directoryMergeLocalService.fetchDirectoryMerge(mergeId);

		if ((directoryMerge == null) ||
			(directoryMerge.getCompanyId() != companyId)) {

			return Optional.empty();
		}

		return Optional.of(directoryMerge);
	}

	private Set<StaffFunction> _functions(long companyId, long userId) {
		return PortalPeople.parseFunctions(
			_userFields.get(
				companyId, userId, PreauExpandoConstants.USER_FUNCTIONS));
	}

	private PersonMerge _merge(
		long companyId, Uai uai, String survivorId, String absorbedId,
		String actor, Instant mergedAt) {

		long survivorUserId = _userId(companyId, uai, survivorId, absorbedId);
		long absorbedUserId = _userId(companyId, uai, absorbedId, survivorId);

		for (DirectoryMerge directoryMerge :
				_directoryMergeLocalService.getSurvivorDirectoryMerges(
					companyId, absorbedId)) {

			if (directoryMerge.getUndoneDate() == null) {
				throw new IllegalArgumentException(
					absorbedId + " absorbed another person (merge " +
						directoryMerge.getDirectoryMergeId() +
							"): undo that merge first");
			}
		}

		Properties changes = new Properties();

		changes.setProperty("absorbed.userId", String.valueOf(absorbedUserId));

		_mergeUserGroups(uai, survivorUserId, absorbedUserId, changes);

		Set<StaffFunction> survivorFunctions = _functions(
			companyId, survivorUserId);

		Set<StaffFunction> addedFunctions = _functions(
			companyId, absorbedUserId);

		addedFunctions.removeAll(survivorFunctions);

		if (!addedFunctions.isEmpty()) {
			survivorFunctions.addAll(addedFunctions);

			_userFields.set(
				companyId, survivorUserId, PreauExpandoConstants.USER_FUNCTIONS,
				PortalPeople.formatFunctions(survivorFunctions));
			changes.setProperty(
				"survivor.functions",
				PortalPeople.formatFunctions(addedFunctions));
		}

		_moveRelations(companyId, survivorId, absorbedId, true, changes);
		_moveRelations(companyId, survivorId, absorbedId, false, changes);
		_moveTeachingAssignments(companyId, survivorId, absorbedId, changes);

		Set<SourceKey> sourceKeys = new LinkedHashSet<>();

		sourceKeys.add(
			SourceKey.of(
				_portalPeople.find(
					absorbedId
				).get(
				).source(),
				absorbedId));
		sourceKeys.addAll(
			PortalPeople.parseSourceKeys(
				_userFields.get(
					companyId, absorbedUserId,
					PreauExpandoConstants.USER_SOURCE_KEYS)));

		User absorbedUser = _userLocalService.fetchUser(absorbedUserId);

		changes.setProperty(
			"absorbed.status", String.valueOf(absorbedUser.getStatus()));

		_userFields.set(
			companyId, absorbedUserId, PreauExpandoConstants.USER_EXTERNAL_ID,
			"");
		_updateStatus(absorbedUserId, WorkflowConstants.STATUS_INACTIVE);

		DirectoryMerge directoryMerge =
			_directoryMergeLocalService.addDirectoryMerge(
				companyId, uai.value(), survivorId, absorbedId,
				(actor.length() > 75) ? actor.substring(0, 75) : actor,
				Date.from(mergedAt), _text(changes));

		for (SourceKey sourceKey : sourceKeys) {
			_directoryMergedKeyLocalService.addDirectoryMergedKey(
				companyId, uai.value(),
				sourceKey.source(
				).name(),
				sourceKey.id(), survivorId,
				directoryMerge.getDirectoryMergeId());
		}

		return _personMerge(directoryMerge);
	}

	/**
	 * Gives the survivor the user groups of the absorbed person's groups they lack, and takes the absorbed person out
	 * of their class and groups.
	 */
	private void _mergeUserGroups(
		Uai uai, long survivorUserId, long absorbedUserId,
		Properties changes) {

		Set<Long> survivorUserGroupIds = new LinkedHashSet<>();

		for (UserGroup userGroup :
				_userGroupLocalService.getUserUserGroups(survivorUserId)) {

			survivorUserGroupIds.add(userGroup.getUserGroupId());
		}

		String groupPrefix = UserGroupNames.groupPrefix(uai);

		List<Long> absorbedUserGroupIds = new ArrayList<>();
		List<Long> addedUserGroupIds = new ArrayList<>();

		for (UserGroup userGroup :
				_userGroupLocalService.getUserUserGroups(absorbedUserId)) {

			String name = userGroup.getName();

			if (!UserGroupNames.isStructureName(name)) {
				continue;
			}

			absorbedUserGroupIds.add(userGroup.getUserGroupId());

			if (name.startsWith(groupPrefix) &&
				!survivorUserGroupIds.contains(userGroup.getUserGroupId())) {

				addedUserGroupIds.add(userGroup.getUserGroupId());
			}
		}

		_addUserGroupUsers(survivorUserId, addedUserGroupIds);
		_deleteUserGroupUsers(absorbedUserId, absorbedUserGroupIds);

		changes.setProperty(
			"absorbed.userGroupIds", _join(absorbedUserGroupIds));
		changes.setProperty("survivor.userGroupIds", _join(addedUserGroupIds));
	}

	/**
	 * Makes the survivor the parent (or the pupil) of the absorbed person's relations; a relation the survivor already
	 * has with the same person is kept as it is, and the absorbed person's is deleted, kept in the changes.
	 */
	private void _moveRelations(
		long companyId, String survivorId, String absorbedId,
		boolean asParent, Properties changes) {

		String kind = asParent ? "parent" : "pupil";

		List<Long> movedIds = new ArrayList<>();
		List<Long> deletedIds = new ArrayList<>();

		for (ParentRelation parentRelation : _relations(absorbedId, asParent)) {
			if (parentRelation.getCompanyId() != companyId) {
				continue;
			}

			String otherId = asParent ? parentRelation.getPupilExternalId() :
				parentRelation.getParentExternalId();

			boolean survivorHasIt = false;

			for (ParentRelation survivorRelation :
					_relations(survivorId, asParent)) {

				if (otherId.equals(
						asParent ? survivorRelation.getPupilExternalId() :
							survivorRelation.getParentExternalId())) {

					survivorHasIt = true;
				}
			}

			long id = parentRelation.getParentRelationId();

			if (survivorHasIt) {
				String prefix = "relation." + id + ".";

				changes.setProperty(
					prefix + "uai", parentRelation.getUai());
				changes.setProperty(
					prefix + "parentExternalId",
					parentRelation.getParentExternalId());
				changes.setProperty(
					prefix + "pupilExternalId",
					parentRelation.getPupilExternalId());
				changes.setProperty(
					prefix + "legalLevel",
					String.valueOf(parentRelation.getLegalLevel()));
				changes.setProperty(
					prefix + "kinshipCode",
					Objects.toString(parentRelation.getKinshipCode(), ""));
				_setDate(
					changes, prefix + "createDate",
					parentRelation.getCreateDate());
				_setDate(
					changes, prefix + "modifiedDate",
					parentRelation.getModifiedDate());

				_parentRelationLocalService.deleteParentRelation(
					parentRelation);

				deletedIds.add(id);
			}
			else {
				if (asParent) {
					parentRelation.setParentExternalId(survivorId);
				}
				else {
					parentRelation.setPupilExternalId(survivorId);
				}

				_parentRelationLocalService.updateParentRelation(
					parentRelation);

				movedIds.add(id);
			}
		}

		changes.setProperty("relations." + kind + ".moved", _join(movedIds));
		changes.setProperty(
			"relations." + kind + ".deleted", _join(deletedIds));
	}

	private void _moveTeachingAssignments(
		long companyId, String survivorId, String absorbedId,
		Properties changes) {

		List<Long> movedIds = new ArrayList<>();
		List<Long> deletedIds = new ArrayList<>();

		for (TeachingAssignment teachingAssignment :
				_teachingAssignmentLocalService.getTeachingAssignmentsByTeacher(
					absorbedId)) {

			if (teachingAssignment.getCompanyId() != companyId) {
				continue;
			}

			boolean survivorHasIt = false;

			for (TeachingAssignment survivorAssignment :
					_teachingAssignmentLocalService.
						getTeachingAssignmentsByTeacher(survivorId)) {

				if (Objects.equals(
						survivorAssignment.getUai(),
						teachingAssignment.getUai()) &&
					Objects.equals(
						survivorAssignment.getStructureCode(),
						teachingAssignment.getStructureCode()) &&
					Objects.equals(
						survivorAssignment.getSubjectCode(),
						teachingAssignment.getSubjectCode())) {

					survivorHasIt = true;
				}
			}

			long id = teachingAssignment.getTeachingAssignmentId();

			if (survivorHasIt) {
				String prefix = "teaching." + id + ".";

				changes.setProperty(prefix + "uai", teachingAssignment.getUai());
				changes.setProperty(
					prefix + "structureCode",
					teachingAssignment.getStructureCode());
				changes.setProperty(
					prefix + "groupStructure",
					String.valueOf(teachingAssignment.isGroupStructure()));
				changes.setProperty(
					prefix + "subjectCode",
					teachingAssignment.getSubjectCode());
				changes.setProperty(
					prefix + "headTeacher",
					String.valueOf(teachingAssignment.isHeadTeacher()));
				_setDate(
					changes, prefix + "createDate",
					teachingAssignment.getCreateDate());
				_setDate(
					changes, prefix + "modifiedDate",
					teachingAssignment.getModifiedDate());

				_teachingAssignmentLocalService.deleteTeachingAssignment(
					teachingAssignment);

				deletedIds.add(id);
			}
			else {
				teachingAssignment.setTeacherExternalId(survivorId);

				_teachingAssignmentLocalService.updateTeachingAssignment(
					teachingAssignment);

				movedIds.add(id);
			}
		}

		changes.setProperty("teaching.moved", _join(movedIds));
		changes.setProperty("teaching.deleted", _join(deletedIds));
	}

	private List<ParentRelation> _relations(
		String externalId, boolean asParent) {

		if (asParent) {
			return _parentRelationLocalService.getParentRelationsByParent(
				externalId);
		}

		return _parentRelationLocalService.getParentRelationsByPupil(
			externalId);
	}

	private void _restoreRelations(
		long companyId, PersonMerge personMerge, boolean asParent,
		Properties changes) {

		String kind = asParent ? "parent" : "pupil";

		for (long id : _ids(changes, "relations." + kind + ".moved")) {
			ParentRelation parentRelation =
				_parentRelationLocalService.fetchParentRelation(id);

			if (parentRelation == null) {
				continue;
			}

			if (asParent &&
				personMerge.survivorId(
				).equals(
					parentRelation.getParentExternalId()
				)) {

				parentRelation.setParentExternalId(personMerge.absorbedId());

				_parentRelationLocalService.updateParentRelation(
					parentRelation);
			}
			else if (!asParent &&
					 personMerge.survivorId(
					 ).equals(
						 parentRelation.getPupilExternalId()
					 )) {

				parentRelation.setPupilExternalId(personMerge.absorbedId());

				_parentRelationLocalService.updateParentRelation(
					parentRelation);
			}
		}

		for (long id : _ids(changes, "relations." + kind + ".deleted")) {
			String prefix = "relation." + id + ".";

			ParentRelation parentRelation =
				_parentRelationLocalService.createParentRelation(id);

			parentRelation.setCompanyId(companyId);
			parentRelation.setCreateDate(
				_optionalDate(changes, prefix + "createDate"));
			parentRelation.setModifiedDate(
				_optionalDate(changes, prefix + "modifiedDate"));
			parentRelation.setUai(changes.getProperty(prefix + "uai"));
			parentRelation.setParentExternalId(
				changes.getProperty(prefix + "parentExternalId"));
			parentRelation.setPupilExternalId(
				changes.getProperty(prefix + "pupilExternalId"));
			parentRelation.setLegalLevel(
				Integer.parseInt(changes.getProperty(prefix + "legalLevel")));
			parentRelation.setKinshipCode(
				changes.getProperty(prefix + "kinshipCode"));

			_parentRelationLocalService.addParentRelation(parentRelation);
		}
	}

	private void _restoreTeachingAssignments(
		long companyId, PersonMerge personMerge, Properties changes) {

		for (long id : _ids(changes, "teaching.moved")) {
			TeachingAssignment teachingAssignment =
				_teachingAssignmentLocalService.fetchTeachingAssignment(id);

			if ((teachingAssignment != null) &&
				personMerge.survivorId(
				).equals(
					teachingAssignment.getTeacherExternalId()
				)) {

				teachingAssignment.setTeacherExternalId(
					personMerge.absorbedId());

				_teachingAssignmentLocalService.updateTeachingAssignment(
					teachingAssignment);
			}
		}

		for (long id : _ids(changes, "teaching.deleted")) {
			String prefix = "teaching." + id + ".";

			TeachingAssignment teachingAssignment =
				_teachingAssignmentLocalService.createTeachingAssignment(id);

			teachingAssignment.setCompanyId(companyId);
			teachingAssignment.setCreateDate(
				_optionalDate(changes, prefix + "createDate"));
			teachingAssignment.setModifiedDate(
				_optionalDate(changes, prefix + "modifiedDate"));
			teachingAssignment.setUai(changes.getProperty(prefix + "uai"));
			teachingAssignment.setTeacherExternalId(personMerge.absorbedId());
			teachingAssignment.setStructureCode(
				changes.getProperty(prefix + "structureCode"));
			teachingAssignment.setGroupStructure(
				Boolean.parseBoolean(
					changes.getProperty(prefix + "groupStructure")));
			teachingAssignment.setSubjectCode(
				changes.getProperty(prefix + "subjectCode"));
			teachingAssignment.setHeadTeacher(
				Boolean.parseBoolean(
					changes.getProperty(prefix + "headTeacher")));

			_teachingAssignmentLocalService.addTeachingAssignment(
				teachingAssignment);
		}
	}

	private PersonMerge _unmerge(
		long companyId, long mergeId, Instant undoneAt) {

		DirectoryMerge directoryMerge = _fetch(
			companyId, mergeId
		).orElseThrow(
			() -> new IllegalArgumentException("no merge " + mergeId)
		);

		PersonMerge personMerge = _personMerge(directoryMerge);

		if (personMerge.isUndone()) {
			throw new IllegalArgumentException(
				personMerge + " was undone already");
		}

		if (_portalPeople.userId(
				companyId, personMerge.absorbedId()
			).isPresent()) {

			throw new IllegalArgumentException(
				"the directory holds " + personMerge.absorbedId() +
					" again: " + personMerge + " cannot be undone");
		}

		long survivorUserId = _portalPeople.userId(
			companyId, personMerge.survivorId()
		).orElseThrow(
			() -> new IllegalArgumentException(
				"the directory no longer holds " + personMerge.survivorId() +
					": " + personMerge + " cannot be undone")
		);

		Properties changes = _read(directoryMerge.getChanges());

		long absorbedUserId = Long.parseLong(
			changes.getProperty("absorbed.userId"));

		_deleteUserGroupUsers(
			survivorUserId, _ids(changes, "survivor.userGroupIds"));

		List<String> addedFunctions = _list(changes, "survivor.functions");

		if (!addedFunctions.isEmpty()) {
			Set<StaffFunction> functions = _functions(
				companyId, survivorUserId);

			for (String function : addedFunctions) {
				functions.remove(StaffFunction.valueOf(function));
			}

			_userFields.set(
				companyId, survivorUserId, PreauExpandoConstants.USER_FUNCTIONS,
				PortalPeople.formatFunctions(functions));
		}

		_restoreRelations(companyId, personMerge, true, changes);
		_restoreRelations(companyId, personMerge, false, changes);
		_restoreTeachingAssignments(companyId, personMerge, changes);

		_userFields.set(
			companyId, absorbedUserId, PreauExpandoConstants.USER_EXTERNAL_ID,
			personMerge.absorbedId());
		_updateStatus(
			absorbedUserId,
			Integer.parseInt(changes.getProperty("absorbed.status")));
		_addUserGroupUsers(
			absorbedUserId, _ids(changes, "absorbed.userGroupIds"));

		_directoryMergedKeyLocalService.deleteDirectoryMergedKeys(mergeId);

		directoryMerge.setUndoneDate(Date.from(undoneAt));

		return _personMerge(
			_directoryMergeLocalService.updateDirectoryMerge(directoryMerge));
	}

	private void _updateStatus(long userId, int status) {
		User user = _userLocalService.fetchUser(userId);

		if (user.getStatus() == status) {
			return;
		}

		try {
			_userLocalService.updateStatus(
				userId, status, new ServiceContext());
		}
		catch (PortalException portalException) {
			throw new IllegalStateException(
				"cannot change the status of user " + userId, portalException);
		}
	}

	/**
	 * The user of a person, once checked that they are of the establishment and of the other person's profile.
	 */
	private long _userId(
		long companyId, Uai uai, String externalId, String otherExternalId) {

		long userId = _portalPeople.userId(
			companyId, externalId
		).orElseThrow(
			() -> new IllegalArgumentException(
				"the directory holds no person " + externalId)
		);

		String personUai = _userFields.get(
			companyId, userId, PreauExpandoConstants.USER_UAI);

		if (!uai.value(
			).equals(
				personUai
			)) {

			throw new IllegalArgumentException(
				externalId + " is a person of " + personUai + ", not of " +
					uai);
		}

		String profile = _userFields.get(
			companyId, userId, PreauExpandoConstants.USER_PROFILE);

		Optional<Long> otherUserId = _portalPeople.userId(
			companyId, otherExternalId);

		if (otherUserId.isPresent()) {
			String otherProfile = _userFields.get(
				companyId, otherUserId.get(),
				PreauExpandoConstants.USER_PROFILE);

			if (!otherProfile.equals(profile)) {
				throw new IllegalArgumentException(
					"only people of one profile can be merged: " + externalId +
						" is " + profile + ", " + otherExternalId + " " +
							otherProfile);
			}
		}

		return userId;
	}

	private final LongSupplier _companyIdSupplier;
	private final DirectoryMergedKeyLocalService
		_directoryMergedKeyLocalService;
	private final DirectoryMergeLocalService _directoryMergeLocalService;
	private final ParentRelationLocalService _parentRelationLocalService;
	private final PortalPeople _portalPeople;
	private final PortalTransactions _portalTransactions;
	private final TeachingAssignmentLocalService
		_teachingAssignmentLocalService;
	private final CustomFields _userFields;
	private final UserGroupLocalService _userGroupLocalService;
	private final UserLocalService _userLocalService;

}
