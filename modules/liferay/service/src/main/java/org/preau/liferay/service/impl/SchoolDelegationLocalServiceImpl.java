/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package org.preau.liferay.service.impl;

import com.liferay.portal.aop.AopService;

import java.util.Date;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import org.preau.liferay.model.SchoolDelegation;
import org.preau.liferay.service.base.SchoolDelegationLocalServiceBaseImpl;

/**
 * @author Préau
 */
@Component(
	property = "model.class.name=org.preau.liferay.model.SchoolDelegation",
	service = AopService.class
)
public class SchoolDelegationLocalServiceImpl extends SchoolDelegationLocalServiceBaseImpl {

	@Override
	public SchoolDelegation addSchoolDelegation(
		long companyId, String kind, String login, String uai, Date untilDate,
		String author, Date createDate, String reason) {

		SchoolDelegation schoolDelegation = schoolDelegationPersistence.create(
			counterLocalService.increment());

		schoolDelegation.setCompanyId(companyId);
		schoolDelegation.setCreateDate(createDate);
		schoolDelegation.setKind(kind);
		schoolDelegation.setLogin(login);
		schoolDelegation.setUai(uai);
		schoolDelegation.setUntilDate(untilDate);
		schoolDelegation.setAuthor(author);
		schoolDelegation.setReason(reason);

		return schoolDelegationPersistence.update(schoolDelegation);
	}

	/**
	 * Returns every delegation of the company, lapsed ones included.
	 */
	@Override
	public List<SchoolDelegation> getCompanySchoolDelegations(long companyId) {
		return schoolDelegationPersistence.findByCompanyId(companyId);
	}

}
