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

import org.preau.liferay.model.AccountCode;

/**
 * The cache model class for representing AccountCode in entity cache.
 *
 * @author Préau
 * @generated
 */
public class AccountCodeCacheModel
	implements CacheModel<AccountCode>, Externalizable {

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof AccountCodeCacheModel)) {
			return false;
		}

		AccountCodeCacheModel accountCodeCacheModel =
			(AccountCodeCacheModel)object;

		if (accountCodeId == accountCodeCacheModel.accountCodeId) {
			return true;
		}

		return false;
	}

	@Override
	public int hashCode() {
		return HashUtil.hash(0, accountCodeId);
	}

	@Override
	public String toString() {
		StringBundler sb = new StringBundler(15);

		sb.append("{accountCodeId=");
		sb.append(accountCodeId);
		sb.append(", companyId=");
		sb.append(companyId);
		sb.append(", createDate=");
		sb.append(createDate);
		sb.append(", login=");
		sb.append(login);
		sb.append(", codeHash=");
		sb.append(codeHash);
		sb.append(", mode=");
		sb.append(mode);
		sb.append(", expiryDate=");
		sb.append(expiryDate);
		sb.append("}");

		return sb.toString();
	}

	@Override
	public AccountCode toEntityModel() {
		AccountCodeImpl accountCodeImpl = new AccountCodeImpl();

		accountCodeImpl.setAccountCodeId(accountCodeId);
		accountCodeImpl.setCompanyId(companyId);

		if (createDate == Long.MIN_VALUE) {
			accountCodeImpl.setCreateDate(null);
		}
		else {
			accountCodeImpl.setCreateDate(new Date(createDate));
		}

		if (login == null) {
			accountCodeImpl.setLogin("");
		}
		else {
			accountCodeImpl.setLogin(login);
		}

		if (codeHash == null) {
			accountCodeImpl.setCodeHash("");
		}
		else {
			accountCodeImpl.setCodeHash(codeHash);
		}

		if (mode == null) {
			accountCodeImpl.setMode("");
		}
		else {
			accountCodeImpl.setMode(mode);
		}

		if (expiryDate == Long.MIN_VALUE) {
			accountCodeImpl.setExpiryDate(null);
		}
		else {
			accountCodeImpl.setExpiryDate(new Date(expiryDate));
		}

		accountCodeImpl.resetOriginalValues();

		return accountCodeImpl;
	}

	@Override
	public void readExternal(ObjectInput objectInput) throws IOException {
		accountCodeId = objectInput.readLong();

		companyId = objectInput.readLong();
		createDate = objectInput.readLong();
		login = objectInput.readUTF();
		codeHash = objectInput.readUTF();
		mode = objectInput.readUTF();
		expiryDate = objectInput.readLong();
	}

	@Override
	public void writeExternal(ObjectOutput objectOutput) throws IOException {
		objectOutput.writeLong(accountCodeId);

		objectOutput.writeLong(companyId);
		objectOutput.writeLong(createDate);

		if (login == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(login);
		}

		if (codeHash == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(codeHash);
		}

		if (mode == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(mode);
		}

		objectOutput.writeLong(expiryDate);
	}

	public long accountCodeId;
	public long companyId;
	public long createDate;
	public String login;
	public String codeHash;
	public String mode;
	public long expiryDate;

}