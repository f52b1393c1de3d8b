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

import org.preau.liferay.model.DirectoryMerge;

/**
 * The persistence utility for the directory merge service. This utility wraps <code>org.preau.liferay.service.persistence.impl.DirectoryMergePersistenceImpl</code> and provides direct access to the database for CRUD operations. This utility should only be used by the service layer, as it must operate within a transaction. Never access this utility in a JSP, controller, model, or other front-end class.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Préau
 * @see DirectoryMergePersistence
 * @generated
 */
public class DirectoryMergeUtil {

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
	public static void clearCache(DirectoryMerge directoryMerge) {
		getPersistence().clearCache(directoryMerge);
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
	public static Map<Serializable, DirectoryMerge> fetchByPrimaryKeys(
		Set<Serializable> primaryKeys) {

		return getPersistence().fetchByPrimaryKeys(primaryKeys);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery)
	 */
	public static List<DirectoryMerge> findWithDynamicQuery(
		DynamicQuery dynamicQuery) {

		return getPersistence().findWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int)
	 */
	public static List<DirectoryMerge> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getPersistence().findWithDynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int, OrderByComparator)
	 */
	public static List<DirectoryMerge> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<DirectoryMerge> orderByComparator) {

		return getPersistence().findWithDynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static DirectoryMerge update(DirectoryMerge directoryMerge) {
		return getPersistence().update(directoryMerge);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel, ServiceContext)
	 */
	public static DirectoryMerge update(
		DirectoryMerge directoryMerge, ServiceContext serviceContext) {

		return getPersistence().update(directoryMerge, serviceContext);
	}

	/**
	 * Returns all the directory merges where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @return the matching directory merges
	 */
	public static List<DirectoryMerge> findByC_U(long companyId, String uai) {
		return getPersistence().findByC_U(companyId, uai);
	}

	/**
	 * Returns a range of all the directory merges where companyId = &#63; and uai = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>DirectoryMergeModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param start the lower bound of the range of directory merges
	 * @param end the upper bound of the range of directory merges (not inclusive)
	 * @return the range of matching directory merges
	 */
	public static List<DirectoryMerge> findByC_U(
		long companyId, String uai, int start, int end) {

		return getPersistence().findByC_U(companyId, uai, start, end);
	}

	/**
	 * Returns an ordered range of all the directory merges where companyId = &#63; and uai = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>DirectoryMergeModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param start the lower bound of the range of directory merges
	 * @param end the upper bound of the range of directory merges (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching directory merges
	 */
	public static List<DirectoryMerge> findByC_U(
		long companyId, String uai, int start, int end,
		OrderByComparator<DirectoryMerge> orderByComparator) {

		return getPersistence().findByC_U(
			companyId, uai, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the directory merges where companyId = &#63; and uai = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>DirectoryMergeModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param start the lower bound of the range of directory merges
	 * @param end the upper bound of the range of directory merges (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching directory merges
	 */
	public static List<DirectoryMerge> findByC_U(
		long companyId, String uai, int start, int end,
		OrderByComparator<DirectoryMerge> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByC_U(
			companyId, uai, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first directory merge in the ordered set where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching directory merge
	 * @throws NoSuchDirectoryMergeException if a matching directory merge could not be found
	 */
	public static DirectoryMerge findByC_U_First(
			long companyId, String uai,
			OrderByComparator<DirectoryMerge> orderByComparator)
		throws org.preau.liferay.exception.NoSuchDirectoryMergeException {

		return getPersistence().findByC_U_First(
			companyId, uai, orderByComparator);
	}

	/**
	 * Returns the first directory merge in the ordered set where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching directory merge, or <code>null</code> if a matching directory merge could not be found
	 */
	public static DirectoryMerge fetchByC_U_First(
		long companyId, String uai,
		OrderByComparator<DirectoryMerge> orderByComparator) {

		return getPersistence().fetchByC_U_First(
			companyId, uai, orderByComparator);
	}

	/**
	 * Returns the last directory merge in the ordered set where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching directory merge
	 * @throws NoSuchDirectoryMergeException if a matching directory merge could not be found
	 */
	public static DirectoryMerge findByC_U_Last(
			long companyId, String uai,
			OrderByComparator<DirectoryMerge> orderByComparator)
		throws org.preau.liferay.exception.NoSuchDirectoryMergeException {

		return getPersistence().findByC_U_Last(
			companyId, uai, orderByComparator);
	}

	/**
	 * Returns the last directory merge in the ordered set where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching directory merge, or <code>null</code> if a matching directory merge could not be found
	 */
	public static DirectoryMerge fetchByC_U_Last(
		long companyId, String uai,
		OrderByComparator<DirectoryMerge> orderByComparator) {

		return getPersistence().fetchByC_U_Last(
			companyId, uai, orderByComparator);
	}

	/**
	 * Returns the directory merges before and after the current directory merge in the ordered set where companyId = &#63; and uai = &#63;.
	 *
	 * @param directoryMergeId the primary key of the current directory merge
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next directory merge
	 * @throws NoSuchDirectoryMergeException if a directory merge with the primary key could not be found
	 */
	public static DirectoryMerge[] findByC_U_PrevAndNext(
			long directoryMergeId, long companyId, String uai,
			OrderByComparator<DirectoryMerge> orderByComparator)
		throws org.preau.liferay.exception.NoSuchDirectoryMergeException {

		return getPersistence().findByC_U_PrevAndNext(
			directoryMergeId, companyId, uai, orderByComparator);
	}

	/**
	 * Removes all the directory merges where companyId = &#63; and uai = &#63; from the database.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 */
	public static void removeByC_U(long companyId, String uai) {
		getPersistence().removeByC_U(companyId, uai);
	}

	/**
	 * Returns the number of directory merges where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @return the number of matching directory merges
	 */
	public static int countByC_U(long companyId, String uai) {
		return getPersistence().countByC_U(companyId, uai);
	}

	/**
	 * Returns all the directory merges where companyId = &#63; and survivorExternalId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param survivorExternalId the survivor external ID
	 * @return the matching directory merges
	 */
	public static List<DirectoryMerge> findByC_S(
		long companyId, String survivorExternalId) {

		return getPersistence().findByC_S(companyId, survivorExternalId);
	}

	/**
	 * Returns a range of all the directory merges where companyId = &#63; and survivorExternalId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>DirectoryMergeModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param survivorExternalId the survivor external ID
	 * @param start the lower bound of the range of directory merges
	 * @param end the upper bound of the range of directory merges (not inclusive)
	 * @return the range of matching directory merges
	 */
	public static List<DirectoryMerge> findByC_S(
		long companyId, String survivorExternalId, int start, int end) {

		return getPersistence().findByC_S(
			companyId, survivorExternalId, start, end);
	}

	/**
	 * Returns an ordered range of all the directory merges where companyId = &#63; and survivorExternalId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>DirectoryMergeModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param survivorExternalId the survivor external ID
	 * @param start the lower bound of the range of directory merges
	 * @param end the upper bound of the range of directory merges (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching directory merges
	 */
	public static List<DirectoryMerge> findByC_S(
		long companyId, String survivorExternalId, int start, int end,
		OrderByComparator<DirectoryMerge> orderByComparator) {

		return getPersistence().findByC_S(
			companyId, survivorExternalId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the directory merges where companyId = &#63; and survivorExternalId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>DirectoryMergeModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param survivorExternalId the survivor external ID
	 * @param start the lower bound of the range of directory merges
	 * @param end the upper bound of the range of directory merges (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching directory merges
	 */
	public static List<DirectoryMerge> findByC_S(
		long companyId, String survivorExternalId, int start, int end,
		OrderByComparator<DirectoryMerge> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByC_S(
			companyId, survivorExternalId, start, end, orderByComparator,
			useFinderCache);
	}

	/**
	 * Returns the first directory merge in the ordered set where companyId = &#63; and survivorExternalId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param survivorExternalId the survivor external ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching directory merge
	 * @throws NoSuchDirectoryMergeException if a matching directory merge could not be found
	 */
	public static DirectoryMerge findByC_S_First(
			long companyId, String survivorExternalId,
			OrderByComparator<DirectoryMerge> orderByComparator)
		throws org.preau.liferay.exception.NoSuchDirectoryMergeException {

		return getPersistence().findByC_S_First(
			companyId, survivorExternalId, orderByComparator);
	}

	/**
	 * Returns the first directory merge in the ordered set where companyId = &#63; and survivorExternalId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param survivorExternalId the survivor external ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching directory merge, or <code>null</code> if a matching directory merge could not be found
	 */
	public static DirectoryMerge fetchByC_S_First(
		long companyId, String survivorExternalId,
		OrderByComparator<DirectoryMerge> orderByComparator) {

		return getPersistence().fetchByC_S_First(
			companyId, survivorExternalId, orderByComparator);
	}

	/**
	 * Returns the last directory merge in the ordered set where companyId = &#63; and survivorExternalId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param survivorExternalId the survivor external ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching directory merge
	 * @throws NoSuchDirectoryMergeException if a matching directory merge could not be found
	 */
	public static DirectoryMerge findByC_S_Last(
			long companyId, String survivorExternalId,
			OrderByComparator<DirectoryMerge> orderByComparator)
		throws org.preau.liferay.exception.NoSuchDirectoryMergeException {

		return getPersistence().findByC_S_Last(
			companyId, survivorExternalId, orderByComparator);
	}

	/**
	 * Returns the last directory merge in the ordered set where companyId = &#63; and survivorExternalId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param survivorExternalId the survivor external ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching directory merge, or <code>null</code> if a matching directory merge could not be found
	 */
	public static DirectoryMerge fetchByC_S_Last(
		long companyId, String survivorExternalId,
		OrderByComparator<DirectoryMerge> orderByComparator) {

		return getPersistence().fetchByC_S_Last(
			companyId, survivorExternalId, orderByComparator);
	}

	/**
	 * Returns the directory merges before and after the current directory merge in the ordered set where companyId = &#63; and survivorExternalId = &#63;.
	 *
	 * @param directoryMergeId the primary key of the current directory merge
	 * @param companyId the company ID
	 * @param survivorExternalId the survivor external ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next directory merge
	 * @throws NoSuchDirectoryMergeException if a directory merge with the primary key could not be found
	 */
	public static DirectoryMerge[] findByC_S_PrevAndNext(
			long directoryMergeId, long companyId, String survivorExternalId,
			OrderByComparator<DirectoryMerge> orderByComparator)
		throws org.preau.liferay.exception.NoSuchDirectoryMergeException {

		return getPersistence().findByC_S_PrevAndNext(
			directoryMergeId, companyId, survivorExternalId, orderByComparator);
	}

	/**
	 * Removes all the directory merges where companyId = &#63; and survivorExternalId = &#63; from the database.
	 *
	 * @param companyId the company ID
	 * @param survivorExternalId the survivor external ID
	 */
	public static void removeByC_S(long companyId, String survivorExternalId) {
		getPersistence().removeByC_S(companyId, survivorExternalId);
	}

	/**
	 * Returns the number of directory merges where companyId = &#63; and survivorExternalId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param survivorExternalId the survivor external ID
	 * @return the number of matching directory merges
	 */
	public static int countByC_S(long companyId, String survivorExternalId) {
		return getPersistence().countByC_S(companyId, survivorExternalId);
	}

	/**
	 * Caches the directory merge in the entity cache if it is enabled.
	 *
	 * @param directoryMerge the directory merge
	 */
	public static void cacheResult(DirectoryMerge directoryMerge) {
		getPersistence().cacheResult(directoryMerge);
	}

	/**
	 * Caches the directory merges in the entity cache if it is enabled.
	 *
	 * @param directoryMerges the directory merges
	 */
	public static void cacheResult(List<DirectoryMerge> directoryMerges) {
		getPersistence().cacheResult(directoryMerges);
	}

	/**
	 * Creates a new directory merge with the primary key. Does not add the directory merge to the database.
	 *
	 * @param directoryMergeId the primary key for the new directory merge
	 * @return the new directory merge
	 */
	public static DirectoryMerge create(long directoryMergeId) {
		return getPersistence().create(directoryMergeId);
	}

	/**
	 * Removes the directory merge with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param directoryMergeId the primary key of the directory merge
	 * @return the directory merge that was removed
	 * @throws NoSuchDirectoryMergeException if a directory merge with the primary key could not be found
	 */
	public static DirectoryMerge remove(long directoryMergeId)
		throws org.preau.liferay.exception.NoSuchDirectoryMergeException {

		return getPersistence().remove(directoryMergeId);
	}

	public static DirectoryMerge updateImpl(DirectoryMerge directoryMerge) {
		return getPersistence().updateImpl(directoryMerge);
	}

	/**
	 * Returns the directory merge with the primary key or throws a <code>NoSuchDirectoryMergeException</code> if it could not be found.
	 *
	 * @param directoryMergeId the primary key of the directory merge
	 * @return the directory merge
	 * @throws NoSuchDirectoryMergeException if a directory merge with the primary key could not be found
	 */
	public static DirectoryMerge findByPrimaryKey(long directoryMergeId)
		throws org.preau.liferay.exception.NoSuchDirectoryMergeException {

		return getPersistence().findByPrimaryKey(directoryMergeId);
	}

	/**
	 * Returns the directory merge with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param directoryMergeId the primary key of the directory merge
	 * @return the directory merge, or <code>null</code> if a directory merge with the primary key could not be found
	 */
	public static DirectoryMerge fetchByPrimaryKey(long directoryMergeId) {
		return getPersistence().fetchByPrimaryKey(directoryMergeId);
	}

	/**
	 * Returns all the directory merges.
	 *
	 * @return the directory merges
	 */
	public static List<DirectoryMerge> findAll() {
		return getPersistence().findAll();
	}

	/**
	 * Returns a range of all the directory merges.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>DirectoryMergeModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of directory merges
	 * @param end the upper bound of the range of directory merges (not inclusive)
	 * @return the range of directory merges
	 */
	public static List<DirectoryMerge> findAll(int start, int end) {
		return getPersistence().findAll(start, end);
	}

	/**
	 * Returns an ordered range of all the directory merges.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>DirectoryMergeModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of directory merges
	 * @param end the upper bound of the range of directory merges (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of directory merges
	 */
	public static List<DirectoryMerge> findAll(
		int start, int end,
		OrderByComparator<DirectoryMerge> orderByComparator) {

		return getPersistence().findAll(start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the directory merges.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>DirectoryMergeModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of directory merges
	 * @param end the upper bound of the range of directory merges (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of directory merges
	 */
	public static List<DirectoryMerge> findAll(
		int start, int end, OrderByComparator<DirectoryMerge> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findAll(
			start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Removes all the directory merges from the database.
	 */
	public static void removeAll() {
		getPersistence().removeAll();
	}

	/**
	 * Returns the number of directory merges.
	 *
	 * @return the number of directory merges
	 */
	public static int countAll() {
		return getPersistence().countAll();
	}

	public static DirectoryMergePersistence getPersistence() {
		return _persistence;
	}

	public static void setPersistence(DirectoryMergePersistence persistence) {
		_persistence = persistence;
	}

	private static volatile DirectoryMergePersistence _persistence;

}