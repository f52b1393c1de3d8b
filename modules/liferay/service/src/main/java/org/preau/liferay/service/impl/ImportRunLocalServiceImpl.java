/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package org.preau.liferay.service.impl;

import com.liferay.portal.aop.AopService;

import java.util.Date;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import org.preau.liferay.model.ImportRun;
import org.preau.liferay.service.base.ImportRunLocalServiceBaseImpl;

/**
 * @author Préau
 */
@Component(
	property = "model.class.name=org.preau.liferay.model.ImportRun",
	service = AopService.class
)
public class ImportRunLocalServiceImpl extends ImportRunLocalServiceBaseImpl {

	@Override
	public ImportRun addImportRun(
		long companyId, String uai, String source, String actor,
		Date startDate, Date endDate, String status, int recordCount,
		String summary) {

		ImportRun importRun = importRunPersistence.create(
			counterLocalService.increment());

		importRun.setCompanyId(companyId);
		importRun.setUai(uai);
		importRun.setSource(source);
		importRun.setActor(actor);
		importRun.setStartDate(startDate);
		importRun.setEndDate(endDate);
		importRun.setStatus(status);
		importRun.setRecordCount(recordCount);
		importRun.setSummary(summary);

		return importRunPersistence.update(importRun);
	}

	/**
	 * Returns a range of the runs of an establishment, newest first.
	 */
	@Override
	public List<ImportRun> getImportRunsByUai(String uai, int start, int end) {
		return importRunPersistence.findByUai(uai, start, end);
	}

}
