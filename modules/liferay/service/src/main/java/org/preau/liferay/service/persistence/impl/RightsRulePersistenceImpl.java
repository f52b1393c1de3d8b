/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package org.preau.liferay.service.persistence.impl;

import com.liferay.petra.string.StringBundler;
import com.liferay.portal.kernel.configuration.Configuration;
import com.liferay.portal.kernel.dao.orm.EntityCache;
import com.liferay.portal.kernel.dao.orm.FinderCache;
import com.liferay.portal.kernel.dao.orm.FinderPath;
import com.liferay.portal.kernel.dao.orm.Query;
import com.liferay.portal.kernel.dao.orm.QueryPos;
import com.liferay.portal.kernel.dao.orm.QueryUtil;
import com.liferay.portal.kernel.dao.orm.Session;
import com.liferay.portal.kernel.dao.orm.SessionFactory;
import com.liferay.portal.kernel.log.Log;
import com.liferay.portal.kernel.log.LogFactoryUtil;
import com.liferay.portal.kernel.security.auth.CompanyThreadLocal;
import com.liferay.portal.kernel.service.persistence.impl.BasePersistenceImpl;
import com.liferay.portal.kernel.util.GetterUtil;
import com.liferay.portal.kernel.util.OrderByComparator;
import com.liferay.portal.kernel.util.PropsKeys;
import com.liferay.portal.kernel.util.PropsUtil;
import com.liferay.portal.kernel.util.ProxyUtil;
import com.liferay.portal.kernel.util.SetUtil;

import java.io.Serializable;

import java.lang.reflect.InvocationHandler;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import org.preau.liferay.exception.NoSuchRightsRuleException;
import org.preau.liferay.model.RightsRule;
import org.preau.liferay.model.RightsRuleTable;
import org.preau.liferay.model.impl.RightsRuleImpl;
import org.preau.liferay.model.impl.RightsRuleModelImpl;
import org.preau.liferay.service.persistence.RightsRulePersistence;
import org.preau.liferay.service.persistence.RightsRuleUtil;
import org.preau.liferay.service.persistence.impl.constants.PreauPersistenceConstants;

/**
 * The persistence implementation for the rights rule service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Préau
 * @generated
 */
