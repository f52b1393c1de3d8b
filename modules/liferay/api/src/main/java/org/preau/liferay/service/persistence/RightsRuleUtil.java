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

import org.preau.liferay.model.RightsRule;

/**
 * The persistence utility for the rights rule service. This utility wraps <code>org.preau.liferay.service.persistence.impl.RightsRulePersistenceImpl</code> and provides direct access to the database for CRUD operations. This utility should only be used by the service layer, as it must operate within a transaction. Never access this utility in a JSP, controller, model, or other front-end class.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Préau
 * @see RightsRulePersistence
 * @generated
 */
public class RightsRuleUtil {

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
	public static void clearCache(RightsRule rightsRule) {
		getPersistence().clearCache(rightsRule);
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
	public static Map<Serializable, RightsRule> fetchByPrimaryKeys(
		Set<Serializable> primaryKeys) {

		return getPersistence().fetchByPrimaryKeys(primaryKeys);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery)
	 */
	public static List<RightsRule> findWithDynamicQuery(
		DynamicQuery dynamicQuery) {

		return getPersistence().findWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int)
	 */
	public static List<RightsRule> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getPersistence().findWithDynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int, OrderByComparator)
	 */
	public static List<RightsRule> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<RightsRule> orderByComparator) {

		return getPersistence().findWithDynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static RightsRule update(RightsRule rightsRule) {
		return getPersistence().update(rightsRule);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel, ServiceContext)
	 */
	public static RightsRule update(
		RightsRule rightsRule, ServiceContext serviceContext) {

		return getPersistence().update(rightsRule, serviceContext);
	}

	/**
	 * Returns all the rights rules where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @return the matching rights rules
	 */
	public static List<RightsRule> findByCompanyId(long companyId) {
		return getPersistence().findByCompanyId(companyId);
	}

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
	public static List<RightsRule> findByCompanyId(
		long companyId, int start, int end) {

		return getPersistence().findByCompanyId(companyId, start, end);
	}

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
	public static List<RightsRule> findByCompanyId(
		long companyId, int start, int end,
		OrderByComparator<RightsRule> orderByComparator) {

		return getPersistence().findByCompanyId(
			companyId, start, end, orderByComparator);
	}

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
	public static List<RightsRule> findByCompanyId(
		long companyId, int start, int end,
		OrderByComparator<RightsRule> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByCompanyId(
			companyId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first rights rule in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching rights rule
	 * @throws NoSuchRightsRuleException if a matching rights rule could not be found
	 */
	public static RightsRule findByCompanyId_First(
			long companyId, OrderByComparator<RightsRule> orderByComparator)
		throws org.preau.liferay.exception.NoSuchRightsRuleException {

		return getPersistence().findByCompanyId_First(
			companyId, orderByComparator);
	}

	/**
	 * Returns the first rights rule in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching rights rule, or <code>null</code> if a matching rights rule could not be found
	 */
	public static RightsRule fetchByCompanyId_First(
		long companyId, OrderByComparator<RightsRule> orderByComparator) {

		return getPersistence().fetchByCompanyId_First(
			companyId, orderByComparator);
	}

	/**
	 * Returns the last rights rule in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching rights rule
	 * @throws NoSuchRightsRuleException if a matching rights rule could not be found
	 */
	public static RightsRule findByCompanyId_Last(
			long companyId, OrderByComparator<RightsRule> orderByComparator)
		throws org.preau.liferay.exception.NoSuchRightsRuleException {

		return getPersistence().findByCompanyId_Last(
			companyId, orderByComparator);
	}

	/**
	 * Returns the last rights rule in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching rights rule, or <code>null</code> if a matching rights rule could not be found
	 */
	public static RightsRule fetchByCompanyId_Last(
		long companyId, OrderByComparator<RightsRule> orderByComparator) {

		return getPersistence().fetchByCompanyId_Last(
			companyId, orderByComparator);
	}

	/**
	 * Returns the rights rules before and after the current rights rule in the ordered set where companyId = &#63;.
	 *
	 * @param rightsRuleId the primary key of the current rights rule
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next rights rule
	 * @throws NoSuchRightsRuleException if a rights rule with the primary key could not be found
	 */
	public static RightsRule[] findByCompanyId_PrevAndNext(
			long rightsRuleId, long companyId,
			OrderByComparator<RightsRule> orderByComparator)
		throws org.preau.liferay.exception.NoSuchRightsRuleException {

		return getPersistence().findByCompanyId_PrevAndNext(
			rightsRuleId, companyId, orderByComparator);
	}

	/**
	 * Removes all the rights rules where companyId = &#63; from the database.
	 *
	 * @param companyId the company ID
	 */
	public static void removeByCompanyId(long companyId) {
		getPersistence().removeByCompanyId(companyId);
	}

	/**
	 * Returns the number of rights rules where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @return the number of matching rights rules
	 */
	public static int countByCompanyId(long companyId) {
		return getPersistence().countByCompanyId(companyId);
	}

	/**
	 * Caches the rights rule in the entity cache if it is enabled.
	 *
	 * @param rightsRule the rights rule
	 */
	public static void cacheResult(RightsRule rightsRule) {
		getPersistence().cacheResult(rightsRule);
	}

	/**
	 * Caches the rights rules in the entity cache if it is enabled.
	 *
	 * @param rightsRules the rights rules
	 */
	public static void cacheResult(List<RightsRule> rightsRules) {
		getPersistence().cacheResult(rightsRules);
	}

	/**
	 * Creates a new rights rule with the primary key. Does not add the rights rule to the database.
	 *
	 * @param rightsRuleId the primary key for the new rights rule
	 * @return the new rights rule
	 */
	public static RightsRule create(long rightsRuleId) {
		return getPersistence().create(rightsRuleId);
	}

	/**
	 * Removes the rights rule with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param rightsRuleId the primary key of the rights rule
	 * @return the rights rule that was removed
	 * @throws NoSuchRightsRuleException if a rights rule with the primary key could not be found
	 */
	public static RightsRule remove(long rightsRuleId)
		throws org.preau.liferay.exception.NoSuchRightsRuleException {

		return getPersistence().remove(rightsRuleId);
	}

	public static RightsRule updateImpl(RightsRule rightsRule) {
		return getPersistence().updateImpl(rightsRule);
	}

	/**
	 * Returns the rights rule with the primary key or throws a <code>NoSuchRightsRuleException</code> if it could not be found.
	 *
	 * @param rightsRuleId the primary key of the rights rule
	 * @return the rights rule
	 * @throws NoSuchRightsRuleException if a rights rule with the primary key could not be found
	 */
	public static RightsRule findByPrimaryKey(long rightsRuleId)
		throws org.preau.liferay.exception.NoSuchRightsRuleException {

		return getPersistence().findByPrimaryKey(rightsRuleId);
	}

	/**
	 * Returns the rights rule with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param rightsRuleId the primary key of the rights rule
	 * @return the rights rule, or <code>null</code> if a rights rule with the primary key could not be found
	 */
	public static RightsRule fetchByPrimaryKey(long rightsRuleId) {
		return getPersistence().fetchByPrimaryKey(rightsRuleId);
	}

	/**
	 * Returns all the rights rules.
	 *
	 * @return the rights rules
	 */
	public static List<RightsRule> findAll() {
		return getPersistence().findAll();
	}

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
	public static List<RightsRule> findAll(int start, int end) {
		return getPersistence().findAll(start, end);
	}

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
	public static List<RightsRule> findAll(
		int start, int end, OrderByComparator<RightsRule> orderByComparator) {

		return getPersistence().findAll(start, end, orderByComparator);
	}

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
	public static List<RightsRule> findAll(
		int start, int end, OrderByComparator<RightsRule> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findAll(
			start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Removes all the rights rules from the database.
	 */
	public static void removeAll() {
		getPersistence().removeAll();
	}

	/**
	 * Returns the number of rights rules.
	 *
	 * @return the number of rights rules
	 */
	public static int countAll() {
		return getPersistence().countAll();
	}

	public static RightsRulePersistence getPersistence() {
		return _persistence;
	}

	public static void setPersistence(RightsRulePersistence persistence) {
		_persistence = persistence;
	}

	private static volatile RightsRulePersistence _persistence;

}