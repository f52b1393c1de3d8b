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

import org.preau.liferay.model.DirectoryMerge;

/**
 * Provides the local service utility for DirectoryMerge. This utility wraps
 * <code>org.preau.liferay.service.impl.DirectoryMergeLocalServiceImpl</code> and
 * is an access point for service operations in application layer code running
 * on the local server. Methods of this service will not have security checks
 * based on the propagated JAAS credentials because this service can only be
 * accessed from within the same VM.
 *
 * @author Préau
 * @see DirectoryMergeLocalService
 * @generated
 */
public class DirectoryMergeLocalServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>org.preau.liferay.service.impl.DirectoryMergeLocalServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
	 */

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
	public static DirectoryMerge addDirectoryMerge(
		DirectoryMerge directoryMerge) {

		return getService().addDirectoryMerge(directoryMerge);
	}

	/**
	 * Records a merge, not undone, with what it changed.
	 */
	public static DirectoryMerge addDirectoryMerge(
		long companyId, String uai, String survivorExternalId,
		String absorbedExternalId, String actor, java.util.Date createDate,
		String changes) {

		return getService().addDirectoryMerge(
			companyId, uai, survivorExternalId, absorbedExternalId, actor,
			createDate, changes);
	}

	/**
	 * Creates a new directory merge with the primary key. Does not add the directory merge to the database.
	 *
	 * @param directoryMergeId the primary key for the new directory merge
	 * @return the new directory merge
	 */
	public static DirectoryMerge createDirectoryMerge(long directoryMergeId) {
		return getService().createDirectoryMerge(directoryMergeId);
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
	 * Deletes the directory merge from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect DirectoryMergeLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param directoryMerge the directory merge
	 * @return the directory merge that was removed
	 */
	public static DirectoryMerge deleteDirectoryMerge(
		DirectoryMerge directoryMerge) {

		return getService().deleteDirectoryMerge(directoryMerge);
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
	public static DirectoryMerge deleteDirectoryMerge(long directoryMergeId)
		throws PortalException {

		return getService().deleteDirectoryMerge(directoryMergeId);
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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>org.preau.liferay.model.impl.DirectoryMergeModelImpl</code>.
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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>org.preau.liferay.model.impl.DirectoryMergeModelImpl</code>.
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

	public static DirectoryMerge fetchDirectoryMerge(long directoryMergeId) {
		return getService().fetchDirectoryMerge(directoryMergeId);
	}

	public static com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return getService().getActionableDynamicQuery();
	}

	/**
	 * Returns the directory merge with the primary key.
	 *
	 * @param directoryMergeId the primary key of the directory merge
	 * @return the directory merge
	 * @throws PortalException if a directory merge with the primary key could not be found
	 */
	public static DirectoryMerge getDirectoryMerge(long directoryMergeId)
		throws PortalException {

		return getService().getDirectoryMerge(directoryMergeId);
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
	public static List<DirectoryMerge> getDirectoryMerges(int start, int end) {
		return getService().getDirectoryMerges(start, end);
	}

	/**
	 * Returns the merges of an establishment, newest first.
	 */
	public static List<DirectoryMerge> getDirectoryMerges(
		long companyId, String uai, int start, int end) {

		return getService().getDirectoryMerges(companyId, uai, start, end);
	}

	/**
	 * Returns the number of directory merges.
	 *
	 * @return the number of directory merges
	 */
	public static int getDirectoryMergesCount() {
		return getService().getDirectoryMergesCount();
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
	 * Returns the merges, undone or not, whose survivor is the person of the external ID.
	 */
	public static List<DirectoryMerge> getSurvivorDirectoryMerges(
		long companyId, String survivorExternalId) {

		return getService().getSurvivorDirectoryMerges(
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
	public static DirectoryMerge updateDirectoryMerge(
		DirectoryMerge directoryMerge) {

		return getService().updateDirectoryMerge(directoryMerge);
	}

	public static DirectoryMergeLocalService getService() {
		return _serviceSnapshot.get();
	}

	private static final Snapshot<DirectoryMergeLocalService> _serviceSnapshot =
		new Snapshot<>(
			DirectoryMergeLocalServiceUtil.class,
			DirectoryMergeLocalService.class);

}