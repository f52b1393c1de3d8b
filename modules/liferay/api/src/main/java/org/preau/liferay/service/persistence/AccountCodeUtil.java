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

import org.preau.liferay.model.AccountCode;

/**
 * The persistence utility for the account code service. This utility wraps <code>org.preau.liferay.service.persistence.impl.AccountCodePersistenceImpl</code> and provides direct access to the database for CRUD operations. This utility should only be used by the service layer, as it must operate within a transaction. Never access this utility in a JSP, controller, model, or other front-end class.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Préau
 * @see AccountCodePersistence
 * @generated
 */
public class AccountCodeUtil {

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
	public static void clearCache(AccountCode accountCode) {
		getPersistence().clearCache(accountCode);
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
	public static Map<Serializable, AccountCode> fetchByPrimaryKeys(
		Set<Serializable> primaryKeys) {

		return getPersistence().fetchByPrimaryKeys(primaryKeys);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery)
	 */
	public static List<AccountCode> findWithDynamicQuery(
		DynamicQuery dynamicQuery) {

		return getPersistence().findWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int)
	 */
	public static List<AccountCode> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getPersistence().findWithDynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int, OrderByComparator)
	 */
	public static List<AccountCode> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<AccountCode> orderByComparator) {

		return getPersistence().findWithDynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static AccountCode update(AccountCode accountCode) {
		return getPersistence().update(accountCode);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel, ServiceContext)
	 */
	public static AccountCode update(
		AccountCode accountCode, ServiceContext serviceContext) {

		return getPersistence().update(accountCode, serviceContext);
	}

	/**
	 * Returns the account code where companyId = &#63; and login = &#63; or throws a <code>NoSuchAccountCodeException</code> if it could not be found.
	 *
	 * @param companyId the company ID
	 * @param login the login
	 * @return the matching account code
	 * @throws NoSuchAccountCodeException if a matching account code could not be found
	 */
	public static AccountCode findByC_L(long companyId, String login)
		throws org.preau.liferay.exception.NoSuchAccountCodeException {

		return getPersistence().findByC_L(companyId, login);
	}

	/**
	 * Returns the account code where companyId = &#63; and login = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param companyId the company ID
	 * @param login the login
	 * @return the matching account code, or <code>null</code> if a matching account code could not be found
	 */
	public static AccountCode fetchByC_L(long companyId, String login) {
		return getPersistence().fetchByC_L(companyId, login);
	}

	/**
	 * Returns the account code where companyId = &#63; and login = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param companyId the company ID
	 * @param login the login
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching account code, or <code>null</code> if a matching account code could not be found
	 */
	public static AccountCode fetchByC_L(
		long companyId, String login, boolean useFinderCache) {

		return getPersistence().fetchByC_L(companyId, login, useFinderCache);
	}

	/**
	 * Removes the account code where companyId = &#63; and login = &#63; from the database.
	 *
	 * @param companyId the company ID
	 * @param login the login
	 * @return the account code that was removed
	 */
	public static AccountCode removeByC_L(long companyId, String login)
		throws org.preau.liferay.exception.NoSuchAccountCodeException {

		return getPersistence().removeByC_L(companyId, login);
	}

	/**
	 * Returns the number of account codes where companyId = &#63; and login = &#63;.
	 *
	 * @param companyId the company ID
	 * @param login the login
	 * @return the number of matching account codes
	 */
	public static int countByC_L(long companyId, String login) {
		return getPersistence().countByC_L(companyId, login);
	}

	/**
	 * Caches the account code in the entity cache if it is enabled.
	 *
	 * @param accountCode the account code
	 */
	public static void cacheResult(AccountCode accountCode) {
		getPersistence().cacheResult(accountCode);
	}

	/**
	 * Caches the account codes in the entity cache if it is enabled.
	 *
	 * @param accountCodes the account codes
	 */
	public static void cacheResult(List<AccountCode> accountCodes) {
		getPersistence().cacheResult(accountCodes);
	}

	/**
	 * Creates a new account code with the primary key. Does not add the account code to the database.
	 *
	 * @param accountCodeId the primary key for the new account code
	 * @return the new account code
	 */
	public static AccountCode create(long accountCodeId) {
		return getPersistence().create(accountCodeId);
	}

	/**
	 * Removes the account code with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param accountCodeId the primary key of the account code
	 * @return the account code that was removed
	 * @throws NoSuchAccountCodeException if a account code with the primary key could not be found
	 */
	public static AccountCode remove(long accountCodeId)
		throws org.preau.liferay.exception.NoSuchAccountCodeException {

		return getPersistence().remove(accountCodeId);
	}

	public static AccountCode updateImpl(AccountCode accountCode) {
		return getPersistence().updateImpl(accountCode);
	}

	/**
	 * Returns the account code with the primary key or throws a <code>NoSuchAccountCodeException</code> if it could not be found.
	 *
	 * @param accountCodeId the primary key of the account code
	 * @return the account code
	 * @throws NoSuchAccountCodeException if a account code with the primary key could not be found
	 */
	public static AccountCode findByPrimaryKey(long accountCodeId)
		throws org.preau.liferay.exception.NoSuchAccountCodeException {

		return getPersistence().findByPrimaryKey(accountCodeId);
	}

	/**
	 * Returns the account code with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param accountCodeId the primary key of the account code
	 * @return the account code, or <code>null</code> if a account code with the primary key could not be found
	 */
	public static AccountCode fetchByPrimaryKey(long accountCodeId) {
		return getPersistence().fetchByPrimaryKey(accountCodeId);
	}

	/**
	 * Returns all the account codes.
	 *
	 * @return the account codes
	 */
	public static List<AccountCode> findAll() {
		return getPersistence().findAll();
	}

	/**
	 * Returns a range of all the account codes.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AccountCodeModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of account codes
	 * @param end the upper bound of the range of account codes (not inclusive)
	 * @return the range of account codes
	 */
	public static List<AccountCode> findAll(int start, int end) {
		return getPersistence().findAll(start, end);
	}

	/**
	 * Returns an ordered range of all the account codes.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AccountCodeModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of account codes
	 * @param end the upper bound of the range of account codes (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of account codes
	 */
	public static List<AccountCode> findAll(
		int start, int end, OrderByComparator<AccountCode> orderByComparator) {

		return getPersistence().findAll(start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the account codes.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AccountCodeModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of account codes
	 * @param end the upper bound of the range of account codes (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of account codes
	 */
	public static List<AccountCode> findAll(
		int start, int end, OrderByComparator<AccountCode> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findAll(
			start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Removes all the account codes from the database.
	 */
	public static void removeAll() {
		getPersistence().removeAll();
	}

	/**
	 * Returns the number of account codes.
	 *
	 * @return the number of account codes
	 */
	public static int countAll() {
		return getPersistence().countAll();
	}

	public static AccountCodePersistence getPersistence() {
		return _persistence;
	}

	public static void setPersistence(AccountCodePersistence persistence) {
		_persistence = persistence;
	}

	private static volatile AccountCodePersistence _persistence;

}