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

import org.preau.liferay.model.AccountSuspension;

/**
 * The persistence utility for the account suspension service. This utility wraps <code>org.preau.liferay.service.persistence.impl.AccountSuspensionPersistenceImpl</code> and provides direct access to the database for CRUD operations. This utility should only be used by the service layer, as it must operate within a transaction. Never access this utility in a JSP, controller, model, or other front-end class.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Préau
 * @see AccountSuspensionPersistence
 * @generated
 */
public class AccountSuspensionUtil {

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
	public static void clearCache(AccountSuspension accountSuspension) {
		getPersistence().clearCache(accountSuspension);
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
	public static Map<Serializable, AccountSuspension> fetchByPrimaryKeys(
		Set<Serializable> primaryKeys) {

		return getPersistence().fetchByPrimaryKeys(primaryKeys);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery)
	 */
	public static List<AccountSuspension> findWithDynamicQuery(
		DynamicQuery dynamicQuery) {

		return getPersistence().findWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int)
	 */
	public static List<AccountSuspension> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getPersistence().findWithDynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int, OrderByComparator)
	 */
	public static List<AccountSuspension> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<AccountSuspension> orderByComparator) {

		return getPersistence().findWithDynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static AccountSuspension update(
		AccountSuspension accountSuspension) {

		return getPersistence().update(accountSuspension);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel, ServiceContext)
	 */
	public static AccountSuspension update(
		AccountSuspension accountSuspension, ServiceContext serviceContext) {

		return getPersistence().update(accountSuspension, serviceContext);
	}

	/**
	 * Returns all the account suspensions where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @return the matching account suspensions
	 */
	public static List<AccountSuspension> findByCompanyId(long companyId) {
		return getPersistence().findByCompanyId(companyId);
	}

	/**
	 * Returns a range of all the account suspensions where companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AccountSuspensionModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param start the lower bound of the range of account suspensions
	 * @param end the upper bound of the range of account suspensions (not inclusive)
	 * @return the range of matching account suspensions
	 */
	public static List<AccountSuspension> findByCompanyId(
		long companyId, int start, int end) {

		return getPersistence().findByCompanyId(companyId, start, end);
	}

	/**
	 * Returns an ordered range of all the account suspensions where companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AccountSuspensionModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param start the lower bound of the range of account suspensions
	 * @param end the upper bound of the range of account suspensions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching account suspensions
	 */
	public static List<AccountSuspension> findByCompanyId(
		long companyId, int start, int end,
		OrderByComparator<AccountSuspension> orderByComparator) {

		return getPersistence().findByCompanyId(
			companyId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the account suspensions where companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AccountSuspensionModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param start the lower bound of the range of account suspensions
	 * @param end the upper bound of the range of account suspensions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching account suspensions
	 */
	public static List<AccountSuspension> findByCompanyId(
		long companyId, int start, int end,
		OrderByComparator<AccountSuspension> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByCompanyId(
			companyId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first account suspension in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching account suspension
	 * @throws NoSuchAccountSuspensionException if a matching account suspension could not be found
	 */
	public static AccountSuspension findByCompanyId_First(
			long companyId,
			OrderByComparator<AccountSuspension> orderByComparator)
		throws org.preau.liferay.exception.NoSuchAccountSuspensionException {

		return getPersistence().findByCompanyId_First(
			companyId, orderByComparator);
	}

	/**
	 * Returns the first account suspension in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching account suspension, or <code>null</code> if a matching account suspension could not be found
	 */
	public static AccountSuspension fetchByCompanyId_First(
		long companyId,
		OrderByComparator<AccountSuspension> orderByComparator) {

		return getPersistence().fetchByCompanyId_First(
			companyId, orderByComparator);
	}

	/**
	 * Returns the last account suspension in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching account suspension
	 * @throws NoSuchAccountSuspensionException if a matching account suspension could not be found
	 */
	public static AccountSuspension findByCompanyId_Last(
			long companyId,
			OrderByComparator<AccountSuspension> orderByComparator)
		throws org.preau.liferay.exception.NoSuchAccountSuspensionException {

		return getPersistence().findByCompanyId_Last(
			companyId, orderByComparator);
	}

	/**
	 * Returns the last account suspension in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching account suspension, or <code>null</code> if a matching account suspension could not be found
	 */
	public static AccountSuspension fetchByCompanyId_Last(
		long companyId,
		OrderByComparator<AccountSuspension> orderByComparator) {

		return getPersistence().fetchByCompanyId_Last(
			companyId, orderByComparator);
	}

	/**
	 * Returns the account suspensions before and after the current account suspension in the ordered set where companyId = &#63;.
	 *
	 * @param accountSuspensionId the primary key of the current account suspension
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next account suspension
	 * @throws NoSuchAccountSuspensionException if a account suspension with the primary key could not be found
	 */
	public static AccountSuspension[] findByCompanyId_PrevAndNext(
			long accountSuspensionId, long companyId,
			OrderByComparator<AccountSuspension> orderByComparator)
		throws org.preau.liferay.exception.NoSuchAccountSuspensionException {

		return getPersistence().findByCompanyId_PrevAndNext(
			accountSuspensionId, companyId, orderByComparator);
	}

	/**
	 * Removes all the account suspensions where companyId = &#63; from the database.
	 *
	 * @param companyId the company ID
	 */
	public static void removeByCompanyId(long companyId) {
		getPersistence().removeByCompanyId(companyId);
	}

	/**
	 * Returns the number of account suspensions where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @return the number of matching account suspensions
	 */
	public static int countByCompanyId(long companyId) {
		return getPersistence().countByCompanyId(companyId);
	}

	/**
	 * Returns all the account suspensions where companyId = &#63; and login = &#63;.
	 *
	 * @param companyId the company ID
	 * @param login the login
	 * @return the matching account suspensions
	 */
	public static List<AccountSuspension> findByC_L(
		long companyId, String login) {

		return getPersistence().findByC_L(companyId, login);
	}

	/**
	 * Returns a range of all the account suspensions where companyId = &#63; and login = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AccountSuspensionModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param login the login
	 * @param start the lower bound of the range of account suspensions
	 * @param end the upper bound of the range of account suspensions (not inclusive)
	 * @return the range of matching account suspensions
	 */
	public static List<AccountSuspension> findByC_L(
		long companyId, String login, int start, int end) {

		return getPersistence().findByC_L(companyId, login, start, end);
	}

	/**
	 * Returns an ordered range of all the account suspensions where companyId = &#63; and login = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AccountSuspensionModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param login the login
	 * @param start the lower bound of the range of account suspensions
	 * @param end the upper bound of the range of account suspensions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching account suspensions
	 */
	public static List<AccountSuspension> findByC_L(
		long companyId, String login, int start, int end,
		OrderByComparator<AccountSuspension> orderByComparator) {

		return getPersistence().findByC_L(
			companyId, login, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the account suspensions where companyId = &#63; and login = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AccountSuspensionModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param login the login
	 * @param start the lower bound of the range of account suspensions
	 * @param end the upper bound of the range of account suspensions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching account suspensions
	 */
	public static List<AccountSuspension> findByC_L(
		long companyId, String login, int start, int end,
		OrderByComparator<AccountSuspension> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByC_L(
			companyId, login, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first account suspension in the ordered set where companyId = &#63; and login = &#63;.
	 *
	 * @param companyId the company ID
	 * @param login the login
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching account suspension
	 * @throws NoSuchAccountSuspensionException if a matching account suspension could not be found
	 */
	public static AccountSuspension findByC_L_First(
			long companyId, String login,
			OrderByComparator<AccountSuspension> orderByComparator)
		throws org.preau.liferay.exception.NoSuchAccountSuspensionException {

		return getPersistence().findByC_L_First(
			companyId, login, orderByComparator);
	}

	/**
	 * Returns the first account suspension in the ordered set where companyId = &#63; and login = &#63;.
	 *
	 * @param companyId the company ID
	 * @param login the login
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching account suspension, or <code>null</code> if a matching account suspension could not be found
	 */
	public static AccountSuspension fetchByC_L_First(
		long companyId, String login,
		OrderByComparator<AccountSuspension> orderByComparator) {

		return getPersistence().fetchByC_L_First(
			companyId, login, orderByComparator);
	}

	/**
	 * Returns the last account suspension in the ordered set where companyId = &#63; and login = &#63;.
	 *
	 * @param companyId the company ID
	 * @param login the login
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching account suspension
	 * @throws NoSuchAccountSuspensionException if a matching account suspension could not be found
	 */
	public static AccountSuspension findByC_L_Last(
			long companyId, String login,
			OrderByComparator<AccountSuspension> orderByComparator)
		throws org.preau.liferay.exception.NoSuchAccountSuspensionException {

		return getPersistence().findByC_L_Last(
			companyId, login, orderByComparator);
	}

	/**
	 * Returns the last account suspension in the ordered set where companyId = &#63; and login = &#63;.
	 *
	 * @param companyId the company ID
	 * @param login the login
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching account suspension, or <code>null</code> if a matching account suspension could not be found
	 */
	public static AccountSuspension fetchByC_L_Last(
		long companyId, String login,
		OrderByComparator<AccountSuspension> orderByComparator) {

		return getPersistence().fetchByC_L_Last(
			companyId, login, orderByComparator);
	}

	/**
	 * Returns the account suspensions before and after the current account suspension in the ordered set where companyId = &#63; and login = &#63;.
	 *
	 * @param accountSuspensionId the primary key of the current account suspension
	 * @param companyId the company ID
	 * @param login the login
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next account suspension
	 * @throws NoSuchAccountSuspensionException if a account suspension with the primary key could not be found
	 */
	public static AccountSuspension[] findByC_L_PrevAndNext(
			long accountSuspensionId, long companyId, String login,
			OrderByComparator<AccountSuspension> orderByComparator)
		throws org.preau.liferay.exception.NoSuchAccountSuspensionException {

		return getPersistence().findByC_L_PrevAndNext(
			accountSuspensionId, companyId, login, orderByComparator);
	}

	/**
	 * Removes all the account suspensions where companyId = &#63; and login = &#63; from the database.
	 *
	 * @param companyId the company ID
	 * @param login the login
	 */
	public static void removeByC_L(long companyId, String login) {
		getPersistence().removeByC_L(companyId, login);
	}

	/**
	 * Returns the number of account suspensions where companyId = &#63; and login = &#63;.
	 *
	 * @param companyId the company ID
	 * @param login the login
	 * @return the number of matching account suspensions
	 */
	public static int countByC_L(long companyId, String login) {
		return getPersistence().countByC_L(companyId, login);
	}

	/**
	 * Returns all the account suspensions where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @return the matching account suspensions
	 */
	public static List<AccountSuspension> findByC_U(
		long companyId, String uai) {

		return getPersistence().findByC_U(companyId, uai);
	}

	/**
	 * Returns a range of all the account suspensions where companyId = &#63; and uai = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AccountSuspensionModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param start the lower bound of the range of account suspensions
	 * @param end the upper bound of the range of account suspensions (not inclusive)
	 * @return the range of matching account suspensions
	 */
	public static List<AccountSuspension> findByC_U(
		long companyId, String uai, int start, int end) {

		return getPersistence().findByC_U(companyId, uai, start, end);
	}

	/**
	 * Returns an ordered range of all the account suspensions where companyId = &#63; and uai = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AccountSuspensionModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param start the lower bound of the range of account suspensions
	 * @param end the upper bound of the range of account suspensions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching account suspensions
	 */
	public static List<AccountSuspension> findByC_U(
		long companyId, String uai, int start, int end,
		OrderByComparator<AccountSuspension> orderByComparator) {

		return getPersistence().findByC_U(
			companyId, uai, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the account suspensions where companyId = &#63; and uai = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AccountSuspensionModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param start the lower bound of the range of account suspensions
	 * @param end the upper bound of the range of account suspensions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching account suspensions
	 */
	public static List<AccountSuspension> findByC_U(
		long companyId, String uai, int start, int end,
		OrderByComparator<AccountSuspension> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByC_U(
			companyId, uai, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first account suspension in the ordered set where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching account suspension
	 * @throws NoSuchAccountSuspensionException if a matching account suspension could not be found
	 */
	public static AccountSuspension findByC_U_First(
			long companyId, String uai,
			OrderByComparator<AccountSuspension> orderByComparator)
		throws org.preau.liferay.exception.NoSuchAccountSuspensionException {

		return getPersistence().findByC_U_First(
			companyId, uai, orderByComparator);
	}

	/**
	 * Returns the first account suspension in the ordered set where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching account suspension, or <code>null</code> if a matching account suspension could not be found
	 */
	public static AccountSuspension fetchByC_U_First(
		long companyId, String uai,
		OrderByComparator<AccountSuspension> orderByComparator) {

		return getPersistence().fetchByC_U_First(
			companyId, uai, orderByComparator);
	}

	/**
	 * Returns the last account suspension in the ordered set where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching account suspension
	 * @throws NoSuchAccountSuspensionException if a matching account suspension could not be found
	 */
	public static AccountSuspension findByC_U_Last(
			long companyId, String uai,
			OrderByComparator<AccountSuspension> orderByComparator)
		throws org.preau.liferay.exception.NoSuchAccountSuspensionException {

		return getPersistence().findByC_U_Last(
			companyId, uai, orderByComparator);
	}

	/**
	 * Returns the last account suspension in the ordered set where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching account suspension, or <code>null</code> if a matching account suspension could not be found
	 */
	public static AccountSuspension fetchByC_U_Last(
		long companyId, String uai,
		OrderByComparator<AccountSuspension> orderByComparator) {

		return getPersistence().fetchByC_U_Last(
			companyId, uai, orderByComparator);
	}

	/**
	 * Returns the account suspensions before and after the current account suspension in the ordered set where companyId = &#63; and uai = &#63;.
	 *
	 * @param accountSuspensionId the primary key of the current account suspension
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next account suspension
	 * @throws NoSuchAccountSuspensionException if a account suspension with the primary key could not be found
	 */
	public static AccountSuspension[] findByC_U_PrevAndNext(
			long accountSuspensionId, long companyId, String uai,
			OrderByComparator<AccountSuspension> orderByComparator)
		throws org.preau.liferay.exception.NoSuchAccountSuspensionException {

		return getPersistence().findByC_U_PrevAndNext(
			accountSuspensionId, companyId, uai, orderByComparator);
	}

	/**
	 * Removes all the account suspensions where companyId = &#63; and uai = &#63; from the database.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 */
	public static void removeByC_U(long companyId, String uai) {
		getPersistence().removeByC_U(companyId, uai);
	}

	/**
	 * Returns the number of account suspensions where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @return the number of matching account suspensions
	 */
	public static int countByC_U(long companyId, String uai) {
		return getPersistence().countByC_U(companyId, uai);
	}

	/**
	 * Caches the account suspension in the entity cache if it is enabled.
	 *
	 * @param accountSuspension the account suspension
	 */
	public static void cacheResult(AccountSuspension accountSuspension) {
		getPersistence().cacheResult(accountSuspension);
	}

	/**
	 * Caches the account suspensions in the entity cache if it is enabled.
	 *
	 * @param accountSuspensions the account suspensions
	 */
	public static void cacheResult(List<AccountSuspension> accountSuspensions) {
		getPersistence().cacheResult(accountSuspensions);
	}

	/**
	 * Creates a new account suspension with the primary key. Does not add the account suspension to the database.
	 *
	 * @param accountSuspensionId the primary key for the new account suspension
	 * @return the new account suspension
	 */
	public static AccountSuspension create(long accountSuspensionId) {
		return getPersistence().create(accountSuspensionId);
	}

	/**
	 * Removes the account suspension with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param accountSuspensionId the primary key of the account suspension
	 * @return the account suspension that was removed
	 * @throws NoSuchAccountSuspensionException if a account suspension with the primary key could not be found
	 */
	public static AccountSuspension remove(long accountSuspensionId)
		throws org.preau.liferay.exception.NoSuchAccountSuspensionException {

		return getPersistence().remove(accountSuspensionId);
	}

	public static AccountSuspension updateImpl(
		AccountSuspension accountSuspension) {

		return getPersistence().updateImpl(accountSuspension);
	}

	/**
	 * Returns the account suspension with the primary key or throws a <code>NoSuchAccountSuspensionException</code> if it could not be found.
	 *
	 * @param accountSuspensionId the primary key of the account suspension
	 * @return the account suspension
	 * @throws NoSuchAccountSuspensionException if a account suspension with the primary key could not be found
	 */
	public static AccountSuspension findByPrimaryKey(long accountSuspensionId)
		throws org.preau.liferay.exception.NoSuchAccountSuspensionException {

		return getPersistence().findByPrimaryKey(accountSuspensionId);
	}

	/**
	 * Returns the account suspension with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param accountSuspensionId the primary key of the account suspension
	 * @return the account suspension, or <code>null</code> if a account suspension with the primary key could not be found
	 */
	public static AccountSuspension fetchByPrimaryKey(
		long accountSuspensionId) {

		return getPersistence().fetchByPrimaryKey(accountSuspensionId);
	}

	/**
	 * Returns all the account suspensions.
	 *
	 * @return the account suspensions
	 */
	public static List<AccountSuspension> findAll() {
		return getPersistence().findAll();
	}

	/**
	 * Returns a range of all the account suspensions.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AccountSuspensionModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of account suspensions
	 * @param end the upper bound of the range of account suspensions (not inclusive)
	 * @return the range of account suspensions
	 */
	public static List<AccountSuspension> findAll(int start, int end) {
		return getPersistence().findAll(start, end);
	}

	/**
	 * Returns an ordered range of all the account suspensions.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AccountSuspensionModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of account suspensions
	 * @param end the upper bound of the range of account suspensions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of account suspensions
	 */
	public static List<AccountSuspension> findAll(
		int start, int end,
		OrderByComparator<AccountSuspension> orderByComparator) {

		return getPersistence().findAll(start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the account suspensions.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AccountSuspensionModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of account suspensions
	 * @param end the upper bound of the range of account suspensions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of account suspensions
	 */
	public static List<AccountSuspension> findAll(
		int start, int end,
		OrderByComparator<AccountSuspension> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findAll(
			start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Removes all the account suspensions from the database.
	 */
	public static void removeAll() {
		getPersistence().removeAll();
	}

	/**
	 * Returns the number of account suspensions.
	 *
	 * @return the number of account suspensions
	 */
	public static int countAll() {
		return getPersistence().countAll();
	}

	public static AccountSuspensionPersistence getPersistence() {
		return _persistence;
	}

	public static void setPersistence(
		AccountSuspensionPersistence persistence) {

		_persistence = persistence;
	}

	private static volatile AccountSuspensionPersistence _persistence;

}