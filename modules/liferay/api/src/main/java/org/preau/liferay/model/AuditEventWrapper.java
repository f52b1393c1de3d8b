/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package org.preau.liferay.model;

import com.liferay.portal.kernel.model.ModelWrapper;
import com.liferay.portal.kernel.model.wrapper.BaseModelWrapper;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;

/**
 * <p>
 * This class is a wrapper for {@link AuditEvent}.
 * </p>
 *
 * @author Préau
 * @see AuditEvent
 * @generated
 */
public class AuditEventWrapper
	extends BaseModelWrapper<AuditEvent>
	implements AuditEvent, ModelWrapper<AuditEvent> {

	public AuditEventWrapper(AuditEvent auditEvent) {
		super(auditEvent);
	}

	@Override
	public Map<String, Object> getModelAttributes() {
		Map<String, Object> attributes = new HashMap<String, Object>();

		attributes.put("auditEventId", getAuditEventId());
		attributes.put("companyId", getCompanyId());
		attributes.put("createDate", getCreateDate());
		attributes.put("actor", getActor());
		attributes.put("action", getAction());
		attributes.put("target", getTarget());
		attributes.put("outcome", getOutcome());
		attributes.put("detail", getDetail());

		return attributes;
	}

	@Override
	public void setModelAttributes(Map<String, Object> attributes) {
		Long auditEventId = (Long)attributes.get("auditEventId");

		if (auditEventId != null) {
			setAuditEventId(auditEventId);
		}

		Long companyId = (Long)attributes.get("companyId");

		if (companyId != null) {
			setCompanyId(companyId);
		}

		Date createDate = (Date)attributes.get("createDate");

		if (createDate != null) {
			setCreateDate(createDate);
		}

		String actor = (String)attributes.get("actor");

		if (actor != null) {
			setActor(actor);
		}

		String action = (String)attributes.get("action");

		if (action != null) {
			setAction(action);
		}

		String target = (String)attributes.get("target");

		if (target != null) {
			setTarget(target);
		}

		String outcome = (String)attributes.get("outcome");

		if (outcome != null) {
			setOutcome(outcome);
		}

		String detail = (String)attributes.get("detail");

		if (detail != null) {
			setDetail(detail);
		}
	}

	@Override
	public AuditEvent cloneWithOriginalValues() {
		return wrap(model.cloneWithOriginalValues());
	}

	/**
	 * Returns the action of this audit event.
	 *
	 * @return the action of this audit event
	 */
	@Override
	public String getAction() {
		return model.getAction();
	}

	/**
	 * Returns the actor of this audit event.
	 *
	 * @return the actor of this audit event
	 */
	@Override
	public String getActor() {
		return model.getActor();
	}

	/**
	 * Returns the audit event ID of this audit event.
	 *
	 * @return the audit event ID of this audit event
	 */
	@Override
	public long getAuditEventId() {
		return model.getAuditEventId();
	}

	/**
	 * Returns the company ID of this audit event.
	 *
	 * @return the company ID of this audit event
	 */
	@Override
	public long getCompanyId() {
		return model.getCompanyId();
	}

	/**
	 * Returns the create date of this audit event.
	 *
	 * @return the create date of this audit event
	 */
	@Override
	public Date getCreateDate() {
		return model.getCreateDate();
	}

	/**
	 * Returns the detail of this audit event.
	 *
	 * @return the detail of this audit event
	 */
	@Override
	public String getDetail() {
		return model.getDetail();
	}

	/**
	 * Returns the outcome of this audit event.
	 *
	 * @return the outcome of this audit event
	 */
	@Override
	public String getOutcome() {
		return model.getOutcome();
	}

	/**
	 * Returns the primary key of this audit event.
	 *
	 * @return the primary key of this audit event
	 */
	@Override
	public long getPrimaryKey() {
		return model.getPrimaryKey();
	}

	/**
	 * Returns the target of this audit event.
	 *
	 * @return the target of this audit event
	 */
	@Override
	public String getTarget() {
		return model.getTarget();
	}

	@Override
	public void persist() {
		model.persist();
	}

	/**
	 * Sets the action of this audit event.
	 *
	 * @param action the action of this audit event
	 */
	@Override
	public void setAction(String action) {
		model.setAction(action);
	}

	/**
	 * Sets the actor of this audit event.
	 *
	 * @param actor the actor of this audit event
	 */
	@Override
	public void setActor(String actor) {
		model.setActor(actor);
	}

	/**
	 * Sets the audit event ID of this audit event.
	 *
	 * @param auditEventId the audit event ID of this audit event
	 */
	@Override
	public void setAuditEventId(long auditEventId) {
		model.setAuditEventId(auditEventId);
	}

	/**
	 * Sets the company ID of this audit event.
	 *
	 * @param companyId the company ID of this audit event
	 */
	@Override
	public void setCompanyId(long companyId) {
		model.setCompanyId(companyId);
	}

	/**
	 * Sets the create date of this audit event.
	 *
	 * @param createDate the create date of this audit event
	 */
	@Override
	public void setCreateDate(Date createDate) {
		model.setCreateDate(createDate);
	}

	/**
	 * Sets the detail of this audit event.
	 *
	 * @param detail the detail of this audit event
	 */
	@Override
	public void setDetail(String detail) {
		model.setDetail(detail);
	}

	/**
	 * Sets the outcome of this audit event.
	 *
	 * @param outcome the outcome of this audit event
	 */
	@Override
	public void setOutcome(String outcome) {
		model.setOutcome(outcome);
	}

	/**
	 * Sets the primary key of this audit event.
	 *
	 * @param primaryKey the primary key of this audit event
	 */
	@Override
	public void setPrimaryKey(long primaryKey) {
		model.setPrimaryKey(primaryKey);
	}

	/**
	 * Sets the target of this audit event.
	 *
	 * @param target the target of this audit event
	 */
	@Override
	public void setTarget(String target) {
		model.setTarget(target);
	}

	@Override
	public String toXmlString() {
		return model.toXmlString();
	}

	@Override
	protected AuditEventWrapper wrap(AuditEvent auditEvent) {
		return new AuditEventWrapper(auditEvent);
	}

}