/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package org.preau.liferay.model;

import com.liferay.portal.kernel.model.ModelWrapper;
import com.liferay.portal.kernel.model.wrapper.BaseModelWrapper;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;

/**
 * <p>
 * This class is a wrapper for {@link TeachingAssignment}.
 * </p>
 *
 * @author Préau
 * @see TeachingAssignment
 * @generated
 */
public class TeachingAssignmentWrapper
	extends BaseModelWrapper<TeachingAssignment>
	implements ModelWrapper<TeachingAssignment>, TeachingAssignment {

	public TeachingAssignmentWrapper(TeachingAssignment teachingAssignment) {
		super(teachingAssignment);
	}

	@Override
	public Map<String, Object> getModelAttributes() {
		Map<String, Object> attributes = new HashMap<String, Object>();

		attributes.put("teachingAssignmentId", getTeachingAssignmentId());
		attributes.put("companyId", getCompanyId());
		attributes.put("createDate", getCreateDate());
		attributes.put("modifiedDate", getModifiedDate());
		attributes.put("uai", getUai());
		attributes.put("teacherExternalId", getTeacherExternalId());
		attributes.put("structureCode", getStructureCode());
		attributes.put("groupStructure", isGroupStructure());
		attributes.put("subjectCode", getSubjectCode());
		attributes.put("headTeacher", isHeadTeacher());

		return attributes;
	}

	@Override
	public void setModelAttributes(Map<String, Object> attributes) {
		Long teachingAssignmentId = (Long)attributes.get(
			"teachingAssignmentId");

		if (teachingAssignmentId != null) {
			setTeachingAssignmentId(teachingAssignmentId);
		}

		Long companyId = (Long)attributes.get("companyId");

		if (companyId != null) {
			setCompanyId(companyId);
		}

		Date createDate = (Date)attributes.get("createDate");

		if (createDate != null) {
			setCreateDate(createDate);
		}

		Date modifiedDate = (Date)attributes.get("modifiedDate");

		if (modifiedDate != null) {
			setModifiedDate(modifiedDate);
		}

		String uai = (String)attributes.get("uai");

		if (uai != null) {
			setUai(uai);
		}

		String teacherExternalId = (String)attributes.get("teacherExternalId");

		if (teacherExternalId != null) {
			setTeacherExternalId(teacherExternalId);
		}

		String structureCode = (String)attributes.get("structureCode");

		if (structureCode != null) {
			setStructureCode(structureCode);
		}

		Boolean groupStructure = (Boolean)attributes.get("groupStructure");

		if (groupStructure != null) {
			setGroupStructure(groupStructure);
		}

		String subjectCode = (String)attributes.get("subjectCode");

		if (subjectCode != null) {
			setSubjectCode(subjectCode);
		}

		Boolean headTeacher = (Boolean)attributes.get("headTeacher");

		if (headTeacher != null) {
			setHeadTeacher(headTeacher);
		}
	}

	@Override
	public TeachingAssignment cloneWithOriginalValues() {
		return wrap(model.cloneWithOriginalValues());
	}

	/**
	 * Returns the company ID of this teaching assignment.
	 *
	 * @return the company ID of this teaching assignment
	 */
	@Override
	public long getCompanyId() {
		return model.getCompanyId();
	}

	/**
	 * Returns the create date of this teaching assignment.
	 *
	 * @return the create date of this teaching assignment
	 */
	@Override
	public Date getCreateDate() {
		return model.getCreateDate();
	}

	/**
	 * Returns the group structure of this teaching assignment.
	 *
	 * @return the group structure of this teaching assignment
	 */
	@Override
	public boolean getGroupStructure() {
		return model.getGroupStructure();
	}

	/**
	 * Returns the head teacher of this teaching assignment.
	 *
	 * @return the head teacher of this teaching assignment
	 */
	@Override
	public boolean getHeadTeacher() {
		return model.getHeadTeacher();
	}

	/**
	 * Returns the modified date of this teaching assignment.
	 *
	 * @return the modified date of this teaching assignment
	 */
	@Override
	public Date getModifiedDate() {
		return model.getModifiedDate();
	}

	/**
	 * Returns the primary key of this teaching assignment.
	 *
	 * @return the primary key of this teaching assignment
	 */
	@Override
	public long getPrimaryKey() {
		return model.getPrimaryKey();
	}

	/**
	 * Returns the structure code of this teaching assignment.
	 *
	 * @return the structure code of this teaching assignment
	 */
	@Override
	public String getStructureCode() {
		return model.getStructureCode();
	}

	/**
	 * Returns the subject code of this teaching assignment.
	 *
	 * @return the subject code of this teaching assignment
	 */
	@Override
	public String getSubjectCode() {
		return model.getSubjectCode();
	}

	/**
	 * Returns the teacher external ID of this teaching assignment.
	 *
	 * @return the teacher external ID of this teaching assignment
	 */
	@Override
	public String getTeacherExternalId() {
		return model.getTeacherExternalId();
	}

	/**
	 * Returns the teaching assignment ID of this teaching assignment.
	 *
	 * @return the teaching assignment ID of this teaching assignment
	 */
	@Override
	public long getTeachingAssignmentId() {
		return model.getTeachingAssignmentId();
	}

	/**
	 * Returns the uai of this teaching assignment.
	 *
	 * @return the uai of this teaching assignment
	 */
	@Override
	public String getUai() {
		return model.getUai();
	}

	/**
	 * Returns <code>true</code> if this teaching assignment is group structure.
	 *
	 * @return <code>true</code> if this teaching assignment is group structure; <code>false</code> otherwise
	 */
	@Override
	public boolean isGroupStructure() {
		return model.isGroupStructure();
	}

	/**
	 * Returns <code>true</code> if this teaching assignment is head teacher.
	 *
	 * @return <code>true</code> if this teaching assignment is head teacher; <code>false</code> otherwise
	 */
	@Override
	public boolean isHeadTeacher() {
		return model.isHeadTeacher();
	}

	@Override
	public void persist() {
		model.persist();
	}

	/**
	 * Sets the company ID of this teaching assignment.
	 *
	 * @param companyId the company ID of this teaching assignment
	 */
	@Override
	public void setCompanyId(long companyId) {
		model.setCompanyId(companyId);
	}

	/**
	 * Sets the create date of this teaching assignment.
	 *
	 * @param createDate the create date of this teaching assignment
	 */
	@Override
	public void setCreateDate(Date createDate) {
		model.setCreateDate(createDate);
	}

	/**
	 * Sets whether this teaching assignment is group structure.
	 *
	 * @param groupStructure the group structure of this teaching assignment
	 */
	@Override
	public void setGroupStructure(boolean groupStructure) {
		model.setGroupStructure(groupStructure);
	}

	/**
	 * Sets whether this teaching assignment is head teacher.
	 *
	 * @param headTeacher the head teacher of this teaching assignment
	 */
	@Override
	public void setHeadTeacher(boolean headTeacher) {
		model.setHeadTeacher(headTeacher);
	}

	/**
	 * Sets the modified date of this teaching assignment.
	 *
	 * @param modifiedDate the modified date of this teaching assignment
	 */
	@Override
	public void setModifiedDate(Date modifiedDate) {
		model.setModifiedDate(modifiedDate);
	}

	/**
	 * Sets the primary key of this teaching assignment.
	 *
	 * @param primaryKey the primary key of this teaching assignment
	 */
	@Override
	public void setPrimaryKey(long primaryKey) {
		model.setPrimaryKey(primaryKey);
	}

	/**
	 * Sets the structure code of this teaching assignment.
	 *
	 * @param structureCode the structure code of this teaching assignment
	 */
	@Override
	public void setStructureCode(String structureCode) {
		model.setStructureCode(structureCode);
	}

	/**
	 * Sets the subject code of this teaching assignment.
	 *
	 * @param subjectCode the subject code of this teaching assignment
	 */
	@Override
	public void setSubjectCode(String subjectCode) {
		model.setSubjectCode(subjectCode);
	}

	/**
	 * Sets the teacher external ID of this teaching assignment.
	 *
	 * @param teacherExternalId the teacher external ID of this teaching assignment
	 */
	@Override
	public void setTeacherExternalId(String teacherExternalId) {
		model.setTeacherExternalId(teacherExternalId);
	}

	/**
	 * Sets the teaching assignment ID of this teaching assignment.
	 *
	 * @param teachingAssignmentId the teaching assignment ID of this teaching assignment
	 */
	@Override
	public void setTeachingAssignmentId(long teachingAssignmentId) {
		model.setTeachingAssignmentId(teachingAssignmentId);
	}

	/**
	 * Sets the uai of this teaching assignment.
	 *
	 * @param uai the uai of this teaching assignment
	 */
	@Override
	public void setUai(String uai) {
		model.setUai(uai);
	}

	@Override
	public String toXmlString() {
		return model.toXmlString();
	}

	@Override
	protected TeachingAssignmentWrapper wrap(
		TeachingAssignment teachingAssignment) {

		return new TeachingAssignmentWrapper(teachingAssignment);
	}

}