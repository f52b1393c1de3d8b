/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package org.preau.liferay.service.persistence;

import com.liferay.portal.kernel.service.persistence.BasePersistence;

import org.osgi.annotation.versioning.ProviderType;

import org.preau.liferay.exception.NoSuchMessagingRuleException;
import org.preau.liferay.model.MessagingRule;

/**
 * The persistence interface for the messaging rule service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Préau
 * @see MessagingRuleUtil
 * @generated
 */
@ProviderType
public interface MessagingRulePersistence
	extends BasePersistence<MessagingRule> {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this interface directly. Always use {@link MessagingRuleUtil} to access the messaging rule persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this interface.
	 */

	/**
	 * Returns all the messaging rules where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @return the matching messaging rules
	 */
	public java.util.List<MessagingRule> findByCompanyId(long companyId);

	/**
	 * Returns a range of all the messaging rules where companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MessagingRuleModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param start the lower bound of the range of messaging rules
	 * @param end the upper bound of the range of messaging rules (not inclusive)
	 * @return the range of matching messaging rules
	 */
	public java.util.List<MessagingRule> findByCompanyId(
		long companyId, int start, int end);

	/**
	 * Returns an ordered range of all the messaging rules where companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MessagingRuleModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param start the lower bound of the range of messaging rules
	 * @param end the upper bound of the range of messaging rules (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching messaging rules
	 */
	public java.util.List<MessagingRule> findByCompanyId(
		long companyId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<MessagingRule>
			orderByComparator);

	/**
	 * Returns an ordered range of all the messaging rules where companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MessagingRuleModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param start the lower bound of the range of messaging rules
	 * @param end the upper bound of the range of messaging rules (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching messaging rules
	 */
	public java.util.List<MessagingRule> findByCompanyId(
		long companyId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<MessagingRule>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first messaging rule in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching messaging rule
	 * @throws NoSuchMessagingRuleException if a matching messaging rule could not be found
	 */
	public MessagingRule findByCompanyId_First(
			long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<MessagingRule>
				orderByComparator)
		throws NoSuchMessagingRuleException;

	/**
	 * Returns the first messaging rule in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching messaging rule, or <code>null</code> if a matching messaging rule could not be found
	 */
	public MessagingRule fetchByCompanyId_First(
		long companyId,
		com.liferay.portal.kernel.util.OrderByComparator<MessagingRule>
			orderByComparator);

	/**
	 * Returns the last messaging rule in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching messaging rule
	 * @throws NoSuchMessagingRuleException if a matching messaging rule could not be found
	 */
	public MessagingRule findByCompanyId_Last(
			long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<MessagingRule>
				orderByComparator)
		throws NoSuchMessagingRuleException;

	/**
	 * Returns the last messaging rule in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching messaging rule, or <code>null</code> if a matching messaging rule could not be found
	 */
	public MessagingRule fetchByCompanyId_Last(
		long companyId,
		com.liferay.portal.kernel.util.OrderByComparator<MessagingRule>
			orderByComparator);

	/**
	 * Returns the messaging rules before and after the current messaging rule in the ordered set where companyId = &#63;.
	 *
	 * @param messagingRuleId the primary key of the current messaging rule
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next messaging rule
	 * @throws NoSuchMessagingRuleException if a messaging rule with the primary key could not be found
	 */
	public MessagingRule[] findByCompanyId_PrevAndNext(
			long messagingRuleId, long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<MessagingRule>
				orderByComparator)
		throws NoSuchMessagingRuleException;

	/**
	 * Removes all the messaging rules where companyId = &#63; from the database.
	 *
	 * @param companyId the company ID
	 */
	public void removeByCompanyId(long companyId);

	/**
	 * Returns the number of messaging rules where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @return the number of matching messaging rules
	 */
	public int countByCompanyId(long companyId);

	/**
	 * Caches the messaging rule in the entity cache if it is enabled.
	 *
	 * @param messagingRule the messaging rule
	 */
	public void cacheResult(MessagingRule messagingRule);

	/**
	 * Caches the messaging rules in the entity cache if it is enabled.
	 *
	 * @param messagingRules the messaging rules
	 */
	public void cacheResult(java.util.List<MessagingRule> messagingRules);

	/**
	 * Creates a new messaging rule with the primary key. Does not add the messaging rule to the database.
	 *
	 * @param messagingRuleId the primary key for the new messaging rule
	 * @return the new messaging rule
	 */
	public MessagingRule create(long messagingRuleId);

	/**
	 * Removes the messaging rule with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param messagingRuleId the primary key of the messaging rule
	 * @return the messaging rule that was removed
	 * @throws NoSuchMessagingRuleException if a messaging rule with the primary key could not be found
	 */
	public MessagingRule remove(long messagingRuleId)
		throws NoSuchMessagingRuleException;

	public MessagingRule updateImpl(MessagingRule messagingRule);

	/**
	 * Returns the messaging rule with the primary key or throws a <code>NoSuchMessagingRuleException</code> if it could not be found.
	 *
	 * @param messagingRuleId the primary key of the messaging rule
	 * @return the messaging rule
	 * @throws NoSuchMessagingRuleException if a messaging rule with the primary key could not be found
	 */
	public MessagingRule findByPrimaryKey(long messagingRuleId)
		throws NoSuchMessagingRuleException;

	/**
	 * Returns the messaging rule with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param messagingRuleId the primary key of the messaging rule
	 * @return the messaging rule, or <code>null</code> if a messaging rule with the primary key could not be found
	 */
	public MessagingRule fetchByPrimaryKey(long messagingRuleId);

	/**
	 * Returns all the messaging rules.
	 *
	 * @return the messaging rules
	 */
	public java.util.List<MessagingRule> findAll();

	/**
	 * Returns a range of all the messaging rules.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MessagingRuleModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of messaging rules
	 * @param end the upper bound of the range of messaging rules (not inclusive)
	 * @return the range of messaging rules
	 */
	public java.util.List<MessagingRule> findAll(int start, int end);

	/**
	 * Returns an ordered range of all the messaging rules.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MessagingRuleModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of messaging rules
	 * @param end the upper bound of the range of messaging rules (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of messaging rules
	 */
	public java.util.List<MessagingRule> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<MessagingRule>
			orderByComparator);

	/**
	 * Returns an ordered range of all the messaging rules.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MessagingRuleModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of messaging rules
	 * @param end the upper bound of the range of messaging rules (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of messaging rules
	 */
	public java.util.List<MessagingRule> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<MessagingRule>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the messaging rules from the database.
	 */
	public void removeAll();

	/**
	 * Returns the number of messaging rules.
	 *
	 * @return the number of messaging rules
	 */
	public int countAll();

}