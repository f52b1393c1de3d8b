/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package org.preau.liferay.service.impl;

import com.liferay.portal.aop.AopService;

import java.util.Date;

import org.osgi.service.component.annotations.Component;

import org.preau.liferay.model.AccountCode;
import org.preau.liferay.service.base.AccountCodeLocalServiceBaseImpl;

/**
 * @author Préau
 */
@Component(
	property = "model.class.name=org.preau.liferay.model.AccountCode",
	service = AopService.class
)
public class AccountCodeLocalServiceImpl
	extends AccountCodeLocalServiceBaseImpl {

	/**
	 * Removes the code of the login, if it has one.
	 */
	@Override
	public void deleteAccountCode(long companyId, String login) {
		AccountCode accountCode = accountCodePersistence.fetchByC_L(
			companyId, login);

		if (accountCode != null) {
			accountCodePersistence.remove(accountCode);
		}
	}

	@Override
	public AccountCode fetchAccountCode(long companyId, String login) {
		return accountCodePersistence.fetchByC_L(companyId, login);
	}

	/**
	 * Stores the code of the login, replacing the one it had.
	 */
	@Override
	public AccountCode saveAccountCode(
		long companyId, String login, String codeHash, String mode,
		Date createDate, Date expiryDate) {

		AccountCode accountCode = accountCodePersistence.fetchByC_L(
			companyId, login);

		if (accountCode == null) {
			accountCode = accountCodePersistence.create(
				counterLocalService.increment());

			accountCode.setCompanyId(companyId);
			accountCode.setLogin(login);
		}

		accountCode.setCreateDate(createDate);
		accountCode.setCodeHash(codeHash);
		accountCode.setMode(mode);
		accountCode.setExpiryDate(expiryDate);

		return accountCodePersistence.update(accountCode);
	}

}
