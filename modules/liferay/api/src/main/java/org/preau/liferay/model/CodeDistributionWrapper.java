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
 * This class is a wrapper for {@link CodeDistribution}.
 * </p>
 *
 * @author Préau
 * @see CodeDistribution
 * @generated
 */
public class CodeDistributionWrapper
	extends BaseModelWrapper<CodeDistribution>
	implements CodeDistribution, ModelWrapper<CodeDistribution> {

	public CodeDistributionWrapper(CodeDistribution codeDistribution) {
		super(codeDistribution);
	}

	@Override
	public Map<String, Object> getModelAttributes() {
		Map<String, Object> attributes = new HashMap<String, Object>();

		attributes.put("codeDistributionId", getCodeDistributionId());
		attributes.put("companyId", getCompanyId());
		attributes.put("createDate", getCreateDate());
		attributes.put("uai", getUai());
		attributes.put("actor", getActor());
		attributes.put("kind", getKind());
		attributes.put("scope", getScope());
		attributes.put("personCount", getPersonCount());

		return attributes;
	}

	@Override
	public void setModelAttributes(Map<String, Object> attributes) {
		Long codeDistributionId = (Long)attributes.get("codeDistributionId");

		if (codeDistributionId != null) {
			setCodeDistributionId(codeDistributionId);
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

		String actor = (String)attributes.get("actor");

		if (actor != null) {
			setActor(actor);
		}

		String kind = (String)attributes.get("kind");

		if (kind != null) {
			setKind(kind);
		}

		String scope = (String)attributes.get("scope");

		if (scope != null) {
			setScope(scope);
		}

		Integer personCount = (Integer)attributes.get("personCount");

		if (personCount != null) {
			setPersonCount(personCount);
		}
	}

	@Override
	public CodeDistribution cloneWithOriginalValues() {
		return wrap(model.cloneWithOriginalValues());
	}

	/**
	 * Returns the actor of this code distribution.
	 *
	 * @return the actor of this code distribution
	 */
	@Override
	public String getActor() {
		return model.getActor();
	}

	/**
	 * Returns the code distribution ID of this code distribution.
	 *
	 * @return the code distribution ID of this code distribution
	 */
	@Override
	public long getCodeDistributionId() {
		return model.getCodeDistributionId();
	}

	/**
	 * Returns the company ID of this code distribution.
	 *
	 * @return the company ID of this code distribution
	 */
	@Override
	public long getCompanyId() {
		return model.getCompanyId();
	}

	/**
	 * Returns the create date of this code distribution.
	 *
	 * @return the create date of this code distribution
	 */
	@Override
	public Date getCreateDate() {
		return model.getCreateDate();
	}

	/**
	 * Returns the kind of this code distribution.
	 *
	 * @return the kind of this code distribution
	 */
	@Override
	public String getKind() {
		return model.getKind();
	}

	/**
	 * Returns the person count of this code distribution.
	 *
	 * @return the person count of this code distribution
	 */
	@Override
	public int getPersonCount() {
		return model.getPersonCount();
	}

	/**
	 * Returns the primary key of this code distribution.
	 *
	 * @return the primary key of this code distribution
	 */
	@Override
	public long getPrimaryKey() {
		return model.getPrimaryKey();
	}

	/**
	 * Returns the scope of this code distribution.
	 *
	 * @return the scope of this code distribution
	 */
	@Override
	public String getScope() {
		return model.getScope();
	}

	/**
	 * Returns the uai of this code distribution.
	 *
	 * @return the uai of this code distribution
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
	 * Sets the actor of this code distribution.
	 *
	 * @param actor the actor of this code distribution
	 */
	@Override
	public void setActor(String actor) {
		model.setActor(actor);
	}

	/**
	 * Sets the code distribution ID of this code distribution.
	 *
	 * @param codeDistributionId the code distribution ID of this code distribution
	 */
	@Override
	public void setCodeDistributionId(long codeDistributionId) {
		model.setCodeDistributionId(codeDistributionId);
	}

	/**
	 * Sets the company ID of this code distribution.
	 *
	 * @param companyId the company ID of this code distribution
	 */
	@Override
	public void setCompanyId(long companyId) {
		model.setCompanyId(companyId);
	}

	/**
	 * Sets the create date of this code distribution.
	 *
	 * @param createDate the create date of this code distribution
	 */
	@Override
	public void setCreateDate(Date createDate) {
		model.setCreateDate(createDate);
	}

	/**
	 * Sets the kind of this code distribution.
	 *
	 * @param kind the kind of this code distribution
	 */
	@Override
	public void setKind(String kind) {
		model.setKind(kind);
	}

	/**
	 * Sets the person count of this code distribution.
	 *
	 * @param personCount the person count of this code distribution
	 */
	@Override
	public void setPersonCount(int personCount) {
		model.setPersonCount(personCount);
	}

	/**
	 * Sets the primary key of this code distribution.
	 *
	 * @param primaryKey the primary key of this code distribution
	 */
	@Override
	public void setPrimaryKey(long primaryKey) {
		model.setPrimaryKey(primaryKey);
	}

	/**
	 * Sets the scope of this code distribution.
	 *
	 * @param scope the scope of this code distribution
	 */
	@Override
	public void setScope(String scope) {
		model.setScope(scope);
	}

	/**
	 * Sets the uai of this code distribution.
	 *
	 * @param uai the uai of this code distribution
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
	protected CodeDistributionWrapper wrap(CodeDistribution codeDistribution) {
		return new CodeDistributionWrapper(codeDistribution);
	}

}