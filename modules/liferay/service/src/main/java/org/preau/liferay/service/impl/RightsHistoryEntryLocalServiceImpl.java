/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package org.preau.liferay.service.impl;

import com.liferay.portal.aop.AopService;

import java.util.Date;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import org.preau.liferay.model.RightsHistoryEntry;
import org.preau.liferay.service.base.RightsHistoryEntryLocalServiceBaseImpl;

/**
 * @author Préau
 */
@Component(
	property = "model.class.name=org.preau.liferay.model.RightsHistoryEntry",
	service = AopService.class
)
public class RightsHistoryEntryLocalServiceImpl extends RightsHistoryEntryLocalServiceBaseImpl {

	@Override
	public RightsHistoryEntry addRightsHistoryEntry(
		long companyId, Date changeDate, String author, String uai,
		String kind, String subject, String beforeValue, String afterValue,
		String reason) {

		RightsHistoryEntry rightsHistoryEntry =
			rightsHistoryEntryPersistence.create(
				counterLocalService.increment());

		rightsHistoryEntry.setCompanyId(companyId);
		rightsHistoryEntry.setChangeDate(changeDate);
		rightsHistoryEntry.setAuthor(author);
		rightsHistoryEntry.setUai(uai);
		rightsHistoryEntry.setKind(kind);
		rightsHistoryEntry.setSubject(subject);
		rightsHistoryEntry.setBeforeValue(beforeValue);
		rightsHistoryEntry.setAfterValue(afterValue);
		rightsHistoryEntry.setReason(reason);

		return rightsHistoryEntryPersistence.update(rightsHistoryEntry);
	}

	/**
	 * Returns a range of the company's changes, newest first: those of one school, or all of them when the school is
	 * null.
	 */
	@Override
	public List<RightsHistoryEntry> getLatestRightsHistoryEntries(
		long companyId, String uai, int start, int end) {

		if (uai == null) {
			return rightsHistoryEntryPersistence.findByCompanyId(
				companyId, start, end);
		}

		return rightsHistoryEntryPersistence.findByC_U(
			companyId, uai, start, end);
	}

}
