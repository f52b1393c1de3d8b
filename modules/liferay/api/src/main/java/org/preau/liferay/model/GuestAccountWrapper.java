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
 * This class is a wrapper for {@link GuestAccount}.
 * </p>
 *
 * @author Préau
 * @see GuestAccount
 * @generated
 */
public class GuestAccountWrapper
	extends BaseModelWrapper<GuestAccount>
	implements GuestAccount, ModelWrapper<GuestAccount> {

	public GuestAccountWrapper(GuestAccount guestAccount) {
		super(guestAccount);
	}

	@Override
	public Map<String, Object> getModelAttributes() {
		Map<String, Object> attributes = new HashMap<String, Object>();

		attributes.put("guestAccountId", getGuestAccountId());
		attributes.put("companyId", getCompanyId());
		attributes.put("createDate", getCreateDate());
		attributes.put("login", getLogin());
		attributes.put("uai", getUai());
		attributes.put("kind", getKind());
		attributes.put("firstName", getFirstName());
		attributes.put("lastName", getLastName());
		attributes.put("emailAddress", getEmailAddress());
		attributes.put("sponsor", getSponsor());
		attributes.put("expiryDate", getExpiryDate());
		attributes.put("createdBy", getCreatedBy());

		return attributes;
	}

	@Override
	public void setModelAttributes(Map<String, Object> attributes) {
		Long guestAccountId = (Long)attributes.get("guestAccountId");

		if (guestAccountId != null) {
			setGuestAccountId(guestAccountId);
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

		String kind = (String)attributes.get("kind");

		if (kind != null) {
			setKind(kind);
		}

		String firstName = (String)attributes.get("firstName");

		if (firstName != null) {
			setFirstName(firstName);
		}

		String lastName = (String)attributes.get("lastName");

		if (lastName != null) {
			setLastName(lastName);
		}

		String emailAddress = (String)attributes.get("emailAddress");

		if (emailAddress != null) {
			setEmailAddress(emailAddress);
		}

		String sponsor = (String)attributes.get("sponsor");

		if (sponsor != null) {
			setSponsor(sponsor);
		}

		Date expiryDate = (Date)attributes.get("expiryDate");

		if (expiryDate != null) {
			setExpiryDate(expiryDate);
		}

		String createdBy = (String)attributes.get("createdBy");

		if (createdBy != null) {
			setCreatedBy(createdBy);
		}
	}

	@Override
	public GuestAccount cloneWithOriginalValues() {
		return wrap(model.cloneWithOriginalValues());
	}

	/**
	 * Returns the company ID of this guest account.
	 *
	 * @return the company ID of this guest account
	 */
	@Override
	public long getCompanyId() {
		return model.getCompanyId();
	}

	/**
	 * Returns the create date of this guest account.
	 *
	 * @return the create date of this guest account
	 */
	@Override
	public Date getCreateDate() {
		return model.getCreateDate();
	}

	/**
	 * Returns the created by of this guest account.
	 *
	 * @return the created by of this guest account
	 */
	@Override
	public String getCreatedBy() {
		return model.getCreatedBy();
	}

	/**
	 * Returns the email address of this guest account.
	 *
	 * @return the email address of this guest account
	 */
	@Override
	public String getEmailAddress() {
		return model.getEmailAddress();
	}

	/**
	 * Returns the expiry date of this guest account.
	 *
	 * @return the expiry date of this guest account
	 */
	@Override
	public Date getExpiryDate() {
		return model.getExpiryDate();
	}

	/**
	 * Returns the first name of this guest account.
	 *
	 * @return the first name of this guest account
	 */
	@Override
	public String getFirstName() {
		return model.getFirstName();
	}

	/**
	 * Returns the guest account ID of this guest account.
	 *
	 * @return the guest account ID of this guest account
	 */
	@Override
	public long getGuestAccountId() {
		return model.getGuestAccountId();
	}

	/**
	 * Returns the kind of this guest account.
	 *
	 * @return the kind of this guest account
	 */
	@Override
	public String getKind() {
		return model.getKind();
	}

	/**
	 * Returns the last name of this guest account.
	 *
	 * @return the last name of this guest account
	 */
	@Override
	public String getLastName() {
		return model.getLastName();
	}

	/**
	 * Returns the login of this guest account.
	 *
	 * @return the login of this guest account
	 */
	@Override
	public String getLogin() {
		return model.getLogin();
	}

	/**
	 * Returns the primary key of this guest account.
	 *
	 * @return the primary key of this guest account
	 */
	@Override
	public long getPrimaryKey() {
		return model.getPrimaryKey();
	}

	/**
	 * Returns the sponsor of this guest account.
	 *
	 * @return the sponsor of this guest account
	 */
	@Override
	public String getSponsor() {
		return model.getSponsor();
	}

	/**
	 * Returns the uai of this guest account.
	 *
	 * @return the uai of this guest account
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
	 * Sets the company ID of this guest account.
	 *
	 * @param companyId the company ID of this guest account
	 */
	@Override
	public void setCompanyId(long companyId) {
		model.setCompanyId(companyId);
	}

	/**
	 * Sets the create date of this guest account.
	 *
	 * @param createDate the create date of this guest account
	 */
	@Override
	public void setCreateDate(Date createDate) {
		model.setCreateDate(createDate);
	}

	/**
	 * Sets the created by of this guest account.
	 *
	 * @param createdBy the created by of this guest account
	 */
	@Override
	public void setCreatedBy(String createdBy) {
		model.setCreatedBy(createdBy);
	}

	/**
	 * Sets the email address of this guest account.
	 *
	 * @param emailAddress the email address of this guest account
	 */
	@Override
	public void setEmailAddress(String emailAddress) {
		model.setEmailAddress(emailAddress);
	}

	/**
	 * Sets the expiry date of this guest account.
	 *
	 * @param expiryDate the expiry date of this guest account
	 */
	@Override
	public void setExpiryDate(Date expiryDate) {
		model.setExpiryDate(expiryDate);
	}

	/**
	 * Sets the first name of this guest account.
	 *
	 * @param firstName the first name of this guest account
	 */
	@Override
	public void setFirstName(String firstName) {
		model.setFirstName(firstName);
	}

	/**
	 * Sets the guest account ID of this guest account.
	 *
	 * @param guestAccountId the guest account ID of this guest account
	 */
	@Override
	public void setGuestAccountId(long guestAccountId) {
		model.setGuestAccountId(guestAccountId);
	}

	/**
	 * Sets the kind of this guest account.
	 *
	 * @param kind the kind of this guest account
	 */
	@Override
	public void setKind(String kind) {
		model.setKind(kind);
	}

	/**
	 * Sets the last name of this guest account.
	 *
	 * @param lastName the last name of this guest account
	 */
	@Override
	public void setLastName(String lastName) {
		model.setLastName(lastName);
	}

	/**
	 * Sets the login of this guest account.
	 *
	 * @param login the login of this guest account
	 */
	@Override
	public void setLogin(String login) {
		model.setLogin(login);
	}

	/**
	 * Sets the primary key of this guest account.
	 *
	 * @param primaryKey the primary key of this guest account
	 */
	@Override
	public void setPrimaryKey(long primaryKey) {
		model.setPrimaryKey(primaryKey);
	}

	/**
	 * Sets the sponsor of this guest account.
	 *
	 * @param sponsor the sponsor of this guest account
	 */
	@Override
	public void setSponsor(String sponsor) {
		model.setSponsor(sponsor);
	}

	/**
	 * Sets the uai of this guest account.
	 *
	 * @param uai the uai of this guest account
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
	protected GuestAccountWrapper wrap(GuestAccount guestAccount) {
		return new GuestAccountWrapper(guestAccount);
	}

}