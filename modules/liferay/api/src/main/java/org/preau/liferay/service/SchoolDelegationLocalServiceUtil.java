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

import org.preau.liferay.model.SchoolDelegation;

/**
 * Provides the local service utility for SchoolDelegation. This utility wraps
 * <code>org.preau.liferay.service.impl.SchoolDelegationLocalServiceImpl</code> and
 * is an access point for service operations in application layer code running
 * on the local server. Methods of this service will not have security checks
 * based on the propagated JAAS credentials because this service can only be
 * accessed from within the same VM.
 *
 * @author Préau
 * @see SchoolDelegationLocalService
 * @generated
 */
public class SchoolDelegationLocalServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>org.preau.liferay.service.impl.SchoolDelegationLocalServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static SchoolDelegation addSchoolDelegation(
		long companyId, String kind, String login, String uai,
		java.util.Date untilDate, String author, java.util.Date createDate,
		String reason) {

		return getService().addSchoolDelegation(
			companyId, kind, login, uai, untilDate, author, createDate, reason);
	}

	/**
	 * Adds the school delegation to the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect SchoolDelegationLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param schoolDelegation the school delegation
	 * @return the school delegation that was added
	 */
	public static SchoolDelegation addSchoolDelegation(
		SchoolDelegation schoolDelegation) {

		return getService().addSchoolDelegation(schoolDelegation);
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
	 * Creates a new school delegation with the primary key. Does not add the school delegation to the database.
	 *
	 * @param schoolDelegationId the primary key for the new school delegation
	 * @return the new school delegation
	 */
	public static SchoolDelegation createSchoolDelegation(
		long schoolDelegationId) {

		return getService().createSchoolDelegation(schoolDelegationId);
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
	 * Deletes the school delegation with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect SchoolDelegationLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param schoolDelegationId the primary key of the school delegation
	 * @return the school delegation that was removed
	 * @throws PortalException if a school delegation with the primary key could not be found
	 */
	public static SchoolDelegation deleteSchoolDelegation(
			long schoolDelegationId)
		throws PortalException {

		return getService().deleteSchoolDelegation(schoolDelegationId);
	}

	/**
	 * Deletes the school delegation from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect SchoolDelegationLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param schoolDelegation the school delegation
	 * @return the school delegation that was removed
	 */
	public static SchoolDelegation deleteSchoolDelegation(
		SchoolDelegation schoolDelegation) {

		return getService().deleteSchoolDelegation(schoolDelegation);
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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>org.preau.liferay.model.impl.SchoolDelegationModelImpl</code>.
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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>org.preau.liferay.model.impl.SchoolDelegationModelImpl</code>.
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

	public static SchoolDelegation fetchSchoolDelegation(
		long schoolDelegationId) {

		return getService().fetchSchoolDelegation(schoolDelegationId);
	}

	public static com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return getService().getActionableDynamicQuery();
	}

	/**
	 * Returns every delegation of the company, lapsed ones included.
	 */
	public static List<SchoolDelegation> getCompanySchoolDelegations(
		long companyId) {

		return getService().getCompanySchoolDelegations(companyId);
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
	 * Returns the school delegation with the primary key.
	 *
	 * @param schoolDelegationId the primary key of the school delegation
	 * @return the school delegation
	 * @throws PortalException if a school delegation with the primary key could not be found
	 */
	public static SchoolDelegation getSchoolDelegation(long schoolDelegationId)
		throws PortalException {

		return getService().getSchoolDelegation(schoolDelegationId);
	}

	/**
	 * Returns a range of all the school delegations.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>org.preau.liferay.model.impl.SchoolDelegationModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of school delegations
	 * @param end the upper bound of the range of school delegations (not inclusive)
	 * @return the range of school delegations
	 */
	public static List<SchoolDelegation> getSchoolDelegations(
		int start, int end) {

		return getService().getSchoolDelegations(start, end);
	}

	/**
	 * Returns the number of school delegations.
	 *
	 * @return the number of school delegations
	 */
	public static int getSchoolDelegationsCount() {
		return getService().getSchoolDelegationsCount();
	}

	/**
	 * Updates the school delegation in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect SchoolDelegationLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param schoolDelegation the school delegation
	 * @return the school delegation that was updated
	 */
	public static SchoolDelegation updateSchoolDelegation(
		SchoolDelegation schoolDelegation) {

		return getService().updateSchoolDelegation(schoolDelegation);
	}

	public static SchoolDelegationLocalService getService() {
		return _serviceSnapshot.get();
	}

	private static final Snapshot<SchoolDelegationLocalService>
		_serviceSnapshot = new Snapshot<>(
			SchoolDelegationLocalServiceUtil.class,
			SchoolDelegationLocalService.class);

}