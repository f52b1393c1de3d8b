/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package org.preau.liferay.model;

import com.liferay.portal.kernel.model.ModelWrapper;
import com.liferay.portal.kernel.model.wrapper.BaseModelWrapper;

import java.util.HashMap;
import java.util.Map;

/**
 * <p>
 * This class is a wrapper for {@link MessagingRule}.
 * </p>
 *
 * @author Préau
 * @see MessagingRule
 * @generated
 */
public class MessagingRuleWrapper
	extends BaseModelWrapper<MessagingRule>
	implements MessagingRule, ModelWrapper<MessagingRule> {

	public MessagingRuleWrapper(MessagingRule messagingRule) {
		super(messagingRule);
	}

	@Override
	public Map<String, Object> getModelAttributes() {
		Map<String, Object> attributes = new HashMap<String, Object>();

		attributes.put("messagingRuleId", getMessagingRuleId());
		attributes.put("companyId", getCompanyId());
		attributes.put("kind", getKind());
		attributes.put("uai", getUai());
		attributes.put("scope", getScope());
		attributes.put("code", getCode());

		return attributes;
	}

	@Override
	public void setModelAttributes(Map<String, Object> attributes) {
		Long messagingRuleId = (Long)attributes.get("messagingRuleId");

		if (messagingRuleId != null) {
			setMessagingRuleId(messagingRuleId);
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

		String scope = (String)attributes.get("scope");

		if (scope != null) {
			setScope(scope);
		}

		String code = (String)attributes.get("code");

		if (code != null) {
			setCode(code);
		}
	}

	@Override
	public MessagingRule cloneWithOriginalValues() {
		return wrap(model.cloneWithOriginalValues());
	}

	/**
	 * Returns the code of this messaging rule.
	 *
	 * @return the code of this messaging rule
	 */
	@Override
	public String getCode() {
		return model.getCode();
	}

	/**
	 * Returns the company ID of this messaging rule.
	 *
	 * @return the company ID of this messaging rule
	 */
	@Override
	public long getCompanyId() {
		return model.getCompanyId();
	}

	/**
	 * Returns the kind of this messaging rule.
	 *
	 * @return the kind of this messaging rule
	 */
	@Override
	public String getKind() {
		return model.getKind();
	}

	/**
	 * Returns the messaging rule ID of this messaging rule.
	 *
	 * @return the messaging rule ID of this messaging rule
	 */
	@Override
	public long getMessagingRuleId() {
		return model.getMessagingRuleId();
	}

	/**
	 * Returns the primary key of this messaging rule.
	 *
	 * @return the primary key of this messaging rule
	 */
	@Override
	public long getPrimaryKey() {
		return model.getPrimaryKey();
	}

	/**
	 * Returns the scope of this messaging rule.
	 *
	 * @return the scope of this messaging rule
	 */
	@Override
	public String getScope() {
		return model.getScope();
	}

	/**
	 * Returns the uai of this messaging rule.
	 *
	 * @return the uai of this messaging rule
	 */
	@Override
	public String getUai() {
		return model.getUai();
	}

	@Override
	public void persist() {
		model.persist();
	}

	/**
	 * Sets the code of this messaging rule.
	 *
	 * @param code the code of this messaging rule
	 */
	@Override
	public void setCode(String code) {
		model.setCode(code);
	}

	/**
	 * Sets the company ID of this messaging rule.
	 *
	 * @param companyId the company ID of this messaging rule
	 */
	@Override
	public void setCompanyId(long companyId) {
		model.setCompanyId(companyId);
	}

	/**
	 * Sets the kind of this messaging rule.
	 *
	 * @param kind the kind of this messaging rule
	 */
	@Override
	public void setKind(String kind) {
		model.setKind(kind);
	}

	/**
	 * Sets the messaging rule ID of this messaging rule.
	 *
	 * @param messagingRuleId the messaging rule ID of this messaging rule
	 */
	@Override
	public void setMessagingRuleId(long messagingRuleId) {
		model.setMessagingRuleId(messagingRuleId);
	}

	/**
	 * Sets the primary key of this messaging rule.
	 *
	 * @param primaryKey the primary key of this messaging rule
	 */
	@Override
	public void setPrimaryKey(long primaryKey) {
		model.setPrimaryKey(primaryKey);
	}

	/**
	 * Sets the scope of this messaging rule.
	 *
	 * @param scope the scope of this messaging rule
	 */
	@Override
	public void setScope(String scope) {
		model.setScope(scope);
	}

	/**
	 * Sets the uai of this messaging rule.
	 *
	 * @param uai the uai of this messaging rule
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
	protected MessagingRuleWrapper wrap(MessagingRule messagingRule) {
		return new MessagingRuleWrapper(messagingRule);
	}

}