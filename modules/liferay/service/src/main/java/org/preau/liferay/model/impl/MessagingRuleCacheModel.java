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

import org.preau.liferay.model.MessagingRule;

/**
 * The cache model class for representing MessagingRule in entity cache.
 *
 * @author Préau
 * @generated
 */
public class MessagingRuleCacheModel
	implements CacheModel<MessagingRule>, Externalizable {

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof MessagingRuleCacheModel)) {
			return false;
		}

		MessagingRuleCacheModel messagingRuleCacheModel =
			(MessagingRuleCacheModel)object;

		if (messagingRuleId == messagingRuleCacheModel.messagingRuleId) {
			return true;
		}

		return false;
	}

	@Override
	public int hashCode() {
		return HashUtil.hash(0, messagingRuleId);
	}

	@Override
	public String toString() {
		StringBundler sb = new StringBundler(13);

		sb.append("{messagingRuleId=");
		sb.append(messagingRuleId);
		sb.append(", companyId=");
		sb.append(companyId);
		sb.append(", kind=");
		sb.append(kind);
		sb.append(", uai=");
		sb.append(uai);
		sb.append(", scope=");
		sb.append(scope);
		sb.append(", code=");
		sb.append(code);
		sb.append("}");

		return sb.toString();
	}

	@Override
	public MessagingRule toEntityModel() {
		MessagingRuleImpl messagingRuleImpl = new MessagingRuleImpl();

		messagingRuleImpl.setMessagingRuleId(messagingRuleId);
		messagingRuleImpl.setCompanyId(companyId);

		if (kind == null) {
			messagingRuleImpl.setKind("");
		}
		else {
			messagingRuleImpl.setKind(kind);
		}

		if (uai == null) {
			messagingRuleImpl.setUai("");
		}
		else {
			messagingRuleImpl.setUai(uai);
		}

		if (scope == null) {
			messagingRuleImpl.setScope("");
		}
		else {
			messagingRuleImpl.setScope(scope);
		}

		if (code == null) {
			messagingRuleImpl.setCode("");
		}
		else {
			messagingRuleImpl.setCode(code);
		}

		messagingRuleImpl.resetOriginalValues();

		return messagingRuleImpl;
	}

	@Override
	public void readExternal(ObjectInput objectInput) throws IOException {
		messagingRuleId = objectInput.readLong();

		companyId = objectInput.readLong();
		kind = objectInput.readUTF();
		uai = objectInput.readUTF();
		scope = objectInput.readUTF();
		code = objectInput.readUTF();
	}

	@Override
	public void writeExternal(ObjectOutput objectOutput) throws IOException {
		objectOutput.writeLong(messagingRuleId);

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

		if (scope == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(scope);
		}

		if (code == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(code);
		}
	}

	public long messagingRuleId;
	public long companyId;
	public String kind;
	public String uai;
	public String scope;
	public String code;

}