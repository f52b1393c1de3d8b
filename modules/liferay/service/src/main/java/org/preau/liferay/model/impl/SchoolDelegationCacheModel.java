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

import org.preau.liferay.model.SchoolDelegation;

/**
 * The cache model class for representing SchoolDelegation in entity cache.
 *
 * @author Préau
 * @generated
 */
public class SchoolDelegationCacheModel
	implements CacheModel<SchoolDelegation>, Externalizable {

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof SchoolDelegationCacheModel)) {
			return false;
		}

		SchoolDelegationCacheModel schoolDelegationCacheModel =
			(SchoolDelegationCacheModel)object;

		if (schoolDelegationId ==
				schoolDelegationCacheModel.schoolDelegationId) {

			return true;
		}

		return false;
	}

	@Override
	public int hashCode() {
		return HashUtil.hash(0, schoolDelegationId);
	}

	@Override
	public String toString() {
		StringBundler sb = new StringBundler(19);

		sb.append("{schoolDelegationId=");
		sb.append(schoolDelegationId);
		sb.append(", companyId=");
		sb.append(companyId);
		sb.append(", createDate=");
		sb.append(createDate);
		sb.append(", kind=");
		sb.append(kind);
		sb.append(", login=");
		sb.append(login);
		sb.append(", uai=");
		sb.append(uai);
		sb.append(", untilDate=");
		sb.append(untilDate);
		sb.append(", author=");
		sb.append(author);
		sb.append(", reason=");
		sb.append(reason);
		sb.append("}");

		return sb.toString();
	}

	@Override
	public SchoolDelegation toEntityModel() {
		SchoolDelegationImpl schoolDelegationImpl = new SchoolDelegationImpl();

		schoolDelegationImpl.setSchoolDelegationId(schoolDelegationId);
		schoolDelegationImpl.setCompanyId(companyId);

		if (createDate == Long.MIN_VALUE) {
			schoolDelegationImpl.setCreateDate(null);
		}
		else {
			schoolDelegationImpl.setCreateDate(new Date(createDate));
		}

		if (kind == null) {
			schoolDelegationImpl.setKind("");
		}
		else {
			schoolDelegationImpl.setKind(kind);
		}

		if (login == null) {
			schoolDelegationImpl.setLogin("");
		}
		else {
			schoolDelegationImpl.setLogin(login);
		}

		if (uai == null) {
			schoolDelegationImpl.setUai("");
		}
		else {
			schoolDelegationImpl.setUai(uai);
		}

		if (untilDate == Long.MIN_VALUE) {
			schoolDelegationImpl.setUntilDate(null);
		}
		else {
			schoolDelegationImpl.setUntilDate(new Date(untilDate));
		}

		if (author == null) {
			schoolDelegationImpl.setAuthor("");
		}
		else {
			schoolDelegationImpl.setAuthor(author);
		}

		if (reason == null) {
			schoolDelegationImpl.setReason("");
		}
		else {
			schoolDelegationImpl.setReason(reason);
		}

		schoolDelegationImpl.resetOriginalValues();

		return schoolDelegationImpl;
	}

	@Override
	public void readExternal(ObjectInput objectInput) throws IOException {
		schoolDelegationId = objectInput.readLong();

		companyId = objectInput.readLong();
		createDate = objectInput.readLong();
		kind = objectInput.readUTF();
		login = objectInput.readUTF();
		uai = objectInput.readUTF();
		untilDate = objectInput.readLong();
		author = objectInput.readUTF();
		reason = objectInput.readUTF();
	}

	@Override
	public void writeExternal(ObjectOutput objectOutput) throws IOException {
		objectOutput.writeLong(schoolDelegationId);

		objectOutput.writeLong(companyId);
		objectOutput.writeLong(createDate);

		if (kind == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(kind);
		}

		if (login == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(login);
		}

		if (uai == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(uai);
		}

		objectOutput.writeLong(untilDate);

		if (author == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(author);
		}

		if (reason == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(reason);
		}
	}

	public long schoolDelegationId;
	public long companyId;
	public long createDate;
	public String kind;
	public String login;
	public String uai;
	public long untilDate;
	public String author;
	public String reason;

}