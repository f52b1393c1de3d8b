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

import org.preau.liferay.model.DirectoryMergedKey;

/**
 * Provides the local service utility for DirectoryMergedKey. This utility wraps
 * <code>org.preau.liferay.service.impl.DirectoryMergedKeyLocalServiceImpl</code> and
 * is an access point for service operations in application layer code running
 * on the local server. Methods of this service will not have security checks
 * based on the propagated JAAS credentials because this service can only be
 * accessed from within the same VM.
 *
 * @author Préau
 * @see DirectoryMergedKeyLocalService
 * @generated
 */
public class DirectoryMergedKeyLocalServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>org.preau.liferay.service.impl.DirectoryMergedKeyLocalServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
	 */

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
	public static DirectoryMergedKey addDirectoryMergedKey(
		DirectoryMergedKey directoryMergedKey) {

		return getService().addDirectoryMergedKey(directoryMergedKey);
	}

	public static DirectoryMergedKey addDirectoryMergedKey(
		long companyId, String uai, String source, String sourceId,
		String survivorExternalId, long directoryMergeId) {

		return getService().addDirectoryMergedKey(
			companyId, uai, source, sourceId, survivorExternalId,
			directoryMergeId);
	}

	/**
	 * Creates a new directory merged key with the primary key. Does not add the directory merged key to the database.
	 *
	 * @param directoryMergedKeyId the primary key for the new directory merged key
	 * @return the new directory merged key
	 */
	public static DirectoryMergedKey createDirectoryMergedKey(
		long directoryMergedKeyId) {

		return getService().createDirectoryMergedKey(directoryMergedKeyId);
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
	 * Deletes the directory merged key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect DirectoryMergedKeyLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param directoryMergedKey the directory merged key
	 * @return the directory merged key that was removed
	 */
	public static DirectoryMergedKey deleteDirectoryMergedKey(
		DirectoryMergedKey directoryMergedKey) {

		return getService().deleteDirectoryMergedKey(directoryMergedKey);
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
	public static DirectoryMergedKey deleteDirectoryMergedKey(
			long directoryMergedKeyId)
		throws PortalException {

		return getService().deleteDirectoryMergedKey(directoryMergedKeyId);
	}

	/**
	 * Deletes the keys a merge gave its survivor, as the merge is undone.
	 */
	public static void deleteDirectoryMergedKeys(long directoryMergeId) {
		getService().deleteDirectoryMergedKeys(directoryMergeId);
	}

	/**
	 * @throws PortalException
	 */
	public static PersistedModel deletePersistedModel(
			PersistedModel persistedModel)
		throws PortalException {

		return getService().deletePersistedModel(persistedModel);
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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>org.preau.liferay.model.impl.DirectoryMergedKeyModelImpl</code>.
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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>org.preau.liferay.model.impl.DirectoryMergedKeyModelImpl</code>.
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

	public static DirectoryMergedKey fetchDirectoryMergedKey(
		long directoryMergedKeyId) {

		return getService().fetchDirectoryMergedKey(directoryMergedKeyId);
	}

	public static com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return getService().getActionableDynamicQuery();
	}

	/**
	 * Returns the directory merged key with the primary key.
	 *
	 * @param directoryMergedKeyId the primary key of the directory merged key
	 * @return the directory merged key
	 * @throws PortalException if a directory merged key with the primary key could not be found
	 */
	public static DirectoryMergedKey getDirectoryMergedKey(
			long directoryMergedKeyId)
		throws PortalException {

		return getService().getDirectoryMergedKey(directoryMergedKeyId);
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
	public static List<DirectoryMergedKey> getDirectoryMergedKeys(
		int start, int end) {

		return getService().getDirectoryMergedKeys(start, end);
	}

	/**
	 * Returns the keys of the people merged into people of an establishment, while their merges hold.
	 */
	public static List<DirectoryMergedKey> getDirectoryMergedKeys(
		long companyId, String uai) {

		return getService().getDirectoryMergedKeys(companyId, uai);
	}

	/**
	 * Returns the number of directory merged keys.
	 *
	 * @return the number of directory merged keys
	 */
	public static int getDirectoryMergedKeysCount() {
		return getService().getDirectoryMergedKeysCount();
	}

	public static
		com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
			getIndexableActionableDynamicQuery() {

		return getService().getIndexableActionableDynamicQuery();
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
	 * Updates the directory merged key in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect DirectoryMergedKeyLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param directoryMergedKey the directory merged key
	 * @return the directory merged key that was updated
	 */
	public static DirectoryMergedKey updateDirectoryMergedKey(
		DirectoryMergedKey directoryMergedKey) {

		return getService().updateDirectoryMergedKey(directoryMergedKey);
	}

	public static DirectoryMergedKeyLocalService getService() {
		return _serviceSnapshot.get();
	}

	private static final Snapshot<DirectoryMergedKeyLocalService>
		_serviceSnapshot = new Snapshot<>(
			DirectoryMergedKeyLocalServiceUtil.class,
			DirectoryMergedKeyLocalService.class);

}