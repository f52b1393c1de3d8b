/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package org.preau.liferay.service;

import com.liferay.portal.kernel.service.ServiceWrapper;
import com.liferay.portal.kernel.service.persistence.BasePersistence;

/**
 * Provides a wrapper for {@link ParentRelationLocalService}.
 *
 * @author Préau
 * @see ParentRelationLocalService
 * @generated
 */
public class ParentRelationLocalServiceWrapper
	implements ParentRelationLocalService,
			   ServiceWrapper<ParentRelationLocalService> {

	public ParentRelationLocalServiceWrapper() {
		this(null);
	}

	public ParentRelationLocalServiceWrapper(
		ParentRelationLocalService parentRelationLocalService) {

		_parentRelationLocalService = parentRelationLocalService;
	}

	/**
	 * Returns the relation between the parent and the pupil, created or updated. Saving the same relation twice
	 * changes nothing.
	 */
	@Override
	public org.preau.liferay.model.ParentRelation addOrUpdateParentRelation(
		long companyId, String uai, String parentExternalId,
		String pupilExternalId, int legalLevel, String kinshipCode) {

		return _parentRelationLocalService.addOrUpdateParentRelation(
			companyId, uai, parentExternalId, pupilExternalId, legalLevel,
			kinshipCode);
	}

	/**
	 * Adds the parent relation to the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect ParentRelationLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param parentRelation the parent relation
	 * @return the parent relation that was added
	 */
	@Override
	public org.preau.liferay.model.ParentRelation addParentRelation(
		org.preau.liferay.model.ParentRelation parentRelation) {

		return _parentRelationLocalService.addParentRelation(parentRelation);
	}

	/**
	 * Creates a new parent relation with the primary key. Does not add the parent relation to the database.
	 *
	 * @param parentRelationId the primary key for the new parent relation
	 * @return the new parent relation
	 */
	@Override
	public org.preau.liferay.model.ParentRelation createParentRelation(
		long parentRelationId) {

		return _parentRelationLocalService.createParentRelation(
			parentRelationId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel createPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _parentRelationLocalService.createPersistedModel(primaryKeyObj);
	}

	/**
	 * Deletes the parent relation with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect ParentRelationLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param parentRelationId the primary key of the parent relation
	 * @return the parent relation that was removed
	 * @throws PortalException if a parent relation with the primary key could not be found
	 */
	@Override
	public org.preau.liferay.model.ParentRelation deleteParentRelation(
			long parentRelationId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _parentRelationLocalService.deleteParentRelation(
			parentRelationId);
	}

	/**
	 * Deletes the parent relation from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect ParentRelationLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param parentRelation the parent relation
	 * @return the parent relation that was removed
	 */
	@Override
	public org.preau.liferay.model.ParentRelation deleteParentRelation(
		org.preau.liferay.model.ParentRelation parentRelation) {

		return _parentRelationLocalService.deleteParentRelation(parentRelation);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel deletePersistedModel(
			com.liferay.portal.kernel.model.PersistedModel persistedModel)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _parentRelationLocalService.deletePersistedModel(persistedModel);
	}

	@Override
	public <T> T dslQuery(com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {
		return _parentRelationLocalService.dslQuery(dslQuery);
	}

	@Override
	public int dslQueryCount(
		com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {

		return _parentRelationLocalService.dslQueryCount(dslQuery);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery() {
		return _parentRelationLocalService.dynamicQuery();
	}

	/**
	 * Performs a dynamic query on the database and returns the matching rows.
	 *
	 * @param dynamicQuery the dynamic query
	 * @return the matching rows
	 */
	@Override
	public <T> java.util.List<T> dynamicQuery(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery) {

		return _parentRelationLocalService.dynamicQuery(dynamicQuery);
	}

	/**
	 * Performs a dynamic query on the database and returns a range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>org.preau.liferay.model.impl.ParentRelationModelImpl</code>.
	 * </p>
	 *
	 * @param dynamicQuery the dynamic query
	 * @param start the lower bound of the range of model instances
	 * @param end the upper bound of the range of model instances (not inclusive)
	 * @return the range of matching rows
	 */
	@Override
	public <T> java.util.List<T> dynamicQuery(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery, int start,
		int end) {

		return _parentRelationLocalService.dynamicQuery(
			dynamicQuery, start, end);
	}

	/**
	 * Performs a dynamic query on the database and returns an ordered range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>org.preau.liferay.model.impl.ParentRelationModelImpl</code>.
	 * </p>
	 *
	 * @param dynamicQuery the dynamic query
	 * @param start the lower bound of the range of model instances
	 * @param end the upper bound of the range of model instances (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching rows
	 */
	@Override
	public <T> java.util.List<T> dynamicQuery(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery, int start,
		int end,
		com.liferay.portal.kernel.util.OrderByComparator<T> orderByComparator) {

		return _parentRelationLocalService.dynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * Returns the number of rows matching the dynamic query.
	 *
	 * @param dynamicQuery the dynamic query
	 * @return the number of rows matching the dynamic query
	 */
	@Override
	public long dynamicQueryCount(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery) {

		return _parentRelationLocalService.dynamicQueryCount(dynamicQuery);
	}

	/**
	 * Returns the number of rows matching the dynamic query.
	 *
	 * @param dynamicQuery the dynamic query
	 * @param projection the projection to apply to the query
	 * @return the number of rows matching the dynamic query
	 */
	@Override
	public long dynamicQueryCount(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery,
		com.liferay.portal.kernel.dao.orm.Projection projection) {

		return _parentRelationLocalService.dynamicQueryCount(
			dynamicQuery, projection);
	}

	@Override
	public org.preau.liferay.model.ParentRelation fetchParentRelation(
		long parentRelationId) {

		return _parentRelationLocalService.fetchParentRelation(
			parentRelationId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return _parentRelationLocalService.getActionableDynamicQuery();
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
		getIndexableActionableDynamicQuery() {

		return _parentRelationLocalService.getIndexableActionableDynamicQuery();
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _parentRelationLocalService.getOSGiServiceIdentifier();
	}

	/**
	 * Returns the parent relation with the primary key.
	 *
	 * @param parentRelationId the primary key of the parent relation
	 * @return the parent relation
	 * @throws PortalException if a parent relation with the primary key could not be found
	 */
	@Override
	public org.preau.liferay.model.ParentRelation getParentRelation(
			long parentRelationId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _parentRelationLocalService.getParentRelation(parentRelationId);
	}

	/**
	 * Returns a range of all the parent relations.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>org.preau.liferay.model.impl.ParentRelationModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of parent relations
	 * @param end the upper bound of the range of parent relations (not inclusive)
	 * @return the range of parent relations
	 */
	@Override
	public java.util.List<org.preau.liferay.model.ParentRelation>
		getParentRelations(int start, int end) {

		return _parentRelationLocalService.getParentRelations(start, end);
	}

	@Override
	public java.util.List<org.preau.liferay.model.ParentRelation>
		getParentRelationsByParent(String parentExternalId) {

		return _parentRelationLocalService.getParentRelationsByParent(
			parentExternalId);
	}

	@Override
	public java.util.List<org.preau.liferay.model.ParentRelation>
		getParentRelationsByPupil(String pupilExternalId) {

		return _parentRelationLocalService.getParentRelationsByPupil(
			pupilExternalId);
	}

	@Override
	public java.util.List<org.preau.liferay.model.ParentRelation>
		getParentRelationsByUai(String uai, int start, int end) {

		return _parentRelationLocalService.getParentRelationsByUai(
			uai, start, end);
	}

	/**
	 * Returns the number of parent relations.
	 *
	 * @return the number of parent relations
	 */
	@Override
	public int getParentRelationsCount() {
		return _parentRelationLocalService.getParentRelationsCount();
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel getPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _parentRelationLocalService.getPersistedModel(primaryKeyObj);
	}

	/**
	 * Updates the parent relation in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect ParentRelationLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param parentRelation the parent relation
	 * @return the parent relation that was updated
	 */
	@Override
	public org.preau.liferay.model.ParentRelation updateParentRelation(
		org.preau.liferay.model.ParentRelation parentRelation) {

		return _parentRelationLocalService.updateParentRelation(parentRelation);
	}

	@Override
	public BasePersistence<?> getBasePersistence() {
		return _parentRelationLocalService.getBasePersistence();
	}

	@Override
	public ParentRelationLocalService getWrappedService() {
		return _parentRelationLocalService;
	}

	@Override
	public void setWrappedService(
		ParentRelationLocalService parentRelationLocalService) {

		_parentRelationLocalService = parentRelationLocalService;
	}

	private ParentRelationLocalService _parentRelationLocalService;

}