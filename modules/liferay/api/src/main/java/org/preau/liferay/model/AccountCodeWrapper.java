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
 * This class is a wrapper for {@link AccountCode}.
 * </p>
 *
 * @author Préau
 * @see AccountCode
 * @generated
 */
public class AccountCodeWrapper
	extends BaseModelWrapper<AccountCode>
	implements AccountCode, ModelWrapper<AccountCode> {

	public AccountCodeWrapper(AccountCode accountCode) {
		super(accountCode);
	}

	@Override
	public Map<String, Object> getModelAttributes() {
		Map<String, Object> attributes = new HashMap<String, Object>();

		attributes.put("accountCodeId", getAccountCodeId());
		attributes.put("companyId", getCompanyId());
		attributes.put("createDate", getCreateDate());
		attributes.put("login", getLogin());
		attributes.put("codeHash", getCodeHash());
		attributes.put("mode", getMode());
		attributes.put("expiryDate", getExpiryDate());

		return attributes;
	}

	@Override
	public void setModelAttributes(Map<String, Object> attributes) {
		Long accountCodeId = (Long)attributes.get("accountCodeId");

		if (accountCodeId != null) {
			setAccountCodeId(accountCodeId);
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

		String codeHash = (String)attributes.get("codeHash");

		if (codeHash != null) {
			setCodeHash(codeHash);
		}

		String mode = (String)attributes.get("mode");

		if (mode != null) {
			setMode(mode);
		}

		Date expiryDate = (Date)attributes.get("expiryDate");

		if (expiryDate != null) {
			setExpiryDate(expiryDate);
		}
	}

	@Override
	public AccountCode cloneWithOriginalValues() {
		return wrap(model.cloneWithOriginalValues());
	}

	/**
	 * Returns the account code ID of this account code.
	 *
	 * @return the account code ID of this account code
	 */
	@Override
	public long getAccountCodeId() {
		return model.getAccountCodeId();
	}

	/**
	 * Returns the code hash of this account code.
	 *
	 * @return the code hash of this account code
	 */
	@Override
	public String getCodeHash() {
		return model.getCodeHash();
	}

	/**
	 * Returns the company ID of this account code.
	 *
	 * @return the company ID of this account code
	 */
	@Override
	public long getCompanyId() {
		return model.getCompanyId();
	}

	/**
	 * Returns the create date of this account code.
	 *
	 * @return the create date of this account code
	 */
	@Override
	public Date getCreateDate() {
		return model.getCreateDate();
	}

	/**
	 * Returns the expiry date of this account code.
	 *
	 * @return the expiry date of this account code
	 */
	@Override
	public Date getExpiryDate() {
		return model.getExpiryDate();
	}

	/**
	 * Returns the login of this account code.
	 *
	 * @return the login of this account code
	 */
	@Override
	public String getLogin() {
		return model.getLogin();
	}

	/**
	 * Returns the mode of this account code.
	 *
	 * @return the mode of this account code
	 */
	@Override
	public String getMode() {
		return model.getMode();
	}

	/**
	 * Returns the primary key of this account code.
	 *
	 * @return the primary key of this account code
	 */
	@Override
	public long getPrimaryKey() {
		return model.getPrimaryKey();
	}

	@Override
	public void persist() {
		model.persist();
	}

	/**
	 * Sets the account code ID of this account code.
	 *
	 * @param accountCodeId the account code ID of this account code
	 */
	@Override
	public void setAccountCodeId(long accountCodeId) {
		model.setAccountCodeId(accountCodeId);
	}

	/**
	 * Sets the code hash of this account code.
	 *
	 * @param codeHash the code hash of this account code
	 */
	@Override
	public void setCodeHash(String codeHash) {
		model.setCodeHash(codeHash);
	}

	/**
	 * Sets the company ID of this account code.
	 *
	 * @param companyId the company ID of this account code
	 */
	@Override
	public void setCompanyId(long companyId) {
		model.setCompanyId(companyId);
	}

	/**
	 * Sets the create date of this account code.
	 *
	 * @param createDate the create date of this account code
	 */
	@Override
	public void setCreateDate(Date createDate) {
		model.setCreateDate(createDate);
	}

	/**
	 * Sets the expiry date of this account code.
	 *
	 * @param expiryDate the expiry date of this account code
	 */
	@Override
	public void setExpiryDate(Date expiryDate) {
		model.setExpiryDate(expiryDate);
	}

	/**
	 * Sets the login of this account code.
	 *
	 * @param login the login of this account code
	 */
	@Override
	public void setLogin(String login) {
		model.setLogin(login);
	}

	/**
	 * Sets the mode of this account code.
	 *
	 * @param mode the mode of this account code
	 */
	@Override
	public void setMode(String mode) {
		model.setMode(mode);
	}

	/**
	 * Sets the primary key of this account code.
	 *
	 * @param primaryKey the primary key of this account code
	 */
	@Override
	public void setPrimaryKey(long primaryKey) {
		model.setPrimaryKey(primaryKey);
	}

	@Override
	public String toXmlString() {
		return model.toXmlString();
	}

	@Override
	protected AccountCodeWrapper wrap(AccountCode accountCode) {
		return new AccountCodeWrapper(accountCode);
	}

}