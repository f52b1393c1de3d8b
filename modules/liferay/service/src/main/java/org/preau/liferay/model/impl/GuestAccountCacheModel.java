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

import org.preau.liferay.model.GuestAccount;

/**
 * The cache model class for representing GuestAccount in entity cache.
 *
 * @author Préau
 * @generated
 */
public class GuestAccountCacheModel
	implements CacheModel<GuestAccount>, Externalizable {

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof GuestAccountCacheModel)) {
			return false;
		}

		GuestAccountCacheModel guestAccountCacheModel =
			(GuestAccountCacheModel)object;

		if (guestAccountId == guestAccountCacheModel.guestAccountId) {
			return true;
		}

		return false;
	}

	@Override
	public int hashCode() {
		return HashUtil.hash(0, guestAccountId);
	}

	@Override
	public String toString() {
		StringBundler sb = new StringBundler(25);

		sb.append("{guestAccountId=");
		sb.append(guestAccountId);
		sb.append(", companyId=");
		sb.append(companyId);
		sb.append(", createDate=");
		sb.append(createDate);
		sb.append(", login=");
		sb.append(login);
		sb.append(", uai=");
		sb.append(uai);
		sb.append(", kind=");
		sb.append(kind);
		sb.append(", firstName=");
		sb.append(firstName);
		sb.append(", lastName=");
		sb.append(lastName);
		sb.append(", emailAddress=");
		sb.append(emailAddress);
		sb.append(", sponsor=");
		sb.append(sponsor);
		sb.append(", expiryDate=");
		sb.append(expiryDate);
		sb.append(", createdBy=");
		sb.append(createdBy);
		sb.append("}");

		return sb.toString();
	}

	@Override
	public GuestAccount toEntityModel() {
		GuestAccountImpl guestAccountImpl = new GuestAccountImpl();

		guestAccountImpl.setGuestAccountId(guestAccountId);
		guestAccountImpl.setCompanyId(companyId);

		if (createDate == Long.MIN_VALUE) {
			guestAccountImpl.setCreateDate(null);
		}
		else {
			guestAccountImpl.setCreateDate(new Date(createDate));
		}

		if (login == null) {
			guestAccountImpl.setLogin("");
		}
		else {
			guestAccountImpl.setLogin(login);
		}

		if (uai == null) {
			guestAccountImpl.setUai("");
		}
		else {
			guestAccountImpl.setUai(uai);
		}

		if (kind == null) {
			guestAccountImpl.setKind("");
		}
		else {
			guestAccountImpl.setKind(kind);
		}

		if (firstName == null) {
			guestAccountImpl.setFirstName("");
		}
		else {
			guestAccountImpl.setFirstName(firstName);
		}

		if (lastName == null) {
			guestAccountImpl.setLastName("");
		}
		else {
			guestAccountImpl.setLastName(lastName);
		}

		if (emailAddress == null) {
			guestAccountImpl.setEmailAddress("");
		}
		else {
			guestAccountImpl.setEmailAddress(emailAddress);
		}

		if (sponsor == null) {
			guestAccountImpl.setSponsor("");
		}
		else {
			guestAccountImpl.setSponsor(sponsor);
		}

		if (expiryDate == Long.MIN_VALUE) {
			guestAccountImpl.setExpiryDate(null);
		}
		else {
			guestAccountImpl.setExpiryDate(new Date(expiryDate));
		}

		if (createdBy == null) {
			guestAccountImpl.setCreatedBy("");
		}
		else {
			guestAccountImpl.setCreatedBy(createdBy);
		}

		guestAccountImpl.resetOriginalValues();

		return guestAccountImpl;
	}

	@Override
	public void readExternal(ObjectInput objectInput) throws IOException {
		guestAccountId = objectInput.readLong();

		companyId = objectInput.readLong();
		createDate = objectInput.readLong();
		login = objectInput.readUTF();
		uai = objectInput.readUTF();
		kind = objectInput.readUTF();
		firstName = objectInput.readUTF();
		lastName = objectInput.readUTF();
		emailAddress = objectInput.readUTF();
		sponsor = objectInput.readUTF();
		expiryDate = objectInput.readLong();
		createdBy = objectInput.readUTF();
	}

	@Override
	public void writeExternal(ObjectOutput objectOutput) throws IOException {
		objectOutput.writeLong(guestAccountId);

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

		if (kind == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(kind);
		}

		if (firstName == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(firstName);
		}

		if (lastName == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(lastName);
		}

		if (emailAddress == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(emailAddress);
		}

		if (sponsor == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(sponsor);
		}

		objectOutput.writeLong(expiryDate);

		if (createdBy == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(createdBy);
		}
	}

	public long guestAccountId;
	public long companyId;
	public long createDate;
	public String login;
	public String uai;
	public String kind;
	public String firstName;
	public String lastName;
	public String emailAddress;
	public String sponsor;
	public long expiryDate;
	public String createdBy;

}