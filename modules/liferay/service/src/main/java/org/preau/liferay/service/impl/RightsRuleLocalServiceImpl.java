/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package org.preau.liferay.service.impl;

import com.liferay.portal.aop.AopService;

import java.util.Date;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import org.preau.liferay.model.RightsRule;
import org.preau.liferay.service.base.RightsRuleLocalServiceBaseImpl;

/**
 * @author Préau
 */
@Component(
	property = "model.class.name=org.preau.liferay.model.RightsRule",
	service = AopService.class
)
public class RightsRuleLocalServiceImpl extends RightsRuleLocalServiceBaseImpl {

	@Override
	public RightsRule addRightsRule(
		long companyId, String kind, String uai, String serviceKey,
		String action, String role, boolean allowed, String author,
		Date changeDate, String reason) {

		RightsRule rightsRule = rightsRulePersistence.create(
			counterLocalService.increment());

		rightsRule.setCompanyId(companyId);
		rightsRule.setKind(kind);
		rightsRule.setUai(uai);
		rightsRule.setServiceKey(serviceKey);
		rightsRule.setAction(action);
		rightsRule.setRole(role);
		rightsRule.setAllowed(allowed);
		rightsRule.setAuthor(author);
		rightsRule.setChangeDate(changeDate);
		rightsRule.setReason(reason);

		return rightsRulePersistence.update(rightsRule);
	}

	/**
	 * Returns every rule of the company, of every kind and school.
	 */
	@Override
	public List<RightsRule> getCompanyRightsRules(long companyId) {
		return rightsRulePersistence.findByCompanyId(companyId);
	}

}
