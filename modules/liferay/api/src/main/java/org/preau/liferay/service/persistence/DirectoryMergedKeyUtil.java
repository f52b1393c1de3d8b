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

import org.preau.liferay.model.DirectoryMergedKey;

/**
 * The persistence utility for the directory merged key service. This utility wraps <code>org.preau.liferay.service.persistence.impl.DirectoryMergedKeyPersistenceImpl</code> and provides direct access to the database for CRUD operations. This utility should only be used by the service layer, as it must operate within a transaction. Never access this utility in a JSP, controller, model, or other front-end class.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Préau
 * @see DirectoryMergedKeyPersistence
 * @generated
 */
public class DirectoryMergedKeyUtil {

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
	public static void clearCache(DirectoryMergedKey directoryMergedKey) {
		getPersistence().clearCache(directoryMergedKey);
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
	public static Map<Serializable, DirectoryMergedKey> fetchByPrimaryKeys(
		Set<Serializable> primaryKeys) {

		return getPersistence().fetchByPrimaryKeys(primaryKeys);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery)
	 */
	public static List<DirectoryMergedKey> findWithDynamicQuery(
		DynamicQuery dynamicQuery) {

		return getPersistence().findWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int)
	 */
	public static List<DirectoryMergedKey> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getPersistence().findWithDynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int, OrderByComparator)
	 */
	public static List<DirectoryMergedKey> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<DirectoryMergedKey> orderByComparator) {

		return getPersistence().findWithDynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static DirectoryMergedKey update(
		DirectoryMergedKey directoryMergedKey) {

		return getPersistence().update(directoryMergedKey);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel, ServiceContext)
	 */
	public static DirectoryMergedKey update(
		DirectoryMergedKey directoryMergedKey, ServiceContext serviceContext) {

		return getPersistence().update(directoryMergedKey, serviceContext);
	}

	/**
	 * Returns all the directory merged keys where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @return the matching directory merged keys
	 */
	public static List<DirectoryMergedKey> findByC_U(
		long companyId, String uai) {

		return getPersistence().findByC_U(companyId, uai);
	}

	/**
	 * Returns a range of all the directory merged keys where companyId = &#63; and uai = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>DirectoryMergedKeyModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param start the lower bound of the range of directory merged keys
	 * @param end the upper bound of the range of directory merged keys (not inclusive)
	 * @return the range of matching directory merged keys
	 */
	public static List<DirectoryMergedKey> findByC_U(
		long companyId, String uai, int start, int end) {

		return getPersistence().findByC_U(companyId, uai, start, end);
	}

	/**
	 * Returns an ordered range of all the directory merged keys where companyId = &#63; and uai = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>DirectoryMergedKeyModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param start the lower bound of the range of directory merged keys
	 * @param end the upper bound of the range of directory merged keys (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching directory merged keys
	 */
	public static List<DirectoryMergedKey> findByC_U(
		long companyId, String uai, int start, int end,
		OrderByComparator<DirectoryMergedKey> orderByComparator) {

		return getPersistence().findByC_U(
			companyId, uai, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the directory merged keys where companyId = &#63; and uai = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>DirectoryMergedKeyModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param start the lower bound of the range of directory merged keys
	 * @param end the upper bound of the range of directory merged keys (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching directory merged keys
	 */
	public static List<DirectoryMergedKey> findByC_U(
		long companyId, String uai, int start, int end,
		OrderByComparator<DirectoryMergedKey> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByC_U(
			companyId, uai, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first directory merged key in the ordered set where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching directory merged key
	 * @throws NoSuchDirectoryMergedKeyException if a matching directory merged key could not be found
	 */
	public static DirectoryMergedKey findByC_U_First(
			long companyId, String uai,
			OrderByComparator<DirectoryMergedKey> orderByComparator)
		throws org.preau.liferay.exception.NoSuchDirectoryMergedKeyException {

		return getPersistence().findByC_U_First(
			companyId, uai, orderByComparator);
	}

	/**
	 * Returns the first directory merged key in the ordered set where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching directory merged key, or <code>null</code> if a matching directory merged key could not be found
	 */
	public static DirectoryMergedKey fetchByC_U_First(
		long companyId, String uai,
		OrderByComparator<DirectoryMergedKey> orderByComparator) {

		return getPersistence().fetchByC_U_First(
			companyId, uai, orderByComparator);
	}

	/**
	 * Returns the last directory merged key in the ordered set where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching directory merged key
	 * @throws NoSuchDirectoryMergedKeyException if a matching directory merged key could not be found
	 */
	public static DirectoryMergedKey findByC_U_Last(
			long companyId, String uai,
			OrderByComparator<DirectoryMergedKey> orderByComparator)
		throws org.preau.liferay.exception.NoSuchDirectoryMergedKeyException {

		return getPersistence().findByC_U_Last(
			companyId, uai, orderByComparator);
	}

	/**
	 * Returns the last directory merged key in the ordered set where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching directory merged key, or <code>null</code> if a matching directory merged key could not be found
	 */
	public static DirectoryMergedKey fetchByC_U_Last(
		long companyId, String uai,
		OrderByComparator<DirectoryMergedKey> orderByComparator) {

		return getPersistence().fetchByC_U_Last(
			companyId, uai, orderByComparator);
	}

	/**
	 * Returns the directory merged keys before and after the current directory merged key in the ordered set where companyId = &#63; and uai = &#63;.
	 *
	 * @param directoryMergedKeyId the primary key of the current directory merged key
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next directory merged key
	 * @throws NoSuchDirectoryMergedKeyException if a directory merged key with the primary key could not be found
	 */
	public static DirectoryMergedKey[] findByC_U_PrevAndNext(
			long directoryMergedKeyId, long companyId, String uai,
			OrderByComparator<DirectoryMergedKey> orderByComparator)
		throws org.preau.liferay.exception.NoSuchDirectoryMergedKeyException {

		return getPersistence().findByC_U_PrevAndNext(
			directoryMergedKeyId, companyId, uai, orderByComparator);
	}

	/**
	 * Removes all the directory merged keys where companyId = &#63; and uai = &#63; from the database.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 */
	public static void removeByC_U(long companyId, String uai) {
		getPersistence().removeByC_U(companyId, uai);
	}

	/**
	 * Returns the number of directory merged keys where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @return the number of matching directory merged keys
	 */
	public static int countByC_U(long companyId, String uai) {
		return getPersistence().countByC_U(companyId, uai);
	}

	/**
	 * Returns all the directory merged keys where directoryMergeId = &#63;.
	 *
	 * @param directoryMergeId the directory merge ID
	 * @return the matching directory merged keys
	 */
	public static List<DirectoryMergedKey> findByDirectoryMergeId(
		long directoryMergeId) {

		return getPersistence().findByDirectoryMergeId(directoryMergeId);
	}

	/**
	 * Returns a range of all the directory merged keys where directoryMergeId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>DirectoryMergedKeyModelImpl</code>.
	 * </p>
	 *
	 * @param directoryMergeId the directory merge ID
	 * @param start the lower bound of the range of directory merged keys
	 * @param end the upper bound of the range of directory merged keys (not inclusive)
	 * @return the range of matching directory merged keys
	 */
	public static List<DirectoryMergedKey> findByDirectoryMergeId(
		long directoryMergeId, int start, int end) {

		return getPersistence().findByDirectoryMergeId(
			directoryMergeId, start, end);
	}

	/**
	 * Returns an ordered range of all the directory merged keys where directoryMergeId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>DirectoryMergedKeyModelImpl</code>.
	 * </p>
	 *
	 * @param directoryMergeId the directory merge ID
	 * @param start the lower bound of the range of directory merged keys
	 * @param end the upper bound of the range of directory merged keys (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching directory merged keys
	 */
	public static List<DirectoryMergedKey> findByDirectoryMergeId(
		long directoryMergeId, int start, int end,
		OrderByComparator<DirectoryMergedKey> orderByComparator) {

		return getPersistence().findByDirectoryMergeId(
			directoryMergeId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the directory merged keys where directoryMergeId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>DirectoryMergedKeyModelImpl</code>.
	 * </p>
	 *
	 * @param directoryMergeId the directory merge ID
	 * @param start the lower bound of the range of directory merged keys
	 * @param end the upper bound of the range of directory merged keys (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching directory merged keys
	 */
	public static List<DirectoryMergedKey> findByDirectoryMergeId(
		long directoryMergeId, int start, int end,
		OrderByComparator<DirectoryMergedKey> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByDirectoryMergeId(
			directoryMergeId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first directory merged key in the ordered set where directoryMergeId = &#63;.
	 *
	 * @param directoryMergeId the directory merge ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching directory merged key
	 * @throws NoSuchDirectoryMergedKeyException if a matching directory merged key could not be found
	 */
	public static DirectoryMergedKey findByDirectoryMergeId_First(
			long directoryMergeId,
			OrderByComparator<DirectoryMergedKey> orderByComparator)
		throws org.preau.liferay.exception.NoSuchDirectoryMergedKeyException {

		return getPersistence().findByDirectoryMergeId_First(
			directoryMergeId, orderByComparator);
	}

	/**
	 * Returns the first directory merged key in the ordered set where directoryMergeId = &#63;.
	 *
	 * @param directoryMergeId the directory merge ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching directory merged key, or <code>null</code> if a matching directory merged key could not be found
	 */
	public static DirectoryMergedKey fetchByDirectoryMergeId_First(
		long directoryMergeId,
		OrderByComparator<DirectoryMergedKey> orderByComparator) {

		return getPersistence().fetchByDirectoryMergeId_First(
			directoryMergeId, orderByComparator);
	}

	/**
	 * Returns the last directory merged key in the ordered set where directoryMergeId = &#63;.
	 *
	 * @param directoryMergeId the directory merge ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching directory merged key
	 * @throws NoSuchDirectoryMergedKeyException if a matching directory merged key could not be found
	 */
	public static DirectoryMergedKey findByDirectoryMergeId_Last(
			long directoryMergeId,
			OrderByComparator<DirectoryMergedKey> orderByComparator)
		throws org.preau.liferay.exception.NoSuchDirectoryMergedKeyException {

		return getPersistence().findByDirectoryMergeId_Last(
			directoryMergeId, orderByComparator);
	}

	/**
	 * Returns the last directory merged key in the ordered set where directoryMergeId = &#63;.
	 *
	 * @param directoryMergeId the directory merge ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching directory merged key, or <code>null</code> if a matching directory merged key could not be found
	 */
	public static DirectoryMergedKey fetchByDirectoryMergeId_Last(
		long directoryMergeId,
		OrderByComparator<DirectoryMergedKey> orderByComparator) {

		return getPersistence().fetchByDirectoryMergeId_Last(
			directoryMergeId, orderByComparator);
	}

	/**
	 * Returns the directory merged keys before and after the current directory merged key in the ordered set where directoryMergeId = &#63;.
	 *
	 * @param directoryMergedKeyId the primary key of the current directory merged key
	 * @param directoryMergeId the directory merge ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next directory merged key
	 * @throws NoSuchDirectoryMergedKeyException if a directory merged key with the primary key could not be found
	 */
	public static DirectoryMergedKey[] findByDirectoryMergeId_PrevAndNext(
			long directoryMergedKeyId, long directoryMergeId,
			OrderByComparator<DirectoryMergedKey> orderByComparator)
		throws org.preau.liferay.exception.NoSuchDirectoryMergedKeyException {

		return getPersistence().findByDirectoryMergeId_PrevAndNext(
			directoryMergedKeyId, directoryMergeId, orderByComparator);
	}

	/**
	 * Removes all the directory merged keys where directoryMergeId = &#63; from the database.
	 *
	 * @param directoryMergeId the directory merge ID
	 */
	public static void removeByDirectoryMergeId(long directoryMergeId) {
		getPersistence().removeByDirectoryMergeId(directoryMergeId);
	}

	/**
	 * Returns the number of directory merged keys where directoryMergeId = &#63;.
	 *
	 * @param directoryMergeId the directory merge ID
	 * @return the number of matching directory merged keys
	 */
	public static int countByDirectoryMergeId(long directoryMergeId) {
		return getPersistence().countByDirectoryMergeId(directoryMergeId);
	}

	/**
	 * Caches the directory merged key in the entity cache if it is enabled.
	 *
	 * @param directoryMergedKey the directory merged key
	 */
	public static void cacheResult(DirectoryMergedKey directoryMergedKey) {
		getPersistence().cacheResult(directoryMergedKey);
	}

	/**
	 * Caches the directory merged keys in the entity cache if it is enabled.
	 *
	 * @param directoryMergedKeys the directory merged keys
	 */
	public static void cacheResult(
		List<DirectoryMergedKey> directoryMergedKeys) {

		getPersistence().cacheResult(directoryMergedKeys);
	}

	/**
	 * Creates a new directory merged key with the primary key. Does not add the directory merged key to the database.
	 *
	 * @param directoryMergedKeyId the primary key for the new directory merged key
	 * @return the new directory merged key
	 */
	public static DirectoryMergedKey create(long directoryMergedKeyId) {
		return getPersistence().create(directoryMergedKeyId);
	}

	/**
	 * Removes the directory merged key with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param directoryMergedKeyId the primary key of the directory merged key
	 * @return the directory merged key that was removed
	 * @throws NoSuchDirectoryMergedKeyException if a directory merged key with the primary key could not be found
	 */
	public static DirectoryMergedKey remove(long directoryMergedKeyId)
		throws org.preau.liferay.exception.NoSuchDirectoryMergedKeyException {

		return getPersistence().remove(directoryMergedKeyId);
	}

	public static DirectoryMergedKey updateImpl(
		DirectoryMergedKey directoryMergedKey) {

		return getPersistence().updateImpl(directoryMergedKey);
	}

	/**
	 * Returns the directory merged key with the primary key or throws a <code>NoSuchDirectoryMergedKeyException</code> if it could not be found.
	 *
	 * @param directoryMergedKeyId the primary key of the directory merged key
	 * @return the directory merged key
	 * @throws NoSuchDirectoryMergedKeyException if a directory merged key with the primary key could not be found
	 */
	public static DirectoryMergedKey findByPrimaryKey(long directoryMergedKeyId)
		throws org.preau.liferay.exception.NoSuchDirectoryMergedKeyException {

		return getPersistence().findByPrimaryKey(directoryMergedKeyId);
	}

	/**
	 * Returns the directory merged key with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param directoryMergedKeyId the primary key of the directory merged key
	 * @return the directory merged key, or <code>null</code> if a directory merged key with the primary key could not be found
	 */
	public static DirectoryMergedKey fetchByPrimaryKey(
		long directoryMergedKeyId) {

		return getPersistence().fetchByPrimaryKey(directoryMergedKeyId);
	}

	/**
	 * Returns all the directory merged keys.
	 *
	 * @return the directory merged keys
	 */
	public static List<DirectoryMergedKey> findAll() {
		return getPersistence().findAll();
	}

	/**
	 * Returns a range of all the directory merged keys.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>DirectoryMergedKeyModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of directory merged keys
	 * @param end the upper bound of the range of directory merged keys (not inclusive)
	 * @return the range of directory merged keys
	 */
	public static List<DirectoryMergedKey> findAll(int start, int end) {
		return getPersistence().findAll(start, end);
	}

	/**
	 * Returns an ordered range of all the directory merged keys.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>DirectoryMergedKeyModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of directory merged keys
	 * @param end the upper bound of the range of directory merged keys (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of directory merged keys
	 */
	public static List<DirectoryMergedKey> findAll(
		int start, int end,
		OrderByComparator<DirectoryMergedKey> orderByComparator) {

		return getPersistence().findAll(start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the directory merged keys.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>DirectoryMergedKeyModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of directory merged keys
	 * @param end the upper bound of the range of directory merged keys (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of directory merged keys
	 */
	public static List<DirectoryMergedKey> findAll(
		int start, int end,
		OrderByComparator<DirectoryMergedKey> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findAll(
			start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Removes all the directory merged keys from the database.
	 */
	public static void removeAll() {
		getPersistence().removeAll();
	}

	/**
	 * Returns the number of directory merged keys.
	 *
	 * @return the number of directory merged keys
	 */
	public static int countAll() {
		return getPersistence().countAll();
	}

	public static DirectoryMergedKeyPersistence getPersistence() {
		return _persistence;
	}

	public static void setPersistence(
		DirectoryMergedKeyPersistence persistence) {

		_persistence = persistence;
	}

	private static volatile DirectoryMergedKeyPersistence _persistence;

}