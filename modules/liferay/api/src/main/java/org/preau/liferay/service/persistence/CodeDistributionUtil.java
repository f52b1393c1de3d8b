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

import org.preau.liferay.model.CodeDistribution;

/**
 * The persistence utility for the code distribution service. This utility wraps <code>org.preau.liferay.service.persistence.impl.CodeDistributionPersistenceImpl</code> and provides direct access to the database for CRUD operations. This utility should only be used by the service layer, as it must operate within a transaction. Never access this utility in a JSP, controller, model, or other front-end class.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Préau
 * @see CodeDistributionPersistence
 * @generated
 */
public class CodeDistributionUtil {

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
	public static void clearCache(CodeDistribution codeDistribution) {
		getPersistence().clearCache(codeDistribution);
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
	public static Map<Serializable, CodeDistribution> fetchByPrimaryKeys(
		Set<Serializable> primaryKeys) {

		return getPersistence().fetchByPrimaryKeys(primaryKeys);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery)
	 */
	public static List<CodeDistribution> findWithDynamicQuery(
		DynamicQuery dynamicQuery) {

		return getPersistence().findWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int)
	 */
	public static List<CodeDistribution> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getPersistence().findWithDynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int, OrderByComparator)
	 */
	public static List<CodeDistribution> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<CodeDistribution> orderByComparator) {

		return getPersistence().findWithDynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static CodeDistribution update(CodeDistribution codeDistribution) {
		return getPersistence().update(codeDistribution);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel, ServiceContext)
	 */
	public static CodeDistribution update(
		CodeDistribution codeDistribution, ServiceContext serviceContext) {

		return getPersistence().update(codeDistribution, serviceContext);
	}

	/**
	 * Returns all the code distributions where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @return the matching code distributions
	 */
	public static List<CodeDistribution> findByC_U(long companyId, String uai) {
		return getPersistence().findByC_U(companyId, uai);
	}

	/**
	 * Returns a range of all the code distributions where companyId = &#63; and uai = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CodeDistributionModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param start the lower bound of the range of code distributions
	 * @param end the upper bound of the range of code distributions (not inclusive)
	 * @return the range of matching code distributions
	 */
	public static List<CodeDistribution> findByC_U(
		long companyId, String uai, int start, int end) {

		return getPersistence().findByC_U(companyId, uai, start, end);
	}

	/**
	 * Returns an ordered range of all the code distributions where companyId = &#63; and uai = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CodeDistributionModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param start the lower bound of the range of code distributions
	 * @param end the upper bound of the range of code distributions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching code distributions
	 */
	public static List<CodeDistribution> findByC_U(
		long companyId, String uai, int start, int end,
		OrderByComparator<CodeDistribution> orderByComparator) {

		return getPersistence().findByC_U(
			companyId, uai, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the code distributions where companyId = &#63; and uai = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CodeDistributionModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param start the lower bound of the range of code distributions
	 * @param end the upper bound of the range of code distributions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching code distributions
	 */
	public static List<CodeDistribution> findByC_U(
		long companyId, String uai, int start, int end,
		OrderByComparator<CodeDistribution> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByC_U(
			companyId, uai, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first code distribution in the ordered set where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching code distribution
	 * @throws NoSuchCodeDistributionException if a matching code distribution could not be found
	 */
	public static CodeDistribution findByC_U_First(
			long companyId, String uai,
			OrderByComparator<CodeDistribution> orderByComparator)
		throws org.preau.liferay.exception.NoSuchCodeDistributionException {

		return getPersistence().findByC_U_First(
			companyId, uai, orderByComparator);
	}

	/**
	 * Returns the first code distribution in the ordered set where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching code distribution, or <code>null</code> if a matching code distribution could not be found
	 */
	public static CodeDistribution fetchByC_U_First(
		long companyId, String uai,
		OrderByComparator<CodeDistribution> orderByComparator) {

		return getPersistence().fetchByC_U_First(
			companyId, uai, orderByComparator);
	}

	/**
	 * Returns the last code distribution in the ordered set where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching code distribution
	 * @throws NoSuchCodeDistributionException if a matching code distribution could not be found
	 */
	public static CodeDistribution findByC_U_Last(
			long companyId, String uai,
			OrderByComparator<CodeDistribution> orderByComparator)
		throws org.preau.liferay.exception.NoSuchCodeDistributionException {

		return getPersistence().findByC_U_Last(
			companyId, uai, orderByComparator);
	}

	/**
	 * Returns the last code distribution in the ordered set where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching code distribution, or <code>null</code> if a matching code distribution could not be found
	 */
	public static CodeDistribution fetchByC_U_Last(
		long companyId, String uai,
		OrderByComparator<CodeDistribution> orderByComparator) {

		return getPersistence().fetchByC_U_Last(
			companyId, uai, orderByComparator);
	}

	/**
	 * Returns the code distributions before and after the current code distribution in the ordered set where companyId = &#63; and uai = &#63;.
	 *
	 * @param codeDistributionId the primary key of the current code distribution
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next code distribution
	 * @throws NoSuchCodeDistributionException if a code distribution with the primary key could not be found
	 */
	public static CodeDistribution[] findByC_U_PrevAndNext(
			long codeDistributionId, long companyId, String uai,
			OrderByComparator<CodeDistribution> orderByComparator)
		throws org.preau.liferay.exception.NoSuchCodeDistributionException {

		return getPersistence().findByC_U_PrevAndNext(
			codeDistributionId, companyId, uai, orderByComparator);
	}

	/**
	 * Removes all the code distributions where companyId = &#63; and uai = &#63; from the database.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 */
	public static void removeByC_U(long companyId, String uai) {
		getPersistence().removeByC_U(companyId, uai);
	}

	/**
	 * Returns the number of code distributions where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @return the number of matching code distributions
	 */
	public static int countByC_U(long companyId, String uai) {
		return getPersistence().countByC_U(companyId, uai);
	}

	/**
	 * Caches the code distribution in the entity cache if it is enabled.
	 *
	 * @param codeDistribution the code distribution
	 */
	public static void cacheResult(CodeDistribution codeDistribution) {
		getPersistence().cacheResult(codeDistribution);
	}

	/**
	 * Caches the code distributions in the entity cache if it is enabled.
	 *
	 * @param codeDistributions the code distributions
	 */
	public static void cacheResult(List<CodeDistribution> codeDistributions) {
		getPersistence().cacheResult(codeDistributions);
	}

	/**
	 * Creates a new code distribution with the primary key. Does not add the code distribution to the database.
	 *
	 * @param codeDistributionId the primary key for the new code distribution
	 * @return the new code distribution
	 */
	public static CodeDistribution create(long codeDistributionId) {
		return getPersistence().create(codeDistributionId);
	}

	/**
	 * Removes the code distribution with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param codeDistributionId the primary key of the code distribution
	 * @return the code distribution that was removed
	 * @throws NoSuchCodeDistributionException if a code distribution with the primary key could not be found
	 */
	public static CodeDistribution remove(long codeDistributionId)
		throws org.preau.liferay.exception.NoSuchCodeDistributionException {

		return getPersistence().remove(codeDistributionId);
	}

	public static CodeDistribution updateImpl(
		CodeDistribution codeDistribution) {

		return getPersistence().updateImpl(codeDistribution);
	}

	/**
	 * Returns the code distribution with the primary key or throws a <code>NoSuchCodeDistributionException</code> if it could not be found.
	 *
	 * @param codeDistributionId the primary key of the code distribution
	 * @return the code distribution
	 * @throws NoSuchCodeDistributionException if a code distribution with the primary key could not be found
	 */
	public static CodeDistribution findByPrimaryKey(long codeDistributionId)
		throws org.preau.liferay.exception.NoSuchCodeDistributionException {

		return getPersistence().findByPrimaryKey(codeDistributionId);
	}

	/**
	 * Returns the code distribution with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param codeDistributionId the primary key of the code distribution
	 * @return the code distribution, or <code>null</code> if a code distribution with the primary key could not be found
	 */
	public static CodeDistribution fetchByPrimaryKey(long codeDistributionId) {
		return getPersistence().fetchByPrimaryKey(codeDistributionId);
	}

	/**
	 * Returns all the code distributions.
	 *
	 * @return the code distributions
	 */
	public static List<CodeDistribution> findAll() {
		return getPersistence().findAll();
	}

	/**
	 * Returns a range of all the code distributions.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CodeDistributionModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of code distributions
	 * @param end the upper bound of the range of code distributions (not inclusive)
	 * @return the range of code distributions
	 */
	public static List<CodeDistribution> findAll(int start, int end) {
		return getPersistence().findAll(start, end);
	}

	/**
	 * Returns an ordered range of all the code distributions.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CodeDistributionModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of code distributions
	 * @param end the upper bound of the range of code distributions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of code distributions
	 */
	public static List<CodeDistribution> findAll(
		int start, int end,
		OrderByComparator<CodeDistribution> orderByComparator) {

		return getPersistence().findAll(start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the code distributions.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CodeDistributionModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of code distributions
	 * @param end the upper bound of the range of code distributions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of code distributions
	 */
	public static List<CodeDistribution> findAll(
		int start, int end,
		OrderByComparator<CodeDistribution> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findAll(
			start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Removes all the code distributions from the database.
	 */
	public static void removeAll() {
		getPersistence().removeAll();
	}

	/**
	 * Returns the number of code distributions.
	 *
	 * @return the number of code distributions
	 */
	public static int countAll() {
		return getPersistence().countAll();
	}

	public static CodeDistributionPersistence getPersistence() {
		return _persistence;
	}

	public static void setPersistence(CodeDistributionPersistence persistence) {
		_persistence = persistence;
	}

	private static volatile CodeDistributionPersistence _persistence;

}