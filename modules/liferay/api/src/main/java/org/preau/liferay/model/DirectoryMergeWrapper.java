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
 * This class is a wrapper for {@link DirectoryMerge}.
 * </p>
 *
 * @author Préau
 * @see DirectoryMerge
 * @generated
 */
public class DirectoryMergeWrapper
	extends BaseModelWrapper<DirectoryMerge>
	implements DirectoryMerge, ModelWrapper<DirectoryMerge> {

	public DirectoryMergeWrapper(DirectoryMerge directoryMerge) {
		super(directoryMerge);
	}

	@Override
	public Map<String, Object> getModelAttributes() {
		Map<String, Object> attributes = new HashMap<String, Object>();

		attributes.put("directoryMergeId", getDirectoryMergeId());
		attributes.put("companyId", getCompanyId());
		attributes.put("createDate", getCreateDate());
		attributes.put("uai", getUai());
		attributes.put("survivorExternalId", getSurvivorExternalId());
		attributes.put("absorbedExternalId", getAbsorbedExternalId());
		attributes.put("actor", getActor());
		attributes.put("undoneDate", getUndoneDate());
		attributes.put("changes", getChanges());

		return attributes;
	}

	@Override
	public void setModelAttributes(Map<String, Object> attributes) {
		Long directoryMergeId = (Long)attributes.get("directoryMergeId");

		if (directoryMergeId != null) {
			setDirectoryMergeId(directoryMergeId);
		}

		Long companyId = (Long)attributes.get("companyId");

		if (companyId != null) {
			setCompanyId(companyId);
		}

		Date createDate = (Date)attributes.get("createDate");

		if (createDate != null) {
			setCreateDate(createDate);
		}

		String uai = (String)attributes.get("uai");

		if (uai != null) {
			setUai(uai);
		}

		String survivorExternalId = (String)attributes.get(
			"survivorExternalId");

		if (survivorExternalId != null) {
			setSurvivorExternalId(survivorExternalId);
		}

		String absorbedExternalId = (String)attributes.get(
			"absorbedExternalId");

		if (absorbedExternalId != null) {
			setAbsorbedExternalId(absorbedExternalId);
		}

		String actor = (String)attributes.get("actor");

		if (actor != null) {
			setActor(actor);
		}

		Date undoneDate = (Date)attributes.get("undoneDate");

		if (undoneDate != null) {
			setUndoneDate(undoneDate);
		}

		String changes = (String)attributes.get("changes");

		if (changes != null) {
			setChanges(changes);
		}
	}

	@Override
	public DirectoryMerge cloneWithOriginalValues() {
		return wrap(model.cloneWithOriginalValues());
	}

	/**
	 * Returns the absorbed external ID of this directory merge.
	 *
	 * @return the absorbed external ID of this directory merge
	 */
	@Override
	public String getAbsorbedExternalId() {
		return model.getAbsorbedExternalId();
	}

	/**
	 * Returns the actor of this directory merge.
	 *
	 * @return the actor of this directory merge
	 */
	@Override
	public String getActor() {
		return model.getActor();
	}

	/**
	 * Returns the changes of this directory merge.
	 *
	 * @return the changes of this directory merge
	 */
	@Override
	public String getChanges() {
		return model.getChanges();
	}

	/**
	 * Returns the company ID of this directory merge.
	 *
	 * @return the company ID of this directory merge
	 */
	@Override
	public long getCompanyId() {
		return model.getCompanyId();
	}

	/**
	 * Returns the create date of this directory merge.
	 *
	 * @return the create date of this directory merge
	 */
	@Override
	public Date getCreateDate() {
		return model.getCreateDate();
	}

	/**
	 * Returns the directory merge ID of this directory merge.
	 *
	 * @return the directory merge ID of this directory merge
	 */
	@Override
	public long getDirectoryMergeId() {
		return model.getDirectoryMergeId();
	}

	/**
	 * Returns the primary key of this directory merge.
	 *
	 * @return the primary key of this directory merge
	 */
	@Override
	public long getPrimaryKey() {
		return model.getPrimaryKey();
	}

	/**
	 * Returns the survivor external ID of this directory merge.
	 *
	 * @return the survivor external ID of this directory merge
	 */
	@Override
	public String getSurvivorExternalId() {
		return model.getSurvivorExternalId();
	}

	/**
	 * Returns the uai of this directory merge.
	 *
	 * @return the uai of this directory merge
	 */
	@Override
	public String getUai() {
		return model.getUai();
	}

	/**
	 * Returns the undone date of this directory merge.
	 *
	 * @return the undone date of this directory merge
	 */
	@Override
	public Date getUndoneDate() {
		return model.getUndoneDate();
	}

	@Override
	public void persist() {
		model.persist();
	}

	/**
	 * Sets the absorbed external ID of this directory merge.
	 *
	 * @param absorbedExternalId the absorbed external ID of this directory merge
	 */
	@Override
	public void setAbsorbedExternalId(String absorbedExternalId) {
		model.setAbsorbedExternalId(absorbedExternalId);
	}

	/**
	 * Sets the actor of this directory merge.
	 *
	 * @param actor the actor of this directory merge
	 */
	@Override
	public void setActor(String actor) {
		model.setActor(actor);
	}

	/**
	 * Sets the changes of this directory merge.
	 *
	 * @param changes the changes of this directory merge
	 */
	@Override
	public void setChanges(String changes) {
		model.setChanges(changes);
	}

	/**
	 * Sets the company ID of this directory merge.
	 *
	 * @param companyId the company ID of this directory merge
	 */
	@Override
	public void setCompanyId(long companyId) {
		model.setCompanyId(companyId);
	}

	/**
	 * Sets the create date of this directory merge.
	 *
	 * @param createDate the create date of this directory merge
	 */
	@Override
	public void setCreateDate(Date createDate) {
		model.setCreateDate(createDate);
	}

	/**
	 * Sets the directory merge ID of this directory merge.
	 *
	 * @param directoryMergeId the directory merge ID of this directory merge
	 */
	@Override
	public void setDirectoryMergeId(long directoryMergeId) {
		model.setDirectoryMergeId(directoryMergeId);
	}

	/**
	 * Sets the primary key of this directory merge.
	 *
	 * @param primaryKey the primary key of this directory merge
	 */
	@Override
	public void setPrimaryKey(long primaryKey) {
		model.setPrimaryKey(primaryKey);
	}

	/**
	 * Sets the survivor external ID of this directory merge.
	 *
	 * @param survivorExternalId the survivor external ID of this directory merge
	 */
	@Override
	public void setSurvivorExternalId(String survivorExternalId) {
		model.setSurvivorExternalId(survivorExternalId);
	}

	/**
	 * Sets the uai of this directory merge.
	 *
	 * @param uai the uai of this directory merge
	 */
	@Override
	public void setUai(String uai) {
		model.setUai(uai);
	}

	/**
	 * Sets the undone date of this directory merge.
	 *
	 * @param undoneDate the undone date of this directory merge
	 */
	@Override
	public void setUndoneDate(Date undoneDate) {
		model.setUndoneDate(undoneDate);
	}

	@Override
	public String toXmlString() {
		return model.toXmlString();
	}

	@Override
	protected DirectoryMergeWrapper wrap(DirectoryMerge directoryMerge) {
		return new DirectoryMergeWrapper(directoryMerge);
	}

}