package org.preau.liferay.web.internal.adapter;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongSupplier;

import org.preau.core.directory.model.ParentRelation;
import org.preau.core.directory.model.TeachingAssignment;
import org.preau.core.imports.model.SourceKey;
import org.preau.core.imports.port.out.DirectoryUpdates;
import org.preau.liferay.model.TeachingAssignmentModel;
import org.preau.liferay.service.ParentRelationLocalService;
import org.preau.liferay.service.TeachingAssignmentLocalService;
import org.preau.liferay.web.constants.PreauExpandoConstants;

/**
 * The lifecycle dates and other sources' keys in custom fields of the person's user, the removal of links in Préau's
 * own tables.
 */
public class PortalDirectoryUpdates implements DirectoryUpdates {

	public PortalDirectoryUpdates(
		LongSupplier companyIdSupplier,
		ParentRelationLocalService parentRelationLocalService,
		PortalPeople portalPeople,
		TeachingAssignmentLocalService teachingAssignmentLocalService,
		CustomFields userFields) {

		_companyIdSupplier = companyIdSupplier;
		_parentRelationLocalService = parentRelationLocalService;
		_portalPeople = portalPeople;
		_teachingAssignmentLocalService = teachingAssignmentLocalService;
		_userFields = userFields;
	}

	@Override
	public void addSourceKey(String externalId, SourceKey key) {
		long companyId = _companyIdSupplier.getAsLong();

		long userId = _userId(companyId, externalId);

		Set<SourceKey> sourceKeys = PortalPeople.parseSourceKeys(
			_userFields.get(
				companyId, userId, PreauExpandoConstants.USER_SOURCE_KEYS));

		if (sourceKeys.add(key)) {
			_userFields.set(
				companyId, userId, PreauExpandoConstants.USER_SOURCE_KEYS,
				PortalPeople.formatSourceKeys(sourceKeys));
		}
	}

	@Override
	public void removeRelation(ParentRelation relation) {
		for (org.preau.liferay.model.ParentRelation parentRelation :
				_parentRelationLocalService.getParentRelationsByParent(
					relation.parentId())) {

			if (relation.pupilId(
				).equals(
					parentRelation.getPupilExternalId()
				)) {

				_parentRelationLocalService.deleteParentRelation(
					parentRelation);
			}
		}
	}

	@Override
	public void removeTeachingAssignment(
		TeachingAssignment teachingAssignment) {

		for (org.preau.liferay.model.TeachingAssignment stored :
				_teachingAssignmentLocalService.
					getTeachingAssignmentsByTeacher(
						teachingAssignment.teacherId())) {

			if (_sameAssignment(teachingAssignment, stored)) {
				_teachingAssignmentLocalService.deleteTeachingAssignment(
					stored);
			}
		}
	}

	@Override
	public void saveLifecycle(
		String externalId, LocalDate detachedOn,
		LocalDate deletionProposedOn) {

		long companyId = _companyIdSupplier.getAsLong();

		long userId = _userId(companyId, externalId);

		_userFields.set(
			companyId, userId, PreauExpandoConstants.USER_DETACHED_ON,
			Objects.toString(detachedOn, ""));
		_userFields.set(
			companyId, userId, PreauExpandoConstants.USER_DELETION_PROPOSED_ON,
			Objects.toString(deletionProposedOn, ""));
	}

	private boolean _sameAssignment(
		TeachingAssignment teachingAssignment, TeachingAssignmentModel stored) {

		if (teachingAssignment.uai(
			).value(
			).equals(
				stored.getUai()
			) &&
			teachingAssignment.structureCode(
			).equals(
				stored.getStructureCode()
			) &&
			teachingAssignment.subjectCode(
			).equals(
				stored.getSubjectCode()
			)) {

			return true;
		}

		return false;
	}

	private long _userId(long companyId, String externalId) {
		return _portalPeople.userId(
			companyId, externalId
		).orElseThrow(
			() -> new IllegalStateException("no user for " + externalId)
		);
	}

	private final LongSupplier _companyIdSupplier;
	private final ParentRelationLocalService _parentRelationLocalService;
	private final PortalPeople _portalPeople;
	private final TeachingAssignmentLocalService
		_teachingAssignmentLocalService;
	private final CustomFields _userFields;

}
