/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package org.preau.liferay.service.persistence;

import com.liferay.portal.kernel.dao.orm.DynamicQuery;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.util.OrderByComparator;

import java.io.Serializable;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.preau.liferay.model.SchoolDelegation;

/**
 * The persistence utility for the school delegation service. This utility wraps <code>org.preau.liferay.service.persistence.impl.SchoolDelegationPersistenceImpl</code> and provides direct access to the database for CRUD operations. This utility should only be used by the service layer, as it must operate within a transaction. Never access this utility in a JSP, controller, model, or other front-end class.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Préau
 * @see SchoolDelegationPersistence
 * @generated
 */
public class SchoolDelegationUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this class.
	 */

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#clearCache()
	 */
	public static void clearCache() {
		getPersistence().clearCache();
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#clearCache(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static void clearCache(SchoolDelegation schoolDelegation) {
		getPersistence().clearCache(schoolDelegation);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#countWithDynamicQuery(DynamicQuery)
	 */
	public static long countWithDynamicQuery(DynamicQuery dynamicQuery) {
		return getPersistence().countWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#fetchByPrimaryKeys(Set)
	 */
	public static Map<Serializable, SchoolDelegation> fetchByPrimaryKeys(
		Set<Serializable> primaryKeys) {

		return getPersistence().fetchByPrimaryKeys(primaryKeys);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery)
	 */
	public static List<SchoolDelegation> findWithDynamicQuery(
		DynamicQuery dynamicQuery) {

		return getPersistence().findWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int)
	 */
	public static List<SchoolDelegation> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getPersistence().findWithDynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int, OrderByComparator)
	 */
	public static List<SchoolDelegation> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<SchoolDelegation> orderByComparator) {

		return getPersistence().findWithDynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static SchoolDelegation update(SchoolDelegation schoolDelegation) {
		return getPersistence().update(schoolDelegation);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel, ServiceContext)
	 */
	public static SchoolDelegation update(
		SchoolDelegation schoolDelegation, ServiceContext serviceContext) {

		return getPersistence().update(schoolDelegation, serviceContext);
	}

	/**
	 * Returns all the school delegations where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @return the matching school delegations
	 */
	public static List<SchoolDelegation> findByCompanyId(long companyId) {
		return getPersistence().findByCompanyId(companyId);
	}

	/**
	 * Returns a range of all the school delegations where companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SchoolDelegationModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param start the lower bound of the range of school delegations
	 * @param end the upper bound of the range of school delegations (not inclusive)
	 * @return the range of matching school delegations
	 */
	public static List<SchoolDelegation> findByCompanyId(
		long companyId, int start, int end) {

		return getPersistence().findByCompanyId(companyId, start, end);
	}

	/**
	 * Returns an ordered range of all the school delegations where companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SchoolDelegationModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param start the lower bound of the range of school delegations
	 * @param end the upper bound of the range of school delegations (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching school delegations
	 */
	public static List<SchoolDelegation> findByCompanyId(
		long companyId, int start, int end,
		OrderByComparator<SchoolDelegation> orderByComparator) {

		return getPersistence().findByCompanyId(
			companyId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the school delegations where companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SchoolDelegationModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param start the lower bound of the range of school delegations
	 * @param end the upper bound of the range of school delegations (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching school delegations
	 */
	public static List<SchoolDelegation> findByCompanyId(
		long companyId, int start, int end,
		OrderByComparator<SchoolDelegation> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByCompanyId(
			companyId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first school delegation in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching school delegation
	 * @throws NoSuchSchoolDelegationException if a matching school delegation could not be found
	 */
	public static SchoolDelegation findByCompanyId_First(
			long companyId,
			OrderByComparator<SchoolDelegation> orderByComparator)
		throws org.preau.liferay.exception.NoSuchSchoolDelegationException {

		return getPersistence().findByCompanyId_First(
			companyId, orderByComparator);
	}

	/**
	 * Returns the first school delegation in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching school delegation, or <code>null</code> if a matching school delegation could not be found
	 */
	public static SchoolDelegation fetchByCompanyId_First(
		long companyId, OrderByComparator<SchoolDelegation> orderByComparator) {

		return getPersistence().fetchByCompanyId_First(
			companyId, orderByComparator);
	}

	/**
	 * Returns the last school delegation in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching school delegation
	 * @throws NoSuchSchoolDelegationException if a matching school delegation could not be found
	 */
	public static SchoolDelegation findByCompanyId_Last(
			long companyId,
			OrderByComparator<SchoolDelegation> orderByComparator)
		throws org.preau.liferay.exception.NoSuchSchoolDelegationException {

		return getPersistence().findByCompanyId_Last(
			companyId, orderByComparator);
	}

	/**
	 * Returns the last school delegation in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching school delegation, or <code>null</code> if a matching school delegation could not be found
	 */
	public static SchoolDelegation fetchByCompanyId_Last(
		long companyId, OrderByComparator<SchoolDelegation> orderByComparator) {

		return getPersistence().fetchByCompanyId_Last(
			companyId, orderByComparator);
	}

	/**
	 * Returns the school delegations before and after the current school delegation in the ordered set where companyId = &#63;.
	 *
	 * @param schoolDelegationId the primary key of the current school delegation
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next school delegation
	 * @throws NoSuchSchoolDelegationException if a school delegation with the primary key could not be found
	 */
	public static SchoolDelegation[] findByCompanyId_PrevAndNext(
			long schoolDelegationId, long companyId,
			OrderByComparator<SchoolDelegation> orderByComparator)
		throws org.preau.liferay.exception.NoSuchSchoolDelegationException {

		return getPersistence().findByCompanyId_PrevAndNext(
			schoolDelegationId, companyId, orderByComparator);
	}

	/**
	 * Removes all the school delegations where companyId = &#63; from the database.
	 *
	 * @param companyId the company ID
	 */
	public static void removeByCompanyId(long companyId) {
		getPersistence().removeByCompanyId(companyId);
	}

	/**
	 * Returns the number of school delegations where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @return the number of matching school delegations
	 */
	public static int countByCompanyId(long companyId) {
		return getPersistence().countByCompanyId(companyId);
	}

	/**
	 * Caches the school delegation in the entity cache if it is enabled.
	 *
	 * @param schoolDelegation the school delegation
	 */
	public static void cacheResult(SchoolDelegation schoolDelegation) {
		getPersistence().cacheResult(schoolDelegation);
	}

	/**
	 * Caches the school delegations in the entity cache if it is enabled.
	 *
	 * @param schoolDelegations the school delegations
	 */
	public static void cacheResult(List<SchoolDelegation> schoolDelegations) {
		getPersistence().cacheResult(schoolDelegations);
	}

	/**
	 * Creates a new school delegation with the primary key. Does not add the school delegation to the database.
	 *
	 * @param schoolDelegationId the primary key for the new school delegation
	 * @return the new school delegation
	 */
	public static SchoolDelegation create(long schoolDelegationId) {
		return getPersistence().create(schoolDelegationId);
	}

	/**
	 * Removes the school delegation with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param schoolDelegationId the primary key of the school delegation
	 * @return the school delegation that was removed
	 * @throws NoSuchSchoolDelegationException if a school delegation with the primary key could not be found
	 */
	public static SchoolDelegation remove(long schoolDelegationId)
		throws org.preau.liferay.exception.NoSuchSchoolDelegationException {

		return getPersistence().remove(schoolDelegationId);
	}

	public static SchoolDelegation updateImpl(
		SchoolDelegation schoolDelegation) {

		return getPersistence().updateImpl(schoolDelegation);
	}

	/**
	 * Returns the school delegation with the primary key or throws a <code>NoSuchSchoolDelegationException</code> if it could not be found.
	 *
	 * @param schoolDelegationId the primary key of the school delegation
	 * @return the school delegation
	 * @throws NoSuchSchoolDelegationException if a school delegation with the primary key could not be found
	 */
	public static SchoolDelegation findByPrimaryKey(long schoolDelegationId)
		throws org.preau.liferay.exception.NoSuchSchoolDelegationException {

		return getPersistence().findByPrimaryKey(schoolDelegationId);
	}

	/**
	 * Returns the school delegation with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param schoolDelegationId the primary key of the school delegation
	 * @return the school delegation, or <code>null</code> if a school delegation with the primary key could not be found
	 */
	public static SchoolDelegation fetchByPrimaryKey(long schoolDelegationId) {
		return getPersistence().fetchByPrimaryKey(schoolDelegationId);
	}

	/**
	 * Returns all the school delegations.
	 *
	 * @return the school delegations
	 */
	public static List<SchoolDelegation> findAll() {
		return getPersistence().findAll();
	}

	/**
	 * Returns a range of all the school delegations.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SchoolDelegationModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of school delegations
	 * @param end the upper bound of the range of school delegations (not inclusive)
	 * @return the range of school delegations
	 */
	public static List<SchoolDelegation> findAll(int start, int end) {
		return getPersistence().findAll(start, end);
	}

	/**
	 * Returns an ordered range of all the school delegations.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SchoolDelegationModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of school delegations
	 * @param end the upper bound of the range of school delegations (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of school delegations
	 */
	public static List<SchoolDelegation> findAll(
		int start, int end,
		OrderByComparator<SchoolDelegation> orderByComparator) {

		return getPersistence().findAll(start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the school delegations.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SchoolDelegationModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of school delegations
	 * @param end the upper bound of the range of school delegations (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of school delegations
	 */
	public static List<SchoolDelegation> findAll(
		int start, int end,
		OrderByComparator<SchoolDelegation> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findAll(
			start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Removes all the school delegations from the database.
	 */
	public static void removeAll() {
		getPersistence().removeAll();
	}

	/**
	 * Returns the number of school delegations.
	 *
	 * @return the number of school delegations
	 */
	public static int countAll() {
		return getPersistence().countAll();
	}

	public static SchoolDelegationPersistence getPersistence() {
		return _persistence;
	}

	public static void setPersistence(SchoolDelegationPersistence persistence) {
		_persistence = persistence;
	}

	private static volatile SchoolDelegationPersistence _persistence;

}