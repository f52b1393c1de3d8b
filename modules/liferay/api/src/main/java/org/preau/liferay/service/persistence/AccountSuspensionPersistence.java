/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package org.preau.liferay.service.persistence;

import com.liferay.portal.kernel.service.persistence.BasePersistence;

import org.osgi.annotation.versioning.ProviderType;

import org.preau.liferay.exception.NoSuchAccountSuspensionException;
import org.preau.liferay.model.AccountSuspension;

/**
 * The persistence interface for the account suspension service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Préau
 * @see AccountSuspensionUtil
 * @generated
 */
@ProviderType
public interface AccountSuspensionPersistence
	extends BasePersistence<AccountSuspension> {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this interface directly. Always use {@link AccountSuspensionUtil} to access the account suspension persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this interface.
	 */

	/**
	 * Returns all the account suspensions where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @return the matching account suspensions
	 */
	public java.util.List<AccountSuspension> findByCompanyId(long companyId);

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
	public java.util.List<AccountSuspension> findByCompanyId(
		long companyId, int start, int end);

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
	public java.util.List<AccountSuspension> findByCompanyId(
		long companyId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<AccountSuspension>
			orderByComparator);

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
	public java.util.List<AccountSuspension> findByCompanyId(
		long companyId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<AccountSuspension>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first account suspension in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching account suspension
	 * @throws NoSuchAccountSuspensionException if a matching account suspension could not be found
	 */
	public AccountSuspension findByCompanyId_First(
			long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<AccountSuspension>
				orderByComparator)
		throws NoSuchAccountSuspensionException;

	/**
	 * Returns the first account suspension in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching account suspension, or <code>null</code> if a matching account suspension could not be found
	 */
	public AccountSuspension fetchByCompanyId_First(
		long companyId,
		com.liferay.portal.kernel.util.OrderByComparator<AccountSuspension>
			orderByComparator);

	/**
	 * Returns the last account suspension in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching account suspension
	 * @throws NoSuchAccountSuspensionException if a matching account suspension could not be found
	 */
	public AccountSuspension findByCompanyId_Last(
			long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<AccountSuspension>
				orderByComparator)
		throws NoSuchAccountSuspensionException;

	/**
	 * Returns the last account suspension in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching account suspension, or <code>null</code> if a matching account suspension could not be found
	 */
	public AccountSuspension fetchByCompanyId_Last(
		long companyId,
		com.liferay.portal.kernel.util.OrderByComparator<AccountSuspension>
			orderByComparator);

	/**
	 * Returns the account suspensions before and after the current account suspension in the ordered set where companyId = &#63;.
	 *
	 * @param accountSuspensionId the primary key of the current account suspension
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next account suspension
	 * @throws NoSuchAccountSuspensionException if a account suspension with the primary key could not be found
	 */
	public AccountSuspension[] findByCompanyId_PrevAndNext(
			long accountSuspensionId, long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<AccountSuspension>
				orderByComparator)
		throws NoSuchAccountSuspensionException;

	/**
	 * Removes all the account suspensions where companyId = &#63; from the database.
	 *
	 * @param companyId the company ID
	 */
	public void removeByCompanyId(long companyId);

	/**
	 * Returns the number of account suspensions where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @return the number of matching account suspensions
	 */
	public int countByCompanyId(long companyId);

	/**
	 * Returns all the account suspensions where companyId = &#63; and login = &#63;.
	 *
	 * @param companyId the company ID
	 * @param login the login
	 * @return the matching account suspensions
	 */
	public java.util.List<AccountSuspension> findByC_L(
		long companyId, String login);

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
	public java.util.List<AccountSuspension> findByC_L(
		long companyId, String login, int start, int end);

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
	public java.util.List<AccountSuspension> findByC_L(
		long companyId, String login, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<AccountSuspension>
			orderByComparator);

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
	public java.util.List<AccountSuspension> findByC_L(
		long companyId, String login, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<AccountSuspension>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first account suspension in the ordered set where companyId = &#63; and login = &#63;.
	 *
	 * @param companyId the company ID
	 * @param login the login
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching account suspension
	 * @throws NoSuchAccountSuspensionException if a matching account suspension could not be found
	 */
	public AccountSuspension findByC_L_First(
			long companyId, String login,
			com.liferay.portal.kernel.util.OrderByComparator<AccountSuspension>
				orderByComparator)
		throws NoSuchAccountSuspensionException;

	/**
	 * Returns the first account suspension in the ordered set where companyId = &#63; and login = &#63;.
	 *
	 * @param companyId the company ID
	 * @param login the login
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching account suspension, or <code>null</code> if a matching account suspension could not be found
	 */
	public AccountSuspension fetchByC_L_First(
		long companyId, String login,
		com.liferay.portal.kernel.util.OrderByComparator<AccountSuspension>
			orderByComparator);

	/**
	 * Returns the last account suspension in the ordered set where companyId = &#63; and login = &#63;.
	 *
	 * @param companyId the company ID
	 * @param login the login
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching account suspension
	 * @throws NoSuchAccountSuspensionException if a matching account suspension could not be found
	 */
	public AccountSuspension findByC_L_Last(
			long companyId, String login,
			com.liferay.portal.kernel.util.OrderByComparator<AccountSuspension>
				orderByComparator)
		throws NoSuchAccountSuspensionException;

	/**
	 * Returns the last account suspension in the ordered set where companyId = &#63; and login = &#63;.
	 *
	 * @param companyId the company ID
	 * @param login the login
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching account suspension, or <code>null</code> if a matching account suspension could not be found
	 */
	public AccountSuspension fetchByC_L_Last(
		long companyId, String login,
		com.liferay.portal.kernel.util.OrderByComparator<AccountSuspension>
			orderByComparator);

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
	public AccountSuspension[] findByC_L_PrevAndNext(
			long accountSuspensionId, long companyId, String login,
			com.liferay.portal.kernel.util.OrderByComparator<AccountSuspension>
				orderByComparator)
		throws NoSuchAccountSuspensionException;

	/**
	 * Removes all the account suspensions where companyId = &#63; and login = &#63; from the database.
	 *
	 * @param companyId the company ID
	 * @param login the login
	 */
	public void removeByC_L(long companyId, String login);

	/**
	 * Returns the number of account suspensions where companyId = &#63; and login = &#63;.
	 *
	 * @param companyId the company ID
	 * @param login the login
	 * @return the number of matching account suspensions
	 */
	public int countByC_L(long companyId, String login);

	/**
	 * Returns all the account suspensions where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @return the matching account suspensions
	 */
	public java.util.List<AccountSuspension> findByC_U(
		long companyId, String uai);

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
	public java.util.List<AccountSuspension> findByC_U(
		long companyId, String uai, int start, int end);

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
	public java.util.List<AccountSuspension> findByC_U(
		long companyId, String uai, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<AccountSuspension>
			orderByComparator);

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
	public java.util.List<AccountSuspension> findByC_U(
		long companyId, String uai, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<AccountSuspension>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first account suspension in the ordered set where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching account suspension
	 * @throws NoSuchAccountSuspensionException if a matching account suspension could not be found
	 */
	public AccountSuspension findByC_U_First(
			long companyId, String uai,
			com.liferay.portal.kernel.util.OrderByComparator<AccountSuspension>
				orderByComparator)
		throws NoSuchAccountSuspensionException;

	/**
	 * Returns the first account suspension in the ordered set where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching account suspension, or <code>null</code> if a matching account suspension could not be found
	 */
	public AccountSuspension fetchByC_U_First(
		long companyId, String uai,
		com.liferay.portal.kernel.util.OrderByComparator<AccountSuspension>
			orderByComparator);

	/**
	 * Returns the last account suspension in the ordered set where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching account suspension
	 * @throws NoSuchAccountSuspensionException if a matching account suspension could not be found
	 */
	public AccountSuspension findByC_U_Last(
			long companyId, String uai,
			com.liferay.portal.kernel.util.OrderByComparator<AccountSuspension>
				orderByComparator)
		throws NoSuchAccountSuspensionException;

	/**
	 * Returns the last account suspension in the ordered set where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching account suspension, or <code>null</code> if a matching account suspension could not be found
	 */
	public AccountSuspension fetchByC_U_Last(
		long companyId, String uai,
		com.liferay.portal.kernel.util.OrderByComparator<AccountSuspension>
			orderByComparator);

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
	public AccountSuspension[] findByC_U_PrevAndNext(
			long accountSuspensionId, long companyId, String uai,
			com.liferay.portal.kernel.util.OrderByComparator<AccountSuspension>
				orderByComparator)
		throws NoSuchAccountSuspensionException;

	/**
	 * Removes all the account suspensions where companyId = &#63; and uai = &#63; from the database.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 */
	public void removeByC_U(long companyId, String uai);

	/**
	 * Returns the number of account suspensions where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @return the number of matching account suspensions
	 */
	public int countByC_U(long companyId, String uai);

	/**
	 * Caches the account suspension in the entity cache if it is enabled.
	 *
	 * @param accountSuspension the account suspension
	 */
	public void cacheResult(AccountSuspension accountSuspension);

	/**
	 * Caches the account suspensions in the entity cache if it is enabled.
	 *
	 * @param accountSuspensions the account suspensions
	 */
	public void cacheResult(
		java.util.List<AccountSuspension> accountSuspensions);

	/**
	 * Creates a new account suspension with the primary key. Does not add the account suspension to the database.
	 *
	 * @param accountSuspensionId the primary key for the new account suspension
	 * @return the new account suspension
	 */
	public AccountSuspension create(long accountSuspensionId);

	/**
	 * Removes the account suspension with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param accountSuspensionId the primary key of the account suspension
	 * @return the account suspension that was removed
	 * @throws NoSuchAccountSuspensionException if a account suspension with the primary key could not be found
	 */
	public AccountSuspension remove(long accountSuspensionId)
		throws NoSuchAccountSuspensionException;

	public AccountSuspension updateImpl(AccountSuspension accountSuspension);

	/**
	 * Returns the account suspension with the primary key or throws a <code>NoSuchAccountSuspensionException</code> if it could not be found.
	 *
	 * @param accountSuspensionId the primary key of the account suspension
	 * @return the account suspension
	 * @throws NoSuchAccountSuspensionException if a account suspension with the primary key could not be found
	 */
	public AccountSuspension findByPrimaryKey(long accountSuspensionId)
		throws NoSuchAccountSuspensionException;

	/**
	 * Returns the account suspension with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param accountSuspensionId the primary key of the account suspension
	 * @return the account suspension, or <code>null</code> if a account suspension with the primary key could not be found
	 */
	public AccountSuspension fetchByPrimaryKey(long accountSuspensionId);

	/**
	 * Returns all the account suspensions.
	 *
	 * @return the account suspensions
	 */
	public java.util.List<AccountSuspension> findAll();

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
	public java.util.List<AccountSuspension> findAll(int start, int end);

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
	public java.util.List<AccountSuspension> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<AccountSuspension>
			orderByComparator);

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
	public java.util.List<AccountSuspension> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<AccountSuspension>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the account suspensions from the database.
	 */
	public void removeAll();

	/**
	 * Returns the number of account suspensions.
	 *
	 * @return the number of account suspensions
	 */
	public int countAll();

}