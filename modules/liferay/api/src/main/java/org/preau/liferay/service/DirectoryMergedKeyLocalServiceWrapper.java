/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package org.preau.liferay.service;

import com.liferay.portal.kernel.service.ServiceWrapper;
import com.liferay.portal.kernel.service.persistence.BasePersistence;

/**
 * Provides a wrapper for {@link DirectoryMergedKeyLocalService}.
 *
 * @author Préau
 * @see DirectoryMergedKeyLocalService
 * @generated
 */
public class DirectoryMergedKeyLocalServiceWrapper
	implements DirectoryMergedKeyLocalService,
			   ServiceWrapper<DirectoryMergedKeyLocalService> {

	public DirectoryMergedKeyLocalServiceWrapper() {
		this(null);
	}

	public DirectoryMergedKeyLocalServiceWrapper(
		DirectoryMergedKeyLocalService directoryMergedKeyLocalService) {

		_directoryMergedKeyLocalService = directoryMergedKeyLocalService;
	}

	/**
	 * Adds the directory merged key to the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect DirectoryMergedKeyLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param directoryMergedKey the directory merged key
	 * @return the directory merged key that was added
	 */
	@Override
	public org.preau.liferay.model.DirectoryMergedKey addDirectoryMergedKey(
		org.preau.liferay.model.DirectoryMergedKey directoryMergedKey) {

		return _directoryMergedKeyLocalService.addDirectoryMergedKey(
			directoryMergedKey);
	}

	@Override
	public org.preau.liferay.model.DirectoryMergedKey addDirectoryMergedKey(
		long companyId, String uai, String source, String sourceId,
		String survivorExternalId, long directoryMergeId) {

		return _directoryMergedKeyLocalService.addDirectoryMergedKey(
			companyId, uai, source, sourceId, survivorExternalId,
			directoryMergeId);
	}

	/**
	 * Creates a new directory merged key with the primary key. Does not add the directory merged key to the database.
	 *
	 * @param directoryMergedKeyId the primary key for the new directory merged key
	 * @return the new directory merged key
	 */
	@Override
	public org.preau.liferay.model.DirectoryMergedKey createDirectoryMergedKey(
		long directoryMergedKeyId) {

		return _directoryMergedKeyLocalService.createDirectoryMergedKey(
			directoryMergedKeyId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel createPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _directoryMergedKeyLocalService.createPersistedModel(
			primaryKeyObj);
	}

	/**
	 * Deletes the directory merged key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect DirectoryMergedKeyLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param directoryMergedKey the directory merged key
	 * @return the directory merged key that was removed
	 */
	@Override
	public org.preau.liferay.model.DirectoryMergedKey deleteDirectoryMergedKey(
		org.preau.liferay.model.DirectoryMergedKey directoryMergedKey) {

		return _directoryMergedKeyLocalService.deleteDirectoryMergedKey(
			directoryMergedKey);
	}

	/**
	 * Deletes the directory merged key with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect DirectoryMergedKeyLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param directoryMergedKeyId the primary key of the directory merged key
	 * @return the directory merged key that was removed
	 * @throws PortalException if a directory merged key with the primary key could not be found
	 */
	@Override
	public org.preau.liferay.model.DirectoryMergedKey deleteDirectoryMergedKey(
			long directoryMergedKeyId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _directoryMergedKeyLocalService.deleteDirectoryMergedKey(
			directoryMergedKeyId);
	}

	/**
	 * Deletes the keys a merge gave its survivor, as the merge is undone.
	 */
	@Override
	public void deleteDirectoryMergedKeys(long directoryMergeId) {
		_directoryMergedKeyLocalService.deleteDirectoryMergedKeys(
			directoryMergeId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel deletePersistedModel(
			com.liferay.portal.kernel.model.PersistedModel persistedModel)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _directoryMergedKeyLocalService.deletePersistedModel(
			persistedModel);
	}

	@Override
	public <T> T dslQuery(com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {
		return _directoryMergedKeyLocalService.dslQuery(dslQuery);
	}

	@Override
	public int dslQueryCount(
		com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {

		return _directoryMergedKeyLocalService.dslQueryCount(dslQuery);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery() {
		return _directoryMergedKeyLocalService.dynamicQuery();
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

		return _directoryMergedKeyLocalService.dynamicQuery(dynamicQuery);
	}

	/**
	 * Performs a dynamic query on the database and returns a range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>org.preau.liferay.model.impl.DirectoryMergedKeyModelImpl</code>.
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

		return _directoryMergedKeyLocalService.dynamicQuery(
			dynamicQuery, start, end);
	}

	/**
	 * Performs a dynamic query on the database and returns an ordered range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>org.preau.liferay.model.impl.DirectoryMergedKeyModelImpl</code>.
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

		return _directoryMergedKeyLocalService.dynamicQuery(
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

		return _directoryMergedKeyLocalService.dynamicQueryCount(dynamicQuery);
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

		return _directoryMergedKeyLocalService.dynamicQueryCount(
			dynamicQuery, projection);
	}

	@Override
	public org.preau.liferay.model.DirectoryMergedKey fetchDirectoryMergedKey(
		long directoryMergedKeyId) {

		return _directoryMergedKeyLocalService.fetchDirectoryMergedKey(
			directoryMergedKeyId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return _directoryMergedKeyLocalService.getActionableDynamicQuery();
	}

	/**
	 * Returns the directory merged key with the primary key.
	 *
	 * @param directoryMergedKeyId the primary key of the directory merged key
	 * @return the directory merged key
	 * @throws PortalException if a directory merged key with the primary key could not be found
	 */
	@Override
	public org.preau.liferay.model.DirectoryMergedKey getDirectoryMergedKey(
			long directoryMergedKeyId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _directoryMergedKeyLocalService.getDirectoryMergedKey(
			directoryMergedKeyId);
	}

	/**
	 * Returns a range of all the directory merged keys.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>org.preau.liferay.model.impl.DirectoryMergedKeyModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of directory merged keys
	 * @param end the upper bound of the range of directory merged keys (not inclusive)
	 * @return the range of directory merged keys
	 */
	@Override
	public java.util.List<org.preau.liferay.model.DirectoryMergedKey>
		getDirectoryMergedKeys(int start, int end) {

		return _directoryMergedKeyLocalService.getDirectoryMergedKeys(
			start, end);
	}

	/**
	 * Returns the keys of the people merged into people of an establishment, while their merges hold.
	 */
	@Override
	public java.util.List<org.preau.liferay.model.DirectoryMergedKey>
		getDirectoryMergedKeys(long companyId, String uai) {

		return _directoryMergedKeyLocalService.getDirectoryMergedKeys(
			companyId, uai);
	}

	/**
	 * Returns the number of directory merged keys.
	 *
	 * @return the number of directory merged keys
	 */
	@Override
	public int getDirectoryMergedKeysCount() {
		return _directoryMergedKeyLocalService.getDirectoryMergedKeysCount();
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
		getIndexableActionableDynamicQuery() {

		return _directoryMergedKeyLocalService.
			getIndexableActionableDynamicQuery();
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _directoryMergedKeyLocalService.getOSGiServiceIdentifier();
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel getPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _directoryMergedKeyLocalService.getPersistedModel(primaryKeyObj);
	}

	/**
	 * Updates the directory merged key in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect DirectoryMergedKeyLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param directoryMergedKey the directory merged key
	 * @return the directory merged key that was updated
	 */
	@Override
	public org.preau.liferay.model.DirectoryMergedKey updateDirectoryMergedKey(
		org.preau.liferay.model.DirectoryMergedKey directoryMergedKey) {

		return _directoryMergedKeyLocalService.updateDirectoryMergedKey(
			directoryMergedKey);
	}

	@Override
	public BasePersistence<?> getBasePersistence() {
		return _directoryMergedKeyLocalService.getBasePersistence();
	}

	@Override
	public DirectoryMergedKeyLocalService getWrappedService() {
		return _directoryMergedKeyLocalService;
	}

	@Override
	public void setWrappedService(
		DirectoryMergedKeyLocalService directoryMergedKeyLocalService) {

		_directoryMergedKeyLocalService = directoryMergedKeyLocalService;
	}

	private DirectoryMergedKeyLocalService _directoryMergedKeyLocalService;

}