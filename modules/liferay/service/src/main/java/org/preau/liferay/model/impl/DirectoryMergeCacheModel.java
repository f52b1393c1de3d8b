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

import org.preau.liferay.model.DirectoryMerge;

/**
 * The cache model class for representing DirectoryMerge in entity cache.
 *
 * @author Préau
 * @generated
 */
public class DirectoryMergeCacheModel
	implements CacheModel<DirectoryMerge>, Externalizable {

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof DirectoryMergeCacheModel)) {
			return false;
		}

		DirectoryMergeCacheModel directoryMergeCacheModel =
			(DirectoryMergeCacheModel)object;

		if (directoryMergeId == directoryMergeCacheModel.directoryMergeId) {
			return true;
		}

		return false;
	}

	@Override
	public int hashCode() {
		return HashUtil.hash(0, directoryMergeId);
	}

	@Override
	public String toString() {
		StringBundler sb = new StringBundler(19);

		sb.append("{directoryMergeId=");
		sb.append(directoryMergeId);
		sb.append(", companyId=");
		sb.append(companyId);
		sb.append(", createDate=");
		sb.append(createDate);
		sb.append(", uai=");
		sb.append(uai);
		sb.append(", survivorExternalId=");
		sb.append(survivorExternalId);
		sb.append(", absorbedExternalId=");
		sb.append(absorbedExternalId);
		sb.append(", actor=");
		sb.append(actor);
		sb.append(", undoneDate=");
		sb.append(undoneDate);
		sb.append(", changes=");
		sb.append(changes);
		sb.append("}");

		return sb.toString();
	}

	@Override
	public DirectoryMerge toEntityModel() {
		DirectoryMergeImpl directoryMergeImpl = new DirectoryMergeImpl();

		directoryMergeImpl.setDirectoryMergeId(directoryMergeId);
		directoryMergeImpl.setCompanyId(companyId);

		if (createDate == Long.MIN_VALUE) {
			directoryMergeImpl.setCreateDate(null);
		}
		else {
			directoryMergeImpl.setCreateDate(new Date(createDate));
		}

		if (uai == null) {
			directoryMergeImpl.setUai("");
		}
		else {
			directoryMergeImpl.setUai(uai);
		}

		if (survivorExternalId == null) {
			directoryMergeImpl.setSurvivorExternalId("");
		}
		else {
			directoryMergeImpl.setSurvivorExternalId(survivorExternalId);
		}

		if (absorbedExternalId == null) {
			directoryMergeImpl.setAbsorbedExternalId("");
		}
		else {
			directoryMergeImpl.setAbsorbedExternalId(absorbedExternalId);
		}

		if (actor == null) {
			directoryMergeImpl.setActor("");
		}
		else {
			directoryMergeImpl.setActor(actor);
		}

		if (undoneDate == Long.MIN_VALUE) {
			directoryMergeImpl.setUndoneDate(null);
		}
		else {
			directoryMergeImpl.setUndoneDate(new Date(undoneDate));
		}

		if (changes == null) {
			directoryMergeImpl.setChanges("");
		}
		else {
			directoryMergeImpl.setChanges(changes);
		}

		directoryMergeImpl.resetOriginalValues();

		return directoryMergeImpl;
	}

	@Override
	public void readExternal(ObjectInput objectInput)
		throws ClassNotFoundException, IOException {

		directoryMergeId = objectInput.readLong();

		companyId = objectInput.readLong();
		createDate = objectInput.readLong();
		uai = objectInput.readUTF();
		survivorExternalId = objectInput.readUTF();
		absorbedExternalId = objectInput.readUTF();
		actor = objectInput.readUTF();
		undoneDate = objectInput.readLong();
		changes = (String)objectInput.readObject();
	}

	@Override
	public void writeExternal(ObjectOutput objectOutput) throws IOException {
		objectOutput.writeLong(directoryMergeId);

		objectOutput.writeLong(companyId);
		objectOutput.writeLong(createDate);

		if (uai == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(uai);
		}

		if (survivorExternalId == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(survivorExternalId);
		}

		if (absorbedExternalId == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(absorbedExternalId);
		}

		if (actor == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(actor);
		}

		objectOutput.writeLong(undoneDate);

		if (changes == null) {
			objectOutput.writeObject("");
		}
		else {
			objectOutput.writeObject(changes);
		}
	}

	public long directoryMergeId;
	public long companyId;
	public long createDate;
	public String uai;
	public String survivorExternalId;
	public String absorbedExternalId;
	public String actor;
	public long undoneDate;
	public String changes;

}