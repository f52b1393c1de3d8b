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
 * This class is a wrapper for {@link DirectoryMergedKey}.
 * </p>
 *
 * @author Préau
 * @see DirectoryMergedKey
 * @generated
 */
public class DirectoryMergedKeyWrapper
	extends BaseModelWrapper<DirectoryMergedKey>
	implements DirectoryMergedKey, ModelWrapper<DirectoryMergedKey> {

	public DirectoryMergedKeyWrapper(DirectoryMergedKey directoryMergedKey) {
		super(directoryMergedKey);
	}

	@Override
	public Map<String, Object> getModelAttributes() {
		Map<String, Object> attributes = new HashMap<String, Object>();

		attributes.put("directoryMergedKeyId", getDirectoryMergedKeyId());
		attributes.put("companyId", getCompanyId());
		attributes.put("uai", getUai());
		attributes.put("source", getSource());
		attributes.put("sourceId", getSourceId());
		attributes.put("survivorExternalId", getSurvivorExternalId());
		attributes.put("directoryMergeId", getDirectoryMergeId());

		return attributes;
	}

	@Override
	public void setModelAttributes(Map<String, Object> attributes) {
		Long directoryMergedKeyId = (Long)attributes.get(
			"directoryMergedKeyId");

		if (directoryMergedKeyId != null) {
			setDirectoryMergedKeyId(directoryMergedKeyId);
		}

		Long companyId = (Long)attributes.get("companyId");

		if (companyId != null) {
			setCompanyId(companyId);
		}

		String uai = (String)attributes.get("uai");

		if (uai != null) {
			setUai(uai);
		}

		String source = (String)attributes.get("source");

		if (source != null) {
			setSource(source);
		}

		String sourceId = (String)attributes.get("sourceId");

		if (sourceId != null) {
			setSourceId(sourceId);
		}

		String survivorExternalId = (String)attributes.get(
			"survivorExternalId");

		if (survivorExternalId != null) {
			setSurvivorExternalId(survivorExternalId);
		}

		Long directoryMergeId = (Long)attributes.get("directoryMergeId");

		if (directoryMergeId != null) {
			setDirectoryMergeId(directoryMergeId);
		}
	}

	@Override
	public DirectoryMergedKey cloneWithOriginalValues() {
		return wrap(model.cloneWithOriginalValues());
	}

	/**
	 * Returns the company ID of this directory merged key.
	 *
	 * @return the company ID of this directory merged key
	 */
	@Override
	public long getCompanyId() {
		return model.getCompanyId();
	}

	/**
	 * Returns the directory merged key ID of this directory merged key.
	 *
	 * @return the directory merged key ID of this directory merged key
	 */
	@Override
	public long getDirectoryMergedKeyId() {
		return model.getDirectoryMergedKeyId();
	}

	/**
	 * Returns the directory merge ID of this directory merged key.
	 *
	 * @return the directory merge ID of this directory merged key
	 */
	@Override
	public long getDirectoryMergeId() {
		return model.getDirectoryMergeId();
	}

	/**
	 * Returns the primary key of this directory merged key.
	 *
	 * @return the primary key of this directory merged key
	 */
	@Override
	public long getPrimaryKey() {
		return model.getPrimaryKey();
	}

	/**
	 * Returns the source of this directory merged key.
	 *
	 * @return the source of this directory merged key
	 */
	@Override
	public String getSource() {
		return model.getSource();
	}

	/**
	 * Returns the source ID of this directory merged key.
	 *
	 * @return the source ID of this directory merged key
	 */
	@Override
	public String getSourceId() {
		return model.getSourceId();
	}

	/**
	 * Returns the survivor external ID of this directory merged key.
	 *
	 * @return the survivor external ID of this directory merged key
	 */
	@Override
	public String getSurvivorExternalId() {
		return model.getSurvivorExternalId();
	}

	/**
	 * Returns the uai of this directory merged key.
	 *
	 * @return the uai of this directory merged key
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
	 * Sets the company ID of this directory merged key.
	 *
	 * @param companyId the company ID of this directory merged key
	 */
	@Override
	public void setCompanyId(long companyId) {
		model.setCompanyId(companyId);
	}

	/**
	 * Sets the directory merged key ID of this directory merged key.
	 *
	 * @param directoryMergedKeyId the directory merged key ID of this directory merged key
	 */
	@Override
	public void setDirectoryMergedKeyId(long directoryMergedKeyId) {
		model.setDirectoryMergedKeyId(directoryMergedKeyId);
	}

	/**
	 * Sets the directory merge ID of this directory merged key.
	 *
	 * @param directoryMergeId the directory merge ID of this directory merged key
	 */
	@Override
	public void setDirectoryMergeId(long directoryMergeId) {
		model.setDirectoryMergeId(directoryMergeId);
	}

	/**
	 * Sets the primary key of this directory merged key.
	 *
	 * @param primaryKey the primary key of this directory merged key
	 */
	@Override
	public void setPrimaryKey(long primaryKey) {
		model.setPrimaryKey(primaryKey);
	}

	/**
	 * Sets the source of this directory merged key.
	 *
	 * @param source the source of this directory merged key
	 */
	@Override
	public void setSource(String source) {
		model.setSource(source);
	}

	/**
	 * Sets the source ID of this directory merged key.
	 *
	 * @param sourceId the source ID of this directory merged key
	 */
	@Override
	public void setSourceId(String sourceId) {
		model.setSourceId(sourceId);
	}

	/**
	 * Sets the survivor external ID of this directory merged key.
	 *
	 * @param survivorExternalId the survivor external ID of this directory merged key
	 */
	@Override
	public void setSurvivorExternalId(String survivorExternalId) {
		model.setSurvivorExternalId(survivorExternalId);
	}

	/**
	 * Sets the uai of this directory merged key.
	 *
	 * @param uai the uai of this directory merged key
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
	protected DirectoryMergedKeyWrapper wrap(
		DirectoryMergedKey directoryMergedKey) {

		return new DirectoryMergedKeyWrapper(directoryMergedKey);
	}

}