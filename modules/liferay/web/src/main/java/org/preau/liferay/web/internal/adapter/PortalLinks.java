package org.preau.liferay.web.internal.adapter;

import java.util.function.LongSupplier;

import org.preau.core.directory.model.ParentRelation;
import org.preau.core.directory.model.TeachingAssignment;
import org.preau.core.directory.port.out.Links;
import org.preau.liferay.service.ParentRelationLocalService;
import org.preau.liferay.service.TeachingAssignmentLocalService;

/**
 * Relations and teaching assignments in Préau's own tables, which the portal lacks; the services write a row only
 * when it changes.
 */
public class PortalLinks implements Links {

	public PortalLinks(
		LongSupplier companyIdSupplier,
		ParentRelationLocalService parentRelationLocalService,
		TeachingAssignmentLocalService teachingAssignmentLocalService) {

		_companyIdSupplier = companyIdSupplier;
		_parentRelationLocalService = parentRelationLocalService;
		_teachingAssignmentLocalService = teachingAssignmentLocalService;
	}

	@Override
	public void saveRelation(ParentRelation relation) {
		_parentRelationLocalService.addOrUpdateParentRelation(
			_companyIdSupplier.getAsLong(), relation.uai().value(),
			relation.parentId(), relation.pupilId(),
			relation.legalLevel().code(), relation.kinshipCode());
	}

	@Override
	public void saveTeachingAssignment(TeachingAssignment teachingAssignment) {
		_teachingAssignmentLocalService.addOrUpdateTeachingAssignment(
			_companyIdSupplier.getAsLong(), teachingAssignment.uai().value(),
			teachingAssignment.teacherId(),
			teachingAssignment.structureCode(), teachingAssignment.isGroup(),
			teachingAssignment.subjectCode(),
			teachingAssignment.headTeacher());
	}

	private final LongSupplier _companyIdSupplier;
	private final ParentRelationLocalService _parentRelationLocalService;
	private final TeachingAssignmentLocalService
		_teachingAssignmentLocalService;

}
