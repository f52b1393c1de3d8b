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
import java.util.Objects;
import java.util.Set;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import org.preau.liferay.exception.NoSuchParentRelationException;
import org.preau.liferay.model.ParentRelation;
import org.preau.liferay.model.ParentRelationTable;
import org.preau.liferay.model.impl.ParentRelationImpl;
import org.preau.liferay.model.impl.ParentRelationModelImpl;
import org.preau.liferay.service.persistence.ParentRelationPersistence;
import org.preau.liferay.service.persistence.ParentRelationUtil;
import org.preau.liferay.service.persistence.impl.constants.PreauPersistenceConstants;

/**
 * The persistence implementation for the parent relation service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Préau
 * @generated
 */
@Component(service = ParentRelationPersistence.class)
public class ParentRelationPersistenceImpl
	extends BasePersistenceImpl<ParentRelation>
	implements ParentRelationPersistence {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this class directly. Always use <code>ParentRelationUtil</code> to access the parent relation persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static final String FINDER_CLASS_NAME_ENTITY =
		ParentRelationImpl.class.getName();

	public static final String FINDER_CLASS_NAME_LIST_WITH_PAGINATION =
		FINDER_CLASS_NAME_ENTITY + ".List1";

	public static final String FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION =
		FINDER_CLASS_NAME_ENTITY + ".List2";

	private FinderPath _finderPathWithPaginationFindAll;
	private FinderPath _finderPathWithoutPaginationFindAll;
	private FinderPath _finderPathCountAll;
	private FinderPath _finderPathWithPaginationFindByPupilExternalId;
	private FinderPath _finderPathWithoutPaginationFindByPupilExternalId;
	private FinderPath _finderPathCountByPupilExternalId;

	/**
	 * Returns all the parent relations where pupilExternalId = &#63;.
	 *
	 * @param pupilExternalId the pupil external ID
	 * @return the matching parent relations
	 */
	@Override
	public List<ParentRelation> findByPupilExternalId(String pupilExternalId) {
		return findByPupilExternalId(
			pupilExternalId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the parent relations where pupilExternalId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ParentRelationModelImpl</code>.
	 * </p>
	 *
	 * @param pupilExternalId the pupil external ID
	 * @param start the lower bound of the range of parent relations
	 * @param end the upper bound of the range of parent relations (not inclusive)
	 * @return the range of matching parent relations
	 */
	@Override
	public List<ParentRelation> findByPupilExternalId(
		String pupilExternalId, int start, int end) {

		return findByPupilExternalId(pupilExternalId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the parent relations where pupilExternalId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ParentRelationModelImpl</code>.
	 * </p>
	 *
	 * @param pupilExternalId the pupil external ID
	 * @param start the lower bound of the range of parent relations
	 * @param end the upper bound of the range of parent relations (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching parent relations
	 */
	@Override
	public List<ParentRelation> findByPupilExternalId(
		String pupilExternalId, int start, int end,
		OrderByComparator<ParentRelation> orderByComparator) {

		return findByPupilExternalId(
			pupilExternalId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the parent relations where pupilExternalId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ParentRelationModelImpl</code>.
	 * </p>
	 *
	 * @param pupilExternalId the pupil external ID
	 * @param start the lower bound of the range of parent relations
	 * @param end the upper bound of the range of parent relations (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching parent relations
	 */
	@Override
	public List<ParentRelation> findByPupilExternalId(
		String pupilExternalId, int start, int end,
		OrderByComparator<ParentRelation> orderByComparator,
		boolean useFinderCache) {

		pupilExternalId = Objects.toString(pupilExternalId, "");

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath = _finderPathWithoutPaginationFindByPupilExternalId;
				finderArgs = new Object[] {pupilExternalId};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindByPupilExternalId;
			finderArgs = new Object[] {
				pupilExternalId, start, end, orderByComparator
			};
		}

		List<ParentRelation> list = null;

		if (useFinderCache) {
			list = (List<ParentRelation>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (ParentRelation parentRelation : list) {
					if (!pupilExternalId.equals(
							parentRelation.getPupilExternalId())) {

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

			sb.append(_SQL_SELECT_PARENTRELATION_WHERE);

			boolean bindPupilExternalId = false;

			if (pupilExternalId.isEmpty()) {
				sb.append(_FINDER_COLUMN_PUPILEXTERNALID_PUPILEXTERNALID_3);
			}
			else {
				bindPupilExternalId = true;

				sb.append(_FINDER_COLUMN_PUPILEXTERNALID_PUPILEXTERNALID_2);
			}

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(ParentRelationModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				if (bindPupilExternalId) {
					queryPos.add(pupilExternalId);
				}

				list = (List<ParentRelation>)QueryUtil.list(
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
	 * Returns the first parent relation in the ordered set where pupilExternalId = &#63;.
	 *
	 * @param pupilExternalId the pupil external ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching parent relation
	 * @throws NoSuchParentRelationException if a matching parent relation could not be found
	 */
	@Override
	public ParentRelation findByPupilExternalId_First(
			String pupilExternalId,
			OrderByComparator<ParentRelation> orderByComparator)
		throws NoSuchParentRelationException {

		ParentRelation parentRelation = fetchByPupilExternalId_First(
			pupilExternalId, orderByComparator);

		if (parentRelation != null) {
			return parentRelation;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("pupilExternalId=");
		sb.append(pupilExternalId);

		sb.append("}");

		throw new NoSuchParentRelationException(sb.toString());
	}

	/**
	 * Returns the first parent relation in the ordered set where pupilExternalId = &#63;.
	 *
	 * @param pupilExternalId the pupil external ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching parent relation, or <code>null</code> if a matching parent relation could not be found
	 */
	@Override
	public ParentRelation fetchByPupilExternalId_First(
		String pupilExternalId,
		OrderByComparator<ParentRelation> orderByComparator) {

		List<ParentRelation> list = findByPupilExternalId(
			pupilExternalId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last parent relation in the ordered set where pupilExternalId = &#63;.
	 *
	 * @param pupilExternalId the pupil external ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching parent relation
	 * @throws NoSuchParentRelationException if a matching parent relation could not be found
	 */
	@Override
	public ParentRelation findByPupilExternalId_Last(
			String pupilExternalId,
			OrderByComparator<ParentRelation> orderByComparator)
		throws NoSuchParentRelationException {

		ParentRelation parentRelation = fetchByPupilExternalId_Last(
			pupilExternalId, orderByComparator);

		if (parentRelation != null) {
			return parentRelation;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("pupilExternalId=");
		sb.append(pupilExternalId);

		sb.append("}");

		throw new NoSuchParentRelationException(sb.toString());
	}

	/**
	 * Returns the last parent relation in the ordered set where pupilExternalId = &#63;.
	 *
	 * @param pupilExternalId the pupil external ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching parent relation, or <code>null</code> if a matching parent relation could not be found
	 */
	@Override
	public ParentRelation fetchByPupilExternalId_Last(
		String pupilExternalId,
		OrderByComparator<ParentRelation> orderByComparator) {

		int count = countByPupilExternalId(pupilExternalId);

		if (count == 0) {
			return null;
		}

		List<ParentRelation> list = findByPupilExternalId(
			pupilExternalId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the parent relations before and after the current parent relation in the ordered set where pupilExternalId = &#63;.
	 *
	 * @param parentRelationId the primary key of the current parent relation
	 * @param pupilExternalId the pupil external ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next parent relation
	 * @throws NoSuchParentRelationException if a parent relation with the primary key could not be found
	 */
	@Override
	public ParentRelation[] findByPupilExternalId_PrevAndNext(
			long parentRelationId, String pupilExternalId,
			OrderByComparator<ParentRelation> orderByComparator)
		throws NoSuchParentRelationException {

		pupilExternalId = Objects.toString(pupilExternalId, "");

		ParentRelation parentRelation = findByPrimaryKey(parentRelationId);

		Session session = null;

		try {
			session = openSession();

			ParentRelation[] array = new ParentRelationImpl[3];

			array[0] = getByPupilExternalId_PrevAndNext(
				session, parentRelation, pupilExternalId, orderByComparator,
				true);

			array[1] = parentRelation;

			array[2] = getByPupilExternalId_PrevAndNext(
				session, parentRelation, pupilExternalId, orderByComparator,
				false);

			return array;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	protected ParentRelation getByPupilExternalId_PrevAndNext(
		Session session, ParentRelation parentRelation, String pupilExternalId,
		OrderByComparator<ParentRelation> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				4 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(3);
		}

		sb.append(_SQL_SELECT_PARENTRELATION_WHERE);

		boolean bindPupilExternalId = false;

		if (pupilExternalId.isEmpty()) {
			sb.append(_FINDER_COLUMN_PUPILEXTERNALID_PUPILEXTERNALID_3);
		}
		else {
			bindPupilExternalId = true;

			sb.append(_FINDER_COLUMN_PUPILEXTERNALID_PUPILEXTERNALID_2);
		}

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
			sb.append(ParentRelationModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		if (bindPupilExternalId) {
			queryPos.add(pupilExternalId);
		}

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(
						parentRelation)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<ParentRelation> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the parent relations where pupilExternalId = &#63; from the database.
	 *
	 * @param pupilExternalId the pupil external ID
	 */
	@Override
	public void removeByPupilExternalId(String pupilExternalId) {
		for (ParentRelation parentRelation :
				findByPupilExternalId(
					pupilExternalId, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
					null)) {

			remove(parentRelation);
		}
	}

	/**
	 * Returns the number of parent relations where pupilExternalId = &#63;.
	 *
	 * @param pupilExternalId the pupil external ID
	 * @return the number of matching parent relations
	 */
	@Override
	public int countByPupilExternalId(String pupilExternalId) {
		pupilExternalId = Objects.toString(pupilExternalId, "");

		FinderPath finderPath = _finderPathCountByPupilExternalId;

		Object[] finderArgs = new Object[] {pupilExternalId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_PARENTRELATION_WHERE);

			boolean bindPupilExternalId = false;

			if (pupilExternalId.isEmpty()) {
				sb.append(_FINDER_COLUMN_PUPILEXTERNALID_PUPILEXTERNALID_3);
			}
			else {
				bindPupilExternalId = true;

				sb.append(_FINDER_COLUMN_PUPILEXTERNALID_PUPILEXTERNALID_2);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				if (bindPupilExternalId) {
					queryPos.add(pupilExternalId);
				}

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

	private static final String
		_FINDER_COLUMN_PUPILEXTERNALID_PUPILEXTERNALID_2 =
			"parentRelation.pupilExternalId = ?";

	private static final String
		_FINDER_COLUMN_PUPILEXTERNALID_PUPILEXTERNALID_3 =
			"(parentRelation.pupilExternalId IS NULL OR parentRelation.pupilExternalId = '')";

	private FinderPath _finderPathWithPaginationFindByParentExternalId;
	private FinderPath _finderPathWithoutPaginationFindByParentExternalId;
	private FinderPath _finderPathCountByParentExternalId;

	/**
	 * Returns all the parent relations where parentExternalId = &#63;.
	 *
	 * @param parentExternalId the parent external ID
	 * @return the matching parent relations
	 */
	@Override
	public List<ParentRelation> findByParentExternalId(
		String parentExternalId) {

		return findByParentExternalId(
			parentExternalId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the parent relations where parentExternalId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ParentRelationModelImpl</code>.
	 * </p>
	 *
	 * @param parentExternalId the parent external ID
	 * @param start the lower bound of the range of parent relations
	 * @param end the upper bound of the range of parent relations (not inclusive)
	 * @return the range of matching parent relations
	 */
	@Override
	public List<ParentRelation> findByParentExternalId(
		String parentExternalId, int start, int end) {

		return findByParentExternalId(parentExternalId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the parent relations where parentExternalId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ParentRelationModelImpl</code>.
	 * </p>
	 *
	 * @param parentExternalId the parent external ID
	 * @param start the lower bound of the range of parent relations
	 * @param end the upper bound of the range of parent relations (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching parent relations
	 */
	@Override
	public List<ParentRelation> findByParentExternalId(
		String parentExternalId, int start, int end,
		OrderByComparator<ParentRelation> orderByComparator) {

		return findByParentExternalId(
			parentExternalId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the parent relations where parentExternalId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ParentRelationModelImpl</code>.
	 * </p>
	 *
	 * @param parentExternalId the parent external ID
	 * @param start the lower bound of the range of parent relations
	 * @param end the upper bound of the range of parent relations (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching parent relations
	 */
	@Override
	public List<ParentRelation> findByParentExternalId(
		String parentExternalId, int start, int end,
		OrderByComparator<ParentRelation> orderByComparator,
		boolean useFinderCache) {

		parentExternalId = Objects.toString(parentExternalId, "");

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath = _finderPathWithoutPaginationFindByParentExternalId;
				finderArgs = new Object[] {parentExternalId};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindByParentExternalId;
			finderArgs = new Object[] {
				parentExternalId, start, end, orderByComparator
			};
		}

		List<ParentRelation> list = null;

		if (useFinderCache) {
			list = (List<ParentRelation>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (ParentRelation parentRelation : list) {
					if (!parentExternalId.equals(
							parentRelation.getParentExternalId())) {

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

			sb.append(_SQL_SELECT_PARENTRELATION_WHERE);

			boolean bindParentExternalId = false;

			if (parentExternalId.isEmpty()) {
				sb.append(_FINDER_COLUMN_PARENTEXTERNALID_PARENTEXTERNALID_3);
			}
			else {
				bindParentExternalId = true;

				sb.append(_FINDER_COLUMN_PARENTEXTERNALID_PARENTEXTERNALID_2);
			}

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(ParentRelationModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				if (bindParentExternalId) {
					queryPos.add(parentExternalId);
				}

				list = (List<ParentRelation>)QueryUtil.list(
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
	 * Returns the first parent relation in the ordered set where parentExternalId = &#63;.
	 *
	 * @param parentExternalId the parent external ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching parent relation
	 * @throws NoSuchParentRelationException if a matching parent relation could not be found
	 */
	@Override
	public ParentRelation findByParentExternalId_First(
			String parentExternalId,
			OrderByComparator<ParentRelation> orderByComparator)
		throws NoSuchParentRelationException {

		ParentRelation parentRelation = fetchByParentExternalId_First(
			parentExternalId, orderByComparator);

		if (parentRelation != null) {
			return parentRelation;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("parentExternalId=");
		sb.append(parentExternalId);

		sb.append("}");

		throw new NoSuchParentRelationException(sb.toString());
	}

	/**
	 * Returns the first parent relation in the ordered set where parentExternalId = &#63;.
	 *
	 * @param parentExternalId the parent external ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching parent relation, or <code>null</code> if a matching parent relation could not be found
	 */
	@Override
	public ParentRelation fetchByParentExternalId_First(
		String parentExternalId,
		OrderByComparator<ParentRelation> orderByComparator) {

		List<ParentRelation> list = findByParentExternalId(
			parentExternalId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last parent relation in the ordered set where parentExternalId = &#63;.
	 *
	 * @param parentExternalId the parent external ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching parent relation
	 * @throws NoSuchParentRelationException if a matching parent relation could not be found
	 */
	@Override
	public ParentRelation findByParentExternalId_Last(
			String parentExternalId,
			OrderByComparator<ParentRelation> orderByComparator)
		throws NoSuchParentRelationException {

		ParentRelation parentRelation = fetchByParentExternalId_Last(
			parentExternalId, orderByComparator);

		if (parentRelation != null) {
			return parentRelation;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("parentExternalId=");
		sb.append(parentExternalId);

		sb.append("}");

		throw new NoSuchParentRelationException(sb.toString());
	}

	/**
	 * Returns the last parent relation in the ordered set where parentExternalId = &#63;.
	 *
	 * @param parentExternalId the parent external ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching parent relation, or <code>null</code> if a matching parent relation could not be found
	 */
	@Override
	public ParentRelation fetchByParentExternalId_Last(
		String parentExternalId,
		OrderByComparator<ParentRelation> orderByComparator) {

		int count = countByParentExternalId(parentExternalId);

		if (count == 0) {
			return null;
		}

		List<ParentRelation> list = findByParentExternalId(
			parentExternalId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the parent relations before and after the current parent relation in the ordered set where parentExternalId = &#63;.
	 *
	 * @param parentRelationId the primary key of the current parent relation
	 * @param parentExternalId the parent external ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next parent relation
	 * @throws NoSuchParentRelationException if a parent relation with the primary key could not be found
	 */
	@Override
	public ParentRelation[] findByParentExternalId_PrevAndNext(
			long parentRelationId, String parentExternalId,
			OrderByComparator<ParentRelation> orderByComparator)
		throws NoSuchParentRelationException {

		parentExternalId = Objects.toString(parentExternalId, "");

		ParentRelation parentRelation = findByPrimaryKey(parentRelationId);

		Session session = null;

		try {
			session = openSession();

			ParentRelation[] array = new ParentRelationImpl[3];

			array[0] = getByParentExternalId_PrevAndNext(
				session, parentRelation, parentExternalId, orderByComparator,
				true);

			array[1] = parentRelation;

			array[2] = getByParentExternalId_PrevAndNext(
				session, parentRelation, parentExternalId, orderByComparator,
				false);

			return array;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	protected ParentRelation getByParentExternalId_PrevAndNext(
		Session session, ParentRelation parentRelation, String parentExternalId,
		OrderByComparator<ParentRelation> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				4 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(3);
		}

		sb.append(_SQL_SELECT_PARENTRELATION_WHERE);

		boolean bindParentExternalId = false;

		if (parentExternalId.isEmpty()) {
			sb.append(_FINDER_COLUMN_PARENTEXTERNALID_PARENTEXTERNALID_3);
		}
		else {
			bindParentExternalId = true;

			sb.append(_FINDER_COLUMN_PARENTEXTERNALID_PARENTEXTERNALID_2);
		}

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
			sb.append(ParentRelationModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		if (bindParentExternalId) {
			queryPos.add(parentExternalId);
		}

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(
						parentRelation)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<ParentRelation> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the parent relations where parentExternalId = &#63; from the database.
	 *
	 * @param parentExternalId the parent external ID
	 */
	@Override
	public void removeByParentExternalId(String parentExternalId) {
		for (ParentRelation parentRelation :
				findByParentExternalId(
					parentExternalId, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
					null)) {

			remove(parentRelation);
		}
	}

	/**
	 * Returns the number of parent relations where parentExternalId = &#63;.
	 *
	 * @param parentExternalId the parent external ID
	 * @return the number of matching parent relations
	 */
	@Override
	public int countByParentExternalId(String parentExternalId) {
		parentExternalId = Objects.toString(parentExternalId, "");

		FinderPath finderPath = _finderPathCountByParentExternalId;

		Object[] finderArgs = new Object[] {parentExternalId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_PARENTRELATION_WHERE);

			boolean bindParentExternalId = false;

			if (parentExternalId.isEmpty()) {
				sb.append(_FINDER_COLUMN_PARENTEXTERNALID_PARENTEXTERNALID_3);
			}
			else {
				bindParentExternalId = true;

				sb.append(_FINDER_COLUMN_PARENTEXTERNALID_PARENTEXTERNALID_2);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				if (bindParentExternalId) {
					queryPos.add(parentExternalId);
				}

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

	private static final String
		_FINDER_COLUMN_PARENTEXTERNALID_PARENTEXTERNALID_2 =
			"parentRelation.parentExternalId = ?";

	private static final String
		_FINDER_COLUMN_PARENTEXTERNALID_PARENTEXTERNALID_3 =
			"(parentRelation.parentExternalId IS NULL OR parentRelation.parentExternalId = '')";

	private FinderPath _finderPathWithPaginationFindByUai;
	private FinderPath _finderPathWithoutPaginationFindByUai;
	private FinderPath _finderPathCountByUai;

	/**
	 * Returns all the parent relations where uai = &#63;.
	 *
	 * @param uai the uai
	 * @return the matching parent relations
	 */
	@Override
	public List<ParentRelation> findByUai(String uai) {
		return findByUai(uai, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the parent relations where uai = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ParentRelationModelImpl</code>.
	 * </p>
	 *
	 * @param uai the uai
	 * @param start the lower bound of the range of parent relations
	 * @param end the upper bound of the range of parent relations (not inclusive)
	 * @return the range of matching parent relations
	 */
	@Override
	public List<ParentRelation> findByUai(String uai, int start, int end) {
		return findByUai(uai, start, end, null);
	}

	/**
	 * Returns an ordered range of all the parent relations where uai = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ParentRelationModelImpl</code>.
	 * </p>
	 *
	 * @param uai the uai
	 * @param start the lower bound of the range of parent relations
	 * @param end the upper bound of the range of parent relations (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching parent relations
	 */
	@Override
	public List<ParentRelation> findByUai(
		String uai, int start, int end,
		OrderByComparator<ParentRelation> orderByComparator) {

		return findByUai(uai, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the parent relations where uai = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ParentRelationModelImpl</code>.
	 * </p>
	 *
	 * @param uai the uai
	 * @param start the lower bound of the range of parent relations
	 * @param end the upper bound of the range of parent relations (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching parent relations
	 */
	@Override
	public List<ParentRelation> findByUai(
		String uai, int start, int end,
		OrderByComparator<ParentRelation> orderByComparator,
		boolean useFinderCache) {

		uai = Objects.toString(uai, "");

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath = _finderPathWithoutPaginationFindByUai;
				finderArgs = new Object[] {uai};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindByUai;
			finderArgs = new Object[] {uai, start, end, orderByComparator};
		}

		List<ParentRelation> list = null;

		if (useFinderCache) {
			list = (List<ParentRelation>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (ParentRelation parentRelation : list) {
					if (!uai.equals(parentRelation.getUai())) {
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

			sb.append(_SQL_SELECT_PARENTRELATION_WHERE);

			boolean bindUai = false;

			if (uai.isEmpty()) {
				sb.append(_FINDER_COLUMN_UAI_UAI_3);
			}
			else {
				bindUai = true;

				sb.append(_FINDER_COLUMN_UAI_UAI_2);
			}

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(ParentRelationModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				if (bindUai) {
					queryPos.add(uai);
				}

				list = (List<ParentRelation>)QueryUtil.list(
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
	 * Returns the first parent relation in the ordered set where uai = &#63;.
	 *
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching parent relation
	 * @throws NoSuchParentRelationException if a matching parent relation could not be found
	 */
	@Override
	public ParentRelation findByUai_First(
			String uai, OrderByComparator<ParentRelation> orderByComparator)
		throws NoSuchParentRelationException {

		ParentRelation parentRelation = fetchByUai_First(
			uai, orderByComparator);

		if (parentRelation != null) {
			return parentRelation;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("uai=");
		sb.append(uai);

		sb.append("}");

		throw new NoSuchParentRelationException(sb.toString());
	}

	/**
	 * Returns the first parent relation in the ordered set where uai = &#63;.
	 *
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching parent relation, or <code>null</code> if a matching parent relation could not be found
	 */
	@Override
	public ParentRelation fetchByUai_First(
		String uai, OrderByComparator<ParentRelation> orderByComparator) {

		List<ParentRelation> list = findByUai(uai, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last parent relation in the ordered set where uai = &#63;.
	 *
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching parent relation
	 * @throws NoSuchParentRelationException if a matching parent relation could not be found
	 */
	@Override
	public ParentRelation findByUai_Last(
			String uai, OrderByComparator<ParentRelation> orderByComparator)
		throws NoSuchParentRelationException {

		ParentRelation parentRelation = fetchByUai_Last(uai, orderByComparator);

		if (parentRelation != null) {
			return parentRelation;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("uai=");
		sb.append(uai);

		sb.append("}");

		throw new NoSuchParentRelationException(sb.toString());
	}

	/**
	 * Returns the last parent relation in the ordered set where uai = &#63;.
	 *
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching parent relation, or <code>null</code> if a matching parent relation could not be found
	 */
	@Override
	public ParentRelation fetchByUai_Last(
		String uai, OrderByComparator<ParentRelation> orderByComparator) {

		int count = countByUai(uai);

		if (count == 0) {
			return null;
		}

		List<ParentRelation> list = findByUai(
			uai, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the parent relations before and after the current parent relation in the ordered set where uai = &#63;.
	 *
	 * @param parentRelationId the primary key of the current parent relation
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next parent relation
	 * @throws NoSuchParentRelationException if a parent relation with the primary key could not be found
	 */
	@Override
	public ParentRelation[] findByUai_PrevAndNext(
			long parentRelationId, String uai,
			OrderByComparator<ParentRelation> orderByComparator)
		throws NoSuchParentRelationException {

		uai = Objects.toString(uai, "");

		ParentRelation parentRelation = findByPrimaryKey(parentRelationId);

		Session session = null;

		try {
			session = openSession();

			ParentRelation[] array = new ParentRelationImpl[3];

			array[0] = getByUai_PrevAndNext(
				session, parentRelation, uai, orderByComparator, true);

			array[1] = parentRelation;

			array[2] = getByUai_PrevAndNext(
				session, parentRelation, uai, orderByComparator, false);

			return array;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	protected ParentRelation getByUai_PrevAndNext(
		Session session, ParentRelation parentRelation, String uai,
		OrderByComparator<ParentRelation> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				4 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(3);
		}

		sb.append(_SQL_SELECT_PARENTRELATION_WHERE);

		boolean bindUai = false;

		if (uai.isEmpty()) {
			sb.append(_FINDER_COLUMN_UAI_UAI_3);
		}
		else {
			bindUai = true;

			sb.append(_FINDER_COLUMN_UAI_UAI_2);
		}

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
			sb.append(ParentRelationModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		if (bindUai) {
			queryPos.add(uai);
		}

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(
						parentRelation)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<ParentRelation> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the parent relations where uai = &#63; from the database.
	 *
	 * @param uai the uai
	 */
	@Override
	public void removeByUai(String uai) {
		for (ParentRelation parentRelation :
				findByUai(uai, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null)) {

			remove(parentRelation);
		}
	}

	/**
	 * Returns the number of parent relations where uai = &#63;.
	 *
	 * @param uai the uai
	 * @return the number of matching parent relations
	 */
	@Override
	public int countByUai(String uai) {
		uai = Objects.toString(uai, "");

		FinderPath finderPath = _finderPathCountByUai;

		Object[] finderArgs = new Object[] {uai};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_PARENTRELATION_WHERE);

			boolean bindUai = false;

			if (uai.isEmpty()) {
				sb.append(_FINDER_COLUMN_UAI_UAI_3);
			}
			else {
				bindUai = true;

				sb.append(_FINDER_COLUMN_UAI_UAI_2);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				if (bindUai) {
					queryPos.add(uai);
				}

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

	private static final String _FINDER_COLUMN_UAI_UAI_2 =
		"parentRelation.uai = ?";

	private static final String _FINDER_COLUMN_UAI_UAI_3 =
		"(parentRelation.uai IS NULL OR parentRelation.uai = '')";

	private FinderPath _finderPathFetchByP_P;

	/**
	 * Returns the parent relation where parentExternalId = &#63; and pupilExternalId = &#63; or throws a <code>NoSuchParentRelationException</code> if it could not be found.
	 *
	 * @param parentExternalId the parent external ID
	 * @param pupilExternalId the pupil external ID
	 * @return the matching parent relation
	 * @throws NoSuchParentRelationException if a matching parent relation could not be found
	 */
	@Override
	public ParentRelation findByP_P(
			String parentExternalId, String pupilExternalId)
		throws NoSuchParentRelationException {

		ParentRelation parentRelation = fetchByP_P(
			parentExternalId, pupilExternalId);

		if (parentRelation == null) {
			StringBundler sb = new StringBundler(6);

			sb.append(_NO_SUCH_ENTITY_WITH_KEY);

			sb.append("parentExternalId=");
			sb.append(parentExternalId);

			sb.append(", pupilExternalId=");
			sb.append(pupilExternalId);

			sb.append("}");

			if (_log.isDebugEnabled()) {
				_log.debug(sb.toString());
			}

			throw new NoSuchParentRelationException(sb.toString());
		}

		return parentRelation;
	}

	/**
	 * Returns the parent relation where parentExternalId = &#63; and pupilExternalId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param parentExternalId the parent external ID
	 * @param pupilExternalId the pupil external ID
	 * @return the matching parent relation, or <code>null</code> if a matching parent relation could not be found
	 */
	@Override
	public ParentRelation fetchByP_P(
		String parentExternalId, String pupilExternalId) {

		return fetchByP_P(parentExternalId, pupilExternalId, true);
	}

	/**
	 * Returns the parent relation where parentExternalId = &#63; and pupilExternalId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param parentExternalId the parent external ID
	 * @param pupilExternalId the pupil external ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching parent relation, or <code>null</code> if a matching parent relation could not be found
	 */
	@Override
	public ParentRelation fetchByP_P(
		String parentExternalId, String pupilExternalId,
		boolean useFinderCache) {

		parentExternalId = Objects.toString(parentExternalId, "");
		pupilExternalId = Objects.toString(pupilExternalId, "");

		Object[] finderArgs = null;

		if (useFinderCache) {
			finderArgs = new Object[] {parentExternalId, pupilExternalId};
		}

		Object result = null;

		if (useFinderCache) {
			result = finderCache.getResult(
				_finderPathFetchByP_P, finderArgs, this);
		}

		if (result instanceof ParentRelation) {
			ParentRelation parentRelation = (ParentRelation)result;

			if (!Objects.equals(
					parentExternalId, parentRelation.getParentExternalId()) ||
				!Objects.equals(
					pupilExternalId, parentRelation.getPupilExternalId())) {

				result = null;
			}
		}

		if (result == null) {
			StringBundler sb = new StringBundler(4);

			sb.append(_SQL_SELECT_PARENTRELATION_WHERE);

			boolean bindParentExternalId = false;

			if (parentExternalId.isEmpty()) {
				sb.append(_FINDER_COLUMN_P_P_PARENTEXTERNALID_3);
			}
			else {
				bindParentExternalId = true;

				sb.append(_FINDER_COLUMN_P_P_PARENTEXTERNALID_2);
			}

			boolean bindPupilExternalId = false;

			if (pupilExternalId.isEmpty()) {
				sb.append(_FINDER_COLUMN_P_P_PUPILEXTERNALID_3);
			}
			else {
				bindPupilExternalId = true;

				sb.append(_FINDER_COLUMN_P_P_PUPILEXTERNALID_2);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				if (bindParentExternalId) {
					queryPos.add(parentExternalId);
				}

				if (bindPupilExternalId) {
					queryPos.add(pupilExternalId);
				}

				List<ParentRelation> list = query.list();

				if (list.isEmpty()) {
					if (useFinderCache) {
						finderCache.putResult(
							_finderPathFetchByP_P, finderArgs, list);
					}
				}
				else {
					ParentRelation parentRelation = list.get(0);

					result = parentRelation;

					cacheResult(parentRelation);
				}
			}
			catch (Exception exception) {
				throw processException(exception);
			}
			finally {
				closeSession(session);
			}
		}

		if (result instanceof List<?>) {
			return null;
		}
		else {
			return (ParentRelation)result;
		}
	}

	/**
	 * Removes the parent relation where parentExternalId = &#63; and pupilExternalId = &#63; from the database.
	 *
	 * @param parentExternalId the parent external ID
	 * @param pupilExternalId the pupil external ID
	 * @return the parent relation that was removed
	 */
	@Override
	public ParentRelation removeByP_P(
			String parentExternalId, String pupilExternalId)
		throws NoSuchParentRelationException {

		ParentRelation parentRelation = findByP_P(
			parentExternalId, pupilExternalId);

		return remove(parentRelation);
	}

	/**
	 * Returns the number of parent relations where parentExternalId = &#63; and pupilExternalId = &#63;.
	 *
	 * @param parentExternalId the parent external ID
	 * @param pupilExternalId the pupil external ID
	 * @return the number of matching parent relations
	 */
	@Override
	public int countByP_P(String parentExternalId, String pupilExternalId) {
		ParentRelation parentRelation = fetchByP_P(
			parentExternalId, pupilExternalId);

		if (parentRelation == null) {
			return 0;
		}

		return 1;
	}

	private static final String _FINDER_COLUMN_P_P_PARENTEXTERNALID_2 =
		"parentRelation.parentExternalId = ? AND ";

	private static final String _FINDER_COLUMN_P_P_PARENTEXTERNALID_3 =
		"(parentRelation.parentExternalId IS NULL OR parentRelation.parentExternalId = '') AND ";

	private static final String _FINDER_COLUMN_P_P_PUPILEXTERNALID_2 =
		"parentRelation.pupilExternalId = ?";

	private static final String _FINDER_COLUMN_P_P_PUPILEXTERNALID_3 =
		"(parentRelation.pupilExternalId IS NULL OR parentRelation.pupilExternalId = '')";

	public ParentRelationPersistenceImpl() {
		setModelClass(ParentRelation.class);

		setModelImplClass(ParentRelationImpl.class);
		setModelPKClass(long.class);

		setTable(ParentRelationTable.INSTANCE);
	}

	/**
	 * Caches the parent relation in the entity cache if it is enabled.
	 *
	 * @param parentRelation the parent relation
	 */
	@Override
	public void cacheResult(ParentRelation parentRelation) {
		entityCache.putResult(
			ParentRelationImpl.class, parentRelation.getPrimaryKey(),
			parentRelation);

		finderCache.putResult(
			_finderPathFetchByP_P,
			new Object[] {
				parentRelation.getParentExternalId(),
				parentRelation.getPupilExternalId()
			},
			parentRelation);
	}

	private int _valueObjectFinderCacheListThreshold;

	/**
	 * Caches the parent relations in the entity cache if it is enabled.
	 *
	 * @param parentRelations the parent relations
	 */
	@Override
	public void cacheResult(List<ParentRelation> parentRelations) {
		if ((_valueObjectFinderCacheListThreshold == 0) ||
			((_valueObjectFinderCacheListThreshold > 0) &&
			 (parentRelations.size() > _valueObjectFinderCacheListThreshold))) {

			return;
		}

		for (ParentRelation parentRelation : parentRelations) {
			if (entityCache.getResult(
					ParentRelationImpl.class, parentRelation.getPrimaryKey()) ==
						null) {

				cacheResult(parentRelation);
			}
		}
	}

	/**
	 * Clears the cache for all parent relations.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache() {
		entityCache.clearCache(ParentRelationImpl.class);

		finderCache.clearCache(ParentRelationImpl.class);
	}

	/**
	 * Clears the cache for the parent relation.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache(ParentRelation parentRelation) {
		entityCache.removeResult(ParentRelationImpl.class, parentRelation);
	}

	@Override
	public void clearCache(List<ParentRelation> parentRelations) {
		for (ParentRelation parentRelation : parentRelations) {
			entityCache.removeResult(ParentRelationImpl.class, parentRelation);
		}
	}

	@Override
	public void clearCache(Set<Serializable> primaryKeys) {
		finderCache.clearCache(ParentRelationImpl.class);

		for (Serializable primaryKey : primaryKeys) {
			entityCache.removeResult(ParentRelationImpl.class, primaryKey);
		}
	}

	protected void cacheUniqueFindersCache(
		ParentRelationModelImpl parentRelationModelImpl) {

		Object[] args = new Object[] {
			parentRelationModelImpl.getParentExternalId(),
			parentRelationModelImpl.getPupilExternalId()
		};

		finderCache.putResult(
			_finderPathFetchByP_P, args, parentRelationModelImpl);
	}

	/**
	 * Creates a new parent relation with the primary key. Does not add the parent relation to the database.
	 *
	 * @param parentRelationId the primary key for the new parent relation
	 * @return the new parent relation
	 */
	@Override
	public ParentRelation create(long parentRelationId) {
		ParentRelation parentRelation = new ParentRelationImpl();

		parentRelation.setNew(true);
		parentRelation.setPrimaryKey(parentRelationId);

		parentRelation.setCompanyId(CompanyThreadLocal.getCompanyId());

		return parentRelation;
	}

	/**
	 * Removes the parent relation with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param parentRelationId the primary key of the parent relation
	 * @return the parent relation that was removed
	 * @throws NoSuchParentRelationException if a parent relation with the primary key could not be found
	 */
	@Override
	public ParentRelation remove(long parentRelationId)
		throws NoSuchParentRelationException {

		return remove((Serializable)parentRelationId);
	}

	/**
	 * Removes the parent relation with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param primaryKey the primary key of the parent relation
	 * @return the parent relation that was removed
	 * @throws NoSuchParentRelationException if a parent relation with the primary key could not be found
	 */
	@Override
	public ParentRelation remove(Serializable primaryKey)
		throws NoSuchParentRelationException {

		Session session = null;

		try {
			session = openSession();

			ParentRelation parentRelation = (ParentRelation)session.get(
				ParentRelationImpl.class, primaryKey);

			if (parentRelation == null) {
				if (_log.isDebugEnabled()) {
					_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
				}

				throw new NoSuchParentRelationException(
					_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			return remove(parentRelation);
		}
		catch (NoSuchParentRelationException noSuchEntityException) {
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
	protected ParentRelation removeImpl(ParentRelation parentRelation) {
		Session session = null;

		try {
			session = openSession();

			if (!session.contains(parentRelation)) {
				parentRelation = (ParentRelation)session.get(
					ParentRelationImpl.class,
					parentRelation.getPrimaryKeyObj());
			}

			if (parentRelation != null) {
				session.delete(parentRelation);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		if (parentRelation != null) {
			clearCache(parentRelation);
		}

		return parentRelation;
	}

	@Override
	public ParentRelation updateImpl(ParentRelation parentRelation) {
		boolean isNew = parentRelation.isNew();

		if (!(parentRelation instanceof ParentRelationModelImpl)) {
			InvocationHandler invocationHandler = null;

			if (ProxyUtil.isProxyClass(parentRelation.getClass())) {
				invocationHandler = ProxyUtil.getInvocationHandler(
					parentRelation);

				throw new IllegalArgumentException(
					"Implement ModelWrapper in parentRelation proxy " +
						invocationHandler.getClass());
			}

			throw new IllegalArgumentException(
				"Implement ModelWrapper in custom ParentRelation implementation " +
					parentRelation.getClass());
		}

		ParentRelationModelImpl parentRelationModelImpl =
			(ParentRelationModelImpl)parentRelation;

		ServiceContext serviceContext =
			ServiceContextThreadLocal.getServiceContext();

		Date date = new Date();

		if (isNew && (parentRelation.getCreateDate() == null)) {
			if (serviceContext == null) {
				parentRelation.setCreateDate(date);
			}
			else {
				parentRelation.setCreateDate(
					serviceContext.getCreateDate(date));
			}
		}

		if (!parentRelationModelImpl.hasSetModifiedDate()) {
			if (serviceContext == null) {
				parentRelation.setModifiedDate(date);
			}
			else {
				parentRelation.setModifiedDate(
					serviceContext.getModifiedDate(date));
			}
		}

		Session session = null;

		try {
			session = openSession();

			if (isNew) {
				session.save(parentRelation);
			}
			else {
				parentRelation = (ParentRelation)session.merge(parentRelation);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		entityCache.putResult(
			ParentRelationImpl.class, parentRelationModelImpl, false, true);

		cacheUniqueFindersCache(parentRelationModelImpl);

		if (isNew) {
			parentRelation.setNew(false);
		}

		parentRelation.resetOriginalValues();

		return parentRelation;
	}

	/**
	 * Returns the parent relation with the primary key or throws a <code>com.liferay.portal.kernel.exception.NoSuchModelException</code> if it could not be found.
	 *
	 * @param primaryKey the primary key of the parent relation
	 * @return the parent relation
	 * @throws NoSuchParentRelationException if a parent relation with the primary key could not be found
	 */
	@Override
	public ParentRelation findByPrimaryKey(Serializable primaryKey)
		throws NoSuchParentRelationException {

		ParentRelation parentRelation = fetchByPrimaryKey(primaryKey);

		if (parentRelation == null) {
			if (_log.isDebugEnabled()) {
				_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			throw new NoSuchParentRelationException(
				_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
		}

		return parentRelation;
	}

	/**
	 * Returns the parent relation with the primary key or throws a <code>NoSuchParentRelationException</code> if it could not be found.
	 *
	 * @param parentRelationId the primary key of the parent relation
	 * @return the parent relation
	 * @throws NoSuchParentRelationException if a parent relation with the primary key could not be found
	 */
	@Override
	public ParentRelation findByPrimaryKey(long parentRelationId)
		throws NoSuchParentRelationException {

		return findByPrimaryKey((Serializable)parentRelationId);
	}

	/**
	 * Returns the parent relation with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param parentRelationId the primary key of the parent relation
	 * @return the parent relation, or <code>null</code> if a parent relation with the primary key could not be found
	 */
	@Override
	public ParentRelation fetchByPrimaryKey(long parentRelationId) {
		return fetchByPrimaryKey((Serializable)parentRelationId);
	}

	/**
	 * Returns all the parent relations.
	 *
	 * @return the parent relations
	 */
	@Override
	public List<ParentRelation> findAll() {
		return findAll(QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the parent relations.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ParentRelationModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of parent relations
	 * @param end the upper bound of the range of parent relations (not inclusive)
	 * @return the range of parent relations
	 */
	@Override
	public List<ParentRelation> findAll(int start, int end) {
		return findAll(start, end, null);
	}

	/**
	 * Returns an ordered range of all the parent relations.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ParentRelationModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of parent relations
	 * @param end the upper bound of the range of parent relations (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of parent relations
	 */
	@Override
	public List<ParentRelation> findAll(
		int start, int end,
		OrderByComparator<ParentRelation> orderByComparator) {

		return findAll(start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the parent relations.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ParentRelationModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of parent relations
	 * @param end the upper bound of the range of parent relations (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of parent relations
	 */
	@Override
	public List<ParentRelation> findAll(
		int start, int end, OrderByComparator<ParentRelation> orderByComparator,
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

		List<ParentRelation> list = null;

		if (useFinderCache) {
			list = (List<ParentRelation>)finderCache.getResult(
				finderPath, finderArgs, this);
		}

		if (list == null) {
			StringBundler sb = null;
			String sql = null;

			if (orderByComparator != null) {
				sb = new StringBundler(
					2 + (orderByComparator.getOrderByFields().length * 2));

				sb.append(_SQL_SELECT_PARENTRELATION);

				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);

				sql = sb.toString();
			}
			else {
				sql = _SQL_SELECT_PARENTRELATION;

				sql = sql.concat(ParentRelationModelImpl.ORDER_BY_JPQL);
			}

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				list = (List<ParentRelation>)QueryUtil.list(
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
	 * Removes all the parent relations from the database.
	 *
	 */
	@Override
	public void removeAll() {
		for (ParentRelation parentRelation : findAll()) {
			remove(parentRelation);
		}
	}

	/**
	 * Returns the number of parent relations.
	 *
	 * @return the number of parent relations
	 */
	@Override
	public int countAll() {
		Long count = (Long)finderCache.getResult(
			_finderPathCountAll, FINDER_ARGS_EMPTY, this);

		if (count == null) {
			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(_SQL_COUNT_PARENTRELATION);

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
		return "parentRelationId";
	}

	@Override
	protected String getSelectSQL() {
		return _SQL_SELECT_PARENTRELATION;
	}

	@Override
	protected Map<String, Integer> getTableColumnsMap() {
		return ParentRelationModelImpl.TABLE_COLUMNS_MAP;
	}

	/**
	 * Initializes the parent relation persistence.
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

		_finderPathWithPaginationFindByPupilExternalId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findByPupilExternalId",
			new String[] {
				String.class.getName(), Integer.class.getName(),
				Integer.class.getName(), OrderByComparator.class.getName()
			},
			new String[] {"pupilExternalId"}, true);

		_finderPathWithoutPaginationFindByPupilExternalId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "findByPupilExternalId",
			new String[] {String.class.getName()},
			new String[] {"pupilExternalId"}, true);

		_finderPathCountByPupilExternalId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByPupilExternalId",
			new String[] {String.class.getName()},
			new String[] {"pupilExternalId"}, false);

		_finderPathWithPaginationFindByParentExternalId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findByParentExternalId",
			new String[] {
				String.class.getName(), Integer.class.getName(),
				Integer.class.getName(), OrderByComparator.class.getName()
			},
			new String[] {"parentExternalId"}, true);

		_finderPathWithoutPaginationFindByParentExternalId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "findByParentExternalId",
			new String[] {String.class.getName()},
			new String[] {"parentExternalId"}, true);

		_finderPathCountByParentExternalId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION,
			"countByParentExternalId", new String[] {String.class.getName()},
			new String[] {"parentExternalId"}, false);

		_finderPathWithPaginationFindByUai = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findByUai",
			new String[] {
				String.class.getName(), Integer.class.getName(),
				Integer.class.getName(), OrderByComparator.class.getName()
			},
			new String[] {"uai"}, true);

		_finderPathWithoutPaginationFindByUai = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "findByUai",
			new String[] {String.class.getName()}, new String[] {"uai"}, true);

		_finderPathCountByUai = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByUai",
			new String[] {String.class.getName()}, new String[] {"uai"}, false);

		_finderPathFetchByP_P = new FinderPath(
			FINDER_CLASS_NAME_ENTITY, "fetchByP_P",
			new String[] {String.class.getName(), String.class.getName()},
			new String[] {"parentExternalId", "pupilExternalId"}, true);

		ParentRelationUtil.setPersistence(this);
	}

	@Deactivate
	public void deactivate() {
		ParentRelationUtil.setPersistence(null);

		entityCache.removeCache(ParentRelationImpl.class.getName());
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

	private static final String _SQL_SELECT_PARENTRELATION =
		"SELECT parentRelation FROM ParentRelation parentRelation";

	private static final String _SQL_SELECT_PARENTRELATION_WHERE =
		"SELECT parentRelation FROM ParentRelation parentRelation WHERE ";

	private static final String _SQL_COUNT_PARENTRELATION =
		"SELECT COUNT(parentRelation) FROM ParentRelation parentRelation";

	private static final String _SQL_COUNT_PARENTRELATION_WHERE =
		"SELECT COUNT(parentRelation) FROM ParentRelation parentRelation WHERE ";

	private static final String _ORDER_BY_ENTITY_ALIAS = "parentRelation.";

	private static final String _NO_SUCH_ENTITY_WITH_PRIMARY_KEY =
		"No ParentRelation exists with the primary key ";

	private static final String _NO_SUCH_ENTITY_WITH_KEY =
		"No ParentRelation exists with the key {";

	private static final Log _log = LogFactoryUtil.getLog(
		ParentRelationPersistenceImpl.class);

	@Override
	protected FinderCache getFinderCache() {
		return finderCache;
	}

}