/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package org.preau.liferay.service.impl;

import com.liferay.portal.aop.AopService;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import org.preau.liferay.model.MessagingRule;
import org.preau.liferay.service.base.MessagingRuleLocalServiceBaseImpl;

/**
 * @author Préau
 */
@Component(
	property = "model.class.name=org.preau.liferay.model.MessagingRule",
	service = AopService.class
)
public class MessagingRuleLocalServiceImpl extends MessagingRuleLocalServiceBaseImpl {

	@Override
	public MessagingRule addMessagingRule(
		long companyId, String kind, String uai, String scope, String code) {

		MessagingRule messagingRule = messagingRulePersistence.create(
			counterLocalService.increment());

		messagingRule.setCompanyId(companyId);
		messagingRule.setKind(kind);
		messagingRule.setUai(uai);
		messagingRule.setScope(scope);
		messagingRule.setCode(code);

		return messagingRulePersistence.update(messagingRule);
	}

	/**
	 * Returns every messaging rule of the company, of every school.
	 */
	@Override
	public List<MessagingRule> getCompanyMessagingRules(long companyId) {
		return messagingRulePersistence.findByCompanyId(companyId);
	}

}
