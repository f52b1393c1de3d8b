/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package org.preau.liferay.service.persistence;

import com.liferay.portal.kernel.service.persistence.BasePersistence;

import org.osgi.annotation.versioning.ProviderType;

import org.preau.liferay.exception.NoSuchDirectoryMergeException;
import org.preau.liferay.model.DirectoryMerge;

/**
 * The persistence interface for the directory merge service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Préau
 * @see DirectoryMergeUtil
 * @generated
 */
@ProviderType
public interface DirectoryMergePersistence
	extends BasePersistence<DirectoryMerge> {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this interface directly. Always use {@link DirectoryMergeUtil} to access the directory merge persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this interface.
	 */

	/**
	 * Returns all the directory merges where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @return the matching directory merges
	 */
	public java.util.List<DirectoryMerge> findByC_U(long companyId, String uai);

	/**
	 * Returns a range of all the directory merges where companyId = &#63; and uai = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>DirectoryMergeModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param start the lower bound of the range of directory merges
	 * @param end the upper bound of the range of directory merges (not inclusive)
	 * @return the range of matching directory merges
	 */
	public java.util.List<DirectoryMerge> findByC_U(
		long companyId, String uai, int start, int end);

	/**
	 * Returns an ordered range of all the directory merges where companyId = &#63; and uai = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>DirectoryMergeModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param start the lower bound of the range of directory merges
	 * @param end the upper bound of the range of directory merges (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching directory merges
	 */
	public java.util.List<DirectoryMerge> findByC_U(
		long companyId, String uai, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<DirectoryMerge>
			orderByComparator);

	/**
	 * Returns an ordered range of all the directory merges where companyId = &#63; and uai = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>DirectoryMergeModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param start the lower bound of the range of directory merges
	 * @param end the upper bound of the range of directory merges (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching directory merges
	 */
	public java.util.List<DirectoryMerge> findByC_U(
		long companyId, String uai, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<DirectoryMerge>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first directory merge in the ordered set where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching directory merge
	 * @throws NoSuchDirectoryMergeException if a matching directory merge could not be found
	 */
	public DirectoryMerge findByC_U_First(
			long companyId, String uai,
			com.liferay.portal.kernel.util.OrderByComparator<DirectoryMerge>
				orderByComparator)
		throws NoSuchDirectoryMergeException;

	/**
	 * Returns the first directory merge in the ordered set where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching directory merge, or <code>null</code> if a matching directory merge could not be found
	 */
	public DirectoryMerge fetchByC_U_First(
		long companyId, String uai,
		com.liferay.portal.kernel.util.OrderByComparator<DirectoryMerge>
			orderByComparator);

	/**
	 * Returns the last directory merge in the ordered set where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching directory merge
	 * @throws NoSuchDirectoryMergeException if a matching directory merge could not be found
	 */
	public DirectoryMerge findByC_U_Last(
			long companyId, String uai,
			com.liferay.portal.kernel.util.OrderByComparator<DirectoryMerge>
				orderByComparator)
		throws NoSuchDirectoryMergeException;

	/**
	 * Returns the last directory merge in the ordered set where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching directory merge, or <code>null</code> if a matching directory merge could not be found
	 */
	public DirectoryMerge fetchByC_U_Last(
		long companyId, String uai,
		com.liferay.portal.kernel.util.OrderByComparator<DirectoryMerge>
			orderByComparator);

	/**
	 * Returns the directory merges before and after the current directory merge in the ordered set where companyId = &#63; and uai = &#63;.
	 *
	 * @param directoryMergeId the primary key of the current directory merge
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next directory merge
	 * @throws NoSuchDirectoryMergeException if a directory merge with the primary key could not be found
	 */
	public DirectoryMerge[] findByC_U_PrevAndNext(
			long directoryMergeId, long companyId, String uai,
			com.liferay.portal.kernel.util.OrderByComparator<DirectoryMerge>
				orderByComparator)
		throws NoSuchDirectoryMergeException;

	/**
	 * Removes all the directory merges where companyId = &#63; and uai = &#63; from the database.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 */
	public void removeByC_U(long companyId, String uai);

	/**
	 * Returns the number of directory merges where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @return the number of matching directory merges
	 */
	public int countByC_U(long companyId, String uai);

	/**
	 * Returns all the directory merges where companyId = &#63; and survivorExternalId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param survivorExternalId the survivor external ID
	 * @return the matching directory merges
	 */
	public java.util.List<DirectoryMerge> findByC_S(
		long companyId, String survivorExternalId);

	/**
	 * Returns a range of all the directory merges where companyId = &#63; and survivorExternalId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>DirectoryMergeModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param survivorExternalId the survivor external ID
	 * @param start the lower bound of the range of directory merges
	 * @param end the upper bound of the range of directory merges (not inclusive)
	 * @return the range of matching directory merges
	 */
	public java.util.List<DirectoryMerge> findByC_S(
		long companyId, String survivorExternalId, int start, int end);

	/**
	 * Returns an ordered range of all the directory merges where companyId = &#63; and survivorExternalId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>DirectoryMergeModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param survivorExternalId the survivor external ID
	 * @param start the lower bound of the range of directory merges
	 * @param end the upper bound of the range of directory merges (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching directory merges
	 */
	public java.util.List<DirectoryMerge> findByC_S(
		long companyId, String survivorExternalId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<DirectoryMerge>
			orderByComparator);

	/**
	 * Returns an ordered range of all the directory merges where companyId = &#63; and survivorExternalId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>DirectoryMergeModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param survivorExternalId the survivor external ID
	 * @param start the lower bound of the range of directory merges
	 * @param end the upper bound of the range of directory merges (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching directory merges
	 */
	public java.util.List<DirectoryMerge> findByC_S(
		long companyId, String survivorExternalId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<DirectoryMerge>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first directory merge in the ordered set where companyId = &#63; and survivorExternalId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param survivorExternalId the survivor external ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching directory merge
	 * @throws NoSuchDirectoryMergeException if a matching directory merge could not be found
	 */
	public DirectoryMerge findByC_S_First(
			long companyId, String survivorExternalId,
			com.liferay.portal.kernel.util.OrderByComparator<DirectoryMerge>
				orderByComparator)
		throws NoSuchDirectoryMergeException;

	/**
	 * Returns the first directory merge in the ordered set where companyId = &#63; and survivorExternalId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param survivorExternalId the survivor external ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching directory merge, or <code>null</code> if a matching directory merge could not be found
	 */
	public DirectoryMerge fetchByC_S_First(
		long companyId, String survivorExternalId,
		com.liferay.portal.kernel.util.OrderByComparator<DirectoryMerge>
			orderByComparator);

	/**
	 * Returns the last directory merge in the ordered set where companyId = &#63; and survivorExternalId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param survivorExternalId the survivor external ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching directory merge
	 * @throws NoSuchDirectoryMergeException if a matching directory merge could not be found
	 */
	public DirectoryMerge findByC_S_Last(
			long companyId, String survivorExternalId,
			com.liferay.portal.kernel.util.OrderByComparator<DirectoryMerge>
				orderByComparator)
		throws NoSuchDirectoryMergeException;

	/**
	 * Returns the last directory merge in the ordered set where companyId = &#63; and survivorExternalId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param survivorExternalId the survivor external ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching directory merge, or <code>null</code> if a matching directory merge could not be found
	 */
	public DirectoryMerge fetchByC_S_Last(
		long companyId, String survivorExternalId,
		com.liferay.portal.kernel.util.OrderByComparator<DirectoryMerge>
			orderByComparator);

	/**
	 * Returns the directory merges before and after the current directory merge in the ordered set where companyId = &#63; and survivorExternalId = &#63;.
	 *
	 * @param directoryMergeId the primary key of the current directory merge
	 * @param companyId the company ID
	 * @param survivorExternalId the survivor external ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next directory merge
	 * @throws NoSuchDirectoryMergeException if a directory merge with the primary key could not be found
	 */
	public DirectoryMerge[] findByC_S_PrevAndNext(
			long directoryMergeId, long companyId, String survivorExternalId,
			com.liferay.portal.kernel.util.OrderByComparator<DirectoryMerge>
				orderByComparator)
		throws NoSuchDirectoryMergeException;

	/**
	 * Removes all the directory merges where companyId = &#63; and survivorExternalId = &#63; from the database.
	 *
	 * @param companyId the company ID
	 * @param survivorExternalId the survivor external ID
	 */
	public void removeByC_S(long companyId, String survivorExternalId);

	/**
	 * Returns the number of directory merges where companyId = &#63; and survivorExternalId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param survivorExternalId the survivor external ID
	 * @return the number of matching directory merges
	 */
	public int countByC_S(long companyId, String survivorExternalId);

	/**
	 * Caches the directory merge in the entity cache if it is enabled.
	 *
	 * @param directoryMerge the directory merge
	 */
	public void cacheResult(DirectoryMerge directoryMerge);

	/**
	 * Caches the directory merges in the entity cache if it is enabled.
	 *
	 * @param directoryMerges the directory merges
	 */
	public void cacheResult(java.util.List<DirectoryMerge> directoryMerges);

	/**
	 * Creates a new directory merge with the primary key. Does not add the directory merge to the database.
	 *
	 * @param directoryMergeId the primary key for the new directory merge
	 * @return the new directory merge
	 */
	public DirectoryMerge create(long directoryMergeId);

	/**
	 * Removes the directory merge with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param directoryMergeId the primary key of the directory merge
	 * @return the directory merge that was removed
	 * @throws NoSuchDirectoryMergeException if a directory merge with the primary key could not be found
	 */
	public DirectoryMerge remove(long directoryMergeId)
		throws NoSuchDirectoryMergeException;

	public DirectoryMerge updateImpl(DirectoryMerge directoryMerge);

	/**
	 * Returns the directory merge with the primary key or throws a <code>NoSuchDirectoryMergeException</code> if it could not be found.
	 *
	 * @param directoryMergeId the primary key of the directory merge
	 * @return the directory merge
	 * @throws NoSuchDirectoryMergeException if a directory merge with the primary key could not be found
	 */
	public DirectoryMerge findByPrimaryKey(long directoryMergeId)
		throws NoSuchDirectoryMergeException;

	/**
	 * Returns the directory merge with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param directoryMergeId the primary key of the directory merge
	 * @return the directory merge, or <code>null</code> if a directory merge with the primary key could not be found
	 */
	public DirectoryMerge fetchByPrimaryKey(long directoryMergeId);

	/**
	 * Returns all the directory merges.
	 *
	 * @return the directory merges
	 */
	public java.util.List<DirectoryMerge> findAll();

	/**
	 * Returns a range of all the directory merges.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>DirectoryMergeModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of directory merges
	 * @param end the upper bound of the range of directory merges (not inclusive)
	 * @return the range of directory merges
	 */
	public java.util.List<DirectoryMerge> findAll(int start, int end);

	/**
	 * Returns an ordered range of all the directory merges.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>DirectoryMergeModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of directory merges
	 * @param end the upper bound of the range of directory merges (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of directory merges
	 */
	public java.util.List<DirectoryMerge> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<DirectoryMerge>
			orderByComparator);

	/**
	 * Returns an ordered range of all the directory merges.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>DirectoryMergeModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of directory merges
	 * @param end the upper bound of the range of directory merges (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of directory merges
	 */
	public java.util.List<DirectoryMerge> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<DirectoryMerge>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the directory merges from the database.
	 */
	public void removeAll();

	/**
	 * Returns the number of directory merges.
	 *
	 * @return the number of directory merges
	 */
	public int countAll();

}