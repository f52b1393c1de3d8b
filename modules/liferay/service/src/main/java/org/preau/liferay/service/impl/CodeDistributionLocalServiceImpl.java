/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package org.preau.liferay.service.impl;

import com.liferay.portal.aop.AopService;

import java.util.Date;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import org.preau.liferay.model.CodeDistribution;
import org.preau.liferay.service.base.CodeDistributionLocalServiceBaseImpl;

/**
 * @author Préau
 */
@Component(
	property = "model.class.name=org.preau.liferay.model.CodeDistribution",
	service = AopService.class
)
public class CodeDistributionLocalServiceImpl
	extends CodeDistributionLocalServiceBaseImpl {

	@Override
	public CodeDistribution addCodeDistribution(
		long companyId, String uai, String actor, String kind, String scope,
		int personCount, Date createDate) {

		CodeDistribution codeDistribution = codeDistributionPersistence.create(
			counterLocalService.increment());

		codeDistribution.setCompanyId(companyId);
		codeDistribution.setCreateDate(createDate);
		codeDistribution.setUai(uai);
		codeDistribution.setActor(actor);
		codeDistribution.setKind(kind);
		codeDistribution.setScope(scope);
		codeDistribution.setPersonCount(personCount);

		return codeDistributionPersistence.update(codeDistribution);
	}

	/**
	 * Returns the school's distributions, newest first.
	 */
	@Override
	public List<CodeDistribution> getCodeDistributions(
		long companyId, String uai, int start, int end) {

		return codeDistributionPersistence.findByC_U(
			companyId, uai, start, end);
	}

}
