/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package org.preau.liferay.service.persistence;

import com.liferay.portal.kernel.service.persistence.BasePersistence;

import org.osgi.annotation.versioning.ProviderType;

import org.preau.liferay.exception.NoSuchRightsHistoryEntryException;
import org.preau.liferay.model.RightsHistoryEntry;

/**
 * The persistence interface for the rights history entry service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Préau
 * @see RightsHistoryEntryUtil
 * @generated
 */
@ProviderType
public interface RightsHistoryEntryPersistence
	extends BasePersistence<RightsHistoryEntry> {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this interface directly. Always use {@link RightsHistoryEntryUtil} to access the rights history entry persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this interface.
	 */

	/**
	 * Returns all the rights history entries where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @return the matching rights history entries
	 */
	public java.util.List<RightsHistoryEntry> findByCompanyId(long companyId);

	/**
	 * Returns a range of all the rights history entries where companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RightsHistoryEntryModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param start the lower bound of the range of rights history entries
	 * @param end the upper bound of the range of rights history entries (not inclusive)
	 * @return the range of matching rights history entries
	 */
	public java.util.List<RightsHistoryEntry> findByCompanyId(
		long companyId, int start, int end);

	/**
	 * Returns an ordered range of all the rights history entries where companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RightsHistoryEntryModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param start the lower bound of the range of rights history entries
	 * @param end the upper bound of the range of rights history entries (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching rights history entries
	 */
	public java.util.List<RightsHistoryEntry> findByCompanyId(
		long companyId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<RightsHistoryEntry>
			orderByComparator);

	/**
	 * Returns an ordered range of all the rights history entries where companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RightsHistoryEntryModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param start the lower bound of the range of rights history entries
	 * @param end the upper bound of the range of rights history entries (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching rights history entries
	 */
	public java.util.List<RightsHistoryEntry> findByCompanyId(
		long companyId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<RightsHistoryEntry>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first rights history entry in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching rights history entry
	 * @throws NoSuchRightsHistoryEntryException if a matching rights history entry could not be found
	 */
	public RightsHistoryEntry findByCompanyId_First(
			long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<RightsHistoryEntry>
				orderByComparator)
		throws NoSuchRightsHistoryEntryException;

	/**
	 * Returns the first rights history entry in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching rights history entry, or <code>null</code> if a matching rights history entry could not be found
	 */
	public RightsHistoryEntry fetchByCompanyId_First(
		long companyId,
		com.liferay.portal.kernel.util.OrderByComparator<RightsHistoryEntry>
			orderByComparator);

	/**
	 * Returns the last rights history entry in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching rights history entry
	 * @throws NoSuchRightsHistoryEntryException if a matching rights history entry could not be found
	 */
	public RightsHistoryEntry findByCompanyId_Last(
			long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<RightsHistoryEntry>
				orderByComparator)
		throws NoSuchRightsHistoryEntryException;

	/**
	 * Returns the last rights history entry in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching rights history entry, or <code>null</code> if a matching rights history entry could not be found
	 */
	public RightsHistoryEntry fetchByCompanyId_Last(
		long companyId,
		com.liferay.portal.kernel.util.OrderByComparator<RightsHistoryEntry>
			orderByComparator);

	/**
	 * Returns the rights history entries before and after the current rights history entry in the ordered set where companyId = &#63;.
	 *
	 * @param rightsHistoryEntryId the primary key of the current rights history entry
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next rights history entry
	 * @throws NoSuchRightsHistoryEntryException if a rights history entry with the primary key could not be found
	 */
	public RightsHistoryEntry[] findByCompanyId_PrevAndNext(
			long rightsHistoryEntryId, long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<RightsHistoryEntry>
				orderByComparator)
		throws NoSuchRightsHistoryEntryException;

	/**
	 * Removes all the rights history entries where companyId = &#63; from the database.
	 *
	 * @param companyId the company ID
	 */
	public void removeByCompanyId(long companyId);

	/**
	 * Returns the number of rights history entries where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @return the number of matching rights history entries
	 */
	public int countByCompanyId(long companyId);

	/**
	 * Returns all the rights history entries where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @return the matching rights history entries
	 */
	public java.util.List<RightsHistoryEntry> findByC_U(
		long companyId, String uai);

	/**
	 * Returns a range of all the rights history entries where companyId = &#63; and uai = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RightsHistoryEntryModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param start the lower bound of the range of rights history entries
	 * @param end the upper bound of the range of rights history entries (not inclusive)
	 * @return the range of matching rights history entries
	 */
	public java.util.List<RightsHistoryEntry> findByC_U(
		long companyId, String uai, int start, int end);

	/**
	 * Returns an ordered range of all the rights history entries where companyId = &#63; and uai = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RightsHistoryEntryModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param start the lower bound of the range of rights history entries
	 * @param end the upper bound of the range of rights history entries (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching rights history entries
	 */
	public java.util.List<RightsHistoryEntry> findByC_U(
		long companyId, String uai, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<RightsHistoryEntry>
			orderByComparator);

	/**
	 * Returns an ordered range of all the rights history entries where companyId = &#63; and uai = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RightsHistoryEntryModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param start the lower bound of the range of rights history entries
	 * @param end the upper bound of the range of rights history entries (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching rights history entries
	 */
	public java.util.List<RightsHistoryEntry> findByC_U(
		long companyId, String uai, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<RightsHistoryEntry>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first rights history entry in the ordered set where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching rights history entry
	 * @throws NoSuchRightsHistoryEntryException if a matching rights history entry could not be found
	 */
	public RightsHistoryEntry findByC_U_First(
			long companyId, String uai,
			com.liferay.portal.kernel.util.OrderByComparator<RightsHistoryEntry>
				orderByComparator)
		throws NoSuchRightsHistoryEntryException;

	/**
	 * Returns the first rights history entry in the ordered set where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching rights history entry, or <code>null</code> if a matching rights history entry could not be found
	 */
	public RightsHistoryEntry fetchByC_U_First(
		long companyId, String uai,
		com.liferay.portal.kernel.util.OrderByComparator<RightsHistoryEntry>
			orderByComparator);

	/**
	 * Returns the last rights history entry in the ordered set where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching rights history entry
	 * @throws NoSuchRightsHistoryEntryException if a matching rights history entry could not be found
	 */
	public RightsHistoryEntry findByC_U_Last(
			long companyId, String uai,
			com.liferay.portal.kernel.util.OrderByComparator<RightsHistoryEntry>
				orderByComparator)
		throws NoSuchRightsHistoryEntryException;

	/**
	 * Returns the last rights history entry in the ordered set where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching rights history entry, or <code>null</code> if a matching rights history entry could not be found
	 */
	public RightsHistoryEntry fetchByC_U_Last(
		long companyId, String uai,
		com.liferay.portal.kernel.util.OrderByComparator<RightsHistoryEntry>
			orderByComparator);

	/**
	 * Returns the rights history entries before and after the current rights history entry in the ordered set where companyId = &#63; and uai = &#63;.
	 *
	 * @param rightsHistoryEntryId the primary key of the current rights history entry
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next rights history entry
	 * @throws NoSuchRightsHistoryEntryException if a rights history entry with the primary key could not be found
	 */
	public RightsHistoryEntry[] findByC_U_PrevAndNext(
			long rightsHistoryEntryId, long companyId, String uai,
			com.liferay.portal.kernel.util.OrderByComparator<RightsHistoryEntry>
				orderByComparator)
		throws NoSuchRightsHistoryEntryException;

	/**
	 * Removes all the rights history entries where companyId = &#63; and uai = &#63; from the database.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 */
	public void removeByC_U(long companyId, String uai);

	/**
	 * Returns the number of rights history entries where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @return the number of matching rights history entries
	 */
	public int countByC_U(long companyId, String uai);

	/**
	 * Caches the rights history entry in the entity cache if it is enabled.
	 *
	 * @param rightsHistoryEntry the rights history entry
	 */
	public void cacheResult(RightsHistoryEntry rightsHistoryEntry);

	/**
	 * Caches the rights history entries in the entity cache if it is enabled.
	 *
	 * @param rightsHistoryEntries the rights history entries
	 */
	public void cacheResult(
		java.util.List<RightsHistoryEntry> rightsHistoryEntries);

	/**
	 * Creates a new rights history entry with the primary key. Does not add the rights history entry to the database.
	 *
	 * @param rightsHistoryEntryId the primary key for the new rights history entry
	 * @return the new rights history entry
	 */
	public RightsHistoryEntry create(long rightsHistoryEntryId);

	/**
	 * Removes the rights history entry with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param rightsHistoryEntryId the primary key of the rights history entry
	 * @return the rights history entry that was removed
	 * @throws NoSuchRightsHistoryEntryException if a rights history entry with the primary key could not be found
	 */
	public RightsHistoryEntry remove(long rightsHistoryEntryId)
		throws NoSuchRightsHistoryEntryException;

	public RightsHistoryEntry updateImpl(RightsHistoryEntry rightsHistoryEntry);

	/**
	 * Returns the rights history entry with the primary key or throws a <code>NoSuchRightsHistoryEntryException</code> if it could not be found.
	 *
	 * @param rightsHistoryEntryId the primary key of the rights history entry
	 * @return the rights history entry
	 * @throws NoSuchRightsHistoryEntryException if a rights history entry with the primary key could not be found
	 */
	public RightsHistoryEntry findByPrimaryKey(long rightsHistoryEntryId)
		throws NoSuchRightsHistoryEntryException;

	/**
	 * Returns the rights history entry with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param rightsHistoryEntryId the primary key of the rights history entry
	 * @return the rights history entry, or <code>null</code> if a rights history entry with the primary key could not be found
	 */
	public RightsHistoryEntry fetchByPrimaryKey(long rightsHistoryEntryId);

	/**
	 * Returns all the rights history entries.
	 *
	 * @return the rights history entries
	 */
	public java.util.List<RightsHistoryEntry> findAll();

	/**
	 * Returns a range of all the rights history entries.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RightsHistoryEntryModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of rights history entries
	 * @param end the upper bound of the range of rights history entries (not inclusive)
	 * @return the range of rights history entries
	 */
	public java.util.List<RightsHistoryEntry> findAll(int start, int end);

	/**
	 * Returns an ordered range of all the rights history entries.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RightsHistoryEntryModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of rights history entries
	 * @param end the upper bound of the range of rights history entries (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of rights history entries
	 */
	public java.util.List<RightsHistoryEntry> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<RightsHistoryEntry>
			orderByComparator);

	/**
	 * Returns an ordered range of all the rights history entries.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RightsHistoryEntryModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of rights history entries
	 * @param end the upper bound of the range of rights history entries (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of rights history entries
	 */
	public java.util.List<RightsHistoryEntry> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<RightsHistoryEntry>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the rights history entries from the database.
	 */
	public void removeAll();

	/**
	 * Returns the number of rights history entries.
	 *
	 * @return the number of rights history entries
	 */
	public int countAll();

}