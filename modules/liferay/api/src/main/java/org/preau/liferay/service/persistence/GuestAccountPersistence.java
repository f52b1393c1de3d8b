/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package org.preau.liferay.service.persistence;

import com.liferay.portal.kernel.service.persistence.BasePersistence;

import org.osgi.annotation.versioning.ProviderType;

import org.preau.liferay.exception.NoSuchGuestAccountException;
import org.preau.liferay.model.GuestAccount;

/**
 * The persistence interface for the guest account service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Préau
 * @see GuestAccountUtil
 * @generated
 */
@ProviderType
public interface GuestAccountPersistence extends BasePersistence<GuestAccount> {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this interface directly. Always use {@link GuestAccountUtil} to access the guest account persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this interface.
	 */

	/**
	 * Returns all the guest accounts where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @return the matching guest accounts
	 */
	public java.util.List<GuestAccount> findByCompanyId(long companyId);

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
	public java.util.List<GuestAccount> findByCompanyId(
		long companyId, int start, int end);

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
	public java.util.List<GuestAccount> findByCompanyId(
		long companyId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<GuestAccount>
			orderByComparator);

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
	public java.util.List<GuestAccount> findByCompanyId(
		long companyId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<GuestAccount>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first guest account in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching guest account
	 * @throws NoSuchGuestAccountException if a matching guest account could not be found
	 */
	public GuestAccount findByCompanyId_First(
			long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<GuestAccount>
				orderByComparator)
		throws NoSuchGuestAccountException;

	/**
	 * Returns the first guest account in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching guest account, or <code>null</code> if a matching guest account could not be found
	 */
	public GuestAccount fetchByCompanyId_First(
		long companyId,
		com.liferay.portal.kernel.util.OrderByComparator<GuestAccount>
			orderByComparator);

	/**
	 * Returns the last guest account in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching guest account
	 * @throws NoSuchGuestAccountException if a matching guest account could not be found
	 */
	public GuestAccount findByCompanyId_Last(
			long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<GuestAccount>
				orderByComparator)
		throws NoSuchGuestAccountException;

	/**
	 * Returns the last guest account in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching guest account, or <code>null</code> if a matching guest account could not be found
	 */
	public GuestAccount fetchByCompanyId_Last(
		long companyId,
		com.liferay.portal.kernel.util.OrderByComparator<GuestAccount>
			orderByComparator);

	/**
	 * Returns the guest accounts before and after the current guest account in the ordered set where companyId = &#63;.
	 *
	 * @param guestAccountId the primary key of the current guest account
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next guest account
	 * @throws NoSuchGuestAccountException if a guest account with the primary key could not be found
	 */
	public GuestAccount[] findByCompanyId_PrevAndNext(
			long guestAccountId, long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<GuestAccount>
				orderByComparator)
		throws NoSuchGuestAccountException;

	/**
	 * Removes all the guest accounts where companyId = &#63; from the database.
	 *
	 * @param companyId the company ID
	 */
	public void removeByCompanyId(long companyId);

	/**
	 * Returns the number of guest accounts where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @return the number of matching guest accounts
	 */
	public int countByCompanyId(long companyId);

	/**
	 * Returns the guest account where companyId = &#63; and login = &#63; or throws a <code>NoSuchGuestAccountException</code> if it could not be found.
	 *
	 * @param companyId the company ID
	 * @param login the login
	 * @return the matching guest account
	 * @throws NoSuchGuestAccountException if a matching guest account could not be found
	 */
	public GuestAccount findByC_L(long companyId, String login)
		throws NoSuchGuestAccountException;

	/**
	 * Returns the guest account where companyId = &#63; and login = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param companyId the company ID
	 * @param login the login
	 * @return the matching guest account, or <code>null</code> if a matching guest account could not be found
	 */
	public GuestAccount fetchByC_L(long companyId, String login);

	/**
	 * Returns the guest account where companyId = &#63; and login = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param companyId the company ID
	 * @param login the login
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching guest account, or <code>null</code> if a matching guest account could not be found
	 */
	public GuestAccount fetchByC_L(
		long companyId, String login, boolean useFinderCache);

	/**
	 * Removes the guest account where companyId = &#63; and login = &#63; from the database.
	 *
	 * @param companyId the company ID
	 * @param login the login
	 * @return the guest account that was removed
	 */
	public GuestAccount removeByC_L(long companyId, String login)
		throws NoSuchGuestAccountException;

	/**
	 * Returns the number of guest accounts where companyId = &#63; and login = &#63;.
	 *
	 * @param companyId the company ID
	 * @param login the login
	 * @return the number of matching guest accounts
	 */
	public int countByC_L(long companyId, String login);

	/**
	 * Returns all the guest accounts where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @return the matching guest accounts
	 */
	public java.util.List<GuestAccount> findByC_U(long companyId, String uai);

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
	public java.util.List<GuestAccount> findByC_U(
		long companyId, String uai, int start, int end);

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
	public java.util.List<GuestAccount> findByC_U(
		long companyId, String uai, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<GuestAccount>
			orderByComparator);

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
	public java.util.List<GuestAccount> findByC_U(
		long companyId, String uai, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<GuestAccount>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first guest account in the ordered set where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching guest account
	 * @throws NoSuchGuestAccountException if a matching guest account could not be found
	 */
	public GuestAccount findByC_U_First(
			long companyId, String uai,
			com.liferay.portal.kernel.util.OrderByComparator<GuestAccount>
				orderByComparator)
		throws NoSuchGuestAccountException;

	/**
	 * Returns the first guest account in the ordered set where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching guest account, or <code>null</code> if a matching guest account could not be found
	 */
	public GuestAccount fetchByC_U_First(
		long companyId, String uai,
		com.liferay.portal.kernel.util.OrderByComparator<GuestAccount>
			orderByComparator);

	/**
	 * Returns the last guest account in the ordered set where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching guest account
	 * @throws NoSuchGuestAccountException if a matching guest account could not be found
	 */
	public GuestAccount findByC_U_Last(
			long companyId, String uai,
			com.liferay.portal.kernel.util.OrderByComparator<GuestAccount>
				orderByComparator)
		throws NoSuchGuestAccountException;

	/**
	 * Returns the last guest account in the ordered set where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching guest account, or <code>null</code> if a matching guest account could not be found
	 */
	public GuestAccount fetchByC_U_Last(
		long companyId, String uai,
		com.liferay.portal.kernel.util.OrderByComparator<GuestAccount>
			orderByComparator);

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
	public GuestAccount[] findByC_U_PrevAndNext(
			long guestAccountId, long companyId, String uai,
			com.liferay.portal.kernel.util.OrderByComparator<GuestAccount>
				orderByComparator)
		throws NoSuchGuestAccountException;

	/**
	 * Removes all the guest accounts where companyId = &#63; and uai = &#63; from the database.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 */
	public void removeByC_U(long companyId, String uai);

	/**
	 * Returns the number of guest accounts where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @return the number of matching guest accounts
	 */
	public int countByC_U(long companyId, String uai);

	/**
	 * Caches the guest account in the entity cache if it is enabled.
	 *
	 * @param guestAccount the guest account
	 */
	public void cacheResult(GuestAccount guestAccount);

	/**
	 * Caches the guest accounts in the entity cache if it is enabled.
	 *
	 * @param guestAccounts the guest accounts
	 */
	public void cacheResult(java.util.List<GuestAccount> guestAccounts);

	/**
	 * Creates a new guest account with the primary key. Does not add the guest account to the database.
	 *
	 * @param guestAccountId the primary key for the new guest account
	 * @return the new guest account
	 */
	public GuestAccount create(long guestAccountId);

	/**
	 * Removes the guest account with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param guestAccountId the primary key of the guest account
	 * @return the guest account that was removed
	 * @throws NoSuchGuestAccountException if a guest account with the primary key could not be found
	 */
	public GuestAccount remove(long guestAccountId)
		throws NoSuchGuestAccountException;

	public GuestAccount updateImpl(GuestAccount guestAccount);

	/**
	 * Returns the guest account with the primary key or throws a <code>NoSuchGuestAccountException</code> if it could not be found.
	 *
	 * @param guestAccountId the primary key of the guest account
	 * @return the guest account
	 * @throws NoSuchGuestAccountException if a guest account with the primary key could not be found
	 */
	public GuestAccount findByPrimaryKey(long guestAccountId)
		throws NoSuchGuestAccountException;

	/**
	 * Returns the guest account with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param guestAccountId the primary key of the guest account
	 * @return the guest account, or <code>null</code> if a guest account with the primary key could not be found
	 */
	public GuestAccount fetchByPrimaryKey(long guestAccountId);

	/**
	 * Returns all the guest accounts.
	 *
	 * @return the guest accounts
	 */
	public java.util.List<GuestAccount> findAll();

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
	public java.util.List<GuestAccount> findAll(int start, int end);

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
	public java.util.List<GuestAccount> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<GuestAccount>
			orderByComparator);

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
	public java.util.List<GuestAccount> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<GuestAccount>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the guest accounts from the database.
	 */
	public void removeAll();

	/**
	 * Returns the number of guest accounts.
	 *
	 * @return the number of guest accounts
	 */
	public int countAll();

}