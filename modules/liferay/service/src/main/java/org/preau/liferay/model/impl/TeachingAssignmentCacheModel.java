/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package org.preau.liferay.model.impl;

import com.liferay.petra.lang.HashUtil;
import com.liferay.petra.string.StringBundler;
import com.liferay.portal.kernel.model.CacheModel;

import java.io.Externalizable;
import java.io.IOException;
import java.io.ObjectInput;
import java.io.ObjectOutput;

import java.util.Date;

import org.preau.liferay.model.TeachingAssignment;

/**
 * The cache model class for representing TeachingAssignment in entity cache.
 *
 * @author Préau
 * @generated
 */
public class TeachingAssignmentCacheModel
	implements CacheModel<TeachingAssignment>, Externalizable {

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof TeachingAssignmentCacheModel)) {
			return false;
		}

		TeachingAssignmentCacheModel teachingAssignmentCacheModel =
			(TeachingAssignmentCacheModel)object;

		if (teachingAssignmentId ==
				teachingAssignmentCacheModel.teachingAssignmentId) {

			return true;
		}

		return false;
	}

	@Override
	public int hashCode() {
		return HashUtil.hash(0, teachingAssignmentId);
	}

	@Override
	public String toString() {
		StringBundler sb = new StringBundler(21);

		sb.append("{teachingAssignmentId=");
		sb.append(teachingAssignmentId);
		sb.append(", companyId=");
		sb.append(companyId);
		sb.append(", createDate=");
		sb.append(createDate);
		sb.append(", modifiedDate=");
		sb.append(modifiedDate);
		sb.append(", uai=");
		sb.append(uai);
		sb.append(", teacherExternalId=");
		sb.append(teacherExternalId);
		sb.append(", structureCode=");
		sb.append(structureCode);
		sb.append(", groupStructure=");
		sb.append(groupStructure);
		sb.append(", subjectCode=");
		sb.append(subjectCode);
		sb.append(", headTeacher=");
		sb.append(headTeacher);
		sb.append("}");

		return sb.toString();
	}

	@Override
	public TeachingAssignment toEntityModel() {
		TeachingAssignmentImpl teachingAssignmentImpl =
			new TeachingAssignmentImpl();

		teachingAssignmentImpl.setTeachingAssignmentId(teachingAssignmentId);
		teachingAssignmentImpl.setCompanyId(companyId);

		if (createDate == Long.MIN_VALUE) {
			teachingAssignmentImpl.setCreateDate(null);
		}
		else {
			teachingAssignmentImpl.setCreateDate(new Date(createDate));
		}

		if (modifiedDate == Long.MIN_VALUE) {
			teachingAssignmentImpl.setModifiedDate(null);
		}
		else {
			teachingAssignmentImpl.setModifiedDate(new Date(modifiedDate));
		}

		if (uai == null) {
			teachingAssignmentImpl.setUai("");
		}
		else {
			teachingAssignmentImpl.setUai(uai);
		}

		if (teacherExternalId == null) {
			teachingAssignmentImpl.setTeacherExternalId("");
		}
		else {
			teachingAssignmentImpl.setTeacherExternalId(teacherExternalId);
		}

		if (structureCode == null) {
			teachingAssignmentImpl.setStructureCode("");
		}
		else {
			teachingAssignmentImpl.setStructureCode(structureCode);
		}

		teachingAssignmentImpl.setGroupStructure(groupStructure);

		if (subjectCode == null) {
			teachingAssignmentImpl.setSubjectCode("");
		}
		else {
			teachingAssignmentImpl.setSubjectCode(subjectCode);
		}

		teachingAssignmentImpl.setHeadTeacher(headTeacher);

		teachingAssignmentImpl.resetOriginalValues();

		return teachingAssignmentImpl;
	}

	@Override
	public void readExternal(ObjectInput objectInput) throws IOException {
		teachingAssignmentId = objectInput.readLong();

		companyId = objectInput.readLong();
		createDate = objectInput.readLong();
		modifiedDate = objectInput.readLong();
		uai = objectInput.readUTF();
		teacherExternalId = objectInput.readUTF();
		structureCode = objectInput.readUTF();

		groupStructure = objectInput.readBoolean();
		subjectCode = objectInput.readUTF();

		headTeacher = objectInput.readBoolean();
	}

	@Override
	public void writeExternal(ObjectOutput objectOutput) throws IOException {
		objectOutput.writeLong(teachingAssignmentId);

		objectOutput.writeLong(companyId);
		objectOutput.writeLong(createDate);
		objectOutput.writeLong(modifiedDate);

		if (uai == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(uai);
		}

		if (teacherExternalId == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(teacherExternalId);
		}

		if (structureCode == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(structureCode);
		}

		objectOutput.writeBoolean(groupStructure);

		if (subjectCode == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(subjectCode);
		}

		objectOutput.writeBoolean(headTeacher);
	}

	public long teachingAssignmentId;
	public long companyId;
	public long createDate;
	public long modifiedDate;
	public String uai;
	public String teacherExternalId;
	public String structureCode;
	public boolean groupStructure;
	public String subjectCode;
	public boolean headTeacher;

}