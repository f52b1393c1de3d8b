/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package org.preau.liferay.service.impl;

import com.liferay.portal.aop.AopService;

import java.util.Date;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import org.preau.liferay.model.AccountSuspension;
import org.preau.liferay.service.base.AccountSuspensionLocalServiceBaseImpl;

/**
 * @author Préau
 */
@Component(
	property = "model.class.name=org.preau.liferay.model.AccountSuspension",
	service = AopService.class
)
public class AccountSuspensionLocalServiceImpl
	extends AccountSuspensionLocalServiceBaseImpl {

	@Override
	public AccountSuspension addAccountSuspension(
		long companyId, String login, String uai, String action, String reason,
		Date untilDate, String actor, Date createDate) {

		AccountSuspension accountSuspension =
			accountSuspensionPersistence.create(counterLocalService.increment());

		accountSuspension.setCompanyId(companyId);
		accountSuspension.setCreateDate(createDate);
		accountSuspension.setLogin(login);
		accountSuspension.setUai(uai);
		accountSuspension.setAction(action);
		accountSuspension.setReason(reason);
		accountSuspension.setUntilDate(untilDate);
		accountSuspension.setActor(actor);

		return accountSuspensionPersistence.update(accountSuspension);
	}

	/**
	 * Returns the school's events, newest first.
	 */
	@Override
	public List<AccountSuspension> getAccountSuspensions(
		long companyId, String uai, int start, int end) {

		return accountSuspensionPersistence.findByC_U(
			companyId, uai, start, end);
	}

	/**
	 * Returns the company's events, newest first.
	 */
	@Override
	public List<AccountSuspension> getCompanyAccountSuspensions(
		long companyId) {

		return accountSuspensionPersistence.findByCompanyId(companyId);
	}

	/**
	 * Returns the login's events, newest first: the first says whether it is suspended now.
	 */
	@Override
	public List<AccountSuspension> getLoginAccountSuspensions(
		long companyId, String login) {

		return accountSuspensionPersistence.findByC_L(companyId, login);
	}

}
