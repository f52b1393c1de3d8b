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

import org.preau.liferay.model.ImportRun;

/**
 * The cache model class for representing ImportRun in entity cache.
 *
 * @author Préau
 * @generated
 */
public class ImportRunCacheModel
	implements CacheModel<ImportRun>, Externalizable {

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof ImportRunCacheModel)) {
			return false;
		}

		ImportRunCacheModel importRunCacheModel = (ImportRunCacheModel)object;

		if (importRunId == importRunCacheModel.importRunId) {
			return true;
		}

		return false;
	}

	@Override
	public int hashCode() {
		return HashUtil.hash(0, importRunId);
	}

	@Override
	public String toString() {
		StringBundler sb = new StringBundler(21);

		sb.append("{importRunId=");
		sb.append(importRunId);
		sb.append(", companyId=");
		sb.append(companyId);
		sb.append(", uai=");
		sb.append(uai);
		sb.append(", source=");
		sb.append(source);
		sb.append(", actor=");
		sb.append(actor);
		sb.append(", startDate=");
		sb.append(startDate);
		sb.append(", endDate=");
		sb.append(endDate);
		sb.append(", status=");
		sb.append(status);
		sb.append(", recordCount=");
		sb.append(recordCount);
		sb.append(", summary=");
		sb.append(summary);
		sb.append("}");

		return sb.toString();
	}

	@Override
	public ImportRun toEntityModel() {
		ImportRunImpl importRunImpl = new ImportRunImpl();

		importRunImpl.setImportRunId(importRunId);
		importRunImpl.setCompanyId(companyId);

		if (uai == null) {
			importRunImpl.setUai("");
		}
		else {
			importRunImpl.setUai(uai);
		}

		if (source == null) {
			importRunImpl.setSource("");
		}
		else {
			importRunImpl.setSource(source);
		}

		if (actor == null) {
			importRunImpl.setActor("");
		}
		else {
			importRunImpl.setActor(actor);
		}

		if (startDate == Long.MIN_VALUE) {
			importRunImpl.setStartDate(null);
		}
		else {
			importRunImpl.setStartDate(new Date(startDate));
		}

		if (endDate == Long.MIN_VALUE) {
			importRunImpl.setEndDate(null);
		}
		else {
			importRunImpl.setEndDate(new Date(endDate));
		}

		if (status == null) {
			importRunImpl.setStatus("");
		}
		else {
			importRunImpl.setStatus(status);
		}

		importRunImpl.setRecordCount(recordCount);

		if (summary == null) {
			importRunImpl.setSummary("");
		}
		else {
			importRunImpl.setSummary(summary);
		}

		importRunImpl.resetOriginalValues();

		return importRunImpl;
	}

	@Override
	public void readExternal(ObjectInput objectInput) throws IOException {
		importRunId = objectInput.readLong();

		companyId = objectInput.readLong();
		uai = objectInput.readUTF();
		source = objectInput.readUTF();
		actor = objectInput.readUTF();
		startDate = objectInput.readLong();
		endDate = objectInput.readLong();
		status = objectInput.readUTF();

		recordCount = objectInput.readInt();
		summary = objectInput.readUTF();
	}

	@Override
	public void writeExternal(ObjectOutput objectOutput) throws IOException {
		objectOutput.writeLong(importRunId);

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

		if (actor == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(actor);
		}

		objectOutput.writeLong(startDate);
		objectOutput.writeLong(endDate);

		if (status == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(status);
		}

		objectOutput.writeInt(recordCount);

		if (summary == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(summary);
		}
	}

	public long importRunId;
	public long companyId;
	public String uai;
	public String source;
	public String actor;
	public long startDate;
	public long endDate;
	public String status;
	public int recordCount;
	public String summary;

}