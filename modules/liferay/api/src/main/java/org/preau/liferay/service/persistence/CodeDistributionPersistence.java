/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package org.preau.liferay.service.persistence;

import com.liferay.portal.kernel.service.persistence.BasePersistence;

import org.osgi.annotation.versioning.ProviderType;

import org.preau.liferay.exception.NoSuchCodeDistributionException;
import org.preau.liferay.model.CodeDistribution;

/**
 * The persistence interface for the code distribution service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Préau
 * @see CodeDistributionUtil
 * @generated
 */
@ProviderType
public interface CodeDistributionPersistence
	extends BasePersistence<CodeDistribution> {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this interface directly. Always use {@link CodeDistributionUtil} to access the code distribution persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this interface.
	 */

	/**
	 * Returns all the code distributions where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @return the matching code distributions
	 */
	public java.util.List<CodeDistribution> findByC_U(
		long companyId, String uai);

	/**
	 * Returns a range of all the code distributions where companyId = &#63; and uai = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CodeDistributionModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param start the lower bound of the range of code distributions
	 * @param end the upper bound of the range of code distributions (not inclusive)
	 * @return the range of matching code distributions
	 */
	public java.util.List<CodeDistribution> findByC_U(
		long companyId, String uai, int start, int end);

	/**
	 * Returns an ordered range of all the code distributions where companyId = &#63; and uai = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CodeDistributionModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param start the lower bound of the range of code distributions
	 * @param end the upper bound of the range of code distributions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching code distributions
	 */
	public java.util.List<CodeDistribution> findByC_U(
		long companyId, String uai, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<CodeDistribution>
			orderByComparator);

	/**
	 * Returns an ordered range of all the code distributions where companyId = &#63; and uai = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CodeDistributionModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param start the lower bound of the range of code distributions
	 * @param end the upper bound of the range of code distributions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching code distributions
	 */
	public java.util.List<CodeDistribution> findByC_U(
		long companyId, String uai, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<CodeDistribution>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first code distribution in the ordered set where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching code distribution
	 * @throws NoSuchCodeDistributionException if a matching code distribution could not be found
	 */
	public CodeDistribution findByC_U_First(
			long companyId, String uai,
			com.liferay.portal.kernel.util.OrderByComparator<CodeDistribution>
				orderByComparator)
		throws NoSuchCodeDistributionException;

	/**
	 * Returns the first code distribution in the ordered set where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching code distribution, or <code>null</code> if a matching code distribution could not be found
	 */
	public CodeDistribution fetchByC_U_First(
		long companyId, String uai,
		com.liferay.portal.kernel.util.OrderByComparator<CodeDistribution>
			orderByComparator);

	/**
	 * Returns the last code distribution in the ordered set where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching code distribution
	 * @throws NoSuchCodeDistributionException if a matching code distribution could not be found
	 */
	public CodeDistribution findByC_U_Last(
			long companyId, String uai,
			com.liferay.portal.kernel.util.OrderByComparator<CodeDistribution>
				orderByComparator)
		throws NoSuchCodeDistributionException;

	/**
	 * Returns the last code distribution in the ordered set where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching code distribution, or <code>null</code> if a matching code distribution could not be found
	 */
	public CodeDistribution fetchByC_U_Last(
		long companyId, String uai,
		com.liferay.portal.kernel.util.OrderByComparator<CodeDistribution>
			orderByComparator);

	/**
	 * Returns the code distributions before and after the current code distribution in the ordered set where companyId = &#63; and uai = &#63;.
	 *
	 * @param codeDistributionId the primary key of the current code distribution
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next code distribution
	 * @throws NoSuchCodeDistributionException if a code distribution with the primary key could not be found
	 */
	public CodeDistribution[] findByC_U_PrevAndNext(
			long codeDistributionId, long companyId, String uai,
			com.liferay.portal.kernel.util.OrderByComparator<CodeDistribution>
				orderByComparator)
		throws NoSuchCodeDistributionException;

	/**
	 * Removes all the code distributions where companyId = &#63; and uai = &#63; from the database.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 */
	public void removeByC_U(long companyId, String uai);

	/**
	 * Returns the number of code distributions where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @return the number of matching code distributions
	 */
	public int countByC_U(long companyId, String uai);

	/**
	 * Caches the code distribution in the entity cache if it is enabled.
	 *
	 * @param codeDistribution the code distribution
	 */
	public void cacheResult(CodeDistribution codeDistribution);

	/**
	 * Caches the code distributions in the entity cache if it is enabled.
	 *
	 * @param codeDistributions the code distributions
	 */
	public void cacheResult(java.util.List<CodeDistribution> codeDistributions);

	/**
	 * Creates a new code distribution with the primary key. Does not add the code distribution to the database.
	 *
	 * @param codeDistributionId the primary key for the new code distribution
	 * @return the new code distribution
	 */
	public CodeDistribution create(long codeDistributionId);

	/**
	 * Removes the code distribution with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param codeDistributionId the primary key of the code distribution
	 * @return the code distribution that was removed
	 * @throws NoSuchCodeDistributionException if a code distribution with the primary key could not be found
	 */
	public CodeDistribution remove(long codeDistributionId)
		throws NoSuchCodeDistributionException;

	public CodeDistribution updateImpl(CodeDistribution codeDistribution);

	/**
	 * Returns the code distribution with the primary key or throws a <code>NoSuchCodeDistributionException</code> if it could not be found.
	 *
	 * @param codeDistributionId the primary key of the code distribution
	 * @return the code distribution
	 * @throws NoSuchCodeDistributionException if a code distribution with the primary key could not be found
	 */
	public CodeDistribution findByPrimaryKey(long codeDistributionId)
		throws NoSuchCodeDistributionException;

	/**
	 * Returns the code distribution with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param codeDistributionId the primary key of the code distribution
	 * @return the code distribution, or <code>null</code> if a code distribution with the primary key could not be found
	 */
	public CodeDistribution fetchByPrimaryKey(long codeDistributionId);

	/**
	 * Returns all the code distributions.
	 *
	 * @return the code distributions
	 */
	public java.util.List<CodeDistribution> findAll();

	/**
	 * Returns a range of all the code distributions.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CodeDistributionModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of code distributions
	 * @param end the upper bound of the range of code distributions (not inclusive)
	 * @return the range of code distributions
	 */
	public java.util.List<CodeDistribution> findAll(int start, int end);

	/**
	 * Returns an ordered range of all the code distributions.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CodeDistributionModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of code distributions
	 * @param end the upper bound of the range of code distributions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of code distributions
	 */
	public java.util.List<CodeDistribution> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<CodeDistribution>
			orderByComparator);

	/**
	 * Returns an ordered range of all the code distributions.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CodeDistributionModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of code distributions
	 * @param end the upper bound of the range of code distributions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of code distributions
	 */
	public java.util.List<CodeDistribution> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<CodeDistribution>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the code distributions from the database.
	 */
	public void removeAll();

	/**
	 * Returns the number of code distributions.
	 *
	 * @return the number of code distributions
	 */
	public int countAll();

}