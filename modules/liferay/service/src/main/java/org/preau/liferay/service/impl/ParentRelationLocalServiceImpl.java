/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package org.preau.liferay.service.impl;

import com.liferay.portal.aop.AopService;

import java.util.Date;
import java.util.List;
import java.util.Objects;

import org.osgi.service.component.annotations.Component;

import org.preau.liferay.model.ParentRelation;
import org.preau.liferay.service.base.ParentRelationLocalServiceBaseImpl;

/**
 * @author Préau
 */
@Component(
	property = "model.class.name=org.preau.liferay.model.ParentRelation",
	service = AopService.class
)
public class ParentRelationLocalServiceImpl
	extends ParentRelationLocalServiceBaseImpl {

	/**
	 * Returns the relation between the parent and the pupil, created or updated. Saving the same relation twice
	 * changes nothing.
	 */
	@Override
	public ParentRelation addOrUpdateParentRelation(
		long companyId, String uai, String parentExternalId,
		String pupilExternalId, int legalLevel, String kinshipCode) {

		ParentRelation parentRelation = parentRelationPersistence.fetchByP_P(
			parentExternalId, pupilExternalId);

		if (parentRelation == null) {
			parentRelation = parentRelationPersistence.create(
				counterLocalService.increment());

			parentRelation.setCompanyId(companyId);
			parentRelation.setCreateDate(new Date());
			parentRelation.setParentExternalId(parentExternalId);
			parentRelation.setPupilExternalId(pupilExternalId);
		}
		else if (Objects.equals(uai, parentRelation.getUai()) &&
				 (legalLevel == parentRelation.getLegalLevel()) &&
				 Objects.equals(
					kinshipCode, parentRelation.getKinshipCode())) {

			return parentRelation;
		}

		parentRelation.setModifiedDate(new Date());
		parentRelation.setUai(uai);
		parentRelation.setLegalLevel(legalLevel);
		parentRelation.setKinshipCode(kinshipCode);

		return parentRelationPersistence.update(parentRelation);
	}

	@Override
	public List<ParentRelation> getParentRelationsByParent(
		String parentExternalId) {

		return parentRelationPersistence.findByParentExternalId(
			parentExternalId);
	}

	@Override
	public List<ParentRelation> getParentRelationsByPupil(
		String pupilExternalId) {

		return parentRelationPersistence.findByPupilExternalId(
			pupilExternalId);
	}

	@Override
	public List<ParentRelation> getParentRelationsByUai(
		String uai, int start, int end) {

		return parentRelationPersistence.findByUai(uai, start, end);
	}

}
