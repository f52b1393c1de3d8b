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

import org.preau.liferay.model.RightsRule;

/**
 * The cache model class for representing RightsRule in entity cache.
 *
 * @author Préau
 * @generated
 */
public class RightsRuleCacheModel
	implements CacheModel<RightsRule>, Externalizable {

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof RightsRuleCacheModel)) {
			return false;
		}

		RightsRuleCacheModel rightsRuleCacheModel =
			(RightsRuleCacheModel)object;

		if (rightsRuleId == rightsRuleCacheModel.rightsRuleId) {
			return true;
		}

		return false;
	}

	@Override
	public int hashCode() {
		return HashUtil.hash(0, rightsRuleId);
	}

	@Override
	public String toString() {
		StringBundler sb = new StringBundler(23);

		sb.append("{rightsRuleId=");
		sb.append(rightsRuleId);
		sb.append(", companyId=");
		sb.append(companyId);
		sb.append(", kind=");
		sb.append(kind);
		sb.append(", uai=");
		sb.append(uai);
		sb.append(", serviceKey=");
		sb.append(serviceKey);
		sb.append(", action=");
		sb.append(action);
		sb.append(", role=");
		sb.append(role);
		sb.append(", allowed=");
		sb.append(allowed);
		sb.append(", author=");
		sb.append(author);
		sb.append(", changeDate=");
		sb.append(changeDate);
		sb.append(", reason=");
		sb.append(reason);
		sb.append("}");

		return sb.toString();
	}

	@Override
	public RightsRule toEntityModel() {
		RightsRuleImpl rightsRuleImpl = new RightsRuleImpl();

		rightsRuleImpl.setRightsRuleId(rightsRuleId);
		rightsRuleImpl.setCompanyId(companyId);

		if (kind == null) {
			rightsRuleImpl.setKind("");
		}
		else {
			rightsRuleImpl.setKind(kind);
		}

		if (uai == null) {
			rightsRuleImpl.setUai("");
		}
		else {
			rightsRuleImpl.setUai(uai);
		}

		if (serviceKey == null) {
			rightsRuleImpl.setServiceKey("");
		}
		else {
			rightsRuleImpl.setServiceKey(serviceKey);
		}

		if (action == null) {
			rightsRuleImpl.setAction("");
		}
		else {
			rightsRuleImpl.setAction(action);
		}

		if (role == null) {
			rightsRuleImpl.setRole("");
		}
		else {
			rightsRuleImpl.setRole(role);
		}

		rightsRuleImpl.setAllowed(allowed);

		if (author == null) {
			rightsRuleImpl.setAuthor("");
		}
		else {
			rightsRuleImpl.setAuthor(author);
		}

		if (changeDate == Long.MIN_VALUE) {
			rightsRuleImpl.setChangeDate(null);
		}
		else {
			rightsRuleImpl.setChangeDate(new Date(changeDate));
		}

		if (reason == null) {
			rightsRuleImpl.setReason("");
		}
		else {
			rightsRuleImpl.setReason(reason);
		}

		rightsRuleImpl.resetOriginalValues();

		return rightsRuleImpl;
	}

	@Override
	public void readExternal(ObjectInput objectInput) throws IOException {
		rightsRuleId = objectInput.readLong();

		companyId = objectInput.readLong();
		kind = objectInput.readUTF();
		uai = objectInput.readUTF();
		serviceKey = objectInput.readUTF();
		action = objectInput.readUTF();
		role = objectInput.readUTF();

		allowed = objectInput.readBoolean();
		author = objectInput.readUTF();
		changeDate = objectInput.readLong();
		reason = objectInput.readUTF();
	}

	@Override
	public void writeExternal(ObjectOutput objectOutput) throws IOException {
		objectOutput.writeLong(rightsRuleId);

		objectOutput.writeLong(companyId);

		if (kind == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(kind);
		}

		if (uai == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(uai);
		}

		if (serviceKey == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(serviceKey);
		}

		if (action == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(action);
		}

		if (role == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(role);
		}

		objectOutput.writeBoolean(allowed);

		if (author == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(author);
		}

		objectOutput.writeLong(changeDate);

		if (reason == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(reason);
		}
	}

	public long rightsRuleId;
	public long companyId;
	public String kind;
	public String uai;
	public String serviceKey;
	public String action;
	public String role;
	public boolean allowed;
	public String author;
	public long changeDate;
	public String reason;

}