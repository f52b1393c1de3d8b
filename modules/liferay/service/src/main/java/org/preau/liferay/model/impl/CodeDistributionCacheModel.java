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

import org.preau.liferay.model.CodeDistribution;

/**
 * The cache model class for representing CodeDistribution in entity cache.
 *
 * @author Préau
 * @generated
 */
public class CodeDistributionCacheModel
	implements CacheModel<CodeDistribution>, Externalizable {

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof CodeDistributionCacheModel)) {
			return false;
		}

		CodeDistributionCacheModel codeDistributionCacheModel =
			(CodeDistributionCacheModel)object;

		if (codeDistributionId ==
				codeDistributionCacheModel.codeDistributionId) {

			return true;
		}

		return false;
	}

	@Override
	public int hashCode() {
		return HashUtil.hash(0, codeDistributionId);
	}

	@Override
	public String toString() {
		StringBundler sb = new StringBundler(17);

		sb.append("{codeDistributionId=");
		sb.append(codeDistributionId);
		sb.append(", companyId=");
		sb.append(companyId);
		sb.append(", createDate=");
		sb.append(createDate);
		sb.append(", uai=");
		sb.append(uai);
		sb.append(", actor=");
		sb.append(actor);
		sb.append(", kind=");
		sb.append(kind);
		sb.append(", scope=");
		sb.append(scope);
		sb.append(", personCount=");
		sb.append(personCount);
		sb.append("}");

		return sb.toString();
	}

	@Override
	public CodeDistribution toEntityModel() {
		CodeDistributionImpl codeDistributionImpl = new CodeDistributionImpl();

		codeDistributionImpl.setCodeDistributionId(codeDistributionId);
		codeDistributionImpl.setCompanyId(companyId);

		if (createDate == Long.MIN_VALUE) {
			codeDistributionImpl.setCreateDate(null);
		}
		else {
			codeDistributionImpl.setCreateDate(new Date(createDate));
		}

		if (uai == null) {
			codeDistributionImpl.setUai("");
		}
		else {
			codeDistributionImpl.setUai(uai);
		}

		if (actor == null) {
			codeDistributionImpl.setActor("");
		}
		else {
			codeDistributionImpl.setActor(actor);
		}

		if (kind == null) {
			codeDistributionImpl.setKind("");
		}
		else {
			codeDistributionImpl.setKind(kind);
		}

		if (scope == null) {
			codeDistributionImpl.setScope("");
		}
		else {
			codeDistributionImpl.setScope(scope);
		}

		codeDistributionImpl.setPersonCount(personCount);

		codeDistributionImpl.resetOriginalValues();

		return codeDistributionImpl;
	}

	@Override
	public void readExternal(ObjectInput objectInput) throws IOException {
		codeDistributionId = objectInput.readLong();

		companyId = objectInput.readLong();
		createDate = objectInput.readLong();
		uai = objectInput.readUTF();
		actor = objectInput.readUTF();
		kind = objectInput.readUTF();
		scope = objectInput.readUTF();

		personCount = objectInput.readInt();
	}

	@Override
	public void writeExternal(ObjectOutput objectOutput) throws IOException {
		objectOutput.writeLong(codeDistributionId);

		objectOutput.writeLong(companyId);
		objectOutput.writeLong(createDate);

		if (uai == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(uai);
		}

		if (actor == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(actor);
		}

		if (kind == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(kind);
		}

		if (scope == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(scope);
		}

		objectOutput.writeInt(personCount);
	}

	public long codeDistributionId;
	public long companyId;
	public long createDate;
	public String uai;
	public String actor;
	public String kind;
	public String scope;
	public int personCount;

}