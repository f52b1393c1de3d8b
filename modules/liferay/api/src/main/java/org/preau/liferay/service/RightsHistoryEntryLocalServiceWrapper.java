/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package org.preau.liferay.service;

import com.liferay.portal.kernel.service.ServiceWrapper;
import com.liferay.portal.kernel.service.persistence.BasePersistence;

/**
 * Provides a wrapper for {@link RightsHistoryEntryLocalService}.
 *
 * @author Préau
 * @see RightsHistoryEntryLocalService
 * @generated
 */
public class RightsHistoryEntryLocalServiceWrapper
	implements RightsHistoryEntryLocalService,
			   ServiceWrapper<RightsHistoryEntryLocalService> {

	public RightsHistoryEntryLocalServiceWrapper() {
		this(null);
	}

	public RightsHistoryEntryLocalServiceWrapper(
		RightsHistoryEntryLocalService rightsHistoryEntryLocalService) {

		_rightsHistoryEntryLocalService = rightsHistoryEntryLocalService;
	}

	@Override
	public org.preau.liferay.model.RightsHistoryEntry addRightsHistoryEntry(
		long companyId, java.util.Date changeDate, String author, String uai,
		String kind, String subject, String beforeValue, String afterValue,
		String reason) {

		return _rightsHistoryEntryLocalService.addRightsHistoryEntry(
			companyId, changeDate, author, uai, kind, subject, beforeValue,
			afterValue, reason);
	}

	/**
	 * Adds the rights history entry to the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect RightsHistoryEntryLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param rightsHistoryEntry the rights history entry
	 * @return the rights history entry that was added
	 */
	@Override
	public org.preau.liferay.model.RightsHistoryEntry addRightsHistoryEntry(
		org.preau.liferay.model.RightsHistoryEntry rightsHistoryEntry) {

		return _rightsHistoryEntryLocalService.addRightsHistoryEntry(
			rightsHistoryEntry);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel createPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _rightsHistoryEntryLocalService.createPersistedModel(
			primaryKeyObj);
	}

	/**
	 * Creates a new rights history entry with the primary key. Does not add the rights history entry to the database.
	 *
	 * @param rightsHistoryEntryId the primary key for the new rights history entry
	 * @return the new rights history entry
	 */
	@Override
	public org.preau.liferay.model.RightsHistoryEntry createRightsHistoryEntry(
		long rightsHistoryEntryId) {

		return _rightsHistoryEntryLocalService.createRightsHistoryEntry(
			rightsHistoryEntryId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel deletePersistedModel(
			com.liferay.portal.kernel.model.PersistedModel persistedModel)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _rightsHistoryEntryLocalService.deletePersistedModel(
			persistedModel);
	}

	/**
	 * Deletes the rights history entry with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect RightsHistoryEntryLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param rightsHistoryEntryId the primary key of the rights history entry
	 * @return the rights history entry that was removed
	 * @throws PortalException if a rights history entry with the primary key could not be found
	 */
	@Override
	public org.preau.liferay.model.RightsHistoryEntry deleteRightsHistoryEntry(
			long rightsHistoryEntryId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _rightsHistoryEntryLocalService.deleteRightsHistoryEntry(
			rightsHistoryEntryId);
	}

	/**
	 * Deletes the rights history entry from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect RightsHistoryEntryLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param rightsHistoryEntry the rights history entry
	 * @return the rights history entry that was removed
	 */
	@Override
	public org.preau.liferay.model.RightsHistoryEntry deleteRightsHistoryEntry(
		org.preau.liferay.model.RightsHistoryEntry rightsHistoryEntry) {

		return _rightsHistoryEntryLocalService.deleteRightsHistoryEntry(
			rightsHistoryEntry);
	}

	@Override
	public <T> T dslQuery(com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {
		return _rightsHistoryEntryLocalService.dslQuery(dslQuery);
	}

	@Override
	public int dslQueryCount(
		com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {

		return _rightsHistoryEntryLocalService.dslQueryCount(dslQuery);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery() {
		return _rightsHistoryEntryLocalService.dynamicQuery();
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

		return _rightsHistoryEntryLocalService.dynamicQuery(dynamicQuery);
	}

	/**
	 * Performs a dynamic query on the database and returns a range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>org.preau.liferay.model.impl.RightsHistoryEntryModelImpl</code>.
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

		return _rightsHistoryEntryLocalService.dynamicQuery(
			dynamicQuery, start, end);
	}

	/**
	 * Performs a dynamic query on the database and returns an ordered range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>org.preau.liferay.model.impl.RightsHistoryEntryModelImpl</code>.
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

		return _rightsHistoryEntryLocalService.dynamicQuery(
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

		return _rightsHistoryEntryLocalService.dynamicQueryCount(dynamicQuery);
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

		return _rightsHistoryEntryLocalService.dynamicQueryCount(
			dynamicQuery, projection);
	}

	@Override
	public org.preau.liferay.model.RightsHistoryEntry fetchRightsHistoryEntry(
		long rightsHistoryEntryId) {

		return _rightsHistoryEntryLocalService.fetchRightsHistoryEntry(
			rightsHistoryEntryId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return _rightsHistoryEntryLocalService.getActionableDynamicQuery();
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
		getIndexableActionableDynamicQuery() {

		return _rightsHistoryEntryLocalService.
			getIndexableActionableDynamicQuery();
	}

	/**
	 * Returns a range of the company's changes, newest first: those of one school, or all of them when the school is
	 * null.
	 */
	@Override
	public java.util.List<org.preau.liferay.model.RightsHistoryEntry>
		getLatestRightsHistoryEntries(
			long companyId, String uai, int start, int end) {

		return _rightsHistoryEntryLocalService.getLatestRightsHistoryEntries(
			companyId, uai, start, end);
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _rightsHistoryEntryLocalService.getOSGiServiceIdentifier();
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel getPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _rightsHistoryEntryLocalService.getPersistedModel(primaryKeyObj);
	}

	/**
	 * Returns a range of all the rights history entries.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>org.preau.liferay.model.impl.RightsHistoryEntryModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of rights history entries
	 * @param end the upper bound of the range of rights history entries (not inclusive)
	 * @return the range of rights history entries
	 */
	@Override
	public java.util.List<org.preau.liferay.model.RightsHistoryEntry>
		getRightsHistoryEntries(int start, int end) {

		return _rightsHistoryEntryLocalService.getRightsHistoryEntries(
			start, end);
	}

	/**
	 * Returns the number of rights history entries.
	 *
	 * @return the number of rights history entries
	 */
	@Override
	public int getRightsHistoryEntriesCount() {
		return _rightsHistoryEntryLocalService.getRightsHistoryEntriesCount();
	}

	/**
	 * Returns the rights history entry with the primary key.
	 *
	 * @param rightsHistoryEntryId the primary key of the rights history entry
	 * @return the rights history entry
	 * @throws PortalException if a rights history entry with the primary key could not be found
	 */
	@Override
	public org.preau.liferay.model.RightsHistoryEntry getRightsHistoryEntry(
			long rightsHistoryEntryId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _rightsHistoryEntryLocalService.getRightsHistoryEntry(
			rightsHistoryEntryId);
	}

	/**
	 * Updates the rights history entry in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect RightsHistoryEntryLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param rightsHistoryEntry the rights history entry
	 * @return the rights history entry that was updated
	 */
	@Override
	public org.preau.liferay.model.RightsHistoryEntry updateRightsHistoryEntry(
		org.preau.liferay.model.RightsHistoryEntry rightsHistoryEntry) {

		return _rightsHistoryEntryLocalService.updateRightsHistoryEntry(
			rightsHistoryEntry);
	}

	@Override
	public BasePersistence<?> getBasePersistence() {
		return _rightsHistoryEntryLocalService.getBasePersistence();
	}

	@Override
	public RightsHistoryEntryLocalService getWrappedService() {
		return _rightsHistoryEntryLocalService;
	}

	@Override
	public void setWrappedService(
		RightsHistoryEntryLocalService rightsHistoryEntryLocalService) {

		_rightsHistoryEntryLocalService = rightsHistoryEntryLocalService;
	}

	private RightsHistoryEntryLocalService _rightsHistoryEntryLocalService;

}