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

import org.preau.liferay.model.RightsHistoryEntry;

/**
 * The cache model class for representing RightsHistoryEntry in entity cache.
 *
 * @author Préau
 * @generated
 */
public class RightsHistoryEntryCacheModel
	implements CacheModel<RightsHistoryEntry>, Externalizable {

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof RightsHistoryEntryCacheModel)) {
			return false;
		}

		RightsHistoryEntryCacheModel rightsHistoryEntryCacheModel =
			(RightsHistoryEntryCacheModel)object;

		if (rightsHistoryEntryId ==
				rightsHistoryEntryCacheModel.rightsHistoryEntryId) {

			return true;
		}

		return false;
	}

	@Override
	public int hashCode() {
		return HashUtil.hash(0, rightsHistoryEntryId);
	}

	@Override
	public String toString() {
		StringBundler sb = new StringBundler(21);

		sb.append("{rightsHistoryEntryId=");
		sb.append(rightsHistoryEntryId);
		sb.append(", companyId=");
		sb.append(companyId);
		sb.append(", changeDate=");
		sb.append(changeDate);
		sb.append(", author=");
		sb.append(author);
		sb.append(", uai=");
		sb.append(uai);
		sb.append(", kind=");
		sb.append(kind);
		sb.append(", subject=");
		sb.append(subject);
		sb.append(", beforeValue=");
		sb.append(beforeValue);
		sb.append(", afterValue=");
		sb.append(afterValue);
		sb.append(", reason=");
		sb.append(reason);
		sb.append("}");

		return sb.toString();
	}

	@Override
	public RightsHistoryEntry toEntityModel() {
		RightsHistoryEntryImpl rightsHistoryEntryImpl =
			new RightsHistoryEntryImpl();

		rightsHistoryEntryImpl.setRightsHistoryEntryId(rightsHistoryEntryId);
		rightsHistoryEntryImpl.setCompanyId(companyId);

		if (changeDate == Long.MIN_VALUE) {
			rightsHistoryEntryImpl.setChangeDate(null);
		}
		else {
			rightsHistoryEntryImpl.setChangeDate(new Date(changeDate));
		}

		if (author == null) {
			rightsHistoryEntryImpl.setAuthor("");
		}
		else {
			rightsHistoryEntryImpl.setAuthor(author);
		}

		if (uai == null) {
			rightsHistoryEntryImpl.setUai("");
		}
		else {
			rightsHistoryEntryImpl.setUai(uai);
		}

		if (kind == null) {
			rightsHistoryEntryImpl.setKind("");
		}
		else {
			rightsHistoryEntryImpl.setKind(kind);
		}

		if (subject == null) {
			rightsHistoryEntryImpl.setSubject("");
		}
		else {
			rightsHistoryEntryImpl.setSubject(subject);
		}

		if (beforeValue == null) {
			rightsHistoryEntryImpl.setBeforeValue("");
		}
		else {
			rightsHistoryEntryImpl.setBeforeValue(beforeValue);
		}

		if (afterValue == null) {
			rightsHistoryEntryImpl.setAfterValue("");
		}
		else {
			rightsHistoryEntryImpl.setAfterValue(afterValue);
		}

		if (reason == null) {
			rightsHistoryEntryImpl.setReason("");
		}
		else {
			rightsHistoryEntryImpl.setReason(reason);
		}

		rightsHistoryEntryImpl.resetOriginalValues();

		return rightsHistoryEntryImpl;
	}

	@Override
	public void readExternal(ObjectInput objectInput) throws IOException {
		rightsHistoryEntryId = objectInput.readLong();

		companyId = objectInput.readLong();
		changeDate = objectInput.readLong();
		author = objectInput.readUTF();
		uai = objectInput.readUTF();
		kind = objectInput.readUTF();
		subject = objectInput.readUTF();
		beforeValue = objectInput.readUTF();
		afterValue = objectInput.readUTF();
		reason = objectInput.readUTF();
	}

	@Override
	public void writeExternal(ObjectOutput objectOutput) throws IOException {
		objectOutput.writeLong(rightsHistoryEntryId);

		objectOutput.writeLong(companyId);
		objectOutput.writeLong(changeDate);

		if (author == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(author);
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

		if (subject == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(subject);
		}

		if (beforeValue == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(beforeValue);
		}

		if (afterValue == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(afterValue);
		}

		if (reason == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(reason);
		}
	}

	public long rightsHistoryEntryId;
	public long companyId;
	public long changeDate;
	public String author;
	public String uai;
	public String kind;
	public String subject;
	public String beforeValue;
	public String afterValue;
	public String reason;

}