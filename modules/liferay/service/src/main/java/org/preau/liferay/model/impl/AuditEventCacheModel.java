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

import org.preau.liferay.model.AuditEvent;

/**
 * The cache model class for representing AuditEvent in entity cache.
 *
 * @author Préau
 * @generated
 */
public class AuditEventCacheModel
	implements CacheModel<AuditEvent>, Externalizable {

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof AuditEventCacheModel)) {
			return false;
		}

		AuditEventCacheModel auditEventCacheModel =
			(AuditEventCacheModel)object;

		if (auditEventId == auditEventCacheModel.auditEventId) {
			return true;
		}

		return false;
	}

	@Override
	public int hashCode() {
		return HashUtil.hash(0, auditEventId);
	}

	@Override
	public String toString() {
		StringBundler sb = new StringBundler(17);

		sb.append("{auditEventId=");
		sb.append(auditEventId);
		sb.append(", companyId=");
		sb.append(companyId);
		sb.append(", createDate=");
		sb.append(createDate);
		sb.append(", actor=");
		sb.append(actor);
		sb.append(", action=");
		sb.append(action);
		sb.append(", target=");
		sb.append(target);
		sb.append(", outcome=");
		sb.append(outcome);
		sb.append(", detail=");
		sb.append(detail);
		sb.append("}");

		return sb.toString();
	}

	@Override
	public AuditEvent toEntityModel() {
		AuditEventImpl auditEventImpl = new AuditEventImpl();

		auditEventImpl.setAuditEventId(auditEventId);
		auditEventImpl.setCompanyId(companyId);

		if (createDate == Long.MIN_VALUE) {
			auditEventImpl.setCreateDate(null);
		}
		else {
			auditEventImpl.setCreateDate(new Date(createDate));
		}

		if (actor == null) {
			auditEventImpl.setActor("");
		}
		else {
			auditEventImpl.setActor(actor);
		}

		if (action == null) {
			auditEventImpl.setAction("");
		}
		else {
			auditEventImpl.setAction(action);
		}

		if (target == null) {
			auditEventImpl.setTarget("");
		}
		else {
			auditEventImpl.setTarget(target);
		}

		if (outcome == null) {
			auditEventImpl.setOutcome("");
		}
		else {
			auditEventImpl.setOutcome(outcome);
		}

		if (detail == null) {
			auditEventImpl.setDetail("");
		}
		else {
			auditEventImpl.setDetail(detail);
		}

		auditEventImpl.resetOriginalValues();

		return auditEventImpl;
	}

	@Override
	public void readExternal(ObjectInput objectInput) throws IOException {
		auditEventId = objectInput.readLong();

		companyId = objectInput.readLong();
		createDate = objectInput.readLong();
		actor = objectInput.readUTF();
		action = objectInput.readUTF();
		target = objectInput.readUTF();
		outcome = objectInput.readUTF();
		detail = objectInput.readUTF();
	}

	@Override
	public void writeExternal(ObjectOutput objectOutput) throws IOException {
		objectOutput.writeLong(auditEventId);

		objectOutput.writeLong(companyId);
		objectOutput.writeLong(createDate);

		if (actor == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(actor);
		}

		if (action == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(action);
		}

		if (target == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(target);
		}

		if (outcome == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(outcome);
		}

		if (detail == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(detail);
		}
	}

	public long auditEventId;
	public long companyId;
	public long createDate;
	public String actor;
	public String action;
	public String target;
	public String outcome;
	public String detail;

}