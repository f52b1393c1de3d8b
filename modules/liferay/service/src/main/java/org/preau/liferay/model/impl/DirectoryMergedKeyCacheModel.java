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

import org.preau.liferay.model.DirectoryMergedKey;

/**
 * The cache model class for representing DirectoryMergedKey in entity cache.
 *
 * @author Préau
 * @generated
 */
public class DirectoryMergedKeyCacheModel
	implements CacheModel<DirectoryMergedKey>, Externalizable {

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof DirectoryMergedKeyCacheModel)) {
			return false;
		}

		DirectoryMergedKeyCacheModel directoryMergedKeyCacheModel =
			(DirectoryMergedKeyCacheModel)object;

		if (directoryMergedKeyId ==
				directoryMergedKeyCacheModel.directoryMergedKeyId) {

			return true;
		}

		return false;
	}

	@Override
	public int hashCode() {
		return HashUtil.hash(0, directoryMergedKeyId);
	}

	@Override
	public String toString() {
		StringBundler sb = new StringBundler(15);

		sb.append("{directoryMergedKeyId=");
		sb.append(directoryMergedKeyId);
		sb.append(", companyId=");
		sb.append(companyId);
		sb.append(", uai=");
		sb.append(uai);
		sb.append(", source=");
		sb.append(source);
		sb.append(", sourceId=");
		sb.append(sourceId);
		sb.append(", survivorExternalId=");
		sb.append(survivorExternalId);
		sb.append(", directoryMergeId=");
		sb.append(directoryMergeId);
		sb.append("}");

		return sb.toString();
	}

	@Override
	public DirectoryMergedKey toEntityModel() {
		DirectoryMergedKeyImpl directoryMergedKeyImpl =
			new DirectoryMergedKeyImpl();

		directoryMergedKeyImpl.setDirectoryMergedKeyId(directoryMergedKeyId);
		directoryMergedKeyImpl.setCompanyId(companyId);

		if (uai == null) {
			directoryMergedKeyImpl.setUai("");
		}
		else {
			directoryMergedKeyImpl.setUai(uai);
		}

		if (source == null) {
			directoryMergedKeyImpl.setSource("");
		}
		else {
			directoryMergedKeyImpl.setSource(source);
		}

		if (sourceId == null) {
			directoryMergedKeyImpl.setSourceId("");
		}
		else {
			directoryMergedKeyImpl.setSourceId(sourceId);
		}

		if (survivorExternalId == null) {
			directoryMergedKeyImpl.setSurvivorExternalId("");
		}
		else {
			directoryMergedKeyImpl.setSurvivorExternalId(survivorExternalId);
		}

		directoryMergedKeyImpl.setDirectoryMergeId(directoryMergeId);

		directoryMergedKeyImpl.resetOriginalValues();

		return directoryMergedKeyImpl;
	}

	@Override
	public void readExternal(ObjectInput objectInput) throws IOException {
		directoryMergedKeyId = objectInput.readLong();

		companyId = objectInput.readLong();
		uai = objectInput.readUTF();
		source = objectInput.readUTF();
		sourceId = objectInput.readUTF();
		survivorExternalId = objectInput.readUTF();

		directoryMergeId = objectInput.readLong();
	}

	@Override
	public void writeExternal(ObjectOutput objectOutput) throws IOException {
		objectOutput.writeLong(directoryMergedKeyId);

		objectOutput.writeLong(companyId);

		if (uai == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(uai);
		}

		if (source == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(source);
		}

		if (sourceId == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(sourceId);
		}

		if (survivorExternalId == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(survivorExternalId);
		}

		objectOutput.writeLong(directoryMergeId);
	}

	public long directoryMergedKeyId;
	public long companyId;
	public String uai;
	public String source;
	public String sourceId;
	public String survivorExternalId;
	public long directoryMergeId;

}