/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package org.preau.liferay.service.impl;

import com.liferay.portal.aop.AopService;

import java.util.Date;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import org.preau.liferay.model.DirectoryMerge;
import org.preau.liferay.service.base.DirectoryMergeLocalServiceBaseImpl;

/**
 * @author Préau
 */
@Component(
	property = "model.class.name=org.preau.liferay.model.DirectoryMerge",
	service = AopService.class
)
public class DirectoryMergeLocalServiceImpl
	extends DirectoryMergeLocalServiceBaseImpl {

	/**
	 * Records a merge, not undone, with what it changed.
	 */
	@Override
	public DirectoryMerge addDirectoryMerge(
		long companyId, String uai, String survivorExternalId,
		String absorbedExternalId, String actor, Date createDate,
		String changes) {

		DirectoryMerge directoryMerge = directoryMergePersistence.create(
			counterLocalService.increment());

		directoryMerge.setCompanyId(companyId);
		directoryMerge.setCreateDate(createDate);
		directoryMerge.setUai(uai);
		directoryMerge.setSurvivorExternalId(survivorExternalId);
		directoryMerge.setAbsorbedExternalId(absorbedExternalId);
		directoryMerge.setActor(actor);
		directoryMerge.setChanges(changes);

		return directoryMergePersistence.update(directoryMerge);
	}

	/**
	 * Returns the merges of an establishment, newest first.
	 */
	@Override
	public List<DirectoryMerge> getDirectoryMerges(
		long companyId, String uai, int start, int end) {

		return directoryMergePersistence.findByC_U(companyId, uai, start, end);
	}

	/**
	 * Returns the merges, undone or not, whose survivor is the person of the external ID.
	 */
	@Override
	public List<DirectoryMerge> getSurvivorDirectoryMerges(
		long companyId, String survivorExternalId) {

		return directoryMergePersistence.findByC_S(
			companyId, survivorExternalId);
	}

}
