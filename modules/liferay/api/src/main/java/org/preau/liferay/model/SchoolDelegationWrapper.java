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
 * This class is a wrapper for {@link SchoolDelegation}.
 * </p>
 *
 * @author Préau
 * @see SchoolDelegation
 * @generated
 */
public class SchoolDelegationWrapper
	extends BaseModelWrapper<SchoolDelegation>
	implements ModelWrapper<SchoolDelegation>, SchoolDelegation {

	public SchoolDelegationWrapper(SchoolDelegation schoolDelegation) {
		super(schoolDelegation);
	}

	@Override
	public Map<String, Object> getModelAttributes() {
		Map<String, Object> attributes = new HashMap<String, Object>();

		attributes.put("schoolDelegationId", getSchoolDelegationId());
		attributes.put("companyId", getCompanyId());
		attributes.put("createDate", getCreateDate());
		attributes.put("kind", getKind());
		attributes.put("login", getLogin());
		attributes.put("uai", getUai());
		attributes.put("untilDate", getUntilDate());
		attributes.put("author", getAuthor());
		attributes.put("reason", getReason());

		return attributes;
	}

	@Override
	public void setModelAttributes(Map<String, Object> attributes) {
		Long schoolDelegationId = (Long)attributes.get("schoolDelegationId");

		if (schoolDelegationId != null) {
			setSchoolDelegationId(schoolDelegationId);
		}

		Long companyId = (Long)attributes.get("companyId");

		if (companyId != null) {
			setCompanyId(companyId);
		}

		Date createDate = (Date)attributes.get("createDate");

		if (createDate != null) {
			setCreateDate(createDate);
		}

		String kind = (String)attributes.get("kind");

		if (kind != null) {
			setKind(kind);
		}

		String login = (String)attributes.get("login");

		if (login != null) {
			setLogin(login);
		}

		String uai = (String)attributes.get("uai");

		if (uai != null) {
			setUai(uai);
		}

		Date untilDate = (Date)attributes.get("untilDate");

		if (untilDate != null) {
			setUntilDate(untilDate);
		}

		String author = (String)attributes.get("author");

		if (author != null) {
			setAuthor(author);
		}

		String reason = (String)attributes.get("reason");

		if (reason != null) {
			setReason(reason);
		}
	}

	@Override
	public SchoolDelegation cloneWithOriginalValues() {
		return wrap(model.cloneWithOriginalValues());
	}

	/**
	 * Returns the author of this school delegation.
	 *
	 * @return the author of this school delegation
	 */
	@Override
	public String getAuthor() {
		return model.getAuthor();
	}

	/**
	 * Returns the company ID of this school delegation.
	 *
	 * @return the company ID of this school delegation
	 */
	@Override
	public long getCompanyId() {
		return model.getCompanyId();
	}

	/**
	 * Returns the create date of this school delegation.
	 *
	 * @return the create date of this school delegation
	 */
	@Override
	public Date getCreateDate() {
		return model.getCreateDate();
	}

	/**
	 * Returns the kind of this school delegation.
	 *
	 * @return the kind of this school delegation
	 */
	@Override
	public String getKind() {
		return model.getKind();
	}

	/**
	 * Returns the login of this school delegation.
	 *
	 * @return the login of this school delegation
	 */
	@Override
	public String getLogin() {
		return model.getLogin();
	}

	/**
	 * Returns the primary key of this school delegation.
	 *
	 * @return the primary key of this school delegation
	 */
	@Override
	public long getPrimaryKey() {
		return model.getPrimaryKey();
	}

	/**
	 * Returns the reason of this school delegation.
	 *
	 * @return the reason of this school delegation
	 */
	@Override
	public String getReason() {
		return model.getReason();
	}

	/**
	 * Returns the school delegation ID of this school delegation.
	 *
	 * @return the school delegation ID of this school delegation
	 */
	@Override
	public long getSchoolDelegationId() {
		return model.getSchoolDelegationId();
	}

	/**
	 * Returns the uai of this school delegation.
	 *
	 * @return the uai of this school delegation
	 */
	@Override
	public String getUai() {
		return model.getUai();
	}

	/**
	 * Returns the until date of this school delegation.
	 *
	 * @return the until date of this school delegation
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
	 * Sets the author of this school delegation.
	 *
	 * @param author the author of this school delegation
	 */
	@Override
	public void setAuthor(String author) {
		model.setAuthor(author);
	}

	/**
	 * Sets the company ID of this school delegation.
	 *
	 * @param companyId the company ID of this school delegation
	 */
	@Override
	public void setCompanyId(long companyId) {
		model.setCompanyId(companyId);
	}

	/**
	 * Sets the create date of this school delegation.
	 *
	 * @param createDate the create date of this school delegation
	 */
	@Override
	public void setCreateDate(Date createDate) {
		model.setCreateDate(createDate);
	}

	/**
	 * Sets the kind of this school delegation.
	 *
	 * @param kind the kind of this school delegation
	 */
	@Override
	public void setKind(String kind) {
		model.setKind(kind);
	}

	/**
	 * Sets the login of this school delegation.
	 *
	 * @param login the login of this school delegation
	 */
	@Override
	public void setLogin(String login) {
		model.setLogin(login);
	}

	/**
	 * Sets the primary key of this school delegation.
	 *
	 * @param primaryKey the primary key of this school delegation
	 */
	@Override
	public void setPrimaryKey(long primaryKey) {
		model.setPrimaryKey(primaryKey);
	}

	/**
	 * Sets the reason of this school delegation.
	 *
	 * @param reason the reason of this school delegation
	 */
	@Override
	public void setReason(String reason) {
		model.setReason(reason);
	}

	/**
	 * Sets the school delegation ID of this school delegation.
	 *
	 * @param schoolDelegationId the school delegation ID of this school delegation
	 */
	@Override
	public void setSchoolDelegationId(long schoolDelegationId) {
		model.setSchoolDelegationId(schoolDelegationId);
	}

	/**
	 * Sets the uai of this school delegation.
	 *
	 * @param uai the uai of this school delegation
	 */
	@Override
	public void setUai(String uai) {
		model.setUai(uai);
	}

	/**
	 * Sets the until date of this school delegation.
	 *
	 * @param untilDate the until date of this school delegation
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
	protected SchoolDelegationWrapper wrap(SchoolDelegation schoolDelegation) {
		return new SchoolDelegationWrapper(schoolDelegation);
	}

}