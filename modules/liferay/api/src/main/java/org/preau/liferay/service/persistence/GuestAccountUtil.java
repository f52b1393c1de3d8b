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

import org.preau.liferay.model.GuestAccount;

/**
 * The persistence utility for the guest account service. This utility wraps <code>org.preau.liferay.service.persistence.impl.GuestAccountPersistenceImpl</code> and provides direct access to the database for CRUD operations. This utility should only be used by the service layer, as it must operate within a transaction. Never access this utility in a JSP, controller, model, or other front-end class.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Préau
 * @see GuestAccountPersistence
 * @generated
 */
public class GuestAccountUtil {

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
	public static void clearCache(GuestAccount guestAccount) {
		getPersistence().clearCache(guestAccount);
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
	public static Map<Serializable, GuestAccount> fetchByPrimaryKeys(
		Set<Serializable> primaryKeys) {

		return getPersistence().fetchByPrimaryKeys(primaryKeys);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery)
	 */
	public static List<GuestAccount> findWithDynamicQuery(
		DynamicQuery dynamicQuery) {

		return getPersistence().findWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int)
	 */
	public static List<GuestAccount> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getPersistence().findWithDynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int, OrderByComparator)
	 */
	public static List<GuestAccount> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<GuestAccount> orderByComparator) {

		return getPersistence().findWithDynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static GuestAccount update(GuestAccount guestAccount) {
		return getPersistence().update(guestAccount);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel, ServiceContext)
	 */
	public static GuestAccount update(
		GuestAccount guestAccount, ServiceContext serviceContext) {

		return getPersistence().update(guestAccount, serviceContext);
	}

	/**
	 * Returns all the guest accounts where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @return the matching guest accounts
	 */
	public static List<GuestAccount> findByCompanyId(long companyId) {
		return getPersistence().findByCompanyId(companyId);
	}

	/**
	 * Returns a range of all the guest accounts where companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>GuestAccountModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param start the lower bound of the range of guest accounts
	 * @param end the upper bound of the range of guest accounts (not inclusive)
	 * @return the range of matching guest accounts
	 */
	public static List<GuestAccount> findByCompanyId(
		long companyId, int start, int end) {

		return getPersistence().findByCompanyId(companyId, start, end);
	}

	/**
	 * Returns an ordered range of all the guest accounts where companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>GuestAccountModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param start the lower bound of the range of guest accounts
	 * @param end the upper bound of the range of guest accounts (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching guest accounts
	 */
	public static List<GuestAccount> findByCompanyId(
		long companyId, int start, int end,
		OrderByComparator<GuestAccount> orderByComparator) {

		return getPersistence().findByCompanyId(
			companyId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the guest accounts where companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>GuestAccountModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param start the lower bound of the range of guest accounts
	 * @param end the upper bound of the range of guest accounts (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching guest accounts
	 */
	public static List<GuestAccount> findByCompanyId(
		long companyId, int start, int end,
		OrderByComparator<GuestAccount> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByCompanyId(
			companyId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first guest account in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching guest account
	 * @throws NoSuchGuestAccountException if a matching guest account could not be found
	 */
	public static GuestAccount findByCompanyId_First(
			long companyId, OrderByComparator<GuestAccount> orderByComparator)
		throws org.preau.liferay.exception.NoSuchGuestAccountException {

		return getPersistence().findByCompanyId_First(
			companyId, orderByComparator);
	}

	/**
	 * Returns the first guest account in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching guest account, or <code>null</code> if a matching guest account could not be found
	 */
	public static GuestAccount fetchByCompanyId_First(
		long companyId, OrderByComparator<GuestAccount> orderByComparator) {

		return getPersistence().fetchByCompanyId_First(
			companyId, orderByComparator);
	}

	/**
	 * Returns the last guest account in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching guest account
	 * @throws NoSuchGuestAccountException if a matching guest account could not be found
	 */
	public static GuestAccount findByCompanyId_Last(
			long companyId, OrderByComparator<GuestAccount> orderByComparator)
		throws org.preau.liferay.exception.NoSuchGuestAccountException {

		return getPersistence().findByCompanyId_Last(
			companyId, orderByComparator);
	}

	/**
	 * Returns the last guest account in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching guest account, or <code>null</code> if a matching guest account could not be found
	 */
	public static GuestAccount fetchByCompanyId_Last(
		long companyId, OrderByComparator<GuestAccount> orderByComparator) {

		return getPersistence().fetchByCompanyId_Last(
			companyId, orderByComparator);
	}

	/**
	 * Returns the guest accounts before and after the current guest account in the ordered set where companyId = &#63;.
	 *
	 * @param guestAccountId the primary key of the current guest account
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next guest account
	 * @throws NoSuchGuestAccountException if a guest account with the primary key could not be found
	 */
	public static GuestAccount[] findByCompanyId_PrevAndNext(
			long guestAccountId, long companyId,
			OrderByComparator<GuestAccount> orderByComparator)
		throws org.preau.liferay.exception.NoSuchGuestAccountException {

		return getPersistence().findByCompanyId_PrevAndNext(
			guestAccountId, companyId, orderByComparator);
	}

	/**
	 * Removes all the guest accounts where companyId = &#63; from the database.
	 *
	 * @param companyId the company ID
	 */
	public static void removeByCompanyId(long companyId) {
		getPersistence().removeByCompanyId(companyId);
	}

	/**
	 * Returns the number of guest accounts where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @return the number of matching guest accounts
	 */
	public static int countByCompanyId(long companyId) {
		return getPersistence().countByCompanyId(companyId);
	}

	/**
	 * Returns the guest account where companyId = &#63; and login = &#63; or throws a <code>NoSuchGuestAccountException</code> if it could not be found.
	 *
	 * @param companyId the company ID
	 * @param login the login
	 * @return the matching guest account
	 * @throws NoSuchGuestAccountException if a matching guest account could not be found
	 */
	public static GuestAccount findByC_L(long companyId, String login)
		throws org.preau.liferay.exception.NoSuchGuestAccountException {

		return getPersistence().findByC_L(companyId, login);
	}

	/**
	 * Returns the guest account where companyId = &#63; and login = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param companyId the company ID
	 * @param login the login
	 * @return the matching guest account, or <code>null</code> if a matching guest account could not be found
	 */
	public static GuestAccount fetchByC_L(long companyId, String login) {
		return getPersistence().fetchByC_L(companyId, login);
	}

	/**
	 * Returns the guest account where companyId = &#63; and login = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param companyId the company ID
	 * @param login the login
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching guest account, or <code>null</code> if a matching guest account could not be found
	 */
	public static GuestAccount fetchByC_L(
		long companyId, String login, boolean useFinderCache) {

		return getPersistence().fetchByC_L(companyId, login, useFinderCache);
	}

	/**
	 * Removes the guest account where companyId = &#63; and login = &#63; from the database.
	 *
	 * @param companyId the company ID
	 * @param login the login
	 * @return the guest account that was removed
	 */
	public static GuestAccount removeByC_L(long companyId, String login)
		throws org.preau.liferay.exception.NoSuchGuestAccountException {

		return getPersistence().removeByC_L(companyId, login);
	}

	/**
	 * Returns the number of guest accounts where companyId = &#63; and login = &#63;.
	 *
	 * @param companyId the company ID
	 * @param login the login
	 * @return the number of matching guest accounts
	 */
	public static int countByC_L(long companyId, String login) {
		return getPersistence().countByC_L(companyId, login);
	}

	/**
	 * Returns all the guest accounts where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @return the matching guest accounts
	 */
	public static List<GuestAccount> findByC_U(long companyId, String uai) {
		return getPersistence().findByC_U(companyId, uai);
	}

	/**
	 * Returns a range of all the guest accounts where companyId = &#63; and uai = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>GuestAccountModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param start the lower bound of the range of guest accounts
	 * @param end the upper bound of the range of guest accounts (not inclusive)
	 * @return the range of matching guest accounts
	 */
	public static List<GuestAccount> findByC_U(
		long companyId, String uai, int start, int end) {

		return getPersistence().findByC_U(companyId, uai, start, end);
	}

	/**
	 * Returns an ordered range of all the guest accounts where companyId = &#63; and uai = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>GuestAccountModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param start the lower bound of the range of guest accounts
	 * @param end the upper bound of the range of guest accounts (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching guest accounts
	 */
	public static List<GuestAccount> findByC_U(
		long companyId, String uai, int start, int end,
		OrderByComparator<GuestAccount> orderByComparator) {

		return getPersistence().findByC_U(
			companyId, uai, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the guest accounts where companyId = &#63; and uai = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>GuestAccountModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param start the lower bound of the range of guest accounts
	 * @param end the upper bound of the range of guest accounts (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching guest accounts
	 */
	public static List<GuestAccount> findByC_U(
		long companyId, String uai, int start, int end,
		OrderByComparator<GuestAccount> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByC_U(
			companyId, uai, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first guest account in the ordered set where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching guest account
	 * @throws NoSuchGuestAccountException if a matching guest account could not be found
	 */
	public static GuestAccount findByC_U_First(
			long companyId, String uai,
			OrderByComparator<GuestAccount> orderByComparator)
		throws org.preau.liferay.exception.NoSuchGuestAccountException {

		return getPersistence().findByC_U_First(
			companyId, uai, orderByComparator);
	}

	/**
	 * Returns the first guest account in the ordered set where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching guest account, or <code>null</code> if a matching guest account could not be found
	 */
	public static GuestAccount fetchByC_U_First(
		long companyId, String uai,
		OrderByComparator<GuestAccount> orderByComparator) {

		return getPersistence().fetchByC_U_First(
			companyId, uai, orderByComparator);
	}

	/**
	 * Returns the last guest account in the ordered set where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching guest account
	 * @throws NoSuchGuestAccountException if a matching guest account could not be found
	 */
	public static GuestAccount findByC_U_Last(
			long companyId, String uai,
			OrderByComparator<GuestAccount> orderByComparator)
		throws org.preau.liferay.exception.NoSuchGuestAccountException {

		return getPersistence().findByC_U_Last(
			companyId, uai, orderByComparator);
	}

	/**
	 * Returns the last guest account in the ordered set where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching guest account, or <code>null</code> if a matching guest account could not be found
	 */
	public static GuestAccount fetchByC_U_Last(
		long companyId, String uai,
		OrderByComparator<GuestAccount> orderByComparator) {

		return getPersistence().fetchByC_U_Last(
			companyId, uai, orderByComparator);
	}

	/**
	 * Returns the guest accounts before and after the current guest account in the ordered set where companyId = &#63; and uai = &#63;.
	 *
	 * @param guestAccountId the primary key of the current guest account
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next guest account
	 * @throws NoSuchGuestAccountException if a guest account with the primary key could not be found
	 */
	public static GuestAccount[] findByC_U_PrevAndNext(
			long guestAccountId, long companyId, String uai,
			OrderByComparator<GuestAccount> orderByComparator)
		throws org.preau.liferay.exception.NoSuchGuestAccountException {

		return getPersistence().findByC_U_PrevAndNext(
			guestAccountId, companyId, uai, orderByComparator);
	}

	/**
	 * Removes all the guest accounts where companyId = &#63; and uai = &#63; from the database.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 */
	public static void removeByC_U(long companyId, String uai) {
		getPersistence().removeByC_U(companyId, uai);
	}

	/**
	 * Returns the number of guest accounts where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @return the number of matching guest accounts
	 */
	public static int countByC_U(long companyId, String uai) {
		return getPersistence().countByC_U(companyId, uai);
	}

	/**
	 * Caches the guest account in the entity cache if it is enabled.
	 *
	 * @param guestAccount the guest account
	 */
	public static void cacheResult(GuestAccount guestAccount) {
		getPersistence().cacheResult(guestAccount);
	}

	/**
	 * Caches the guest accounts in the entity cache if it is enabled.
	 *
	 * @param guestAccounts the guest accounts
	 */
	public static void cacheResult(List<GuestAccount> guestAccounts) {
		getPersistence().cacheResult(guestAccounts);
	}

	/**
	 * Creates a new guest account with the primary key. Does not add the guest account to the database.
	 *
	 * @param guestAccountId the primary key for the new guest account
	 * @return the new guest account
	 */
	public static GuestAccount create(long guestAccountId) {
		return getPersistence().create(guestAccountId);
	}

	/**
	 * Removes the guest account with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param guestAccountId the primary key of the guest account
	 * @return the guest account that was removed
	 * @throws NoSuchGuestAccountException if a guest account with the primary key could not be found
	 */
	public static GuestAccount remove(long guestAccountId)
		throws org.preau.liferay.exception.NoSuchGuestAccountException {

		return getPersistence().remove(guestAccountId);
	}

	public static GuestAccount updateImpl(GuestAccount guestAccount) {
		return getPersistence().updateImpl(guestAccount);
	}

	/**
	 * Returns the guest account with the primary key or throws a <code>NoSuchGuestAccountException</code> if it could not be found.
	 *
	 * @param guestAccountId the primary key of the guest account
	 * @return the guest account
	 * @throws NoSuchGuestAccountException if a guest account with the primary key could not be found
	 */
	public static GuestAccount findByPrimaryKey(long guestAccountId)
		throws org.preau.liferay.exception.NoSuchGuestAccountException {

		return getPersistence().findByPrimaryKey(guestAccountId);
	}

	/**
	 * Returns the guest account with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param guestAccountId the primary key of the guest account
	 * @return the guest account, or <code>null</code> if a guest account with the primary key could not be found
	 */
	public static GuestAccount fetchByPrimaryKey(long guestAccountId) {
		return getPersistence().fetchByPrimaryKey(guestAccountId);
	}

	/**
	 * Returns all the guest accounts.
	 *
	 * @return the guest accounts
	 */
	public static List<GuestAccount> findAll() {
		return getPersistence().findAll();
	}

	/**
	 * Returns a range of all the guest accounts.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>GuestAccountModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of guest accounts
	 * @param end the upper bound of the range of guest accounts (not inclusive)
	 * @return the range of guest accounts
	 */
	public static List<GuestAccount> findAll(int start, int end) {
		return getPersistence().findAll(start, end);
	}

	/**
	 * Returns an ordered range of all the guest accounts.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>GuestAccountModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of guest accounts
	 * @param end the upper bound of the range of guest accounts (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of guest accounts
	 */
	public static List<GuestAccount> findAll(
		int start, int end, OrderByComparator<GuestAccount> orderByComparator) {

		return getPersistence().findAll(start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the guest accounts.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>GuestAccountModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of guest accounts
	 * @param end the upper bound of the range of guest accounts (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of guest accounts
	 */
	public static List<GuestAccount> findAll(
		int start, int end, OrderByComparator<GuestAccount> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findAll(
			start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Removes all the guest accounts from the database.
	 */
	public static void removeAll() {
		getPersistence().removeAll();
	}

	/**
	 * Returns the number of guest accounts.
	 *
	 * @return the number of guest accounts
	 */
	public static int countAll() {
		return getPersistence().countAll();
	}

	public static GuestAccountPersistence getPersistence() {
		return _persistence;
	}

	public static void setPersistence(GuestAccountPersistence persistence) {
		_persistence = persistence;
	}

	private static volatile GuestAccountPersistence _persistence;

}