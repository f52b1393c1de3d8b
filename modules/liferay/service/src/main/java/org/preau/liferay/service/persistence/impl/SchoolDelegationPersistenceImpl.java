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
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.service.ServiceContextThreadLocal;
import com.liferay.portal.kernel.service.persistence.impl.BasePersistenceImpl;
import com.liferay.portal.kernel.util.GetterUtil;
import com.liferay.portal.kernel.util.OrderByComparator;
import com.liferay.portal.kernel.util.PropsKeys;
import com.liferay.portal.kernel.util.PropsUtil;
import com.liferay.portal.kernel.util.ProxyUtil;

import java.io.Serializable;

import java.lang.reflect.InvocationHandler;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import org.preau.liferay.exception.NoSuchSchoolDelegationException;
import org.preau.liferay.model.SchoolDelegation;
import org.preau.liferay.model.SchoolDelegationTable;
import org.preau.liferay.model.impl.SchoolDelegationImpl;
import org.preau.liferay.model.impl.SchoolDelegationModelImpl;
import org.preau.liferay.service.persistence.SchoolDelegationPersistence;
import org.preau.liferay.service.persistence.SchoolDelegationUtil;
import org.preau.liferay.service.persistence.impl.constants.PreauPersistenceConstants;

/**
 * The persistence implementation for the school delegation service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Préau
 * @generated
 */
