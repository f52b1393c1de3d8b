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

import org.preau.liferay.model.RightsHistoryEntry;

/**
 * The persistence utility for the rights history entry service. This utility wraps <code>org.preau.liferay.service.persistence.impl.RightsHistoryEntryPersistenceImpl</code> and provides direct access to the database for CRUD operations. This utility should only be used by the service layer, as it must operate within a transaction. Never access this utility in a JSP, controller, model, or other front-end class.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Préau
 * @see RightsHistoryEntryPersistence
 * @generated
 */
public class RightsHistoryEntryUtil {

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
	public static void clearCache(RightsHistoryEntry rightsHistoryEntry) {
		getPersistence().clearCache(rightsHistoryEntry);
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
	public static Map<Serializable, RightsHistoryEntry> fetchByPrimaryKeys(
		Set<Serializable> primaryKeys) {

		return getPersistence().fetchByPrimaryKeys(primaryKeys);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery)
	 */
	public static List<RightsHistoryEntry> findWithDynamicQuery(
		DynamicQuery dynamicQuery) {

		return getPersistence().findWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int)
	 */
	public static List<RightsHistoryEntry> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getPersistence().findWithDynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int, OrderByComparator)
	 */
	public static List<RightsHistoryEntry> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<RightsHistoryEntry> orderByComparator) {

		return getPersistence().findWithDynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static RightsHistoryEntry update(
		RightsHistoryEntry rightsHistoryEntry) {

		return getPersistence().update(rightsHistoryEntry);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel, ServiceContext)
	 */
	public static RightsHistoryEntry update(
		RightsHistoryEntry rightsHistoryEntry, ServiceContext serviceContext) {

		return getPersistence().update(rightsHistoryEntry, serviceContext);
	}

	/**
	 * Returns all the rights history entries where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @return the matching rights history entries
	 */
	public static List<RightsHistoryEntry> findByCompanyId(long companyId) {
		return getPersistence().findByCompanyId(companyId);
	}

	/**
	 * Returns a range of all the rights history entries where companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RightsHistoryEntryModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param start the lower bound of the range of rights history entries
	 * @param end the upper bound of the range of rights history entries (not inclusive)
	 * @return the range of matching rights history entries
	 */
	public static List<RightsHistoryEntry> findByCompanyId(
		long companyId, int start, int end) {

		return getPersistence().findByCompanyId(companyId, start, end);
	}

	/**
	 * Returns an ordered range of all the rights history entries where companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RightsHistoryEntryModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param start the lower bound of the range of rights history entries
	 * @param end the upper bound of the range of rights history entries (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching rights history entries
	 */
	public static List<RightsHistoryEntry> findByCompanyId(
		long companyId, int start, int end,
		OrderByComparator<RightsHistoryEntry> orderByComparator) {

		return getPersistence().findByCompanyId(
			companyId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the rights history entries where companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RightsHistoryEntryModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param start the lower bound of the range of rights history entries
	 * @param end the upper bound of the range of rights history entries (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching rights history entries
	 */
	public static List<RightsHistoryEntry> findByCompanyId(
		long companyId, int start, int end,
		OrderByComparator<RightsHistoryEntry> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByCompanyId(
			companyId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first rights history entry in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching rights history entry
	 * @throws NoSuchRightsHistoryEntryException if a matching rights history entry could not be found
	 */
	public static RightsHistoryEntry findByCompanyId_First(
			long companyId,
			OrderByComparator<RightsHistoryEntry> orderByComparator)
		throws org.preau.liferay.exception.NoSuchRightsHistoryEntryException {

		return getPersistence().findByCompanyId_First(
			companyId, orderByComparator);
	}

	/**
	 * Returns the first rights history entry in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching rights history entry, or <code>null</code> if a matching rights history entry could not be found
	 */
	public static RightsHistoryEntry fetchByCompanyId_First(
		long companyId,
		OrderByComparator<RightsHistoryEntry> orderByComparator) {

		return getPersistence().fetchByCompanyId_First(
			companyId, orderByComparator);
	}

	/**
	 * Returns the last rights history entry in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching rights history entry
	 * @throws NoSuchRightsHistoryEntryException if a matching rights history entry could not be found
	 */
	public static RightsHistoryEntry findByCompanyId_Last(
			long companyId,
			OrderByComparator<RightsHistoryEntry> orderByComparator)
		throws org.preau.liferay.exception.NoSuchRightsHistoryEntryException {

		return getPersistence().findByCompanyId_Last(
			companyId, orderByComparator);
	}

	/**
	 * Returns the last rights history entry in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching rights history entry, or <code>null</code> if a matching rights history entry could not be found
	 */
	public static RightsHistoryEntry fetchByCompanyId_Last(
		long companyId,
		OrderByComparator<RightsHistoryEntry> orderByComparator) {

		return getPersistence().fetchByCompanyId_Last(
			companyId, orderByComparator);
	}

	/**
	 * Returns the rights history entries before and after the current rights history entry in the ordered set where companyId = &#63;.
	 *
	 * @param rightsHistoryEntryId the primary key of the current rights history entry
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next rights history entry
	 * @throws NoSuchRightsHistoryEntryException if a rights history entry with the primary key could not be found
	 */
	public static RightsHistoryEntry[] findByCompanyId_PrevAndNext(
			long rightsHistoryEntryId, long companyId,
			OrderByComparator<RightsHistoryEntry> orderByComparator)
		throws org.preau.liferay.exception.NoSuchRightsHistoryEntryException {

		return getPersistence().findByCompanyId_PrevAndNext(
			rightsHistoryEntryId, companyId, orderByComparator);
	}

	/**
	 * Removes all the rights history entries where companyId = &#63; from the database.
	 *
	 * @param companyId the company ID
	 */
	public static void removeByCompanyId(long companyId) {
		getPersistence().removeByCompanyId(companyId);
	}

	/**
	 * Returns the number of rights history entries where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @return the number of matching rights history entries
	 */
	public static int countByCompanyId(long companyId) {
		return getPersistence().countByCompanyId(companyId);
	}

	/**
	 * Returns all the rights history entries where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @return the matching rights history entries
	 */
	public static List<RightsHistoryEntry> findByC_U(
		long companyId, String uai) {

		return getPersistence().findByC_U(companyId, uai);
	}

	/**
	 * Returns a range of all the rights history entries where companyId = &#63; and uai = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RightsHistoryEntryModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param start the lower bound of the range of rights history entries
	 * @param end the upper bound of the range of rights history entries (not inclusive)
	 * @return the range of matching rights history entries
	 */
	public static List<RightsHistoryEntry> findByC_U(
		long companyId, String uai, int start, int end) {

		return getPersistence().findByC_U(companyId, uai, start, end);
	}

	/**
	 * Returns an ordered range of all the rights history entries where companyId = &#63; and uai = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RightsHistoryEntryModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param start the lower bound of the range of rights history entries
	 * @param end the upper bound of the range of rights history entries (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching rights history entries
	 */
	public static List<RightsHistoryEntry> findByC_U(
		long companyId, String uai, int start, int end,
		OrderByComparator<RightsHistoryEntry> orderByComparator) {

		return getPersistence().findByC_U(
			companyId, uai, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the rights history entries where companyId = &#63; and uai = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RightsHistoryEntryModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param start the lower bound of the range of rights history entries
	 * @param end the upper bound of the range of rights history entries (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching rights history entries
	 */
	public static List<RightsHistoryEntry> findByC_U(
		long companyId, String uai, int start, int end,
		OrderByComparator<RightsHistoryEntry> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByC_U(
			companyId, uai, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first rights history entry in the ordered set where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching rights history entry
	 * @throws NoSuchRightsHistoryEntryException if a matching rights history entry could not be found
	 */
	public static RightsHistoryEntry findByC_U_First(
			long companyId, String uai,
			OrderByComparator<RightsHistoryEntry> orderByComparator)
		throws org.preau.liferay.exception.NoSuchRightsHistoryEntryException {

		return getPersistence().findByC_U_First(
			companyId, uai, orderByComparator);
	}

	/**
	 * Returns the first rights history entry in the ordered set where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching rights history entry, or <code>null</code> if a matching rights history entry could not be found
	 */
	public static RightsHistoryEntry fetchByC_U_First(
		long companyId, String uai,
		OrderByComparator<RightsHistoryEntry> orderByComparator) {

		return getPersistence().fetchByC_U_First(
			companyId, uai, orderByComparator);
	}

	/**
	 * Returns the last rights history entry in the ordered set where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching rights history entry
	 * @throws NoSuchRightsHistoryEntryException if a matching rights history entry could not be found
	 */
	public static RightsHistoryEntry findByC_U_Last(
			long companyId, String uai,
			OrderByComparator<RightsHistoryEntry> orderByComparator)
		throws org.preau.liferay.exception.NoSuchRightsHistoryEntryException {

		return getPersistence().findByC_U_Last(
			companyId, uai, orderByComparator);
	}

	/**
	 * Returns the last rights history entry in the ordered set where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching rights history entry, or <code>null</code> if a matching rights history entry could not be found
	 */
	public static RightsHistoryEntry fetchByC_U_Last(
		long companyId, String uai,
		OrderByComparator<RightsHistoryEntry> orderByComparator) {

		return getPersistence().fetchByC_U_Last(
			companyId, uai, orderByComparator);
	}

	/**
	 * Returns the rights history entries before and after the current rights history entry in the ordered set where companyId = &#63; and uai = &#63;.
	 *
	 * @param rightsHistoryEntryId the primary key of the current rights history entry
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next rights history entry
	 * @throws NoSuchRightsHistoryEntryException if a rights history entry with the primary key could not be found
	 */
	public static RightsHistoryEntry[] findByC_U_PrevAndNext(
			long rightsHistoryEntryId, long companyId, String uai,
			OrderByComparator<RightsHistoryEntry> orderByComparator)
		throws org.preau.liferay.exception.NoSuchRightsHistoryEntryException {

		return getPersistence().findByC_U_PrevAndNext(
			rightsHistoryEntryId, companyId, uai, orderByComparator);
	}

	/**
	 * Removes all the rights history entries where companyId = &#63; and uai = &#63; from the database.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 */
	public static void removeByC_U(long companyId, String uai) {
		getPersistence().removeByC_U(companyId, uai);
	}

	/**
	 * Returns the number of rights history entries where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @return the number of matching rights history entries
	 */
	public static int countByC_U(long companyId, String uai) {
		return getPersistence().countByC_U(companyId, uai);
	}

	/**
	 * Caches the rights history entry in the entity cache if it is enabled.
	 *
	 * @param rightsHistoryEntry the rights history entry
	 */
	public static void cacheResult(RightsHistoryEntry rightsHistoryEntry) {
		getPersistence().cacheResult(rightsHistoryEntry);
	}

	/**
	 * Caches the rights history entries in the entity cache if it is enabled.
	 *
	 * @param rightsHistoryEntries the rights history entries
	 */
	public static void cacheResult(
		List<RightsHistoryEntry> rightsHistoryEntries) {

		getPersistence().cacheResult(rightsHistoryEntries);
	}

	/**
	 * Creates a new rights history entry with the primary key. Does not add the rights history entry to the database.
	 *
	 * @param rightsHistoryEntryId the primary key for the new rights history entry
	 * @return the new rights history entry
	 */
	public static RightsHistoryEntry create(long rightsHistoryEntryId) {
		return getPersistence().create(rightsHistoryEntryId);
	}

	/**
	 * Removes the rights history entry with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param rightsHistoryEntryId the primary key of the rights history entry
	 * @return the rights history entry that was removed
	 * @throws NoSuchRightsHistoryEntryException if a rights history entry with the primary key could not be found
	 */
	public static RightsHistoryEntry remove(long rightsHistoryEntryId)
		throws org.preau.liferay.exception.NoSuchRightsHistoryEntryException {

		return getPersistence().remove(rightsHistoryEntryId);
	}

	public static RightsHistoryEntry updateImpl(
		RightsHistoryEntry rightsHistoryEntry) {

		return getPersistence().updateImpl(rightsHistoryEntry);
	}

	/**
	 * Returns the rights history entry with the primary key or throws a <code>NoSuchRightsHistoryEntryException</code> if it could not be found.
	 *
	 * @param rightsHistoryEntryId the primary key of the rights history entry
	 * @return the rights history entry
	 * @throws NoSuchRightsHistoryEntryException if a rights history entry with the primary key could not be found
	 */
	public static RightsHistoryEntry findByPrimaryKey(long rightsHistoryEntryId)
		throws org.preau.liferay.exception.NoSuchRightsHistoryEntryException {

		return getPersistence().findByPrimaryKey(rightsHistoryEntryId);
	}

	/**
	 * Returns the rights history entry with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param rightsHistoryEntryId the primary key of the rights history entry
	 * @return the rights history entry, or <code>null</code> if a rights history entry with the primary key could not be found
	 */
	public static RightsHistoryEntry fetchByPrimaryKey(
		long rightsHistoryEntryId) {

		return getPersistence().fetchByPrimaryKey(rightsHistoryEntryId);
	}

	/**
	 * Returns all the rights history entries.
	 *
	 * @return the rights history entries
	 */
	public static List<RightsHistoryEntry> findAll() {
		return getPersistence().findAll();
	}

	/**
	 * Returns a range of all the rights history entries.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RightsHistoryEntryModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of rights history entries
	 * @param end the upper bound of the range of rights history entries (not inclusive)
	 * @return the range of rights history entries
	 */
	public static List<RightsHistoryEntry> findAll(int start, int end) {
		return getPersistence().findAll(start, end);
	}

	/**
	 * Returns an ordered range of all the rights history entries.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RightsHistoryEntryModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of rights history entries
	 * @param end the upper bound of the range of rights history entries (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of rights history entries
	 */
	public static List<RightsHistoryEntry> findAll(
		int start, int end,
		OrderByComparator<RightsHistoryEntry> orderByComparator) {

		return getPersistence().findAll(start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the rights history entries.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RightsHistoryEntryModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of rights history entries
	 * @param end the upper bound of the range of rights history entries (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of rights history entries
	 */
	public static List<RightsHistoryEntry> findAll(
		int start, int end,
		OrderByComparator<RightsHistoryEntry> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findAll(
			start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Removes all the rights history entries from the database.
	 */
	public static void removeAll() {
		getPersistence().removeAll();
	}

	/**
	 * Returns the number of rights history entries.
	 *
	 * @return the number of rights history entries
	 */
	public static int countAll() {
		return getPersistence().countAll();
	}

	public static RightsHistoryEntryPersistence getPersistence() {
		return _persistence;
	}

	public static void setPersistence(
		RightsHistoryEntryPersistence persistence) {

		_persistence = persistence;
	}

	private static volatile RightsHistoryEntryPersistence _persistence;

}