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
 * This class is a wrapper for {@link RightsRule}.
 * </p>
 *
 * @author Préau
 * @see RightsRule
 * @generated
 */
public class RightsRuleWrapper
	extends BaseModelWrapper<RightsRule>
	implements ModelWrapper<RightsRule>, RightsRule {

	public RightsRuleWrapper(RightsRule rightsRule) {
		super(rightsRule);
	}

	@Override
	public Map<String, Object> getModelAttributes() {
		Map<String, Object> attributes = new HashMap<String, Object>();

		attributes.put("rightsRuleId", getRightsRuleId());
		attributes.put("companyId", getCompanyId());
		attributes.put("kind", getKind());
		attributes.put("uai", getUai());
		attributes.put("serviceKey", getServiceKey());
		attributes.put("action", getAction());
		attributes.put("role", getRole());
		attributes.put("allowed", isAllowed());
		attributes.put("author", getAuthor());
		attributes.put("changeDate", getChangeDate());
		attributes.put("reason", getReason());

		return attributes;
	}

	@Override
	public void setModelAttributes(Map<String, Object> attributes) {
		Long rightsRuleId = (Long)attributes.get("rightsRuleId");

		if (rightsRuleId != null) {
			setRightsRuleId(rightsRuleId);
		}

		Long companyId = (Long)attributes.get("companyId");

		if (companyId != null) {
			setCompanyId(companyId);
		}

		String kind = (String)attributes.get("kind");

		if (kind != null) {
			setKind(kind);
		}

		String uai = (String)attributes.get("uai");

		if (uai != null) {
			setUai(uai);
		}

		String serviceKey = (String)attributes.get("serviceKey");

		if (serviceKey != null) {
			setServiceKey(serviceKey);
		}

		String action = (String)attributes.get("action");

		if (action != null) {
			setAction(action);
		}

		String role = (String)attributes.get("role");

		if (role != null) {
			setRole(role);
		}

		Boolean allowed = (Boolean)attributes.get("allowed");

		if (allowed != null) {
			setAllowed(allowed);
		}

		String author = (String)attributes.get("author");

		if (author != null) {
			setAuthor(author);
		}

		Date changeDate = (Date)attributes.get("changeDate");

		if (changeDate != null) {
			setChangeDate(changeDate);
		}

		String reason = (String)attributes.get("reason");

		if (reason != null) {
			setReason(reason);
		}
	}

	@Override
	public RightsRule cloneWithOriginalValues() {
		return wrap(model.cloneWithOriginalValues());
	}

	/**
	 * Returns the action of this rights rule.
	 *
	 * @return the action of this rights rule
	 */
	@Override
	public String getAction() {
		return model.getAction();
	}

	/**
	 * Returns the allowed of this rights rule.
	 *
	 * @return the allowed of this rights rule
	 */
	@Override
	public boolean getAllowed() {
		return model.getAllowed();
	}

	/**
	 * Returns the author of this rights rule.
	 *
	 * @return the author of this rights rule
	 */
	@Override
	public String getAuthor() {
		return model.getAuthor();
	}

	/**
	 * Returns the change date of this rights rule.
	 *
	 * @return the change date of this rights rule
	 */
	@Override
	public Date getChangeDate() {
		return model.getChangeDate();
	}

	/**
	 * Returns the company ID of this rights rule.
	 *
	 * @return the company ID of this rights rule
	 */
	@Override
	public long getCompanyId() {
		return model.getCompanyId();
	}

	/**
	 * Returns the kind of this rights rule.
	 *
	 * @return the kind of this rights rule
	 */
	@Override
	public String getKind() {
		return model.getKind();
	}

	/**
	 * Returns the primary key of this rights rule.
	 *
	 * @return the primary key of this rights rule
	 */
	@Override
	public long getPrimaryKey() {
		return model.getPrimaryKey();
	}

	/**
	 * Returns the reason of this rights rule.
	 *
	 * @return the reason of this rights rule
	 */
	@Override
	public String getReason() {
		return model.getReason();
	}

	/**
	 * Returns the rights rule ID of this rights rule.
	 *
	 * @return the rights rule ID of this rights rule
	 */
	@Override
	public long getRightsRuleId() {
		return model.getRightsRuleId();
	}

	/**
	 * Returns the role of this rights rule.
	 *
	 * @return the role of this rights rule
	 */
	@Override
	public String getRole() {
		return model.getRole();
	}

	/**
	 * Returns the service key of this rights rule.
	 *
	 * @return the service key of this rights rule
	 */
	@Override
	public String getServiceKey() {
		return model.getServiceKey();
	}

	/**
	 * Returns the uai of this rights rule.
	 *
	 * @return the uai of this rights rule
	 */
	@Override
	public String getUai() {
		return model.getUai();
	}

	/**
	 * Returns <code>true</code> if this rights rule is allowed.
	 *
	 * @return <code>true</code> if this rights rule is allowed; <code>false</code> otherwise
	 */
	@Override
	public boolean isAllowed() {
		return model.isAllowed();
	}

	@Override
	public void persist() {
		model.persist();
	}

	/**
	 * Sets the action of this rights rule.
	 *
	 * @param action the action of this rights rule
	 */
	@Override
	public void setAction(String action) {
		model.setAction(action);
	}

	/**
	 * Sets whether this rights rule is allowed.
	 *
	 * @param allowed the allowed of this rights rule
	 */
	@Override
	public void setAllowed(boolean allowed) {
		model.setAllowed(allowed);
	}

	/**
	 * Sets the author of this rights rule.
	 *
	 * @param author the author of this rights rule
	 */
	@Override
	public void setAuthor(String author) {
		model.setAuthor(author);
	}

	/**
	 * Sets the change date of this rights rule.
	 *
	 * @param changeDate the change date of this rights rule
	 */
	@Override
	public void setChangeDate(Date changeDate) {
		model.setChangeDate(changeDate);
	}

	/**
	 * Sets the company ID of this rights rule.
	 *
	 * @param companyId the company ID of this rights rule
	 */
	@Override
	public void setCompanyId(long companyId) {
		model.setCompanyId(companyId);
	}

	/**
	 * Sets the kind of this rights rule.
	 *
	 * @param kind the kind of this rights rule
	 */
	@Override
	public void setKind(String kind) {
		model.setKind(kind);
	}

	/**
	 * Sets the primary key of this rights rule.
	 *
	 * @param primaryKey the primary key of this rights rule
	 */
	@Override
	public void setPrimaryKey(long primaryKey) {
		model.setPrimaryKey(primaryKey);
	}

	/**
	 * Sets the reason of this rights rule.
	 *
	 * @param reason the reason of this rights rule
	 */
	@Override
	public void setReason(String reason) {
		model.setReason(reason);
	}

	/**
	 * Sets the rights rule ID of this rights rule.
	 *
	 * @param rightsRuleId the rights rule ID of this rights rule
	 */
	@Override
	public void setRightsRuleId(long rightsRuleId) {
		model.setRightsRuleId(rightsRuleId);
	}

	/**
	 * Sets the role of this rights rule.
	 *
	 * @param role the role of this rights rule
	 */
	@Override
	public void setRole(String role) {
		model.setRole(role);
	}

	/**
	 * Sets the service key of this rights rule.
	 *
	 * @param serviceKey the service key of this rights rule
	 */
	@Override
	public void setServiceKey(String serviceKey) {
		model.setServiceKey(serviceKey);
	}

	/**
	 * Sets the uai of this rights rule.
	 *
	 * @param uai the uai of this rights rule
	 */
	@Override
	public void setUai(String uai) {
		model.setUai(uai);
	}

	@Override
	public String toXmlString() {
		return model.toXmlString();
	}

	@Override
	protected RightsRuleWrapper wrap(RightsRule rightsRule) {
		return new RightsRuleWrapper(rightsRule);
	}

}