/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package org.preau.liferay.service.persistence;

import com.liferay.portal.kernel.service.persistence.BasePersistence;

import org.osgi.annotation.versioning.ProviderType;

import org.preau.liferay.exception.NoSuchRightsRuleException;
import org.preau.liferay.model.RightsRule;

/**
 * The persistence interface for the rights rule service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Préau
 * @see RightsRuleUtil
 * @generated
 */
@ProviderType
public interface RightsRulePersistence extends BasePersistence<RightsRule> {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this interface directly. Always use {@link RightsRuleUtil} to access the rights rule persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this interface.
	 */

	/**
	 * Returns all the rights rules where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @return the matching rights rules
	 */
	public java.util.List<RightsRule> findByCompanyId(long companyId);

	/**
	 * Returns a range of all the rights rules where companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RightsRuleModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param start the lower bound of the range of rights rules
	 * @param end the upper bound of the range of rights rules (not inclusive)
	 * @return the range of matching rights rules
	 */
	public java.util.List<RightsRule> findByCompanyId(
		long companyId, int start, int end);

	/**
	 * Returns an ordered range of all the rights rules where companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RightsRuleModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param start the lower bound of the range of rights rules
	 * @param end the upper bound of the range of rights rules (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching rights rules
	 */
	public java.util.List<RightsRule> findByCompanyId(
		long companyId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<RightsRule>
			orderByComparator);

	/**
	 * Returns an ordered range of all the rights rules where companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RightsRuleModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param start the lower bound of the range of rights rules
	 * @param end the upper bound of the range of rights rules (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching rights rules
	 */
	public java.util.List<RightsRule> findByCompanyId(
		long companyId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<RightsRule>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first rights rule in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching rights rule
	 * @throws NoSuchRightsRuleException if a matching rights rule could not be found
	 */
	public RightsRule findByCompanyId_First(
			long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<RightsRule>
				orderByComparator)
		throws NoSuchRightsRuleException;

	/**
	 * Returns the first rights rule in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching rights rule, or <code>null</code> if a matching rights rule could not be found
	 */
	public RightsRule fetchByCompanyId_First(
		long companyId,
		com.liferay.portal.kernel.util.OrderByComparator<RightsRule>
			orderByComparator);

	/**
	 * Returns the last rights rule in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching rights rule
	 * @throws NoSuchRightsRuleException if a matching rights rule could not be found
	 */
	public RightsRule findByCompanyId_Last(
			long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<RightsRule>
				orderByComparator)
		throws NoSuchRightsRuleException;

	/**
	 * Returns the last rights rule in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching rights rule, or <code>null</code> if a matching rights rule could not be found
	 */
	public RightsRule fetchByCompanyId_Last(
		long companyId,
		com.liferay.portal.kernel.util.OrderByComparator<RightsRule>
			orderByComparator);

	/**
	 * Returns the rights rules before and after the current rights rule in the ordered set where companyId = &#63;.
	 *
	 * @param rightsRuleId the primary key of the current rights rule
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next rights rule
	 * @throws NoSuchRightsRuleException if a rights rule with the primary key could not be found
	 */
	public RightsRule[] findByCompanyId_PrevAndNext(
			long rightsRuleId, long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<RightsRule>
				orderByComparator)
		throws NoSuchRightsRuleException;

	/**
	 * Removes all the rights rules where companyId = &#63; from the database.
	 *
	 * @param companyId the company ID
	 */
	public void removeByCompanyId(long companyId);

	/**
	 * Returns the number of rights rules where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @return the number of matching rights rules
	 */
	public int countByCompanyId(long companyId);

	/**
	 * Caches the rights rule in the entity cache if it is enabled.
	 *
	 * @param rightsRule the rights rule
	 */
	public void cacheResult(RightsRule rightsRule);

	/**
	 * Caches the rights rules in the entity cache if it is enabled.
	 *
	 * @param rightsRules the rights rules
	 */
	public void cacheResult(java.util.List<RightsRule> rightsRules);

	/**
	 * Creates a new rights rule with the primary key. Does not add the rights rule to the database.
	 *
	 * @param rightsRuleId the primary key for the new rights rule
	 * @return the new rights rule
	 */
	public RightsRule create(long rightsRuleId);

	/**
	 * Removes the rights rule with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param rightsRuleId the primary key of the rights rule
	 * @return the rights rule that was removed
	 * @throws NoSuchRightsRuleException if a rights rule with the primary key could not be found
	 */
	public RightsRule remove(long rightsRuleId)
		throws NoSuchRightsRuleException;

	public RightsRule updateImpl(RightsRule rightsRule);

	/**
	 * Returns the rights rule with the primary key or throws a <code>NoSuchRightsRuleException</code> if it could not be found.
	 *
	 * @param rightsRuleId the primary key of the rights rule
	 * @return the rights rule
	 * @throws NoSuchRightsRuleException if a rights rule with the primary key could not be found
	 */
	public RightsRule findByPrimaryKey(long rightsRuleId)
		throws NoSuchRightsRuleException;

	/**
	 * Returns the rights rule with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param rightsRuleId the primary key of the rights rule
	 * @return the rights rule, or <code>null</code> if a rights rule with the primary key could not be found
	 */
	public RightsRule fetchByPrimaryKey(long rightsRuleId);

	/**
	 * Returns all the rights rules.
	 *
	 * @return the rights rules
	 */
	public java.util.List<RightsRule> findAll();

	/**
	 * Returns a range of all the rights rules.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RightsRuleModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of rights rules
	 * @param end the upper bound of the range of rights rules (not inclusive)
	 * @return the range of rights rules
	 */
	public java.util.List<RightsRule> findAll(int start, int end);

	/**
	 * Returns an ordered range of all the rights rules.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RightsRuleModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of rights rules
	 * @param end the upper bound of the range of rights rules (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of rights rules
	 */
	public java.util.List<RightsRule> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<RightsRule>
			orderByComparator);

	/**
	 * Returns an ordered range of all the rights rules.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RightsRuleModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of rights rules
	 * @param end the upper bound of the range of rights rules (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of rights rules
	 */
	public java.util.List<RightsRule> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<RightsRule>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the rights rules from the database.
	 */
	public void removeAll();

	/**
	 * Returns the number of rights rules.
	 *
	 * @return the number of rights rules
	 */
	public int countAll();

}