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

import org.preau.liferay.exception.NoSuchMessagingRuleException;
import org.preau.liferay.model.MessagingRule;
import org.preau.liferay.model.MessagingRuleTable;
import org.preau.liferay.model.impl.MessagingRuleImpl;
import org.preau.liferay.model.impl.MessagingRuleModelImpl;
import org.preau.liferay.service.persistence.MessagingRulePersistence;
import org.preau.liferay.service.persistence.MessagingRuleUtil;
import org.preau.liferay.service.persistence.impl.constants.PreauPersistenceConstants;

/**
 * The persistence implementation for the messaging rule service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Préau
 * @generated
 */
@Component(service = MessagingRulePersistence.class)
public class MessagingRulePersistenceImpl
	extends BasePersistenceImpl<MessagingRule>
	implements MessagingRulePersistence {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this class directly. Always use <code>MessagingRuleUtil</code> to access the messaging rule persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static final String FINDER_CLASS_NAME_ENTITY =
		MessagingRuleImpl.class.getName();

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
	 * Returns all the messaging rules where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @return the matching messaging rules
	 */
	@Override
	public List<MessagingRule> findByCompanyId(long companyId) {
		return findByCompanyId(
			companyId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
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
	@Override
	public List<MessagingRule> findByCompanyId(
		long companyId, int start, int end) {

		return findByCompanyId(companyId, start, end, null);
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
	@Override
	public List<MessagingRule> findByCompanyId(
		long companyId, int start, int end,
		OrderByComparator<MessagingRule> orderByComparator) {

		return findByCompanyId(companyId, start, end, orderByComparator, true);
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
	@Override
	public List<MessagingRule> findByCompanyId(
		long companyId, int start, int end,
		OrderByComparator<MessagingRule> orderByComparator,
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

		List<MessagingRule> list = null;

		if (useFinderCache) {
			list = (List<MessagingRule>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (MessagingRule messagingRule : list) {
					if (companyId != messagingRule.getCompanyId()) {
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

			sb.append(_SQL_SELECT_MESSAGINGRULE_WHERE);

			sb.append(_FINDER_COLUMN_COMPANYID_COMPANYID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(MessagingRuleModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(companyId);

				list = (List<MessagingRule>)QueryUtil.list(
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
	 * Returns the first messaging rule in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching messaging rule
	 * @throws NoSuchMessagingRuleException if a matching messaging rule could not be found
	 */
	@Override
	public MessagingRule findByCompanyId_First(
			long companyId, OrderByComparator<MessagingRule> orderByComparator)
		throws NoSuchMessagingRuleException {

		MessagingRule messagingRule = fetchByCompanyId_First(
			companyId, orderByComparator);

		if (messagingRule != null) {
			return messagingRule;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("companyId=");
		sb.append(companyId);

		sb.append("}");

		throw new NoSuchMessagingRuleException(sb.toString());
	}

	/**
	 * Returns the first messaging rule in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching messaging rule, or <code>null</code> if a matching messaging rule could not be found
	 */
	@Override
	public MessagingRule fetchByCompanyId_First(
		long companyId, OrderByComparator<MessagingRule> orderByComparator) {

		List<MessagingRule> list = findByCompanyId(
			companyId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last messaging rule in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching messaging rule
	 * @throws NoSuchMessagingRuleException if a matching messaging rule could not be found
	 */
	@Override
	public MessagingRule findByCompanyId_Last(
			long companyId, OrderByComparator<MessagingRule> orderByComparator)
		throws NoSuchMessagingRuleException {

		MessagingRule messagingRule = fetchByCompanyId_Last(
			companyId, orderByComparator);

		if (messagingRule != null) {
			return messagingRule;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("companyId=");
		sb.append(companyId);

		sb.append("}");

		throw new NoSuchMessagingRuleException(sb.toString());
	}

	/**
	 * Returns the last messaging rule in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching messaging rule, or <code>null</code> if a matching messaging rule could not be found
	 */
	@Override
	public MessagingRule fetchByCompanyId_Last(
		long companyId, OrderByComparator<MessagingRule> orderByComparator) {

		int count = countByCompanyId(companyId);

		if (count == 0) {
			return null;
		}

		List<MessagingRule> list = findByCompanyId(
			companyId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
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
	@Override
	public MessagingRule[] findByCompanyId_PrevAndNext(
			long messagingRuleId, long companyId,
			OrderByComparator<MessagingRule> orderByComparator)
		throws NoSuchMessagingRuleException {

		MessagingRule messagingRule = findByPrimaryKey(messagingRuleId);

		Session session = null;

		try {
			session = openSession();

			MessagingRule[] array = new MessagingRuleImpl[3];

			array[0] = getByCompanyId_PrevAndNext(
				session, messagingRule, companyId, orderByComparator, true);

			array[1] = messagingRule;

			array[2] = getByCompanyId_PrevAndNext(
				session, messagingRule, companyId, orderByComparator, false);

			return array;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	protected MessagingRule getByCompanyId_PrevAndNext(
		Session session, MessagingRule messagingRule, long companyId,
		OrderByComparator<MessagingRule> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				4 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(3);
		}

		sb.append(_SQL_SELECT_MESSAGINGRULE_WHERE);

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
			sb.append(MessagingRuleModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(companyId);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(
						messagingRule)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<MessagingRule> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the messaging rules where companyId = &#63; from the database.
	 *
	 * @param companyId the company ID
	 */
	@Override
	public void removeByCompanyId(long companyId) {
		for (MessagingRule messagingRule :
				findByCompanyId(
					companyId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null)) {

			remove(messagingRule);
		}
	}

	/**
	 * Returns the number of messaging rules where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @return the number of matching messaging rules
	 */
	@Override
	public int countByCompanyId(long companyId) {
		FinderPath finderPath = _finderPathCountByCompanyId;

		Object[] finderArgs = new Object[] {companyId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_MESSAGINGRULE_WHERE);

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
		"messagingRule.companyId = ?";

	public MessagingRulePersistenceImpl() {
		Map<String, String> dbColumnNames = new HashMap<String, String>();

		dbColumnNames.put("code", "code_");

		setDBColumnNames(dbColumnNames);

		setModelClass(MessagingRule.class);

		setModelImplClass(MessagingRuleImpl.class);
		setModelPKClass(long.class);

		setTable(MessagingRuleTable.INSTANCE);
	}

	/**
	 * Caches the messaging rule in the entity cache if it is enabled.
	 *
	 * @param messagingRule the messaging rule
	 */
	@Override
	public void cacheResult(MessagingRule messagingRule) {
		entityCache.putResult(
			MessagingRuleImpl.class, messagingRule.getPrimaryKey(),
			messagingRule);
	}

	private int _valueObjectFinderCacheListThreshold;

	/**
	 * Caches the messaging rules in the entity cache if it is enabled.
	 *
	 * @param messagingRules the messaging rules
	 */
	@Override
	public void cacheResult(List<MessagingRule> messagingRules) {
		if ((_valueObjectFinderCacheListThreshold == 0) ||
			((_valueObjectFinderCacheListThreshold > 0) &&
			 (messagingRules.size() > _valueObjectFinderCacheListThreshold))) {

			return;
		}

		for (MessagingRule messagingRule : messagingRules) {
			if (entityCache.getResult(
					MessagingRuleImpl.class, messagingRule.getPrimaryKey()) ==
						null) {

				cacheResult(messagingRule);
			}
		}
	}

	/**
	 * Clears the cache for all messaging rules.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache() {
		entityCache.clearCache(MessagingRuleImpl.class);

		finderCache.clearCache(MessagingRuleImpl.class);
	}

	/**
	 * Clears the cache for the messaging rule.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache(MessagingRule messagingRule) {
		entityCache.removeResult(MessagingRuleImpl.class, messagingRule);
	}

	@Override
	public void clearCache(List<MessagingRule> messagingRules) {
		for (MessagingRule messagingRule : messagingRules) {
			entityCache.removeResult(MessagingRuleImpl.class, messagingRule);
		}
	}

	@Override
	public void clearCache(Set<Serializable> primaryKeys) {
		finderCache.clearCache(MessagingRuleImpl.class);

		for (Serializable primaryKey : primaryKeys) {
			entityCache.removeResult(MessagingRuleImpl.class, primaryKey);
		}
	}

	/**
	 * Creates a new messaging rule with the primary key. Does not add the messaging rule to the database.
	 *
	 * @param messagingRuleId the primary key for the new messaging rule
	 * @return the new messaging rule
	 */
	@Override
	public MessagingRule create(long messagingRuleId) {
		MessagingRule messagingRule = new MessagingRuleImpl();

		messagingRule.setNew(true);
		messagingRule.setPrimaryKey(messagingRuleId);

		messagingRule.setCompanyId(CompanyThreadLocal.getCompanyId());

		return messagingRule;
	}

	/**
	 * Removes the messaging rule with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param messagingRuleId the primary key of the messaging rule
	 * @return the messaging rule that was removed
	 * @throws NoSuchMessagingRuleException if a messaging rule with the primary key could not be found
	 */
	@Override
	public MessagingRule remove(long messagingRuleId)
		throws NoSuchMessagingRuleException {

		return remove((Serializable)messagingRuleId);
	}

	/**
	 * Removes the messaging rule with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param primaryKey the primary key of the messaging rule
	 * @return the messaging rule that was removed
	 * @throws NoSuchMessagingRuleException if a messaging rule with the primary key could not be found
	 */
	@Override
	public MessagingRule remove(Serializable primaryKey)
		throws NoSuchMessagingRuleException {

		Session session = null;

		try {
			session = openSession();

			MessagingRule messagingRule = (MessagingRule)session.get(
				MessagingRuleImpl.class, primaryKey);

			if (messagingRule == null) {
				if (_log.isDebugEnabled()) {
					_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
				}

				throw new NoSuchMessagingRuleException(
					_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			return remove(messagingRule);
		}
		catch (NoSuchMessagingRuleException noSuchEntityException) {
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
	protected MessagingRule removeImpl(MessagingRule messagingRule) {
		Session session = null;

		try {
			session = openSession();

			if (!session.contains(messagingRule)) {
				messagingRule = (MessagingRule)session.get(
					MessagingRuleImpl.class, messagingRule.getPrimaryKeyObj());
			}

			if (messagingRule != null) {
				session.delete(messagingRule);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		if (messagingRule != null) {
			clearCache(messagingRule);
		}

		return messagingRule;
	}

	@Override
	public MessagingRule updateImpl(MessagingRule messagingRule) {
		boolean isNew = messagingRule.isNew();

		if (!(messagingRule instanceof MessagingRuleModelImpl)) {
			InvocationHandler invocationHandler = null;

			if (ProxyUtil.isProxyClass(messagingRule.getClass())) {
				invocationHandler = ProxyUtil.getInvocationHandler(
					messagingRule);

				throw new IllegalArgumentException(
					"Implement ModelWrapper in messagingRule proxy " +
						invocationHandler.getClass());
			}

			throw new IllegalArgumentException(
				"Implement ModelWrapper in custom MessagingRule implementation " +
					messagingRule.getClass());
		}

		MessagingRuleModelImpl messagingRuleModelImpl =
			(MessagingRuleModelImpl)messagingRule;

		Session session = null;

		try {
			session = openSession();

			if (isNew) {
				session.save(messagingRule);
			}
			else {
				messagingRule = (MessagingRule)session.merge(messagingRule);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		entityCache.putResult(
			MessagingRuleImpl.class, messagingRuleModelImpl, false, true);

		if (isNew) {
			messagingRule.setNew(false);
		}

		messagingRule.resetOriginalValues();

		return messagingRule;
	}

	/**
	 * Returns the messaging rule with the primary key or throws a <code>com.liferay.portal.kernel.exception.NoSuchModelException</code> if it could not be found.
	 *
	 * @param primaryKey the primary key of the messaging rule
	 * @return the messaging rule
	 * @throws NoSuchMessagingRuleException if a messaging rule with the primary key could not be found
	 */
	@Override
	public MessagingRule findByPrimaryKey(Serializable primaryKey)
		throws NoSuchMessagingRuleException {

		MessagingRule messagingRule = fetchByPrimaryKey(primaryKey);

		if (messagingRule == null) {
			if (_log.isDebugEnabled()) {
				_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			throw new NoSuchMessagingRuleException(
				_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
		}

		return messagingRule;
	}

	/**
	 * Returns the messaging rule with the primary key or throws a <code>NoSuchMessagingRuleException</code> if it could not be found.
	 *
	 * @param messagingRuleId the primary key of the messaging rule
	 * @return the messaging rule
	 * @throws NoSuchMessagingRuleException if a messaging rule with the primary key could not be found
	 */
	@Override
	public MessagingRule findByPrimaryKey(long messagingRuleId)
		throws NoSuchMessagingRuleException {

		return findByPrimaryKey((Serializable)messagingRuleId);
	}

	/**
	 * Returns the messaging rule with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param messagingRuleId the primary key of the messaging rule
	 * @return the messaging rule, or <code>null</code> if a messaging rule with the primary key could not be found
	 */
	@Override
	public MessagingRule fetchByPrimaryKey(long messagingRuleId) {
		return fetchByPrimaryKey((Serializable)messagingRuleId);
	}

	/**
	 * Returns all the messaging rules.
	 *
	 * @return the messaging rules
	 */
	@Override
	public List<MessagingRule> findAll() {
		return findAll(QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
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
	@Override
	public List<MessagingRule> findAll(int start, int end) {
		return findAll(start, end, null);
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
	@Override
	public List<MessagingRule> findAll(
		int start, int end,
		OrderByComparator<MessagingRule> orderByComparator) {

		return findAll(start, end, orderByComparator, true);
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
	@Override
	public List<MessagingRule> findAll(
		int start, int end, OrderByComparator<MessagingRule> orderByComparator,
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

		List<MessagingRule> list = null;

		if (useFinderCache) {
			list = (List<MessagingRule>)finderCache.getResult(
				finderPath, finderArgs, this);
		}

		if (list == null) {
			StringBundler sb = null;
			String sql = null;

			if (orderByComparator != null) {
				sb = new StringBundler(
					2 + (orderByComparator.getOrderByFields().length * 2));

				sb.append(_SQL_SELECT_MESSAGINGRULE);

				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);

				sql = sb.toString();
			}
			else {
				sql = _SQL_SELECT_MESSAGINGRULE;

				sql = sql.concat(MessagingRuleModelImpl.ORDER_BY_JPQL);
			}

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				list = (List<MessagingRule>)QueryUtil.list(
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
	 * Removes all the messaging rules from the database.
	 *
	 */
	@Override
	public void removeAll() {
		for (MessagingRule messagingRule : findAll()) {
			remove(messagingRule);
		}
	}

	/**
	 * Returns the number of messaging rules.
	 *
	 * @return the number of messaging rules
	 */
	@Override
	public int countAll() {
		Long count = (Long)finderCache.getResult(
			_finderPathCountAll, FINDER_ARGS_EMPTY, this);

		if (count == null) {
			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(_SQL_COUNT_MESSAGINGRULE);

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
		return "messagingRuleId";
	}

	@Override
	protected String getSelectSQL() {
		return _SQL_SELECT_MESSAGINGRULE;
	}

	@Override
	protected Map<String, Integer> getTableColumnsMap() {
		return MessagingRuleModelImpl.TABLE_COLUMNS_MAP;
	}

	/**
	 * Initializes the messaging rule persistence.
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

		MessagingRuleUtil.setPersistence(this);
	}

	@Deactivate
	public void deactivate() {
		MessagingRuleUtil.setPersistence(null);

		entityCache.removeCache(MessagingRuleImpl.class.getName());
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

	private static final String _SQL_SELECT_MESSAGINGRULE =
		"SELECT messagingRule FROM MessagingRule messagingRule";

	private static final String _SQL_SELECT_MESSAGINGRULE_WHERE =
		"SELECT messagingRule FROM MessagingRule messagingRule WHERE ";

	private static final String _SQL_COUNT_MESSAGINGRULE =
		"SELECT COUNT(messagingRule) FROM MessagingRule messagingRule";

	private static final String _SQL_COUNT_MESSAGINGRULE_WHERE =
		"SELECT COUNT(messagingRule) FROM MessagingRule messagingRule WHERE ";

	private static final String _ORDER_BY_ENTITY_ALIAS = "messagingRule.";

	private static final String _NO_SUCH_ENTITY_WITH_PRIMARY_KEY =
		"No MessagingRule exists with the primary key ";

	private static final String _NO_SUCH_ENTITY_WITH_KEY =
		"No MessagingRule exists with the key {";

	private static final Log _log = LogFactoryUtil.getLog(
		MessagingRulePersistenceImpl.class);

	private static final Set<String> _badColumnNames = SetUtil.fromArray(
		new String[] {"code"});

	@Override
	protected FinderCache getFinderCache() {
		return finderCache;
	}

}