/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package org.preau.liferay.service.persistence;

import com.liferay.portal.kernel.service.persistence.BasePersistence;

import org.osgi.annotation.versioning.ProviderType;

import org.preau.liferay.exception.NoSuchSchoolDelegationException;
import org.preau.liferay.model.SchoolDelegation;

/**
 * The persistence interface for the school delegation service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Préau
 * @see SchoolDelegationUtil
 * @generated
 */
@ProviderType
public interface SchoolDelegationPersistence
	extends BasePersistence<SchoolDelegation> {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this interface directly. Always use {@link SchoolDelegationUtil} to access the school delegation persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this interface.
	 */

	/**
	 * Returns all the school delegations where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @return the matching school delegations
	 */
	public java.util.List<SchoolDelegation> findByCompanyId(long companyId);

	/**
	 * Returns a range of all the school delegations where companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SchoolDelegationModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param start the lower bound of the range of school delegations
	 * @param end the upper bound of the range of school delegations (not inclusive)
	 * @return the range of matching school delegations
	 */
	public java.util.List<SchoolDelegation> findByCompanyId(
		long companyId, int start, int end);

	/**
	 * Returns an ordered range of all the school delegations where companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SchoolDelegationModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param start the lower bound of the range of school delegations
	 * @param end the upper bound of the range of school delegations (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching school delegations
	 */
	public java.util.List<SchoolDelegation> findByCompanyId(
		long companyId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SchoolDelegation>
			orderByComparator);

	/**
	 * Returns an ordered range of all the school delegations where companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SchoolDelegationModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param start the lower bound of the range of school delegations
	 * @param end the upper bound of the range of school delegations (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching school delegations
	 */
	public java.util.List<SchoolDelegation> findByCompanyId(
		long companyId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SchoolDelegation>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first school delegation in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching school delegation
	 * @throws NoSuchSchoolDelegationException if a matching school delegation could not be found
	 */
	public SchoolDelegation findByCompanyId_First(
			long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<SchoolDelegation>
				orderByComparator)
		throws NoSuchSchoolDelegationException;

	/**
	 * Returns the first school delegation in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching school delegation, or <code>null</code> if a matching school delegation could not be found
	 */
	public SchoolDelegation fetchByCompanyId_First(
		long companyId,
		com.liferay.portal.kernel.util.OrderByComparator<SchoolDelegation>
			orderByComparator);

	/**
	 * Returns the last school delegation in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching school delegation
	 * @throws NoSuchSchoolDelegationException if a matching school delegation could not be found
	 */
	public SchoolDelegation findByCompanyId_Last(
			long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<SchoolDelegation>
				orderByComparator)
		throws NoSuchSchoolDelegationException;

	/**
	 * Returns the last school delegation in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching school delegation, or <code>null</code> if a matching school delegation could not be found
	 */
	public SchoolDelegation fetchByCompanyId_Last(
		long companyId,
		com.liferay.portal.kernel.util.OrderByComparator<SchoolDelegation>
			orderByComparator);

	/**
	 * Returns the school delegations before and after the current school delegation in the ordered set where companyId = &#63;.
	 *
	 * @param schoolDelegationId the primary key of the current school delegation
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next school delegation
	 * @throws NoSuchSchoolDelegationException if a school delegation with the primary key could not be found
	 */
	public SchoolDelegation[] findByCompanyId_PrevAndNext(
			long schoolDelegationId, long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<SchoolDelegation>
				orderByComparator)
		throws NoSuchSchoolDelegationException;

	/**
	 * Removes all the school delegations where companyId = &#63; from the database.
	 *
	 * @param companyId the company ID
	 */
	public void removeByCompanyId(long companyId);

	/**
	 * Returns the number of school delegations where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @return the number of matching school delegations
	 */
	public int countByCompanyId(long companyId);

	/**
	 * Caches the school delegation in the entity cache if it is enabled.
	 *
	 * @param schoolDelegation the school delegation
	 */
	public void cacheResult(SchoolDelegation schoolDelegation);

	/**
	 * Caches the school delegations in the entity cache if it is enabled.
	 *
	 * @param schoolDelegations the school delegations
	 */
	public void cacheResult(java.util.List<SchoolDelegation> schoolDelegations);

	/**
	 * Creates a new school delegation with the primary key. Does not add the school delegation to the database.
	 *
	 * @param schoolDelegationId the primary key for the new school delegation
	 * @return the new school delegation
	 */
	public SchoolDelegation create(long schoolDelegationId);

	/**
	 * Removes the school delegation with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param schoolDelegationId the primary key of the school delegation
	 * @return the school delegation that was removed
	 * @throws NoSuchSchoolDelegationException if a school delegation with the primary key could not be found
	 */
	public SchoolDelegation remove(long schoolDelegationId)
		throws NoSuchSchoolDelegationException;

	public SchoolDelegation updateImpl(SchoolDelegation schoolDelegation);

	/**
	 * Returns the school delegation with the primary key or throws a <code>NoSuchSchoolDelegationException</code> if it could not be found.
	 *
	 * @param schoolDelegationId the primary key of the school delegation
	 * @return the school delegation
	 * @throws NoSuchSchoolDelegationException if a school delegation with the primary key could not be found
	 */
	public SchoolDelegation findByPrimaryKey(long schoolDelegationId)
		throws NoSuchSchoolDelegationException;

	/**
	 * Returns the school delegation with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param schoolDelegationId the primary key of the school delegation
	 * @return the school delegation, or <code>null</code> if a school delegation with the primary key could not be found
	 */
	public SchoolDelegation fetchByPrimaryKey(long schoolDelegationId);

	/**
	 * Returns all the school delegations.
	 *
	 * @return the school delegations
	 */
	public java.util.List<SchoolDelegation> findAll();

	/**
	 * Returns a range of all the school delegations.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SchoolDelegationModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of school delegations
	 * @param end the upper bound of the range of school delegations (not inclusive)
	 * @return the range of school delegations
	 */
	public java.util.List<SchoolDelegation> findAll(int start, int end);

	/**
	 * Returns an ordered range of all the school delegations.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SchoolDelegationModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of school delegations
	 * @param end the upper bound of the range of school delegations (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of school delegations
	 */
	public java.util.List<SchoolDelegation> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SchoolDelegation>
			orderByComparator);

	/**
	 * Returns an ordered range of all the school delegations.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SchoolDelegationModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of school delegations
	 * @param end the upper bound of the range of school delegations (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of school delegations
	 */
	public java.util.List<SchoolDelegation> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SchoolDelegation>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the school delegations from the database.
	 */
	public void removeAll();

	/**
	 * Returns the number of school delegations.
	 *
	 * @return the number of school delegations
	 */
	public int countAll();

}