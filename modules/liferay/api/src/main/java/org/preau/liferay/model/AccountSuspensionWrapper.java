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
 * This class is a wrapper for {@link AccountSuspension}.
 * </p>
 *
 * @author Préau
 * @see AccountSuspension
 * @generated
 */
public class AccountSuspensionWrapper
	extends BaseModelWrapper<AccountSuspension>
	implements AccountSuspension, ModelWrapper<AccountSuspension> {

	public AccountSuspensionWrapper(AccountSuspension accountSuspension) {
		super(accountSuspension);
	}

	@Override
	public Map<String, Object> getModelAttributes() {
		Map<String, Object> attributes = new HashMap<String, Object>();

		attributes.put("accountSuspensionId", getAccountSuspensionId());
		attributes.put("companyId", getCompanyId());
		attributes.put("createDate", getCreateDate());
		attributes.put("login", getLogin());
		attributes.put("uai", getUai());
		attributes.put("action", getAction());
		attributes.put("reason", getReason());
		attributes.put("untilDate", getUntilDate());
		attributes.put("actor", getActor());

		return attributes;
	}

	@Override
	public void setModelAttributes(Map<String, Object> attributes) {
		Long accountSuspensionId = (Long)attributes.get("accountSuspensionId");

		if (accountSuspensionId != null) {
			setAccountSuspensionId(accountSuspensionId);
		}

		Long companyId = (Long)attributes.get("companyId");

		if (companyId != null) {
			setCompanyId(companyId);
		}

		Date createDate = (Date)attributes.get("createDate");

		if (createDate != null) {
			setCreateDate(createDate);
		}

		String login = (String)attributes.get("login");

		if (login != null) {
			setLogin(login);
		}

		String uai = (String)attributes.get("uai");

		if (uai != null) {
			setUai(uai);
		}

		String action = (String)attributes.get("action");

		if (action != null) {
			setAction(action);
		}

		String reason = (String)attributes.get("reason");

		if (reason != null) {
			setReason(reason);
		}

		Date untilDate = (Date)attributes.get("untilDate");

		if (untilDate != null) {
			setUntilDate(untilDate);
		}

		String actor = (String)attributes.get("actor");

		if (actor != null) {
			setActor(actor);
		}
	}

	@Override
	public AccountSuspension cloneWithOriginalValues() {
		return wrap(model.cloneWithOriginalValues());
	}

	/**
	 * Returns the account suspension ID of this account suspension.
	 *
	 * @return the account suspension ID of this account suspension
	 */
	@Override
	public long getAccountSuspensionId() {
		return model.getAccountSuspensionId();
	}

	/**
	 * Returns the action of this account suspension.
	 *
	 * @return the action of this account suspension
	 */
	@Override
	public String getAction() {
		return model.getAction();
	}

	/**
	 * Returns the actor of this account suspension.
	 *
	 * @return the actor of this account suspension
	 */
	@Override
	public String getActor() {
		return model.getActor();
	}

	/**
	 * Returns the company ID of this account suspension.
	 *
	 * @return the company ID of this account suspension
	 */
	@Override
	public long getCompanyId() {
		return model.getCompanyId();
	}

	/**
	 * Returns the create date of this account suspension.
	 *
	 * @return the create date of this account suspension
	 */
	@Override
	public Date getCreateDate() {
		return model.getCreateDate();
	}

	/**
	 * Returns the login of this account suspension.
	 *
	 * @return the login of this account suspension
	 */
	@Override
	public String getLogin() {
		return model.getLogin();
	}

	/**
	 * Returns the primary key of this account suspension.
	 *
	 * @return the primary key of this account suspension
	 */
	@Override
	public long getPrimaryKey() {
		return model.getPrimaryKey();
	}

	/**
	 * Returns the reason of this account suspension.
	 *
	 * @return the reason of this account suspension
	 */
	@Override
	public String getReason() {
		return model.getReason();
	}

	/**
	 * Returns the uai of this account suspension.
	 *
	 * @return the uai of this account suspension
	 */
	@Override
	public String getUai() {
		return model.getUai();
	}

	/**
	 * Returns the until date of this account suspension.
	 *
	 * @return the until date of this account suspension
	 */
	@Override
	public Date getUntilDate() {
		return model.getUntilDate();
	}

	@Override
	public void persist() {
		model.persist();
	}

	/**
	 * Sets the account suspension ID of this account suspension.
	 *
	 * @param accountSuspensionId the account suspension ID of this account suspension
	 */
	@Override
	public void setAccountSuspensionId(long accountSuspensionId) {
		model.setAccountSuspensionId(accountSuspensionId);
	}

	/**
	 * Sets the action of this account suspension.
	 *
	 * @param action the action of this account suspension
	 */
	@Override
	public void setAction(String action) {
		model.setAction(action);
	}

	/**
	 * Sets the actor of this account suspension.
	 *
	 * @param actor the actor of this account suspension
	 */
	@Override
	public void setActor(String actor) {
		model.setActor(actor);
	}

	/**
	 * Sets the company ID of this account suspension.
	 *
	 * @param companyId the company ID of this account suspension
	 */
	@Override
	public void setCompanyId(long companyId) {
		model.setCompanyId(companyId);
	}

	/**
	 * Sets the create date of this account suspension.
	 *
	 * @param createDate the create date of this account suspension
	 */
	@Override
	public void setCreateDate(Date createDate) {
		model.setCreateDate(createDate);
	}

	/**
	 * Sets the login of this account suspension.
	 *
	 * @param login the login of this account suspension
	 */
	@Override
	public void setLogin(String login) {
		model.setLogin(login);
	}

	/**
	 * Sets the primary key of this account suspension.
	 *
	 * @param primaryKey the primary key of this account suspension
	 */
	@Override
	public void setPrimaryKey(long primaryKey) {
		model.setPrimaryKey(primaryKey);
	}

	/**
	 * Sets the reason of this account suspension.
	 *
	 * @param reason the reason of this account suspension
	 */
	@Override
	public void setReason(String reason) {
		model.setReason(reason);
	}

	/**
	 * Sets the uai of this account suspension.
	 *
	 * @param uai the uai of this account suspension
	 */
	@Override
	public void setUai(String uai) {
		model.setUai(uai);
	}

	/**
	 * Sets the until date of this account suspension.
	 *
	 * @param untilDate the until date of this account suspension
	 */
	@Override
	public void setUntilDate(Date untilDate) {
		model.setUntilDate(untilDate);
	}

	@Override
	public String toXmlString() {
		return model.toXmlString();
	}

	@Override
	protected AccountSuspensionWrapper wrap(
		AccountSuspension accountSuspension) {

		return new AccountSuspensionWrapper(accountSuspension);
	}

}