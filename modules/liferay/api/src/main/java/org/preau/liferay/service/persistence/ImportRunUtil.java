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

import org.preau.liferay.model.ImportRun;

/**
 * The persistence utility for the import run service. This utility wraps <code>org.preau.liferay.service.persistence.impl.ImportRunPersistenceImpl</code> and provides direct access to the database for CRUD operations. This utility should only be used by the service layer, as it must operate within a transaction. Never access this utility in a JSP, controller, model, or other front-end class.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Préau
 * @see ImportRunPersistence
 * @generated
 */
public class ImportRunUtil {

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
	public static void clearCache(ImportRun importRun) {
		getPersistence().clearCache(importRun);
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
	public static Map<Serializable, ImportRun> fetchByPrimaryKeys(
		Set<Serializable> primaryKeys) {

		return getPersistence().fetchByPrimaryKeys(primaryKeys);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery)
	 */
	public static List<ImportRun> findWithDynamicQuery(
		DynamicQuery dynamicQuery) {

		return getPersistence().findWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int)
	 */
	public static List<ImportRun> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getPersistence().findWithDynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int, OrderByComparator)
	 */
	public static List<ImportRun> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<ImportRun> orderByComparator) {

		return getPersistence().findWithDynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static ImportRun update(ImportRun importRun) {
		return getPersistence().update(importRun);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel, ServiceContext)
	 */
	public static ImportRun update(
		ImportRun importRun, ServiceContext serviceContext) {

		return getPersistence().update(importRun, serviceContext);
	}

	/**
	 * Returns all the import runs where uai = &#63;.
	 *
	 * @param uai the uai
	 * @return the matching import runs
	 */
	public static List<ImportRun> findByUai(String uai) {
		return getPersistence().findByUai(uai);
	}

	/**
	 * Returns a range of all the import runs where uai = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ImportRunModelImpl</code>.
	 * </p>
	 *
	 * @param uai the uai
	 * @param start the lower bound of the range of import runs
	 * @param end the upper bound of the range of import runs (not inclusive)
	 * @return the range of matching import runs
	 */
	public static List<ImportRun> findByUai(String uai, int start, int end) {
		return getPersistence().findByUai(uai, start, end);
	}

	/**
	 * Returns an ordered range of all the import runs where uai = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ImportRunModelImpl</code>.
	 * </p>
	 *
	 * @param uai the uai
	 * @param start the lower bound of the range of import runs
	 * @param end the upper bound of the range of import runs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching import runs
	 */
	public static List<ImportRun> findByUai(
		String uai, int start, int end,
		OrderByComparator<ImportRun> orderByComparator) {

		return getPersistence().findByUai(uai, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the import runs where uai = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ImportRunModelImpl</code>.
	 * </p>
	 *
	 * @param uai the uai
	 * @param start the lower bound of the range of import runs
	 * @param end the upper bound of the range of import runs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching import runs
	 */
	public static List<ImportRun> findByUai(
		String uai, int start, int end,
		OrderByComparator<ImportRun> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByUai(
			uai, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first import run in the ordered set where uai = &#63;.
	 *
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching import run
	 * @throws NoSuchImportRunException if a matching import run could not be found
	 */
	public static ImportRun findByUai_First(
			String uai, OrderByComparator<ImportRun> orderByComparator)
		throws org.preau.liferay.exception.NoSuchImportRunException {

		return getPersistence().findByUai_First(uai, orderByComparator);
	}

	/**
	 * Returns the first import run in the ordered set where uai = &#63;.
	 *
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching import run, or <code>null</code> if a matching import run could not be found
	 */
	public static ImportRun fetchByUai_First(
		String uai, OrderByComparator<ImportRun> orderByComparator) {

		return getPersistence().fetchByUai_First(uai, orderByComparator);
	}

	/**
	 * Returns the last import run in the ordered set where uai = &#63;.
	 *
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching import run
	 * @throws NoSuchImportRunException if a matching import run could not be found
	 */
	public static ImportRun findByUai_Last(
			String uai, OrderByComparator<ImportRun> orderByComparator)
		throws org.preau.liferay.exception.NoSuchImportRunException {

		return getPersistence().findByUai_Last(uai, orderByComparator);
	}

	/**
	 * Returns the last import run in the ordered set where uai = &#63;.
	 *
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching import run, or <code>null</code> if a matching import run could not be found
	 */
	public static ImportRun fetchByUai_Last(
		String uai, OrderByComparator<ImportRun> orderByComparator) {

		return getPersistence().fetchByUai_Last(uai, orderByComparator);
	}

	/**
	 * Returns the import runs before and after the current import run in the ordered set where uai = &#63;.
	 *
	 * @param importRunId the primary key of the current import run
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next import run
	 * @throws NoSuchImportRunException if a import run with the primary key could not be found
	 */
	public static ImportRun[] findByUai_PrevAndNext(
			long importRunId, String uai,
			OrderByComparator<ImportRun> orderByComparator)
		throws org.preau.liferay.exception.NoSuchImportRunException {

		return getPersistence().findByUai_PrevAndNext(
			importRunId, uai, orderByComparator);
	}

	/**
	 * Removes all the import runs where uai = &#63; from the database.
	 *
	 * @param uai the uai
	 */
	public static void removeByUai(String uai) {
		getPersistence().removeByUai(uai);
	}

	/**
	 * Returns the number of import runs where uai = &#63;.
	 *
	 * @param uai the uai
	 * @return the number of matching import runs
	 */
	public static int countByUai(String uai) {
		return getPersistence().countByUai(uai);
	}

	/**
	 * Caches the import run in the entity cache if it is enabled.
	 *
	 * @param importRun the import run
	 */
	public static void cacheResult(ImportRun importRun) {
		getPersistence().cacheResult(importRun);
	}

	/**
	 * Caches the import runs in the entity cache if it is enabled.
	 *
	 * @param importRuns the import runs
	 */
	public static void cacheResult(List<ImportRun> importRuns) {
		getPersistence().cacheResult(importRuns);
	}

	/**
	 * Creates a new import run with the primary key. Does not add the import run to the database.
	 *
	 * @param importRunId the primary key for the new import run
	 * @return the new import run
	 */
	public static ImportRun create(long importRunId) {
		return getPersistence().create(importRunId);
	}

	/**
	 * Removes the import run with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param importRunId the primary key of the import run
	 * @return the import run that was removed
	 * @throws NoSuchImportRunException if a import run with the primary key could not be found
	 */
	public static ImportRun remove(long importRunId)
		throws org.preau.liferay.exception.NoSuchImportRunException {

		return getPersistence().remove(importRunId);
	}

	public static ImportRun updateImpl(ImportRun importRun) {
		return getPersistence().updateImpl(importRun);
	}

	/**
	 * Returns the import run with the primary key or throws a <code>NoSuchImportRunException</code> if it could not be found.
	 *
	 * @param importRunId the primary key of the import run
	 * @return the import run
	 * @throws NoSuchImportRunException if a import run with the primary key could not be found
	 */
	public static ImportRun findByPrimaryKey(long importRunId)
		throws org.preau.liferay.exception.NoSuchImportRunException {

		return getPersistence().findByPrimaryKey(importRunId);
	}

	/**
	 * Returns the import run with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param importRunId the primary key of the import run
	 * @return the import run, or <code>null</code> if a import run with the primary key could not be found
	 */
	public static ImportRun fetchByPrimaryKey(long importRunId) {
		return getPersistence().fetchByPrimaryKey(importRunId);
	}

	/**
	 * Returns all the import runs.
	 *
	 * @return the import runs
	 */
	public static List<ImportRun> findAll() {
		return getPersistence().findAll();
	}

	/**
	 * Returns a range of all the import runs.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ImportRunModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of import runs
	 * @param end the upper bound of the range of import runs (not inclusive)
	 * @return the range of import runs
	 */
	public static List<ImportRun> findAll(int start, int end) {
		return getPersistence().findAll(start, end);
	}

	/**
	 * Returns an ordered range of all the import runs.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ImportRunModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of import runs
	 * @param end the upper bound of the range of import runs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of import runs
	 */
	public static List<ImportRun> findAll(
		int start, int end, OrderByComparator<ImportRun> orderByComparator) {

		return getPersistence().findAll(start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the import runs.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ImportRunModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of import runs
	 * @param end the upper bound of the range of import runs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of import runs
	 */
	public static List<ImportRun> findAll(
		int start, int end, OrderByComparator<ImportRun> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findAll(
			start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Removes all the import runs from the database.
	 */
	public static void removeAll() {
		getPersistence().removeAll();
	}

	/**
	 * Returns the number of import runs.
	 *
	 * @return the number of import runs
	 */
	public static int countAll() {
		return getPersistence().countAll();
	}

	public static ImportRunPersistence getPersistence() {
		return _persistence;
	}

	public static void setPersistence(ImportRunPersistence persistence) {
		_persistence = persistence;
	}

	private static volatile ImportRunPersistence _persistence;

}