/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package org.preau.liferay.service;

import com.liferay.portal.kernel.service.ServiceWrapper;
import com.liferay.portal.kernel.service.persistence.BasePersistence;

/**
 * Provides a wrapper for {@link DirectoryMergeLocalService}.
 *
 * @author Préau
 * @see DirectoryMergeLocalService
 * @generated
 */
public class DirectoryMergeLocalServiceWrapper
	implements DirectoryMergeLocalService,
			   ServiceWrapper<DirectoryMergeLocalService> {

	public DirectoryMergeLocalServiceWrapper() {
		this(null);
	}

	public DirectoryMergeLocalServiceWrapper(
		DirectoryMergeLocalService directoryMergeLocalService) {

		_directoryMergeLocalService = directoryMergeLocalService;
	}

	/**
	 * Adds the directory merge to the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect DirectoryMergeLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param directoryMerge the directory merge
	 * @return the directory merge that was added
	 */
	@Override
	public org.preau.liferay.model.DirectoryMerge addDirectoryMerge(
		org.preau.liferay.model.DirectoryMerge directoryMerge) {

		return _directoryMergeLocalService.addDirectoryMerge(directoryMerge);
	}

	/**
	 * Records a merge, not undone, with what it changed.
	 */
	@Override
	public org.preau.liferay.model.DirectoryMerge addDirectoryMerge(
		long companyId, String uai, String survivorExternalId,
		String absorbedExternalId, String actor, java.util.Date createDate,
		String changes) {

		return _directoryMergeLocalService.addDirectoryMerge(
			companyId, uai, survivorExternalId, absorbedExternalId, actor,
			createDate, changes);
	}

	/**
	 * Creates a new directory merge with the primary key. Does not add the directory merge to the database.
	 *
	 * @param directoryMergeId the primary key for the new directory merge
	 * @return the new directory merge
	 */
	@Override
	public org.preau.liferay.model.DirectoryMerge createDirectoryMerge(
		long directoryMergeId) {

		return _directoryMergeLocalService.createDirectoryMerge(
			directoryMergeId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel createPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _directoryMergeLocalService.createPersistedModel(primaryKeyObj);
	}

	/**
	 * Deletes the directory merge from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect DirectoryMergeLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param directoryMerge the directory merge
	 * @return the directory merge that was removed
	 */
	@Override
	public org.preau.liferay.model.DirectoryMerge deleteDirectoryMerge(
		org.preau.liferay.model.DirectoryMerge directoryMerge) {

		return _directoryMergeLocalService.deleteDirectoryMerge(directoryMerge);
	}

	/**
	 * Deletes the directory merge with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect DirectoryMergeLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param directoryMergeId the primary key of the directory merge
	 * @return the directory merge that was removed
	 * @throws PortalException if a directory merge with the primary key could not be found
	 */
	@Override
	public org.preau.liferay.model.DirectoryMerge deleteDirectoryMerge(
			long directoryMergeId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _directoryMergeLocalService.deleteDirectoryMerge(
			directoryMergeId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel deletePersistedModel(
			com.liferay.portal.kernel.model.PersistedModel persistedModel)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _directoryMergeLocalService.deletePersistedModel(persistedModel);
	}

	@Override
	public <T> T dslQuery(com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {
		return _directoryMergeLocalService.dslQuery(dslQuery);
	}

	@Override
	public int dslQueryCount(
		com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {

		return _directoryMergeLocalService.dslQueryCount(dslQuery);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery() {
		return _directoryMergeLocalService.dynamicQuery();
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

		return _directoryMergeLocalService.dynamicQuery(dynamicQuery);
	}

	/**
	 * Performs a dynamic query on the database and returns a range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>org.preau.liferay.model.impl.DirectoryMergeModelImpl</code>.
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

		return _directoryMergeLocalService.dynamicQuery(
			dynamicQuery, start, end);
	}

	/**
	 * Performs a dynamic query on the database and returns an ordered range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>org.preau.liferay.model.impl.DirectoryMergeModelImpl</code>.
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

		return _directoryMergeLocalService.dynamicQuery(
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

		return _directoryMergeLocalService.dynamicQueryCount(dynamicQuery);
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

		return _directoryMergeLocalService.dynamicQueryCount(
			dynamicQuery, projection);
	}

	@Override
	public org.preau.liferay.model.DirectoryMerge fetchDirectoryMerge(
		long directoryMergeId) {

		return _directoryMergeLocalService.fetchDirectoryMerge(
			directoryMergeId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return _directoryMergeLocalService.getActionableDynamicQuery();
	}

	/**
	 * Returns the directory merge with the primary key.
	 *
	 * @param directoryMergeId the primary key of the directory merge
	 * @return the directory merge
	 * @throws PortalException if a directory merge with the primary key could not be found
	 */
	@Override
	public org.preau.liferay.model.DirectoryMerge getDirectoryMerge(
			long directoryMergeId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _directoryMergeLocalService.getDirectoryMerge(directoryMergeId);
	}

	/**
	 * Returns a range of all the directory merges.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>org.preau.liferay.model.impl.DirectoryMergeModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of directory merges
	 * @param end the upper bound of the range of directory merges (not inclusive)
	 * @return the range of directory merges
	 */
	@Override
	public java.util.List<org.preau.liferay.model.DirectoryMerge>
		getDirectoryMerges(int start, int end) {

		return _directoryMergeLocalService.getDirectoryMerges(start, end);
	}

	/**
	 * Returns the merges of an establishment, newest first.
	 */
	@Override
	public java.util.List<org.preau.liferay.model.DirectoryMerge>
		getDirectoryMerges(long companyId, String uai, int start, int end) {

		return _directoryMergeLocalService.getDirectoryMerges(
			companyId, uai, start, end);
	}

	/**
	 * Returns the number of directory merges.
	 *
	 * @return the number of directory merges
	 */
	@Override
	public int getDirectoryMergesCount() {
		return _directoryMergeLocalService.getDirectoryMergesCount();
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
		getIndexableActionableDynamicQuery() {

		return _directoryMergeLocalService.getIndexableActionableDynamicQuery();
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _directoryMergeLocalService.getOSGiServiceIdentifier();
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel getPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _directoryMergeLocalService.getPersistedModel(primaryKeyObj);
	}

	/**
	 * Returns the merges, undone or not, whose survivor is the person of the external ID.
	 */
	@Override
	public java.util.List<org.preau.liferay.model.DirectoryMerge>
		getSurvivorDirectoryMerges(long companyId, String survivorExternalId) {

		return _directoryMergeLocalService.getSurvivorDirectoryMerges(
			companyId, survivorExternalId);
	}

	/**
	 * Updates the directory merge in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect DirectoryMergeLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param directoryMerge the directory merge
	 * @return the directory merge that was updated
	 */
	@Override
	public org.preau.liferay.model.DirectoryMerge updateDirectoryMerge(
		org.preau.liferay.model.DirectoryMerge directoryMerge) {

		return _directoryMergeLocalService.updateDirectoryMerge(directoryMerge);
	}

	@Override
	public BasePersistence<?> getBasePersistence() {
		return _directoryMergeLocalService.getBasePersistence();
	}

	@Override
	public DirectoryMergeLocalService getWrappedService() {
		return _directoryMergeLocalService;
	}

	@Override
	public void setWrappedService(
		DirectoryMergeLocalService directoryMergeLocalService) {

		_directoryMergeLocalService = directoryMergeLocalService;
	}

	private DirectoryMergeLocalService _directoryMergeLocalService;

}