/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package org.preau.liferay.service.impl;

import com.liferay.portal.aop.AopService;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import org.preau.liferay.model.DirectoryMergedKey;
import org.preau.liferay.service.base.DirectoryMergedKeyLocalServiceBaseImpl;

/**
 * @author Préau
 */
@Component(
	property = "model.class.name=org.preau.liferay.model.DirectoryMergedKey",
	service = AopService.class
)
public class DirectoryMergedKeyLocalServiceImpl
	extends DirectoryMergedKeyLocalServiceBaseImpl {

	@Override
	public DirectoryMergedKey addDirectoryMergedKey(
		long companyId, String uai, String source, String sourceId,
		String survivorExternalId, long directoryMergeId) {

		DirectoryMergedKey directoryMergedKey =
			directoryMergedKeyPersistence.create(
				counterLocalService.increment());

		directoryMergedKey.setCompanyId(companyId);
		directoryMergedKey.setUai(uai);
		directoryMergedKey.setSource(source);
		directoryMergedKey.setSourceId(sourceId);
		directoryMergedKey.setSurvivorExternalId(survivorExternalId);
		directoryMergedKey.setDirectoryMergeId(directoryMergeId);

		return directoryMergedKeyPersistence.update(directoryMergedKey);
	}

	/**
	 * Deletes the keys a merge gave its survivor, as the merge is undone.
	 */
	@Override
	public void deleteDirectoryMergedKeys(long directoryMergeId) {
		directoryMergedKeyPersistence.removeByDirectoryMergeId(
			directoryMergeId);
	}

	/**
	 * Returns the keys of the people merged into people of an establishment, while their merges hold.
	 */
	@Override
	public List<DirectoryMergedKey> getDirectoryMergedKeys(
		long companyId, String uai) {

		return directoryMergedKeyPersistence.findByC_U(companyId, uai);
	}

}
