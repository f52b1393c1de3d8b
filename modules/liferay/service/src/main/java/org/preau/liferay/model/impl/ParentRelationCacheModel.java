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

import org.preau.liferay.model.ParentRelation;

/**
 * The cache model class for representing ParentRelation in entity cache.
 *
 * @author Préau
 * @generated
 */
public class ParentRelationCacheModel
	implements CacheModel<ParentRelation>, Externalizable {

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof ParentRelationCacheModel)) {
			return false;
		}

		ParentRelationCacheModel parentRelationCacheModel =
			(ParentRelationCacheModel)object;

		if (parentRelationId == parentRelationCacheModel.parentRelationId) {
			return true;
		}

		return false;
	}

	@Override
	public int hashCode() {
		return HashUtil.hash(0, parentRelationId);
	}

	@Override
	public String toString() {
		StringBundler sb = new StringBundler(19);

		sb.append("{parentRelationId=");
		sb.append(parentRelationId);
		sb.append(", companyId=");
		sb.append(companyId);
		sb.append(", createDate=");
		sb.append(createDate);
		sb.append(", modifiedDate=");
		sb.append(modifiedDate);
		sb.append(", uai=");
		sb.append(uai);
		sb.append(", parentExternalId=");
		sb.append(parentExternalId);
		sb.append(", pupilExternalId=");
		sb.append(pupilExternalId);
		sb.append(", legalLevel=");
		sb.append(legalLevel);
		sb.append(", kinshipCode=");
		sb.append(kinshipCode);
		sb.append("}");

		return sb.toString();
	}

	@Override
	public ParentRelation toEntityModel() {
		ParentRelationImpl parentRelationImpl = new ParentRelationImpl();

		parentRelationImpl.setParentRelationId(parentRelationId);
		parentRelationImpl.setCompanyId(companyId);

		if (createDate == Long.MIN_VALUE) {
			parentRelationImpl.setCreateDate(null);
		}
		else {
			parentRelationImpl.setCreateDate(new Date(createDate));
		}

		if (modifiedDate == Long.MIN_VALUE) {
			parentRelationImpl.setModifiedDate(null);
		}
		else {
			parentRelationImpl.setModifiedDate(new Date(modifiedDate));
		}

		if (uai == null) {
			parentRelationImpl.setUai("");
		}
		else {
			parentRelationImpl.setUai(uai);
		}

		if (parentExternalId == null) {
			parentRelationImpl.setParentExternalId("");
		}
		else {
			parentRelationImpl.setParentExternalId(parentExternalId);
		}

		if (pupilExternalId == null) {
			parentRelationImpl.setPupilExternalId("");
		}
		else {
			parentRelationImpl.setPupilExternalId(pupilExternalId);
		}

		parentRelationImpl.setLegalLevel(legalLevel);

		if (kinshipCode == null) {
			parentRelationImpl.setKinshipCode("");
		}
		else {
			parentRelationImpl.setKinshipCode(kinshipCode);
		}

		parentRelationImpl.resetOriginalValues();

		return parentRelationImpl;
	}

	@Override
	public void readExternal(ObjectInput objectInput) throws IOException {
		parentRelationId = objectInput.readLong();

		companyId = objectInput.readLong();
		createDate = objectInput.readLong();
		modifiedDate = objectInput.readLong();
		uai = objectInput.readUTF();
		parentExternalId = objectInput.readUTF();
		pupilExternalId = objectInput.readUTF();

		legalLevel = objectInput.readInt();
		kinshipCode = objectInput.readUTF();
	}

	@Override
	public void writeExternal(ObjectOutput objectOutput) throws IOException {
		objectOutput.writeLong(parentRelationId);

		objectOutput.writeLong(companyId);
		objectOutput.writeLong(createDate);
		objectOutput.writeLong(modifiedDate);

		if (uai == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(uai);
		}

		if (parentExternalId == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(parentExternalId);
		}

		if (pupilExternalId == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(pupilExternalId);
		}

		objectOutput.writeInt(legalLevel);

		if (kinshipCode == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(kinshipCode);
		}
	}

	public long parentRelationId;
	public long companyId;
	public long createDate;
	public long modifiedDate;
	public String uai;
	public String parentExternalId;
	public String pupilExternalId;
	public int legalLevel;
	public String kinshipCode;

}