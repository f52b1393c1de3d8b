/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package org.preau.liferay.service.persistence;

import com.liferay.portal.kernel.dao.orm.DynamicQuery;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.util.OrderByComparator;

import java.io.Serializable;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.preau.liferay.model.MessagingRule;

/**
 * The persistence utility for the messaging rule service. This utility wraps <code>org.preau.liferay.service.persistence.impl.MessagingRulePersistenceImpl</code> and provides direct access to the database for CRUD operations. This utility should only be used by the service layer, as it must operate within a transaction. Never access this utility in a JSP, controller, model, or other front-end class.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Préau
 * @see MessagingRulePersistence
 * @generated
 */
public class MessagingRuleUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this class.
	 */

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#clearCache()
	 */
	public static void clearCache() {
		getPersistence().clearCache();
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#clearCache(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static void clearCache(MessagingRule messagingRule) {
		getPersistence().clearCache(messagingRule);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#countWithDynamicQuery(DynamicQuery)
	 */
	public static long countWithDynamicQuery(DynamicQuery dynamicQuery) {
		return getPersistence().countWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#fetchByPrimaryKeys(Set)
	 */
	public static Map<Serializable, MessagingRule> fetchByPrimaryKeys(
		Set<Serializable> primaryKeys) {

		return getPersistence().fetchByPrimaryKeys(primaryKeys);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery)
	 */
	public static List<MessagingRule> findWithDynamicQuery(
		DynamicQuery dynamicQuery) {

		return getPersistence().findWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int)
	 */
	public static List<MessagingRule> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getPersistence().findWithDynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int, OrderByComparator)
	 */
	public static List<MessagingRule> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<MessagingRule> orderByComparator) {

		return getPersistence().findWithDynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static MessagingRule update(MessagingRule messagingRule) {
		return getPersistence().update(messagingRule);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel, ServiceContext)
	 */
	public static MessagingRule update(
		MessagingRule messagingRule, ServiceContext serviceContext) {

		return getPersistence().update(messagingRule, serviceContext);
	}

	/**
	 * Returns all the messaging rules where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @return the matching messaging rules
	 */
	public static List<MessagingRule> findByCompanyId(long companyId) {
		return getPersistence().findByCompanyId(companyId);
	}

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
	public static List<MessagingRule> findByCompanyId(
		long companyId, int start, int end) {

		return getPersistence().findByCompanyId(companyId, start, end);
	}

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
	public static List<MessagingRule> findByCompanyId(
		long companyId, int start, int end,
		OrderByComparator<MessagingRule> orderByComparator) {

		return getPersistence().findByCompanyId(
			companyId, start, end, orderByComparator);
	}

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
	public static List<MessagingRule> findByCompanyId(
		long companyId, int start, int end,
		OrderByComparator<MessagingRule> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByCompanyId(
			companyId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first messaging rule in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching messaging rule
	 * @throws NoSuchMessagingRuleException if a matching messaging rule could not be found
	 */
	public static MessagingRule findByCompanyId_First(
			long companyId, OrderByComparator<MessagingRule> orderByComparator)
		throws org.preau.liferay.exception.NoSuchMessagingRuleException {

		return getPersistence().findByCompanyId_First(
			companyId, orderByComparator);
	}

	/**
	 * Returns the first messaging rule in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching messaging rule, or <code>null</code> if a matching messaging rule could not be found
	 */
	public static MessagingRule fetchByCompanyId_First(
		long companyId, OrderByComparator<MessagingRule> orderByComparator) {

		return getPersistence().fetchByCompanyId_First(
			companyId, orderByComparator);
	}

	/**
	 * Returns the last messaging rule in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching messaging rule
	 * @throws NoSuchMessagingRuleException if a matching messaging rule could not be found
	 */
	public static MessagingRule findByCompanyId_Last(
			long companyId, OrderByComparator<MessagingRule> orderByComparator)
		throws org.preau.liferay.exception.NoSuchMessagingRuleException {

		return getPersistence().findByCompanyId_Last(
			companyId, orderByComparator);
	}

	/**
	 * Returns the last messaging rule in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching messaging rule, or <code>null</code> if a matching messaging rule could not be found
	 */
	public static MessagingRule fetchByCompanyId_Last(
		long companyId, OrderByComparator<MessagingRule> orderByComparator) {

		return getPersistence().fetchByCompanyId_Last(
			companyId, orderByComparator);
	}

	/**
	 * Returns the messaging rules before and after the current messaging rule in the ordered set where companyId = &#63;.
	 *
	 * @param messagingRuleId the primary key of the current messaging rule
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next messaging rule
	 * @throws NoSuchMessagingRuleException if a messaging rule with the primary key could not be found
	 */
	public static MessagingRule[] findByCompanyId_PrevAndNext(
			long messagingRuleId, long companyId,
			OrderByComparator<MessagingRule> orderByComparator)
		throws org.preau.liferay.exception.NoSuchMessagingRuleException {

		return getPersistence().findByCompanyId_PrevAndNext(
			messagingRuleId, companyId, orderByComparator);
	}

	/**
	 * Removes all the messaging rules where companyId = &#63; from the database.
	 *
	 * @param companyId the company ID
	 */
	public static void removeByCompanyId(long companyId) {
		getPersistence().removeByCompanyId(companyId);
	}

	/**
	 * Returns the number of messaging rules where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @return the number of matching messaging rules
	 */
	public static int countByCompanyId(long companyId) {
		return getPersistence().countByCompanyId(companyId);
	}

	/**
	 * Caches the messaging rule in the entity cache if it is enabled.
	 *
	 * @param messagingRule the messaging rule
	 */
	public static void cacheResult(MessagingRule messagingRule) {
		getPersistence().cacheResult(messagingRule);
	}

	/**
	 * Caches the messaging rules in the entity cache if it is enabled.
	 *
	 * @param messagingRules the messaging rules
	 */
	public static void cacheResult(List<MessagingRule> messagingRules) {
		getPersistence().cacheResult(messagingRules);
	}

	/**
	 * Creates a new messaging rule with the primary key. Does not add the messaging rule to the database.
	 *
	 * @param messagingRuleId the primary key for the new messaging rule
	 * @return the new messaging rule
	 */
	public static MessagingRule create(long messagingRuleId) {
		return getPersistence().create(messagingRuleId);
	}

	/**
	 * Removes the messaging rule with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param messagingRuleId the primary key of the messaging rule
	 * @return the messaging rule that was removed
	 * @throws NoSuchMessagingRuleException if a messaging rule with the primary key could not be found
	 */
	public static MessagingRule remove(long messagingRuleId)
		throws org.preau.liferay.exception.NoSuchMessagingRuleException {

		return getPersistence().remove(messagingRuleId);
	}

	public static MessagingRule updateImpl(MessagingRule messagingRule) {
		return getPersistence().updateImpl(messagingRule);
	}

	/**
	 * Returns the messaging rule with the primary key or throws a <code>NoSuchMessagingRuleException</code> if it could not be found.
	 *
	 * @param messagingRuleId the primary key of the messaging rule
	 * @return the messaging rule
	 * @throws NoSuchMessagingRuleException if a messaging rule with the primary key could not be found
	 */
	public static MessagingRule findByPrimaryKey(long messagingRuleId)
		throws org.preau.liferay.exception.NoSuchMessagingRuleException {

		return getPersistence().findByPrimaryKey(messagingRuleId);
	}

	/**
	 * Returns the messaging rule with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param messagingRuleId the primary key of the messaging rule
	 * @return the messaging rule, or <code>null</code> if a messaging rule with the primary key could not be found
	 */
	public static MessagingRule fetchByPrimaryKey(long messagingRuleId) {
		return getPersistence().fetchByPrimaryKey(messagingRuleId);
	}

	/**
	 * Returns all the messaging rules.
	 *
	 * @return the messaging rules
	 */
	public static List<MessagingRule> findAll() {
		return getPersistence().findAll();
	}

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
	public static List<MessagingRule> findAll(int start, int end) {
		return getPersistence().findAll(start, end);
	}

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
	public static List<MessagingRule> findAll(
		int start, int end,
		OrderByComparator<MessagingRule> orderByComparator) {

		return getPersistence().findAll(start, end, orderByComparator);
	}

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
	public static List<MessagingRule> findAll(
		int start, int end, OrderByComparator<MessagingRule> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findAll(
			start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Removes all the messaging rules from the database.
	 */
	public static void removeAll() {
		getPersistence().removeAll();
	}

	/**
	 * Returns the number of messaging rules.
	 *
	 * @return the number of messaging rules
	 */
	public static int countAll() {
		return getPersistence().countAll();
	}

	public static MessagingRulePersistence getPersistence() {
		return _persistence;
	}

	public static void setPersistence(MessagingRulePersistence persistence) {
		_persistence = persistence;
	}

	private static volatile MessagingRulePersistence _persistence;

}