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

import org.preau.liferay.model.AccountSuspension;

/**
 * The cache model class for representing AccountSuspension in entity cache.
 *
 * @author Préau
 * @generated
 */
public class AccountSuspensionCacheModel
	implements CacheModel<AccountSuspension>, Externalizable {

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof AccountSuspensionCacheModel)) {
			return false;
		}

		AccountSuspensionCacheModel accountSuspensionCacheModel =
			(AccountSuspensionCacheModel)object;

		if (accountSuspensionId ==
				accountSuspensionCacheModel.accountSuspensionId) {

			return true;
		}

		return false;
	}

	@Override
	public int hashCode() {
		return HashUtil.hash(0, accountSuspensionId);
	}

	@Override
	public String toString() {
		StringBundler sb = new StringBundler(19);

		sb.append("{accountSuspensionId=");
		sb.append(accountSuspensionId);
		sb.append(", companyId=");
		sb.append(companyId);
		sb.append(", createDate=");
		sb.append(createDate);
		sb.append(", login=");
		sb.append(login);
		sb.append(", uai=");
		sb.append(uai);
		sb.append(", action=");
		sb.append(action);
		sb.append(", reason=");
		sb.append(reason);
		sb.append(", untilDate=");
		sb.append(untilDate);
		sb.append(", actor=");
		sb.append(actor);
		sb.append("}");

		return sb.toString();
	}

	@Override
	public AccountSuspension toEntityModel() {
		AccountSuspensionImpl accountSuspensionImpl =
			new AccountSuspensionImpl();

		accountSuspensionImpl.setAccountSuspensionId(accountSuspensionId);
		accountSuspensionImpl.setCompanyId(companyId);

		if (createDate == Long.MIN_VALUE) {
			accountSuspensionImpl.setCreateDate(null);
		}
		else {
			accountSuspensionImpl.setCreateDate(new Date(createDate));
		}

		if (login == null) {
			accountSuspensionImpl.setLogin("");
		}
		else {
			accountSuspensionImpl.setLogin(login);
		}

		if (uai == null) {
			accountSuspensionImpl.setUai("");
		}
		else {
			accountSuspensionImpl.setUai(uai);
		}

		if (action == null) {
			accountSuspensionImpl.setAction("");
		}
		else {
			accountSuspensionImpl.setAction(action);
		}

		if (reason == null) {
			accountSuspensionImpl.setReason("");
		}
		else {
			accountSuspensionImpl.setReason(reason);
		}

		if (untilDate == Long.MIN_VALUE) {
			accountSuspensionImpl.setUntilDate(null);
		}
		else {
			accountSuspensionImpl.setUntilDate(new Date(untilDate));
		}

		if (actor == null) {
			accountSuspensionImpl.setActor("");
		}
		else {
			accountSuspensionImpl.setActor(actor);
		}

		accountSuspensionImpl.resetOriginalValues();

		return accountSuspensionImpl;
	}

	@Override
	public void readExternal(ObjectInput objectInput) throws IOException {
		accountSuspensionId = objectInput.readLong();

		companyId = objectInput.readLong();
		createDate = objectInput.readLong();
		login = objectInput.readUTF();
		uai = objectInput.readUTF();
		action = objectInput.readUTF();
		reason = objectInput.readUTF();
		untilDate = objectInput.readLong();
		actor = objectInput.readUTF();
	}

	@Override
	public void writeExternal(ObjectOutput objectOutput) throws IOException {
		objectOutput.writeLong(accountSuspensionId);

		objectOutput.writeLong(companyId);
		objectOutput.writeLong(createDate);

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

		if (action == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(action);
		}

		if (reason == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(reason);
		}

		objectOutput.writeLong(untilDate);

		if (actor == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(actor);
		}
	}

	public long accountSuspensionId;
	public long companyId;
	public long createDate;
	public String login;
	public String uai;
	public String action;
	public String reason;
	public long untilDate;
	public String actor;

}