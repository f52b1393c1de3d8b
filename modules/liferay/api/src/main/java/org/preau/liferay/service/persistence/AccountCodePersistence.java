/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package org.preau.liferay.service.persistence;

import com.liferay.portal.kernel.service.persistence.BasePersistence;

import org.osgi.annotation.versioning.ProviderType;

import org.preau.liferay.exception.NoSuchAccountCodeException;
import org.preau.liferay.model.AccountCode;

/**
 * The persistence interface for the account code service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Préau
 * @see AccountCodeUtil
 * @generated
 */
@ProviderType
public interface AccountCodePersistence extends BasePersistence<AccountCode> {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this interface directly. Always use {@link AccountCodeUtil} to access the account code persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this interface.
	 */

	/**
	 * Returns the account code where companyId = &#63; and login = &#63; or throws a <code>NoSuchAccountCodeException</code> if it could not be found.
	 *
	 * @param companyId the company ID
	 * @param login the login
	 * @return the matching account code
	 * @throws NoSuchAccountCodeException if a matching account code could not be found
	 */
	public AccountCode findByC_L(long companyId, String login)
		throws NoSuchAccountCodeException;

	/**
	 * Returns the account code where companyId = &#63; and login = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param companyId the company ID
	 * @param login the login
	 * @return the matching account code, or <code>null</code> if a matching account code could not be found
	 */
	public AccountCode fetchByC_L(long companyId, String login);

	/**
	 * Returns the account code where companyId = &#63; and login = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param companyId the company ID
	 * @param login the login
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching account code, or <code>null</code> if a matching account code could not be found
	 */
	public AccountCode fetchByC_L(
		long companyId, String login, boolean useFinderCache);

	/**
	 * Removes the account code where companyId = &#63; and login = &#63; from the database.
	 *
	 * @param companyId the company ID
	 * @param login the login
	 * @return the account code that was removed
	 */
	public AccountCode removeByC_L(long companyId, String login)
		throws NoSuchAccountCodeException;

	/**
	 * Returns the number of account codes where companyId = &#63; and login = &#63;.
	 *
	 * @param companyId the company ID
	 * @param login the login
	 * @return the number of matching account codes
	 */
	public int countByC_L(long companyId, String login);

	/**
	 * Caches the account code in the entity cache if it is enabled.
	 *
	 * @param accountCode the account code
	 */
	public void cacheResult(AccountCode accountCode);

	/**
	 * Caches the account codes in the entity cache if it is enabled.
	 *
	 * @param accountCodes the account codes
	 */
	public void cacheResult(java.util.List<AccountCode> accountCodes);

	/**
	 * Creates a new account code with the primary key. Does not add the account code to the database.
	 *
	 * @param accountCodeId the primary key for the new account code
	 * @return the new account code
	 */
	public AccountCode create(long accountCodeId);

	/**
	 * Removes the account code with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param accountCodeId the primary key of the account code
	 * @return the account code that was removed
	 * @throws NoSuchAccountCodeException if a account code with the primary key could not be found
	 */
	public AccountCode remove(long accountCodeId)
		throws NoSuchAccountCodeException;

	public AccountCode updateImpl(AccountCode accountCode);

	/**
	 * Returns the account code with the primary key or throws a <code>NoSuchAccountCodeException</code> if it could not be found.
	 *
	 * @param accountCodeId the primary key of the account code
	 * @return the account code
	 * @throws NoSuchAccountCodeException if a account code with the primary key could not be found
	 */
	public AccountCode findByPrimaryKey(long accountCodeId)
		throws NoSuchAccountCodeException;

	/**
	 * Returns the account code with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param accountCodeId the primary key of the account code
	 * @return the account code, or <code>null</code> if a account code with the primary key could not be found
	 */
	public AccountCode fetchByPrimaryKey(long accountCodeId);

	/**
	 * Returns all the account codes.
	 *
	 * @return the account codes
	 */
	public java.util.List<AccountCode> findAll();

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
	public java.util.List<AccountCode> findAll(int start, int end);

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
	public java.util.List<AccountCode> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<AccountCode>
			orderByComparator);

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
	public java.util.List<AccountCode> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<AccountCode>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the account codes from the database.
	 */
	public void removeAll();

	/**
	 * Returns the number of account codes.
	 *
	 * @return the number of account codes
	 */
	public int countAll();

}