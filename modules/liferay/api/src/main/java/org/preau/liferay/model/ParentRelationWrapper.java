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
 * This class is a wrapper for {@link ParentRelation}.
 * </p>
 *
 * @author Préau
 * @see ParentRelation
 * @generated
 */
public class ParentRelationWrapper
	extends BaseModelWrapper<ParentRelation>
	implements ModelWrapper<ParentRelation>, ParentRelation {

	public ParentRelationWrapper(ParentRelation parentRelation) {
		super(parentRelation);
	}

	@Override
	public Map<String, Object> getModelAttributes() {
		Map<String, Object> attributes = new HashMap<String, Object>();

		attributes.put("parentRelationId", getParentRelationId());
		attributes.put("companyId", getCompanyId());
		attributes.put("createDate", getCreateDate());
		attributes.put("modifiedDate", getModifiedDate());
		attributes.put("uai", getUai());
		attributes.put("parentExternalId", getParentExternalId());
		attributes.put("pupilExternalId", getPupilExternalId());
		attributes.put("legalLevel", getLegalLevel());
		attributes.put("kinshipCode", getKinshipCode());

		return attributes;
	}

	@Override
	public void setModelAttributes(Map<String, Object> attributes) {
		Long parentRelationId = (Long)attributes.get("parentRelationId");

		if (parentRelationId != null) {
			setParentRelationId(parentRelationId);
		}

		Long companyId = (Long)attributes.get("companyId");

		if (companyId != null) {
			setCompanyId(companyId);
		}

		Date createDate = (Date)attributes.get("createDate");

		if (createDate != null) {
			setCreateDate(createDate);
		}

		Date modifiedDate = (Date)attributes.get("modifiedDate");

		if (modifiedDate != null) {
			setModifiedDate(modifiedDate);
		}

		String uai = (String)attributes.get("uai");

		if (uai != null) {
			setUai(uai);
		}

		String parentExternalId = (String)attributes.get("parentExternalId");

		if (parentExternalId != null) {
			setParentExternalId(parentExternalId);
		}

		String pupilExternalId = (String)attributes.get("pupilExternalId");

		if (pupilExternalId != null) {
			setPupilExternalId(pupilExternalId);
		}

		Integer legalLevel = (Integer)attributes.get("legalLevel");

		if (legalLevel != null) {
			setLegalLevel(legalLevel);
		}

		String kinshipCode = (String)attributes.get("kinshipCode");

		if (kinshipCode != null) {
			setKinshipCode(kinshipCode);
		}
	}

	@Override
	public ParentRelation cloneWithOriginalValues() {
		return wrap(model.cloneWithOriginalValues());
	}

	/**
	 * Returns the company ID of this parent relation.
	 *
	 * @return the company ID of this parent relation
	 */
	@Override
	public long getCompanyId() {
		return model.getCompanyId();
	}

	/**
	 * Returns the create date of this parent relation.
	 *
	 * @return the create date of this parent relation
	 */
	@Override
	public Date getCreateDate() {
		return model.getCreateDate();
	}

	/**
	 * Returns the kinship code of this parent relation.
	 *
	 * @return the kinship code of this parent relation
	 */
	@Override
	public String getKinshipCode() {
		return model.getKinshipCode();
	}

	/**
	 * Returns the legal level of this parent relation.
	 *
	 * @return the legal level of this parent relation
	 */
	@Override
	public int getLegalLevel() {
		return model.getLegalLevel();
	}

	/**
	 * Returns the modified date of this parent relation.
	 *
	 * @return the modified date of this parent relation
	 */
	@Override
	public Date getModifiedDate() {
		return model.getModifiedDate();
	}

	/**
	 * Returns the parent external ID of this parent relation.
	 *
	 * @return the parent external ID of this parent relation
	 */
	@Override
	public String getParentExternalId() {
		return model.getParentExternalId();
	}

	/**
	 * Returns the parent relation ID of this parent relation.
	 *
	 * @return the parent relation ID of this parent relation
	 */
	@Override
	public long getParentRelationId() {
		return model.getParentRelationId();
	}

	/**
	 * Returns the primary key of this parent relation.
	 *
	 * @return the primary key of this parent relation
	 */
	@Override
	public long getPrimaryKey() {
		return model.getPrimaryKey();
	}

	/**
	 * Returns the pupil external ID of this parent relation.
	 *
	 * @return the pupil external ID of this parent relation
	 */
	@Override
	public String getPupilExternalId() {
		return model.getPupilExternalId();
	}

	/**
	 * Returns the uai of this parent relation.
	 *
	 * @return the uai of this parent relation
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
	 * Sets the company ID of this parent relation.
	 *
	 * @param companyId the company ID of this parent relation
	 */
	@Override
	public void setCompanyId(long companyId) {
		model.setCompanyId(companyId);
	}

	/**
	 * Sets the create date of this parent relation.
	 *
	 * @param createDate the create date of this parent relation
	 */
	@Override
	public void setCreateDate(Date createDate) {
		model.setCreateDate(createDate);
	}

	/**
	 * Sets the kinship code of this parent relation.
	 *
	 * @param kinshipCode the kinship code of this parent relation
	 */
	@Override
	public void setKinshipCode(String kinshipCode) {
		model.setKinshipCode(kinshipCode);
	}

	/**
	 * Sets the legal level of this parent relation.
	 *
	 * @param legalLevel the legal level of this parent relation
	 */
	@Override
	public void setLegalLevel(int legalLevel) {
		model.setLegalLevel(legalLevel);
	}

	/**
	 * Sets the modified date of this parent relation.
	 *
	 * @param modifiedDate the modified date of this parent relation
	 */
	@Override
	public void setModifiedDate(Date modifiedDate) {
		model.setModifiedDate(modifiedDate);
	}

	/**
	 * Sets the parent external ID of this parent relation.
	 *
	 * @param parentExternalId the parent external ID of this parent relation
	 */
	@Override
	public void setParentExternalId(String parentExternalId) {
		model.setParentExternalId(parentExternalId);
	}

	/**
	 * Sets the parent relation ID of this parent relation.
	 *
	 * @param parentRelationId the parent relation ID of this parent relation
	 */
	@Override
	public void setParentRelationId(long parentRelationId) {
		model.setParentRelationId(parentRelationId);
	}

	/**
	 * Sets the primary key of this parent relation.
	 *
	 * @param primaryKey the primary key of this parent relation
	 */
	@Override
	public void setPrimaryKey(long primaryKey) {
		model.setPrimaryKey(primaryKey);
	}

	/**
	 * Sets the pupil external ID of this parent relation.
	 *
	 * @param pupilExternalId the pupil external ID of this parent relation
	 */
	@Override
	public void setPupilExternalId(String pupilExternalId) {
		model.setPupilExternalId(pupilExternalId);
	}

	/**
	 * Sets the uai of this parent relation.
	 *
	 * @param uai the uai of this parent relation
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
	protected ParentRelationWrapper wrap(ParentRelation parentRelation) {
		return new ParentRelationWrapper(parentRelation);
	}

}