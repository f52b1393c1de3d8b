/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package org.preau.liferay.service;

import com.liferay.petra.sql.dsl.query.DSLQuery;
import com.liferay.portal.kernel.dao.orm.DynamicQuery;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.PersistedModel;
import com.liferay.portal.kernel.module.service.Snapshot;
import com.liferay.portal.kernel.util.OrderByComparator;

import java.io.Serializable;

import java.util.List;

import org.preau.liferay.model.RightsHistoryEntry;

/**
 * Provides the local service utility for RightsHistoryEntry. This utility wraps
 * <code>org.preau.liferay.service.impl.RightsHistoryEntryLocalServiceImpl</code> and
 * is an access point for service operations in application layer code running
 * on the local server. Methods of this service will not have security checks
 * based on the propagated JAAS credentials because this service can only be
 * accessed from within the same VM.
 *
 * @author Préau
 * @see RightsHistoryEntryLocalService
 * @generated
 */
public class RightsHistoryEntryLocalServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>org.preau.liferay.service.impl.RightsHistoryEntryLocalServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static RightsHistoryEntry addRightsHistoryEntry(
		long companyId, java.util.Date changeDate, String author, String uai,
		String kind, String subject, String beforeValue, String afterValue,
		String reason) {

		return getService().addRightsHistoryEntry(
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
	public static RightsHistoryEntry addRightsHistoryEntry(
		RightsHistoryEntry rightsHistoryEntry) {

		return getService().addRightsHistoryEntry(rightsHistoryEntry);
	}

	/**
	 * @throws PortalException
	 */
	public static PersistedModel createPersistedModel(
			Serializable primaryKeyObj)
		throws PortalException {

		return getService().createPersistedModel(primaryKeyObj);
	}

	/**
	 * Creates a new rights history entry with the primary key. Does not add the rights history entry to the database.
	 *
	 * @param rightsHistoryEntryId the primary key for the new rights history entry
	 * @return the new rights history entry
	 */
	public static RightsHistoryEntry createRightsHistoryEntry(
		long rightsHistoryEntryId) {

		return getService().createRightsHistoryEntry(rightsHistoryEntryId);
	}

	/**
	 * @throws PortalException
	 */
	public static PersistedModel deletePersistedModel(
			PersistedModel persistedModel)
		throws PortalException {

		return getService().deletePersistedModel(persistedModel);
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
	public static RightsHistoryEntry deleteRightsHistoryEntry(
			long rightsHistoryEntryId)
		throws PortalException {

		return getService().deleteRightsHistoryEntry(rightsHistoryEntryId);
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
	public static RightsHistoryEntry deleteRightsHistoryEntry(
		RightsHistoryEntry rightsHistoryEntry) {

		return getService().deleteRightsHistoryEntry(rightsHistoryEntry);
	}

	public static <T> T dslQuery(DSLQuery dslQuery) {
		return getService().dslQuery(dslQuery);
	}

	public static int dslQueryCount(DSLQuery dslQuery) {
		return getService().dslQueryCount(dslQuery);
	}

	public static DynamicQuery dynamicQuery() {
		return getService().dynamicQuery();
	}

	/**
	 * Performs a dynamic query on the database and returns the matching rows.
	 *
	 * @param dynamicQuery the dynamic query
	 * @return the matching rows
	 */
	public static <T> List<T> dynamicQuery(DynamicQuery dynamicQuery) {
		return getService().dynamicQuery(dynamicQuery);
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
	public static <T> List<T> dynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getService().dynamicQuery(dynamicQuery, start, end);
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
	public static <T> List<T> dynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<T> orderByComparator) {

		return getService().dynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * Returns the number of rows matching the dynamic query.
	 *
	 * @param dynamicQuery the dynamic query
	 * @return the number of rows matching the dynamic query
	 */
	public static long dynamicQueryCount(DynamicQuery dynamicQuery) {
		return getService().dynamicQueryCount(dynamicQuery);
	}

	/**
	 * Returns the number of rows matching the dynamic query.
	 *
	 * @param dynamicQuery the dynamic query
	 * @param projection the projection to apply to the query
	 * @return the number of rows matching the dynamic query
	 */
	public static long dynamicQueryCount(
		DynamicQuery dynamicQuery,
		com.liferay.portal.kernel.dao.orm.Projection projection) {

		return getService().dynamicQueryCount(dynamicQuery, projection);
	}

	public static RightsHistoryEntry fetchRightsHistoryEntry(
		long rightsHistoryEntryId) {

		return getService().fetchRightsHistoryEntry(rightsHistoryEntryId);
	}

	public static com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return getService().getActionableDynamicQuery();
	}

	public static
		com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
			getIndexableActionableDynamicQuery() {

		return getService().getIndexableActionableDynamicQuery();
	}

	/**
	 * Returns a range of the company's changes, newest first: those of one school, or all of them when the school is
	 * null.
	 */
	public static List<RightsHistoryEntry> getLatestRightsHistoryEntries(
		long companyId, String uai, int start, int end) {

		return getService().getLatestRightsHistoryEntries(
			companyId, uai, start, end);
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public static String getOSGiServiceIdentifier() {
		return getService().getOSGiServiceIdentifier();
	}

	/**
	 * @throws PortalException
	 */
	public static PersistedModel getPersistedModel(Serializable primaryKeyObj)
		throws PortalException {

		return getService().getPersistedModel(primaryKeyObj);
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
	public static List<RightsHistoryEntry> getRightsHistoryEntries(
		int start, int end) {

		return getService().getRightsHistoryEntries(start, end);
	}

	/**
	 * Returns the number of rights history entries.
	 *
	 * @return the number of rights history entries
	 */
	public static int getRightsHistoryEntriesCount() {
		return getService().getRightsHistoryEntriesCount();
	}

	/**
	 * Returns the rights history entry with the primary key.
	 *
	 * @param rightsHistoryEntryId the primary key of the rights history entry
	 * @return the rights history entry
	 * @throws PortalException if a rights history entry with the primary key could not be found
	 */
	public static RightsHistoryEntry getRightsHistoryEntry(
			long rightsHistoryEntryId)
		throws PortalException {

		return getService().getRightsHistoryEntry(rightsHistoryEntryId);
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
	public static RightsHistoryEntry updateRightsHistoryEntry(
		RightsHistoryEntry rightsHistoryEntry) {

		return getService().updateRightsHistoryEntry(rightsHistoryEntry);
	}

	public static RightsHistoryEntryLocalService getService() {
		return _serviceSnapshot.get();
	}

	private static final Snapshot<RightsHistoryEntryLocalService>
		_serviceSnapshot = new Snapshot<>(
			RightsHistoryEntryLocalServiceUtil.class,
			RightsHistoryEntryLocalService.class);

}