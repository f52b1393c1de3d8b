/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package org.preau.liferay.service.impl;

import com.liferay.portal.aop.AopService;

import java.util.Date;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import org.preau.liferay.model.TeachingAssignment;
import org.preau.liferay.service.base.TeachingAssignmentLocalServiceBaseImpl;

/**
 * @author Préau
 */
@Component(
	property = "model.class.name=org.preau.liferay.model.TeachingAssignment",
	service = AopService.class
)
public class TeachingAssignmentLocalServiceImpl
	extends TeachingAssignmentLocalServiceBaseImpl {

	/**
	 * Returns the assignment of the teacher to the subject in the class or group, created if missing. Only the
	 * structure kind and the head-teacher flag can change on an existing assignment.
	 */
	@Override
	public TeachingAssignment addOrUpdateTeachingAssignment(
		long companyId, String uai, String teacherExternalId,
		String structureCode, boolean groupStructure, String subjectCode,
		boolean headTeacher) {

		TeachingAssignment teachingAssignment =
			teachingAssignmentPersistence.fetchByU_T_St_Su(
				uai, teacherExternalId, structureCode, subjectCode);

		if (teachingAssignment == null) {
			teachingAssignment = teachingAssignmentPersistence.create(
				counterLocalService.increment());

			teachingAssignment.setCompanyId(companyId);
			teachingAssignment.setCreateDate(new Date());
			teachingAssignment.setUai(uai);
			teachingAssignment.setTeacherExternalId(teacherExternalId);
			teachingAssignment.setStructureCode(structureCode);
			teachingAssignment.setSubjectCode(subjectCode);
		}
		else if ((groupStructure == teachingAssignment.isGroupStructure()) &&
				 (headTeacher == teachingAssignment.isHeadTeacher())) {

			return teachingAssignment;
		}

		teachingAssignment.setModifiedDate(new Date());
		teachingAssignment.setGroupStructure(groupStructure);
		teachingAssignment.setHeadTeacher(headTeacher);

		return teachingAssignmentPersistence.update(teachingAssignment);
	}

	@Override
	public List<TeachingAssignment> getTeachingAssignmentsByStructure(
		String uai, String structureCode) {

		return teachingAssignmentPersistence.findByU_S(uai, structureCode);
	}

	@Override
	public List<TeachingAssignment> getTeachingAssignmentsByTeacher(
		String teacherExternalId) {

		return teachingAssignmentPersistence.findByTeacherExternalId(
			teacherExternalId);
	}

	@Override
	public List<TeachingAssignment> getTeachingAssignmentsByUai(
		String uai, int start, int end) {

		return teachingAssignmentPersistence.findByUai(uai, start, end);
	}

}