@Component(service = SchoolDelegationPersistence.class)
public class SchoolDelegationPersistenceImpl
	extends BasePersistenceImpl<SchoolDelegation>
	implements SchoolDelegationPersistence {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this class directly. Always use <code>SchoolDelegationUtil</code> to access the school delegation persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static final String FINDER_CLASS_NAME_ENTITY =
		SchoolDelegationImpl.class.getName();

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
	 * Returns all the school delegations where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @return the matching school delegations
	 */
	@Override
	public List<SchoolDelegation> findByCompanyId(long companyId) {
		return findByCompanyId(
			companyId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

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
	@Override
	public List<SchoolDelegation> findByCompanyId(
		long companyId, int start, int end) {

		return findByCompanyId(companyId, start, end, null);
	}

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
	@Override
	public List<SchoolDelegation> findByCompanyId(
		long companyId, int start, int end,
		OrderByComparator<SchoolDelegation> orderByComparator) {

		return findByCompanyId(companyId, start, end, orderByComparator, true);
	}

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
	@Override
	public List<SchoolDelegation> findByCompanyId(
		long companyId, int start, int end,
		OrderByComparator<SchoolDelegation> orderByComparator,
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

		List<SchoolDelegation> list = null;

		if (useFinderCache) {
			list = (List<SchoolDelegation>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (SchoolDelegation schoolDelegation : list) {
					if (companyId != schoolDelegation.getCompanyId()) {
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

			sb.append(_SQL_SELECT_SCHOOLDELEGATION_WHERE);

			sb.append(_FINDER_COLUMN_COMPANYID_COMPANYID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(SchoolDelegationModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(companyId);

				list = (List<SchoolDelegation>)QueryUtil.list(
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
	 * Returns the first school delegation in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching school delegation
	 * @throws NoSuchSchoolDelegationException if a matching school delegation could not be found
	 */
	@Override
	public SchoolDelegation findByCompanyId_First(
			long companyId,
			OrderByComparator<SchoolDelegation> orderByComparator)
		throws NoSuchSchoolDelegationException {

		SchoolDelegation schoolDelegation = fetchByCompanyId_First(
			companyId, orderByComparator);

		if (schoolDelegation != null) {
			return schoolDelegation;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("companyId=");
		sb.append(companyId);

		sb.append("}");

		throw new NoSuchSchoolDelegationException(sb.toString());
	}

	/**
	 * Returns the first school delegation in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching school delegation, or <code>null</code> if a matching school delegation could not be found
	 */
	@Override
	public SchoolDelegation fetchByCompanyId_First(
		long companyId, OrderByComparator<SchoolDelegation> orderByComparator) {

		List<SchoolDelegation> list = findByCompanyId(
			companyId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last school delegation in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching school delegation
	 * @throws NoSuchSchoolDelegationException if a matching school delegation could not be found
	 */
	@Override
	public SchoolDelegation findByCompanyId_Last(
			long companyId,
			OrderByComparator<SchoolDelegation> orderByComparator)
		throws NoSuchSchoolDelegationException {

		SchoolDelegation schoolDelegation = fetchByCompanyId_Last(
			companyId, orderByComparator);

		if (schoolDelegation != null) {
			return schoolDelegation;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("companyId=");
		sb.append(companyId);

		sb.append("}");

		throw new NoSuchSchoolDelegationException(sb.toString());
	}

	/**
	 * Returns the last school delegation in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching school delegation, or <code>null</code> if a matching school delegation could not be found
	 */
	@Override
	public SchoolDelegation fetchByCompanyId_Last(
		long companyId, OrderByComparator<SchoolDelegation> orderByComparator) {

		int count = countByCompanyId(companyId);

		if (count == 0) {
			return null;
		}

		List<SchoolDelegation> list = findByCompanyId(
			companyId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the school delegations before and after the current school delegation in the ordered set where companyId = &#63;.
	 *
	 * @param schoolDelegationId the primary key of the current school delegation
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next school delegation
	 * @throws NoSuchSchoolDelegationException if a school delegation with the primary key could not be found
	 */
	@Override
	public SchoolDelegation[] findByCompanyId_PrevAndNext(
			long schoolDelegationId, long companyId,
			OrderByComparator<SchoolDelegation> orderByComparator)
		throws NoSuchSchoolDelegationException {

		SchoolDelegation schoolDelegation = findByPrimaryKey(
			schoolDelegationId);

		Session session = null;

		try {
			session = openSession();

			SchoolDelegation[] array = new SchoolDelegationImpl[3];

			array[0] = getByCompanyId_PrevAndNext(
				session, schoolDelegation, companyId, orderByComparator, true);

			array[1] = schoolDelegation;

			array[2] = getByCompanyId_PrevAndNext(
				session, schoolDelegation, companyId, orderByComparator, false);

			return array;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	protected SchoolDelegation getByCompanyId_PrevAndNext(
		Session session, SchoolDelegation schoolDelegation, long companyId,
		OrderByComparator<SchoolDelegation> orderByComparator,
		boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				4 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(3);
		}

		sb.append(_SQL_SELECT_SCHOOLDELEGATION_WHERE);

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
			sb.append(SchoolDelegationModelImpl.ORDER_BY_JPQL);
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
						schoolDelegation)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<SchoolDelegation> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the school delegations where companyId = &#63; from the database.
	 *
	 * @param companyId the company ID
	 */
	@Override
	public void removeByCompanyId(long companyId) {
		for (SchoolDelegation schoolDelegation :
				findByCompanyId(
					companyId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null)) {

			remove(schoolDelegation);
		}
	}

	/**
	 * Returns the number of school delegations where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @return the number of matching school delegations
	 */
	@Override
	public int countByCompanyId(long companyId) {
		FinderPath finderPath = _finderPathCountByCompanyId;

		Object[] finderArgs = new Object[] {companyId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_SCHOOLDELEGATION_WHERE);

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
		"schoolDelegation.companyId = ?";

	public SchoolDelegationPersistenceImpl() {
		setModelClass(SchoolDelegation.class);

		setModelImplClass(SchoolDelegationImpl.class);
		setModelPKClass(long.class);

		setTable(SchoolDelegationTable.INSTANCE);
	}

	/**
	 * Caches the school delegation in the entity cache if it is enabled.
	 *
	 * @param schoolDelegation the school delegation
	 */
	@Override
	public void cacheResult(SchoolDelegation schoolDelegation) {
		entityCache.putResult(
			SchoolDelegationImpl.class, schoolDelegation.getPrimaryKey(),
			schoolDelegation);
	}

	private int _valueObjectFinderCacheListThreshold;

	/**
	 * Caches the school delegations in the entity cache if it is enabled.
	 *
	 * @param schoolDelegations the school delegations
	 */
	@Override
	public void cacheResult(List<SchoolDelegation> schoolDelegations) {
		if ((_valueObjectFinderCacheListThreshold == 0) ||
			((_valueObjectFinderCacheListThreshold > 0) &&
			 (schoolDelegations.size() >
				 _valueObjectFinderCacheListThreshold))) {

			return;
		}

		for (SchoolDelegation schoolDelegation : schoolDelegations) {
			if (entityCache.getResult(
					SchoolDelegationImpl.class,
					schoolDelegation.getPrimaryKey()) == null) {

				cacheResult(schoolDelegation);
			}
		}
	}

	/**
	 * Clears the cache for all school delegations.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache() {
		entityCache.clearCache(SchoolDelegationImpl.class);

		finderCache.clearCache(SchoolDelegationImpl.class);
	}

	/**
	 * Clears the cache for the school delegation.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache(SchoolDelegation schoolDelegation) {
		entityCache.removeResult(SchoolDelegationImpl.class, schoolDelegation);
	}

	@Override
	public void clearCache(List<SchoolDelegation> schoolDelegations) {
		for (SchoolDelegation schoolDelegation : schoolDelegations) {
			entityCache.removeResult(
				SchoolDelegationImpl.class, schoolDelegation);
		}
	}

	@Override
	public void clearCache(Set<Serializable> primaryKeys) {
		finderCache.clearCache(SchoolDelegationImpl.class);

		for (Serializable primaryKey : primaryKeys) {
			entityCache.removeResult(SchoolDelegationImpl.class, primaryKey);
		}
	}

	/**
	 * Creates a new school delegation with the primary key. Does not add the school delegation to the database.
	 *
	 * @param schoolDelegationId the primary key for the new school delegation
	 * @return the new school delegation
	 */
	@Override
	public SchoolDelegation create(long schoolDelegationId) {
		SchoolDelegation schoolDelegation = new SchoolDelegationImpl();

		schoolDelegation.setNew(true);
		schoolDelegation.setPrimaryKey(schoolDelegationId);

		schoolDelegation.setCompanyId(CompanyThreadLocal.getCompanyId());

		return schoolDelegation;
	}

	/**
	 * Removes the school delegation with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param schoolDelegationId the primary key of the school delegation
	 * @return the school delegation that was removed
	 * @throws NoSuchSchoolDelegationException if a school delegation with the primary key could not be found
	 */
	@Override
	public SchoolDelegation remove(long schoolDelegationId)
		throws NoSuchSchoolDelegationException {

		return remove((Serializable)schoolDelegationId);
	}

	/**
	 * Removes the school delegation with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param primaryKey the primary key of the school delegation
	 * @return the school delegation that was removed
	 * @throws NoSuchSchoolDelegationException if a school delegation with the primary key could not be found
	 */
	@Override
	public SchoolDelegation remove(Serializable primaryKey)
		throws NoSuchSchoolDelegationException {

		Session session = null;

		try {
			session = openSession();

			SchoolDelegation schoolDelegation = (SchoolDelegation)session.get(
				SchoolDelegationImpl.class, primaryKey);

			if (schoolDelegation == null) {
				if (_log.isDebugEnabled()) {
					_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
				}

				throw new NoSuchSchoolDelegationException(
					_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			return remove(schoolDelegation);
		}
		catch (NoSuchSchoolDelegationException noSuchEntityException) {
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
	protected SchoolDelegation removeImpl(SchoolDelegation schoolDelegation) {
		Session session = null;

		try {
			session = openSession();

			if (!session.contains(schoolDelegation)) {
				schoolDelegation = (SchoolDelegation)session.get(
					SchoolDelegationImpl.class,
					schoolDelegation.getPrimaryKeyObj());
			}

			if (schoolDelegation != null) {
				session.delete(schoolDelegation);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		if (schoolDelegation != null) {
			clearCache(schoolDelegation);
		}

		return schoolDelegation;
	}

	@Override
	public SchoolDelegation updateImpl(SchoolDelegation schoolDelegation) {
		boolean isNew = schoolDelegation.isNew();

		if (!(schoolDelegation instanceof SchoolDelegationModelImpl)) {
			InvocationHandler invocationHandler = null;

			if (ProxyUtil.isProxyClass(schoolDelegation.getClass())) {
				invocationHandler = ProxyUtil.getInvocationHandler(
					schoolDelegation);

				throw new IllegalArgumentException(
					"Implement ModelWrapper in schoolDelegation proxy " +
						invocationHandler.getClass());
			}

			throw new IllegalArgumentException(
				"Implement ModelWrapper in custom SchoolDelegation implementation " +
					schoolDelegation.getClass());
		}

		SchoolDelegationModelImpl schoolDelegationModelImpl =
			(SchoolDelegationModelImpl)schoolDelegation;

		if (isNew && (schoolDelegation.getCreateDate() == null)) {
			ServiceContext serviceContext =
				ServiceContextThreadLocal.getServiceContext();

			Date date = new Date();

			if (serviceContext == null) {
				schoolDelegation.setCreateDate(date);
			}
			else {
				schoolDelegation.setCreateDate(
					serviceContext.getCreateDate(date));
			}
		}

		Session session = null;

		try {
			session = openSession();

			if (isNew) {
				session.save(schoolDelegation);
			}
			else {
				schoolDelegation = (SchoolDelegation)session.merge(
					schoolDelegation);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		entityCache.putResult(
			SchoolDelegationImpl.class, schoolDelegationModelImpl, false, true);

		if (isNew) {
			schoolDelegation.setNew(false);
		}

		schoolDelegation.resetOriginalValues();

		return schoolDelegation;
	}

	/**
	 * Returns the school delegation with the primary key or throws a <code>com.liferay.portal.kernel.exception.NoSuchModelException</code> if it could not be found.
	 *
	 * @param primaryKey the primary key of the school delegation
	 * @return the school delegation
	 * @throws NoSuchSchoolDelegationException if a school delegation with the primary key could not be found
	 */
	@Override
	public SchoolDelegation findByPrimaryKey(Serializable primaryKey)
		throws NoSuchSchoolDelegationException {

		SchoolDelegation schoolDelegation = fetchByPrimaryKey(primaryKey);

		if (schoolDelegation == null) {
			if (_log.isDebugEnabled()) {
				_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			throw new NoSuchSchoolDelegationException(
				_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
		}

		return schoolDelegation;
	}

	/**
	 * Returns the school delegation with the primary key or throws a <code>NoSuchSchoolDelegationException</code> if it could not be found.
	 *
	 * @param schoolDelegationId the primary key of the school delegation
	 * @return the school delegation
	 * @throws NoSuchSchoolDelegationException if a school delegation with the primary key could not be found
	 */
	@Override
	public SchoolDelegation findByPrimaryKey(long schoolDelegationId)
		throws NoSuchSchoolDelegationException {

		return findByPrimaryKey((Serializable)schoolDelegationId);
	}

	/**
	 * Returns the school delegation with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param schoolDelegationId the primary key of the school delegation
	 * @return the school delegation, or <code>null</code> if a school delegation with the primary key could not be found
	 */
	@Override
	public SchoolDelegation fetchByPrimaryKey(long schoolDelegationId) {
		return fetchByPrimaryKey((Serializable)schoolDelegationId);
	}

	/**
	 * Returns all the school delegations.
	 *
	 * @return the school delegations
	 */
	@Override
	public List<SchoolDelegation> findAll() {
		return findAll(QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

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
	@Override
	public List<SchoolDelegation> findAll(int start, int end) {
		return findAll(start, end, null);
	}

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
	@Override
	public List<SchoolDelegation> findAll(
		int start, int end,
		OrderByComparator<SchoolDelegation> orderByComparator) {

		return findAll(start, end, orderByComparator, true);
	}

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
	@Override
	public List<SchoolDelegation> findAll(
		int start, int end,
		OrderByComparator<SchoolDelegation> orderByComparator,
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

		List<SchoolDelegation> list = null;

		if (useFinderCache) {
			list = (List<SchoolDelegation>)finderCache.getResult(
				finderPath, finderArgs, this);
		}

		if (list == null) {
			StringBundler sb = null;
			String sql = null;

			if (orderByComparator != null) {
				sb = new StringBundler(
					2 + (orderByComparator.getOrderByFields().length * 2));

				sb.append(_SQL_SELECT_SCHOOLDELEGATION);

				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);

				sql = sb.toString();
			}
			else {
				sql = _SQL_SELECT_SCHOOLDELEGATION;

				sql = sql.concat(SchoolDelegationModelImpl.ORDER_BY_JPQL);
			}

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				list = (List<SchoolDelegation>)QueryUtil.list(
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
	 * Removes all the school delegations from the database.
	 *
	 */
	@Override
	public void removeAll() {
		for (SchoolDelegation schoolDelegation : findAll()) {
			remove(schoolDelegation);
		}
	}

	/**
	 * Returns the number of school delegations.
	 *
	 * @return the number of school delegations
	 */
	@Override
	public int countAll() {
		Long count = (Long)finderCache.getResult(
			_finderPathCountAll, FINDER_ARGS_EMPTY, this);

		if (count == null) {
			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(_SQL_COUNT_SCHOOLDELEGATION);

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
	protected EntityCache getEntityCache() {
		return entityCache;
	}

	@Override
	protected String getPKDBName() {
		return "schoolDelegationId";
	}

	@Override
	protected String getSelectSQL() {
		return _SQL_SELECT_SCHOOLDELEGATION;
	}

	@Override
	protected Map<String, Integer> getTableColumnsMap() {
		return SchoolDelegationModelImpl.TABLE_COLUMNS_MAP;
	}

	/**
	 * Initializes the school delegation persistence.
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

		SchoolDelegationUtil.setPersistence(this);
	}

	@Deactivate
	public void deactivate() {
		SchoolDelegationUtil.setPersistence(null);

		entityCache.removeCache(SchoolDelegationImpl.class.getName());
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

	private static final String _SQL_SELECT_SCHOOLDELEGATION =
		"SELECT schoolDelegation FROM SchoolDelegation schoolDelegation";

	private static final String _SQL_SELECT_SCHOOLDELEGATION_WHERE =
		"SELECT schoolDelegation FROM SchoolDelegation schoolDelegation WHERE ";

	private static final String _SQL_COUNT_SCHOOLDELEGATION =
		"SELECT COUNT(schoolDelegation) FROM SchoolDelegation schoolDelegation";

	private static final String _SQL_COUNT_SCHOOLDELEGATION_WHERE =
		"SELECT COUNT(schoolDelegation) FROM SchoolDelegation schoolDelegation WHERE ";

	private static final String _ORDER_BY_ENTITY_ALIAS = "schoolDelegation.";

	private static final String _NO_SUCH_ENTITY_WITH_PRIMARY_KEY =
		"No SchoolDelegation exists with the primary key ";

	private static final String _NO_SUCH_ENTITY_WITH_KEY =
		"No SchoolDelegation exists with the key {";

	private static final Log _log = LogFactoryUtil.getLog(
		SchoolDelegationPersistenceImpl.class);

	@Override
	protected FinderCache getFinderCache() {
		return finderCache;
	}

}