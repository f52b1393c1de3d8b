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
 * This class is a wrapper for {@link ImportRun}.
 * </p>
 *
 * @author Préau
 * @see ImportRun
 * @generated
 */
public class ImportRunWrapper
	extends BaseModelWrapper<ImportRun>
	implements ImportRun, ModelWrapper<ImportRun> {

	public ImportRunWrapper(ImportRun importRun) {
		super(importRun);
	}

	@Override
	public Map<String, Object> getModelAttributes() {
		Map<String, Object> attributes = new HashMap<String, Object>();

		attributes.put("importRunId", getImportRunId());
		attributes.put("companyId", getCompanyId());
		attributes.put("uai", getUai());
		attributes.put("source", getSource());
		attributes.put("actor", getActor());
		attributes.put("startDate", getStartDate());
		attributes.put("endDate", getEndDate());
		attributes.put("status", getStatus());
		attributes.put("recordCount", getRecordCount());
		attributes.put("summary", getSummary());

		return attributes;
	}

	@Override
	public void setModelAttributes(Map<String, Object> attributes) {
		Long importRunId = (Long)attributes.get("importRunId");

		if (importRunId != null) {
			setImportRunId(importRunId);
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

		String actor = (String)attributes.get("actor");

		if (actor != null) {
			setActor(actor);
		}

		Date startDate = (Date)attributes.get("startDate");

		if (startDate != null) {
			setStartDate(startDate);
		}

		Date endDate = (Date)attributes.get("endDate");

		if (endDate != null) {
			setEndDate(endDate);
		}

		String status = (String)attributes.get("status");

		if (status != null) {
			setStatus(status);
		}

		Integer recordCount = (Integer)attributes.get("recordCount");

		if (recordCount != null) {
			setRecordCount(recordCount);
		}

		String summary = (String)attributes.get("summary");

		if (summary != null) {
			setSummary(summary);
		}
	}

	@Override
	public ImportRun cloneWithOriginalValues() {
		return wrap(model.cloneWithOriginalValues());
	}

	/**
	 * Returns the actor of this import run.
	 *
	 * @return the actor of this import run
	 */
	@Override
	public String getActor() {
		return model.getActor();
	}

	/**
	 * Returns the company ID of this import run.
	 *
	 * @return the company ID of this import run
	 */
	@Override
	public long getCompanyId() {
		return model.getCompanyId();
	}

	/**
	 * Returns the end date of this import run.
	 *
	 * @return the end date of this import run
	 */
	@Override
	public Date getEndDate() {
		return model.getEndDate();
	}

	/**
	 * Returns the import run ID of this import run.
	 *
	 * @return the import run ID of this import run
	 */
	@Override
	public long getImportRunId() {
		return model.getImportRunId();
	}

	/**
	 * Returns the primary key of this import run.
	 *
	 * @return the primary key of this import run
	 */
	@Override
	public long getPrimaryKey() {
		return model.getPrimaryKey();
	}

	/**
	 * Returns the record count of this import run.
	 *
	 * @return the record count of this import run
	 */
	@Override
	public int getRecordCount() {
		return model.getRecordCount();
	}

	/**
	 * Returns the source of this import run.
	 *
	 * @return the source of this import run
	 */
	@Override
	public String getSource() {
		return model.getSource();
	}

	/**
	 * Returns the start date of this import run.
	 *
	 * @return the start date of this import run
	 */
	@Override
	public Date getStartDate() {
		return model.getStartDate();
	}

	/**
	 * Returns the status of this import run.
	 *
	 * @return the status of this import run
	 */
	@Override
	public String getStatus() {
		return model.getStatus();
	}

	/**
	 * Returns the summary of this import run.
	 *
	 * @return the summary of this import run
	 */
	@Override
	public String getSummary() {
		return model.getSummary();
	}

	/**
	 * Returns the uai of this import run.
	 *
	 * @return the uai of this import run
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
	 * Sets the actor of this import run.
	 *
	 * @param actor the actor of this import run
	 */
	@Override
	public void setActor(String actor) {
		model.setActor(actor);
	}

	/**
	 * Sets the company ID of this import run.
	 *
	 * @param companyId the company ID of this import run
	 */
	@Override
	public void setCompanyId(long companyId) {
		model.setCompanyId(companyId);
	}

	/**
	 * Sets the end date of this import run.
	 *
	 * @param endDate the end date of this import run
	 */
	@Override
	public void setEndDate(Date endDate) {
		model.setEndDate(endDate);
	}

	/**
	 * Sets the import run ID of this import run.
	 *
	 * @param importRunId the import run ID of this import run
	 */
	@Override
	public void setImportRunId(long importRunId) {
		model.setImportRunId(importRunId);
	}

	/**
	 * Sets the primary key of this import run.
	 *
	 * @param primaryKey the primary key of this import run
	 */
	@Override
	public void setPrimaryKey(long primaryKey) {
		model.setPrimaryKey(primaryKey);
	}

	/**
	 * Sets the record count of this import run.
	 *
	 * @param recordCount the record count of this import run
	 */
	@Override
	public void setRecordCount(int recordCount) {
		model.setRecordCount(recordCount);
	}

	/**
	 * Sets the source of this import run.
	 *
	 * @param source the source of this import run
	 */
	@Override
	public void setSource(String source) {
		model.setSource(source);
	}

	/**
	 * Sets the start date of this import run.
	 *
	 * @param startDate the start date of this import run
	 */
	@Override
	public void setStartDate(Date startDate) {
		model.setStartDate(startDate);
	}

	/**
	 * Sets the status of this import run.
	 *
	 * @param status the status of this import run
	 */
	@Override
	public void setStatus(String status) {
		model.setStatus(status);
	}

	/**
	 * Sets the summary of this import run.
	 *
	 * @param summary the summary of this import run
	 */
	@Override
	public void setSummary(String summary) {
		model.setSummary(summary);
	}

	/**
	 * Sets the uai of this import run.
	 *
	 * @param uai the uai of this import run
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
	protected ImportRunWrapper wrap(ImportRun importRun) {
		return new ImportRunWrapper(importRun);
	}

}