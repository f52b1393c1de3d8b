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
 * This class is a wrapper for {@link RightsHistoryEntry}.
 * </p>
 *
 * @author Préau
 * @see RightsHistoryEntry
 * @generated
 */
public class RightsHistoryEntryWrapper
	extends BaseModelWrapper<RightsHistoryEntry>
	implements ModelWrapper<RightsHistoryEntry>, RightsHistoryEntry {

	public RightsHistoryEntryWrapper(RightsHistoryEntry rightsHistoryEntry) {
		super(rightsHistoryEntry);
	}

	@Override
	public Map<String, Object> getModelAttributes() {
		Map<String, Object> attributes = new HashMap<String, Object>();

		attributes.put("rightsHistoryEntryId", getRightsHistoryEntryId());
		attributes.put("companyId", getCompanyId());
		attributes.put("changeDate", getChangeDate());
		attributes.put("author", getAuthor());
		attributes.put("uai", getUai());
		attributes.put("kind", getKind());
		attributes.put("subject", getSubject());
		attributes.put("beforeValue", getBeforeValue());
		attributes.put("afterValue", getAfterValue());
		attributes.put("reason", getReason());

		return attributes;
	}

	@Override
	public void setModelAttributes(Map<String, Object> attributes) {
		Long rightsHistoryEntryId = (Long)attributes.get(
			"rightsHistoryEntryId");

		if (rightsHistoryEntryId != null) {
			setRightsHistoryEntryId(rightsHistoryEntryId);
		}

		Long companyId = (Long)attributes.get("companyId");

		if (companyId != null) {
			setCompanyId(companyId);
		}

		Date changeDate = (Date)attributes.get("changeDate");

		if (changeDate != null) {
			setChangeDate(changeDate);
		}

		String author = (String)attributes.get("author");

		if (author != null) {
			setAuthor(author);
		}

		String uai = (String)attributes.get("uai");

		if (uai != null) {
			setUai(uai);
		}

		String kind = (String)attributes.get("kind");

		if (kind != null) {
			setKind(kind);
		}

		String subject = (String)attributes.get("subject");

		if (subject != null) {
			setSubject(subject);
		}

		String beforeValue = (String)attributes.get("beforeValue");

		if (beforeValue != null) {
			setBeforeValue(beforeValue);
		}

		String afterValue = (String)attributes.get("afterValue");

		if (afterValue != null) {
			setAfterValue(afterValue);
		}

		String reason = (String)attributes.get("reason");

		if (reason != null) {
			setReason(reason);
		}
	}

	@Override
	public RightsHistoryEntry cloneWithOriginalValues() {
		return wrap(model.cloneWithOriginalValues());
	}

	/**
	 * Returns the after value of this rights history entry.
	 *
	 * @return the after value of this rights history entry
	 */
	@Override
	public String getAfterValue() {
		return model.getAfterValue();
	}

	/**
	 * Returns the author of this rights history entry.
	 *
	 * @return the author of this rights history entry
	 */
	@Override
	public String getAuthor() {
		return model.getAuthor();
	}

	/**
	 * Returns the before value of this rights history entry.
	 *
	 * @return the before value of this rights history entry
	 */
	@Override
	public String getBeforeValue() {
		return model.getBeforeValue();
	}

	/**
	 * Returns the change date of this rights history entry.
	 *
	 * @return the change date of this rights history entry
	 */
	@Override
	public Date getChangeDate() {
		return model.getChangeDate();
	}

	/**
	 * Returns the company ID of this rights history entry.
	 *
	 * @return the company ID of this rights history entry
	 */
	@Override
	public long getCompanyId() {
		return model.getCompanyId();
	}

	/**
	 * Returns the kind of this rights history entry.
	 *
	 * @return the kind of this rights history entry
	 */
	@Override
	public String getKind() {
		return model.getKind();
	}

	/**
	 * Returns the primary key of this rights history entry.
	 *
	 * @return the primary key of this rights history entry
	 */
	@Override
	public long getPrimaryKey() {
		return model.getPrimaryKey();
	}

	/**
	 * Returns the reason of this rights history entry.
	 *
	 * @return the reason of this rights history entry
	 */
	@Override
	public String getReason() {
		return model.getReason();
	}

	/**
	 * Returns the rights history entry ID of this rights history entry.
	 *
	 * @return the rights history entry ID of this rights history entry
	 */
	@Override
	public long getRightsHistoryEntryId() {
		return model.getRightsHistoryEntryId();
	}

	/**
	 * Returns the subject of this rights history entry.
	 *
	 * @return the subject of this rights history entry
	 */
	@Override
	public String getSubject() {
		return model.getSubject();
	}

	/**
	 * Returns the uai of this rights history entry.
	 *
	 * @return the uai of this rights history entry
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
	 * Sets the after value of this rights history entry.
	 *
	 * @param afterValue the after value of this rights history entry
	 */
	@Override
	public void setAfterValue(String afterValue) {
		model.setAfterValue(afterValue);
	}

	/**
	 * Sets the author of this rights history entry.
	 *
	 * @param author the author of this rights history entry
	 */
	@Override
	public void setAuthor(String author) {
		model.setAuthor(author);
	}

	/**
	 * Sets the before value of this rights history entry.
	 *
	 * @param beforeValue the before value of this rights history entry
	 */
	@Override
	public void setBeforeValue(String beforeValue) {
		model.setBeforeValue(beforeValue);
	}

	/**
	 * Sets the change date of this rights history entry.
	 *
	 * @param changeDate the change date of this rights history entry
	 */
	@Override
	public void setChangeDate(Date changeDate) {
		model.setChangeDate(changeDate);
	}

	/**
	 * Sets the company ID of this rights history entry.
	 *
	 * @param companyId the company ID of this rights history entry
	 */
	@Override
	public void setCompanyId(long companyId) {
		model.setCompanyId(companyId);
	}

	/**
	 * Sets the kind of this rights history entry.
	 *
	 * @param kind the kind of this rights history entry
	 */
	@Override
	public void setKind(String kind) {
		model.setKind(kind);
	}

	/**
	 * Sets the primary key of this rights history entry.
	 *
	 * @param primaryKey the primary key of this rights history entry
	 */
	@Override
	public void setPrimaryKey(long primaryKey) {
		model.setPrimaryKey(primaryKey);
	}

	/**
	 * Sets the reason of this rights history entry.
	 *
	 * @param reason the reason of this rights history entry
	 */
	@Override
	public void setReason(String reason) {
		model.setReason(reason);
	}

	/**
	 * Sets the rights history entry ID of this rights history entry.
	 *
	 * @param rightsHistoryEntryId the rights history entry ID of this rights history entry
	 */
	@Override
	public void setRightsHistoryEntryId(long rightsHistoryEntryId) {
		model.setRightsHistoryEntryId(rightsHistoryEntryId);
	}

	/**
	 * Sets the subject of this rights history entry.
	 *
	 * @param subject the subject of this rights history entry
	 */
	@Override
	public void setSubject(String subject) {
		model.setSubject(subject);
	}

	/**
	 * Sets the uai of this rights history entry.
	 *
	 * @param uai the uai of this rights history entry
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
	protected RightsHistoryEntryWrapper wrap(
		RightsHistoryEntry rightsHistoryEntry) {

		return new RightsHistoryEntryWrapper(rightsHistoryEntry);
	}

}