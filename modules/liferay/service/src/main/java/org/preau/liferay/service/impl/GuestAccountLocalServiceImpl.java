/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package org.preau.liferay.service.impl;

import com.liferay.portal.aop.AopService;

import java.util.Date;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import org.preau.liferay.model.GuestAccount;
import org.preau.liferay.service.base.GuestAccountLocalServiceBaseImpl;

/**
 * @author Préau
 */
@Component(
	property = "model.class.name=org.preau.liferay.model.GuestAccount",
	service = AopService.class
)
public class GuestAccountLocalServiceImpl
	extends GuestAccountLocalServiceBaseImpl {

	@Override
	public GuestAccount fetchGuestAccount(long companyId, String login) {
		return guestAccountPersistence.fetchByC_L(companyId, login);
	}

	/**
	 * Returns the company's guests, the latest to expire first.
	 */
	@Override
	public List<GuestAccount> getCompanyGuestAccounts(long companyId) {
		return guestAccountPersistence.findByCompanyId(companyId);
	}

	/**
	 * Returns the school's guests, the latest to expire first.
	 */
	@Override
	public List<GuestAccount> getGuestAccounts(long companyId, String uai) {
		return guestAccountPersistence.findByC_U(companyId, uai);
	}

	/**
	 * Creates the guest of the login, or updates the company's guest of that login.
	 */
	@Override
	public GuestAccount saveGuestAccount(
		long companyId, String login, String uai, String kind,
		String firstName, String lastName, String emailAddress, String sponsor,
		Date expiryDate, String createdBy, Date createDate) {

		GuestAccount guestAccount = guestAccountPersistence.fetchByC_L(
			companyId, login);

		if (guestAccount == null) {
			guestAccount = guestAccountPersistence.create(
				counterLocalService.increment());

			guestAccount.setCompanyId(companyId);
			guestAccount.setLogin(login);
		}

		guestAccount.setCreateDate(createDate);
		guestAccount.setUai(uai);
		guestAccount.setKind(kind);
		guestAccount.setFirstName(firstName);
		guestAccount.setLastName(lastName);
		guestAccount.setEmailAddress(emailAddress);
		guestAccount.setSponsor(sponsor);
		guestAccount.setExpiryDate(expiryDate);
		guestAccount.setCreatedBy(createdBy);

		return guestAccountPersistence.update(guestAccount);
	}

}