@Component(service = RightsRulePersistence.class)
public class RightsRulePersistenceImpl
	extends BasePersistenceImpl<RightsRule> implements RightsRulePersistence {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this class directly. Always use <code>RightsRuleUtil</code> to access the rights rule persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static final String FINDER_CLASS_NAME_ENTITY =
		RightsRuleImpl.class.getName();

	public static final String FINDER_CLASS_NAME_LIST_WITH_PAGINATION =
		FINDER_CLASS_NAME_ENTITY + ".List1";

	public static final String FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION =
		FINDER_CLASS_NAME_ENTITY + ".List2";

	private FinderPath _finderPathWithPaginationFindAll;
	private FinderPath _finderPathWithoutPaginationFindAll;
	private FinderPath _finderPathCountAll;
	private FinderPath _finderPathWithPaginationFindByCompanyId;
	private FinderPath _finderPathWithoutPaginationFindByCompanyId;
	private FinderPath _finderPathCountByCompanyId;

	/**
	 * Returns all the rights rules where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @return the matching rights rules
	 */
	@Override
	public List<RightsRule> findByCompanyId(long companyId) {
		return findByCompanyId(
			companyId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
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
	@Override
	public List<RightsRule> findByCompanyId(
		long companyId, int start, int end) {

		return findByCompanyId(companyId, start, end, null);
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
	@Override
	public List<RightsRule> findByCompanyId(
		long companyId, int start, int end,
		OrderByComparator<RightsRule> orderByComparator) {

		return findByCompanyId(companyId, start, end, orderByComparator, true);
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
	@Override
	public List<RightsRule> findByCompanyId(
		long companyId, int start, int end,
		OrderByComparator<RightsRule> orderByComparator,
		boolean useFinderCache) {

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath = _finderPathWithoutPaginationFindByCompanyId;
				finderArgs = new Object[] {companyId};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindByCompanyId;
			finderArgs = new Object[] {
				companyId, start, end, orderByComparator
			};
		}

		List<RightsRule> list = null;

		if (useFinderCache) {
			list = (List<RightsRule>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (RightsRule rightsRule : list) {
					if (companyId != rightsRule.getCompanyId()) {
						list = null;

						break;
					}
				}
			}
		}

		if (list == null) {
			StringBundler sb = null;

			if (orderByComparator != null) {
				sb = new StringBundler(
					3 + (orderByComparator.getOrderByFields().length * 2));
			}
			else {
				sb = new StringBundler(3);
			}

			sb.append(_SQL_SELECT_RIGHTSRULE_WHERE);

			sb.append(_FINDER_COLUMN_COMPANYID_COMPANYID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(RightsRuleModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(companyId);

				list = (List<RightsRule>)QueryUtil.list(
					query, getDialect(), start, end);

				cacheResult(list);

				if (useFinderCache) {
					finderCache.putResult(finderPath, finderArgs, list);
				}
			}
			catch (Exception exception) {
				throw processException(exception);
			}
			finally {
				closeSession(session);
			}
		}

		return list;
	}

	/**
	 * Returns the first rights rule in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching rights rule
	 * @throws NoSuchRightsRuleException if a matching rights rule could not be found
	 */
	@Override
	public RightsRule findByCompanyId_First(
			long companyId, OrderByComparator<RightsRule> orderByComparator)
		throws NoSuchRightsRuleException {

		RightsRule rightsRule = fetchByCompanyId_First(
			companyId, orderByComparator);

		if (rightsRule != null) {
			return rightsRule;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("companyId=");
		sb.append(companyId);

		sb.append("}");

		throw new NoSuchRightsRuleException(sb.toString());
	}

	/**
	 * Returns the first rights rule in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching rights rule, or <code>null</code> if a matching rights rule could not be found
	 */
	@Override
	public RightsRule fetchByCompanyId_First(
		long companyId, OrderByComparator<RightsRule> orderByComparator) {

		List<RightsRule> list = findByCompanyId(
			companyId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last rights rule in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching rights rule
	 * @throws NoSuchRightsRuleException if a matching rights rule could not be found
	 */
	@Override
	public RightsRule findByCompanyId_Last(
			long companyId, OrderByComparator<RightsRule> orderByComparator)
		throws NoSuchRightsRuleException {

		RightsRule rightsRule = fetchByCompanyId_Last(
			companyId, orderByComparator);

		if (rightsRule != null) {
			return rightsRule;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("companyId=");
		sb.append(companyId);

		sb.append("}");

		throw new NoSuchRightsRuleException(sb.toString());
	}

	/**
	 * Returns the last rights rule in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching rights rule, or <code>null</code> if a matching rights rule could not be found
	 */
	@Override
	public RightsRule fetchByCompanyId_Last(
		long companyId, OrderByComparator<RightsRule> orderByComparator) {

		int count = countByCompanyId(companyId);

		if (count == 0) {
			return null;
		}

		List<RightsRule> list = findByCompanyId(
			companyId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
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
	@Override
	public RightsRule[] findByCompanyId_PrevAndNext(
			long rightsRuleId, long companyId,
			OrderByComparator<RightsRule> orderByComparator)
		throws NoSuchRightsRuleException {

		RightsRule rightsRule = findByPrimaryKey(rightsRuleId);

		Session session = null;

		try {
			session = openSession();

			RightsRule[] array = new RightsRuleImpl[3];

			array[0] = getByCompanyId_PrevAndNext(
				session, rightsRule, companyId, orderByComparator, true);

			array[1] = rightsRule;

			array[2] = getByCompanyId_PrevAndNext(
				session, rightsRule, companyId, orderByComparator, false);

			return array;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	protected RightsRule getByCompanyId_PrevAndNext(
		Session session, RightsRule rightsRule, long companyId,
		OrderByComparator<RightsRule> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				4 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(3);
		}

		sb.append(_SQL_SELECT_RIGHTSRULE_WHERE);

		sb.append(_FINDER_COLUMN_COMPANYID_COMPANYID_2);

		if (orderByComparator != null) {
			String[] orderByConditionFields =
				orderByComparator.getOrderByConditionFields();

			if (orderByConditionFields.length > 0) {
				sb.append(WHERE_AND);
			}

			for (int i = 0; i < orderByConditionFields.length; i++) {
				sb.append(_ORDER_BY_ENTITY_ALIAS);
				sb.append(orderByConditionFields[i]);

				if ((i + 1) < orderByConditionFields.length) {
					if (orderByComparator.isAscending() ^ previous) {
						sb.append(WHERE_GREATER_THAN_HAS_NEXT);
					}
					else {
						sb.append(WHERE_LESSER_THAN_HAS_NEXT);
					}
				}
				else {
					if (orderByComparator.isAscending() ^ previous) {
						sb.append(WHERE_GREATER_THAN);
					}
					else {
						sb.append(WHERE_LESSER_THAN);
					}
				}
			}

			sb.append(ORDER_BY_CLAUSE);

			String[] orderByFields = orderByComparator.getOrderByFields();

			for (int i = 0; i < orderByFields.length; i++) {
				sb.append(_ORDER_BY_ENTITY_ALIAS);
				sb.append(orderByFields[i]);

				if ((i + 1) < orderByFields.length) {
					if (orderByComparator.isAscending() ^ previous) {
						sb.append(ORDER_BY_ASC_HAS_NEXT);
					}
					else {
						sb.append(ORDER_BY_DESC_HAS_NEXT);
					}
				}
				else {
					if (orderByComparator.isAscending() ^ previous) {
						sb.append(ORDER_BY_ASC);
					}
					else {
						sb.append(ORDER_BY_DESC);
					}
				}
			}
		}
		else {
			sb.append(RightsRuleModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(companyId);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(rightsRule)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<RightsRule> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the rights rules where companyId = &#63; from the database.
	 *
	 * @param companyId the company ID
	 */
	@Override
	public void removeByCompanyId(long companyId) {
		for (RightsRule rightsRule :
				findByCompanyId(
					companyId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null)) {

			remove(rightsRule);
		}
	}

	/**
	 * Returns the number of rights rules where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @return the number of matching rights rules
	 */
	@Override
	public int countByCompanyId(long companyId) {
		FinderPath finderPath = _finderPathCountByCompanyId;

		Object[] finderArgs = new Object[] {companyId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_RIGHTSRULE_WHERE);

			sb.append(_FINDER_COLUMN_COMPANYID_COMPANYID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(companyId);

				count = (Long)query.uniqueResult();

				finderCache.putResult(finderPath, finderArgs, count);
			}
			catch (Exception exception) {
				throw processException(exception);
			}
			finally {
				closeSession(session);
			}
		}

		return count.intValue();
	}

	private static final String _FINDER_COLUMN_COMPANYID_COMPANYID_2 =
		"rightsRule.companyId = ?";

	public RightsRulePersistenceImpl() {
		Map<String, String> dbColumnNames = new HashMap<String, String>();

		dbColumnNames.put("role", "role_");

		setDBColumnNames(dbColumnNames);

		setModelClass(RightsRule.class);

		setModelImplClass(RightsRuleImpl.class);
		setModelPKClass(long.class);

		setTable(RightsRuleTable.INSTANCE);
	}

	/**
	 * Caches the rights rule in the entity cache if it is enabled.
	 *
	 * @param rightsRule the rights rule
	 */
	@Override
	public void cacheResult(RightsRule rightsRule) {
		entityCache.putResult(
			RightsRuleImpl.class, rightsRule.getPrimaryKey(), rightsRule);
	}

	private int _valueObjectFinderCacheListThreshold;

	/**
	 * Caches the rights rules in the entity cache if it is enabled.
	 *
	 * @param rightsRules the rights rules
	 */
	@Override
	public void cacheResult(List<RightsRule> rightsRules) {
		if ((_valueObjectFinderCacheListThreshold == 0) ||
			((_valueObjectFinderCacheListThreshold > 0) &&
			 (rightsRules.size() > _valueObjectFinderCacheListThreshold))) {

			return;
		}

		for (RightsRule rightsRule : rightsRules) {
			if (entityCache.getResult(
					RightsRuleImpl.class, rightsRule.getPrimaryKey()) == null) {

				cacheResult(rightsRule);
			}
		}
	}

	/**
	 * Clears the cache for all rights rules.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache() {
		entityCache.clearCache(RightsRuleImpl.class);

		finderCache.clearCache(RightsRuleImpl.class);
	}

	/**
	 * Clears the cache for the rights rule.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache(RightsRule rightsRule) {
		entityCache.removeResult(RightsRuleImpl.class, rightsRule);
	}

	@Override
	public void clearCache(List<RightsRule> rightsRules) {
		for (RightsRule rightsRule : rightsRules) {
			entityCache.removeResult(RightsRuleImpl.class, rightsRule);
		}
	}

	@Override
	public void clearCache(Set<Serializable> primaryKeys) {
		finderCache.clearCache(RightsRuleImpl.class);

		for (Serializable primaryKey : primaryKeys) {
			entityCache.removeResult(RightsRuleImpl.class, primaryKey);
		}
	}

	/**
	 * Creates a new rights rule with the primary key. Does not add the rights rule to the database.
	 *
	 * @param rightsRuleId the primary key for the new rights rule
	 * @return the new rights rule
	 */
	@Override
	public RightsRule create(long rightsRuleId) {
		RightsRule rightsRule = new RightsRuleImpl();

		rightsRule.setNew(true);
		rightsRule.setPrimaryKey(rightsRuleId);

		rightsRule.setCompanyId(CompanyThreadLocal.getCompanyId());

		return rightsRule;
	}

	/**
	 * Removes the rights rule with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param rightsRuleId the primary key of the rights rule
	 * @return the rights rule that was removed
	 * @throws NoSuchRightsRuleException if a rights rule with the primary key could not be found
	 */
	@Override
	public RightsRule remove(long rightsRuleId)
		throws NoSuchRightsRuleException {

		return remove((Serializable)rightsRuleId);
	}

	/**
	 * Removes the rights rule with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param primaryKey the primary key of the rights rule
	 * @return the rights rule that was removed
	 * @throws NoSuchRightsRuleException if a rights rule with the primary key could not be found
	 */
	@Override
	public RightsRule remove(Serializable primaryKey)
		throws NoSuchRightsRuleException {

		Session session = null;

		try {
			session = openSession();

			RightsRule rightsRule = (RightsRule)session.get(
				RightsRuleImpl.class, primaryKey);

			if (rightsRule == null) {
				if (_log.isDebugEnabled()) {
					_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
				}

				throw new NoSuchRightsRuleException(
					_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			return remove(rightsRule);
		}
		catch (NoSuchRightsRuleException noSuchEntityException) {
			throw noSuchEntityException;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	@Override
	protected RightsRule removeImpl(RightsRule rightsRule) {
		Session session = null;

		try {
			session = openSession();

			if (!session.contains(rightsRule)) {
				rightsRule = (RightsRule)session.get(
					RightsRuleImpl.class, rightsRule.getPrimaryKeyObj());
			}

			if (rightsRule != null) {
				session.delete(rightsRule);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		if (rightsRule != null) {
			clearCache(rightsRule);
		}

		return rightsRule;
	}

	@Override
	public RightsRule updateImpl(RightsRule rightsRule) {
		boolean isNew = rightsRule.isNew();

		if (!(rightsRule instanceof RightsRuleModelImpl)) {
			InvocationHandler invocationHandler = null;

			if (ProxyUtil.isProxyClass(rightsRule.getClass())) {
				invocationHandler = ProxyUtil.getInvocationHandler(rightsRule);

				throw new IllegalArgumentException(
					"Implement ModelWrapper in rightsRule proxy " +
						invocationHandler.getClass());
			}

			throw new IllegalArgumentException(
				"Implement ModelWrapper in custom RightsRule implementation " +
					rightsRule.getClass());
		}

		RightsRuleModelImpl rightsRuleModelImpl =
			(RightsRuleModelImpl)rightsRule;

		Session session = null;

		try {
			session = openSession();

			if (isNew) {
				session.save(rightsRule);
			}
			else {
				rightsRule = (RightsRule)session.merge(rightsRule);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		entityCache.putResult(
			RightsRuleImpl.class, rightsRuleModelImpl, false, true);

		if (isNew) {
			rightsRule.setNew(false);
		}

		rightsRule.resetOriginalValues();

		return rightsRule;
	}

	/**
	 * Returns the rights rule with the primary key or throws a <code>com.liferay.portal.kernel.exception.NoSuchModelException</code> if it could not be found.
	 *
	 * @param primaryKey the primary key of the rights rule
	 * @return the rights rule
	 * @throws NoSuchRightsRuleException if a rights rule with the primary key could not be found
	 */
	@Override
	public RightsRule findByPrimaryKey(Serializable primaryKey)
		throws NoSuchRightsRuleException {

		RightsRule rightsRule = fetchByPrimaryKey(primaryKey);

		if (rightsRule == null) {
			if (_log.isDebugEnabled()) {
				_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			throw new NoSuchRightsRuleException(
				_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
		}

		return rightsRule;
	}

	/**
	 * Returns the rights rule with the primary key or throws a <code>NoSuchRightsRuleException</code> if it could not be found.
	 *
	 * @param rightsRuleId the primary key of the rights rule
	 * @return the rights rule
	 * @throws NoSuchRightsRuleException if a rights rule with the primary key could not be found
	 */
	@Override
	public RightsRule findByPrimaryKey(long rightsRuleId)
		throws NoSuchRightsRuleException {

		return findByPrimaryKey((Serializable)rightsRuleId);
	}

	/**
	 * Returns the rights rule with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param rightsRuleId the primary key of the rights rule
	 * @return the rights rule, or <code>null</code> if a rights rule with the primary key could not be found
	 */
	@Override
	public RightsRule fetchByPrimaryKey(long rightsRuleId) {
		return fetchByPrimaryKey((Serializable)rightsRuleId);
	}

	/**
	 * Returns all the rights rules.
	 *
	 * @return the rights rules
	 */
	@Override
	public List<RightsRule> findAll() {
		return findAll(QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
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
	@Override
	public List<RightsRule> findAll(int start, int end) {
		return findAll(start, end, null);
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
	@Override
	public List<RightsRule> findAll(
		int start, int end, OrderByComparator<RightsRule> orderByComparator) {

		return findAll(start, end, orderByComparator, true);
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
	@Override
	public List<RightsRule> findAll(
		int start, int end, OrderByComparator<RightsRule> orderByComparator,
		boolean useFinderCache) {

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath = _finderPathWithoutPaginationFindAll;
				finderArgs = FINDER_ARGS_EMPTY;
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindAll;
			finderArgs = new Object[] {start, end, orderByComparator};
		}

		List<RightsRule> list = null;

		if (useFinderCache) {
			list = (List<RightsRule>)finderCache.getResult(
				finderPath, finderArgs, this);
		}

		if (list == null) {
			StringBundler sb = null;
			String sql = null;

			if (orderByComparator != null) {
				sb = new StringBundler(
					2 + (orderByComparator.getOrderByFields().length * 2));

				sb.append(_SQL_SELECT_RIGHTSRULE);

				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);

				sql = sb.toString();
			}
			else {
				sql = _SQL_SELECT_RIGHTSRULE;

				sql = sql.concat(RightsRuleModelImpl.ORDER_BY_JPQL);
			}

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				list = (List<RightsRule>)QueryUtil.list(
					query, getDialect(), start, end);

				cacheResult(list);

				if (useFinderCache) {
					finderCache.putResult(finderPath, finderArgs, list);
				}
			}
			catch (Exception exception) {
				throw processException(exception);
			}
			finally {
				closeSession(session);
			}
		}

		return list;
	}

	/**
	 * Removes all the rights rules from the database.
	 *
	 */
	@Override
	public void removeAll() {
		for (RightsRule rightsRule : findAll()) {
			remove(rightsRule);
		}
	}

	/**
	 * Returns the number of rights rules.
	 *
	 * @return the number of rights rules
	 */
	@Override
	public int countAll() {
		Long count = (Long)finderCache.getResult(
			_finderPathCountAll, FINDER_ARGS_EMPTY, this);

		if (count == null) {
			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(_SQL_COUNT_RIGHTSRULE);

				count = (Long)query.uniqueResult();

				finderCache.putResult(
					_finderPathCountAll, FINDER_ARGS_EMPTY, count);
			}
			catch (Exception exception) {
				throw processException(exception);
			}
			finally {
				closeSession(session);
			}
		}

		return count.intValue();
	}

	@Override
	public Set<String> getBadColumnNames() {
		return _badColumnNames;
	}

	@Override
	protected EntityCache getEntityCache() {
		return entityCache;
	}

	@Override
	protected String getPKDBName() {
		return "rightsRuleId";
	}

	@Override
	protected String getSelectSQL() {
		return _SQL_SELECT_RIGHTSRULE;
	}

	@Override
	protected Map<String, Integer> getTableColumnsMap() {
		return RightsRuleModelImpl.TABLE_COLUMNS_MAP;
	}

	/**
	 * Initializes the rights rule persistence.
	 */
	@Activate
	public void activate() {
		_valueObjectFinderCacheListThreshold = GetterUtil.getInteger(
			PropsUtil.get(PropsKeys.VALUE_OBJECT_FINDER_CACHE_LIST_THRESHOLD));

		_finderPathWithPaginationFindAll = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findAll", new String[0],
			new String[0], true);

		_finderPathWithoutPaginationFindAll = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "findAll", new String[0],
			new String[0], true);

		_finderPathCountAll = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countAll",
			new String[0], new String[0], false);

		_finderPathWithPaginationFindByCompanyId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findByCompanyId",
			new String[] {
				Long.class.getName(), Integer.class.getName(),
				Integer.class.getName(), OrderByComparator.class.getName()
			},
			new String[] {"companyId"}, true);

		_finderPathWithoutPaginationFindByCompanyId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "findByCompanyId",
			new String[] {Long.class.getName()}, new String[] {"companyId"},
			true);

		_finderPathCountByCompanyId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByCompanyId",
			new String[] {Long.class.getName()}, new String[] {"companyId"},
			false);

		RightsRuleUtil.setPersistence(this);
	}

	@Deactivate
	public void deactivate() {
		RightsRuleUtil.setPersistence(null);

		entityCache.removeCache(RightsRuleImpl.class.getName());
	}

	@Override
	@Reference(
		target = PreauPersistenceConstants.SERVICE_CONFIGURATION_FILTER,
		unbind = "-"
	)
	public void setConfiguration(Configuration configuration) {
	}

	@Override
	@Reference(
		target = PreauPersistenceConstants.ORIGIN_BUNDLE_SYMBOLIC_NAME_FILTER,
		unbind = "-"
	)
	public void setDataSource(DataSource dataSource) {
		super.setDataSource(dataSource);
	}

	@Override
	@Reference(
		target = PreauPersistenceConstants.ORIGIN_BUNDLE_SYMBOLIC_NAME_FILTER,
		unbind = "-"
	)
	public void setSessionFactory(SessionFactory sessionFactory) {
		super.setSessionFactory(sessionFactory);
	}

	@Reference
	protected EntityCache entityCache;

	@Reference
	protected FinderCache finderCache;

	private static final String _SQL_SELECT_RIGHTSRULE =
		"SELECT rightsRule FROM RightsRule rightsRule";

	private static final String _SQL_SELECT_RIGHTSRULE_WHERE =
		"SELECT rightsRule FROM RightsRule rightsRule WHERE ";

	private static final String _SQL_COUNT_RIGHTSRULE =
		"SELECT COUNT(rightsRule) FROM RightsRule rightsRule";

	private static final String _SQL_COUNT_RIGHTSRULE_WHERE =
		"SELECT COUNT(rightsRule) FROM RightsRule rightsRule WHERE ";

	private static final String _ORDER_BY_ENTITY_ALIAS = "rightsRule.";

	private static final String _NO_SUCH_ENTITY_WITH_PRIMARY_KEY =
		"No RightsRule exists with the primary key ";

	private static final String _NO_SUCH_ENTITY_WITH_KEY =
		"No RightsRule exists with the key {";

	private static final Log _log = LogFactoryUtil.getLog(
		RightsRulePersistenceImpl.class);

	private static final Set<String> _badColumnNames = SetUtil.fromArray(
		new String[] {"role"});

	@Override
	protected FinderCache getFinderCache() {
		return finderCache;
	}

}