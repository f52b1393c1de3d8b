/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package org.preau.liferay.service.persistence;

import com.liferay.portal.kernel.service.persistence.BasePersistence;

import org.osgi.annotation.versioning.ProviderType;

import org.preau.liferay.exception.NoSuchDirectoryMergedKeyException;
import org.preau.liferay.model.DirectoryMergedKey;

/**
 * The persistence interface for the directory merged key service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Préau
 * @see DirectoryMergedKeyUtil
 * @generated
 */
@ProviderType
public interface DirectoryMergedKeyPersistence
	extends BasePersistence<DirectoryMergedKey> {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this interface directly. Always use {@link DirectoryMergedKeyUtil} to access the directory merged key persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this interface.
	 */

	/**
	 * Returns all the directory merged keys where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @return the matching directory merged keys
	 */
	public java.util.List<DirectoryMergedKey> findByC_U(
		long companyId, String uai);

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
	public java.util.List<DirectoryMergedKey> findByC_U(
		long companyId, String uai, int start, int end);

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
	public java.util.List<DirectoryMergedKey> findByC_U(
		long companyId, String uai, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<DirectoryMergedKey>
			orderByComparator);

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
	public java.util.List<DirectoryMergedKey> findByC_U(
		long companyId, String uai, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<DirectoryMergedKey>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first directory merged key in the ordered set where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching directory merged key
	 * @throws NoSuchDirectoryMergedKeyException if a matching directory merged key could not be found
	 */
	public DirectoryMergedKey findByC_U_First(
			long companyId, String uai,
			com.liferay.portal.kernel.util.OrderByComparator<DirectoryMergedKey>
				orderByComparator)
		throws NoSuchDirectoryMergedKeyException;

	/**
	 * Returns the first directory merged key in the ordered set where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching directory merged key, or <code>null</code> if a matching directory merged key could not be found
	 */
	public DirectoryMergedKey fetchByC_U_First(
		long companyId, String uai,
		com.liferay.portal.kernel.util.OrderByComparator<DirectoryMergedKey>
			orderByComparator);

	/**
	 * Returns the last directory merged key in the ordered set where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching directory merged key
	 * @throws NoSuchDirectoryMergedKeyException if a matching directory merged key could not be found
	 */
	public DirectoryMergedKey findByC_U_Last(
			long companyId, String uai,
			com.liferay.portal.kernel.util.OrderByComparator<DirectoryMergedKey>
				orderByComparator)
		throws NoSuchDirectoryMergedKeyException;

	/**
	 * Returns the last directory merged key in the ordered set where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching directory merged key, or <code>null</code> if a matching directory merged key could not be found
	 */
	public DirectoryMergedKey fetchByC_U_Last(
		long companyId, String uai,
		com.liferay.portal.kernel.util.OrderByComparator<DirectoryMergedKey>
			orderByComparator);

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
	public DirectoryMergedKey[] findByC_U_PrevAndNext(
			long directoryMergedKeyId, long companyId, String uai,
			com.liferay.portal.kernel.util.OrderByComparator<DirectoryMergedKey>
				orderByComparator)
		throws NoSuchDirectoryMergedKeyException;

	/**
	 * Removes all the directory merged keys where companyId = &#63; and uai = &#63; from the database.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 */
	public void removeByC_U(long companyId, String uai);

	/**
	 * Returns the number of directory merged keys where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @return the number of matching directory merged keys
	 */
	public int countByC_U(long companyId, String uai);

	/**
	 * Returns all the directory merged keys where directoryMergeId = &#63;.
	 *
	 * @param directoryMergeId the directory merge ID
	 * @return the matching directory merged keys
	 */
	public java.util.List<DirectoryMergedKey> findByDirectoryMergeId(
		long directoryMergeId);

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
	public java.util.List<DirectoryMergedKey> findByDirectoryMergeId(
		long directoryMergeId, int start, int end);

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
	public java.util.List<DirectoryMergedKey> findByDirectoryMergeId(
		long directoryMergeId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<DirectoryMergedKey>
			orderByComparator);

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
	public java.util.List<DirectoryMergedKey> findByDirectoryMergeId(
		long directoryMergeId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<DirectoryMergedKey>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first directory merged key in the ordered set where directoryMergeId = &#63;.
	 *
	 * @param directoryMergeId the directory merge ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching directory merged key
	 * @throws NoSuchDirectoryMergedKeyException if a matching directory merged key could not be found
	 */
	public DirectoryMergedKey findByDirectoryMergeId_First(
			long directoryMergeId,
			com.liferay.portal.kernel.util.OrderByComparator<DirectoryMergedKey>
				orderByComparator)
		throws NoSuchDirectoryMergedKeyException;

	/**
	 * Returns the first directory merged key in the ordered set where directoryMergeId = &#63;.
	 *
	 * @param directoryMergeId the directory merge ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching directory merged key, or <code>null</code> if a matching directory merged key could not be found
	 */
	public DirectoryMergedKey fetchByDirectoryMergeId_First(
		long directoryMergeId,
		com.liferay.portal.kernel.util.OrderByComparator<DirectoryMergedKey>
			orderByComparator);

	/**
	 * Returns the last directory merged key in the ordered set where directoryMergeId = &#63;.
	 *
	 * @param directoryMergeId the directory merge ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching directory merged key
	 * @throws NoSuchDirectoryMergedKeyException if a matching directory merged key could not be found
	 */
	public DirectoryMergedKey findByDirectoryMergeId_Last(
			long directoryMergeId,
			com.liferay.portal.kernel.util.OrderByComparator<DirectoryMergedKey>
				orderByComparator)
		throws NoSuchDirectoryMergedKeyException;

	/**
	 * Returns the last directory merged key in the ordered set where directoryMergeId = &#63;.
	 *
	 * @param directoryMergeId the directory merge ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching directory merged key, or <code>null</code> if a matching directory merged key could not be found
	 */
	public DirectoryMergedKey fetchByDirectoryMergeId_Last(
		long directoryMergeId,
		com.liferay.portal.kernel.util.OrderByComparator<DirectoryMergedKey>
			orderByComparator);

	/**
	 * Returns the directory merged keys before and after the current directory merged key in the ordered set where directoryMergeId = &#63;.
	 *
	 * @param directoryMergedKeyId the primary key of the current directory merged key
	 * @param directoryMergeId the directory merge ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next directory merged key
	 * @throws NoSuchDirectoryMergedKeyException if a directory merged key with the primary key could not be found
	 */
	public DirectoryMergedKey[] findByDirectoryMergeId_PrevAndNext(
			long directoryMergedKeyId, long directoryMergeId,
			com.liferay.portal.kernel.util.OrderByComparator<DirectoryMergedKey>
				orderByComparator)
		throws NoSuchDirectoryMergedKeyException;

	/**
	 * Removes all the directory merged keys where directoryMergeId = &#63; from the database.
	 *
	 * @param directoryMergeId the directory merge ID
	 */
	public void removeByDirectoryMergeId(long directoryMergeId);

	/**
	 * Returns the number of directory merged keys where directoryMergeId = &#63;.
	 *
	 * @param directoryMergeId the directory merge ID
	 * @return the number of matching directory merged keys
	 */
	public int countByDirectoryMergeId(long directoryMergeId);

	/**
	 * Caches the directory merged key in the entity cache if it is enabled.
	 *
	 * @param directoryMergedKey the directory merged key
	 */
	public void cacheResult(DirectoryMergedKey directoryMergedKey);

	/**
	 * Caches the directory merged keys in the entity cache if it is enabled.
	 *
	 * @param directoryMergedKeys the directory merged keys
	 */
	public void cacheResult(
		java.util.List<DirectoryMergedKey> directoryMergedKeys);

	/**
	 * Creates a new directory merged key with the primary key. Does not add the directory merged key to the database.
	 *
	 * @param directoryMergedKeyId the primary key for the new directory merged key
	 * @return the new directory merged key
	 */
	public DirectoryMergedKey create(long directoryMergedKeyId);

	/**
	 * Removes the directory merged key with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param directoryMergedKeyId the primary key of the directory merged key
	 * @return the directory merged key that was removed
	 * @throws NoSuchDirectoryMergedKeyException if a directory merged key with the primary key could not be found
	 */
	public DirectoryMergedKey remove(long directoryMergedKeyId)
		throws NoSuchDirectoryMergedKeyException;

	public DirectoryMergedKey updateImpl(DirectoryMergedKey directoryMergedKey);

	/**
	 * Returns the directory merged key with the primary key or throws a <code>NoSuchDirectoryMergedKeyException</code> if it could not be found.
	 *
	 * @param directoryMergedKeyId the primary key of the directory merged key
	 * @return the directory merged key
	 * @throws NoSuchDirectoryMergedKeyException if a directory merged key with the primary key could not be found
	 */
	public DirectoryMergedKey findByPrimaryKey(long directoryMergedKeyId)
		throws NoSuchDirectoryMergedKeyException;

	/**
	 * Returns the directory merged key with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param directoryMergedKeyId the primary key of the directory merged key
	 * @return the directory merged key, or <code>null</code> if a directory merged key with the primary key could not be found
	 */
	public DirectoryMergedKey fetchByPrimaryKey(long directoryMergedKeyId);

	/**
	 * Returns all the directory merged keys.
	 *
	 * @return the directory merged keys
	 */
	public java.util.List<DirectoryMergedKey> findAll();

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
	public java.util.List<DirectoryMergedKey> findAll(int start, int end);

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
	public java.util.List<DirectoryMergedKey> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<DirectoryMergedKey>
			orderByComparator);

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
	public java.util.List<DirectoryMergedKey> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<DirectoryMergedKey>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the directory merged keys from the database.
	 */
	public void removeAll();

	/**
	 * Returns the number of directory merged keys.
	 *
	 * @return the number of directory merged keys
	 */
	public int countAll();

}