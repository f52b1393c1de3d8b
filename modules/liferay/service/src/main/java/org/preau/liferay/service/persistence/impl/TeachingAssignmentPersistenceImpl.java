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

import org.preau.liferay.exception.NoSuchTeachingAssignmentException;
import org.preau.liferay.model.TeachingAssignment;
import org.preau.liferay.model.TeachingAssignmentTable;
import org.preau.liferay.model.impl.TeachingAssignmentImpl;
import org.preau.liferay.model.impl.TeachingAssignmentModelImpl;
import org.preau.liferay.service.persistence.TeachingAssignmentPersistence;
import org.preau.liferay.service.persistence.TeachingAssignmentUtil;
import org.preau.liferay.service.persistence.impl.constants.PreauPersistenceConstants;

/**
 * The persistence implementation for the teaching assignment service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Préau
 * @generated
 */
@Component(service = TeachingAssignmentPersistence.class)
public class TeachingAssignmentPersistenceImpl
	extends BasePersistenceImpl<TeachingAssignment>
	implements TeachingAssignmentPersistence {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this class directly. Always use <code>TeachingAssignmentUtil</code> to access the teaching assignment persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static final String FINDER_CLASS_NAME_ENTITY =
		TeachingAssignmentImpl.class.getName();

	public static final String FINDER_CLASS_NAME_LIST_WITH_PAGINATION =
		FINDER_CLASS_NAME_ENTITY + ".List1";

	public static final String FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION =
		FINDER_CLASS_NAME_ENTITY + ".List2";

	private FinderPath _finderPathWithPaginationFindAll;
	private FinderPath _finderPathWithoutPaginationFindAll;
	private FinderPath _finderPathCountAll;
	private FinderPath _finderPathWithPaginationFindByTeacherExternalId;
	private FinderPath _finderPathWithoutPaginationFindByTeacherExternalId;
	private FinderPath _finderPathCountByTeacherExternalId;

	/**
	 * Returns all the teaching assignments where teacherExternalId = &#63;.
	 *
	 * @param teacherExternalId the teacher external ID
	 * @return the matching teaching assignments
	 */
	@Override
	public List<TeachingAssignment> findByTeacherExternalId(
		String teacherExternalId) {

		return findByTeacherExternalId(
			teacherExternalId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the teaching assignments where teacherExternalId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>TeachingAssignmentModelImpl</code>.
	 * </p>
	 *
	 * @param teacherExternalId the teacher external ID
	 * @param start the lower bound of the range of teaching assignments
	 * @param end the upper bound of the range of teaching assignments (not inclusive)
	 * @return the range of matching teaching assignments
	 */
	@Override
	public List<TeachingAssignment> findByTeacherExternalId(
		String teacherExternalId, int start, int end) {

		return findByTeacherExternalId(teacherExternalId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the teaching assignments where teacherExternalId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>TeachingAssignmentModelImpl</code>.
	 * </p>
	 *
	 * @param teacherExternalId the teacher external ID
	 * @param start the lower bound of the range of teaching assignments
	 * @param end the upper bound of the range of teaching assignments (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching teaching assignments
	 */
	@Override
	public List<TeachingAssignment> findByTeacherExternalId(
		String teacherExternalId, int start, int end,
		OrderByComparator<TeachingAssignment> orderByComparator) {

		return findByTeacherExternalId(
			teacherExternalId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the teaching assignments where teacherExternalId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>TeachingAssignmentModelImpl</code>.
	 * </p>
	 *
	 * @param teacherExternalId the teacher external ID
	 * @param start the lower bound of the range of teaching assignments
	 * @param end the upper bound of the range of teaching assignments (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching teaching assignments
	 */
	@Override
	public List<TeachingAssignment> findByTeacherExternalId(
		String teacherExternalId, int start, int end,
		OrderByComparator<TeachingAssignment> orderByComparator,
		boolean useFinderCache) {

		teacherExternalId = Objects.toString(teacherExternalId, "");

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath =
					_finderPathWithoutPaginationFindByTeacherExternalId;
				finderArgs = new Object[] {teacherExternalId};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindByTeacherExternalId;
			finderArgs = new Object[] {
				teacherExternalId, start, end, orderByComparator
			};
		}

		List<TeachingAssignment> list = null;

		if (useFinderCache) {
			list = (List<TeachingAssignment>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (TeachingAssignment teachingAssignment : list) {
					if (!teacherExternalId.equals(
							teachingAssignment.getTeacherExternalId())) {

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

			sb.append(_SQL_SELECT_TEACHINGASSIGNMENT_WHERE);

			boolean bindTeacherExternalId = false;

			if (teacherExternalId.isEmpty()) {
				sb.append(_FINDER_COLUMN_TEACHEREXTERNALID_TEACHEREXTERNALID_3);
			}
			else {
				bindTeacherExternalId = true;

				sb.append(_FINDER_COLUMN_TEACHEREXTERNALID_TEACHEREXTERNALID_2);
			}

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(TeachingAssignmentModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				if (bindTeacherExternalId) {
					queryPos.add(teacherExternalId);
				}

				list = (List<TeachingAssignment>)QueryUtil.list(
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
	 * Returns the first teaching assignment in the ordered set where teacherExternalId = &#63;.
	 *
	 * @param teacherExternalId the teacher external ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching teaching assignment
	 * @throws NoSuchTeachingAssignmentException if a matching teaching assignment could not be found
	 */
	@Override
	public TeachingAssignment findByTeacherExternalId_First(
			String teacherExternalId,
			OrderByComparator<TeachingAssignment> orderByComparator)
		throws NoSuchTeachingAssignmentException {

		TeachingAssignment teachingAssignment = fetchByTeacherExternalId_First(
			teacherExternalId, orderByComparator);

		if (teachingAssignment != null) {
			return teachingAssignment;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("teacherExternalId=");
		sb.append(teacherExternalId);

		sb.append("}");

		throw new NoSuchTeachingAssignmentException(sb.toString());
	}

	/**
	 * Returns the first teaching assignment in the ordered set where teacherExternalId = &#63;.
	 *
	 * @param teacherExternalId the teacher external ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching teaching assignment, or <code>null</code> if a matching teaching assignment could not be found
	 */
	@Override
	public TeachingAssignment fetchByTeacherExternalId_First(
		String teacherExternalId,
		OrderByComparator<TeachingAssignment> orderByComparator) {

		List<TeachingAssignment> list = findByTeacherExternalId(
			teacherExternalId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last teaching assignment in the ordered set where teacherExternalId = &#63;.
	 *
	 * @param teacherExternalId the teacher external ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching teaching assignment
	 * @throws NoSuchTeachingAssignmentException if a matching teaching assignment could not be found
	 */
	@Override
	public TeachingAssignment findByTeacherExternalId_Last(
			String teacherExternalId,
			OrderByComparator<TeachingAssignment> orderByComparator)
		throws NoSuchTeachingAssignmentException {

		TeachingAssignment teachingAssignment = fetchByTeacherExternalId_Last(
			teacherExternalId, orderByComparator);

		if (teachingAssignment != null) {
			return teachingAssignment;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("teacherExternalId=");
		sb.append(teacherExternalId);

		sb.append("}");

		throw new NoSuchTeachingAssignmentException(sb.toString());
	}

	/**
	 * Returns the last teaching assignment in the ordered set where teacherExternalId = &#63;.
	 *
	 * @param teacherExternalId the teacher external ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching teaching assignment, or <code>null</code> if a matching teaching assignment could not be found
	 */
	@Override
	public TeachingAssignment fetchByTeacherExternalId_Last(
		String teacherExternalId,
		OrderByComparator<TeachingAssignment> orderByComparator) {

		int count = countByTeacherExternalId(teacherExternalId);

		if (count == 0) {
			return null;
		}

		List<TeachingAssignment> list = findByTeacherExternalId(
			teacherExternalId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the teaching assignments before and after the current teaching assignment in the ordered set where teacherExternalId = &#63;.
	 *
	 * @param teachingAssignmentId the primary key of the current teaching assignment
	 * @param teacherExternalId the teacher external ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next teaching assignment
	 * @throws NoSuchTeachingAssignmentException if a teaching assignment with the primary key could not be found
	 */
	@Override
	public TeachingAssignment[] findByTeacherExternalId_PrevAndNext(
			long teachingAssignmentId, String teacherExternalId,
			OrderByComparator<TeachingAssignment> orderByComparator)
		throws NoSuchTeachingAssignmentException {

		teacherExternalId = Objects.toString(teacherExternalId, "");

		TeachingAssignment teachingAssignment = findByPrimaryKey(
			teachingAssignmentId);

		Session session = null;

		try {
			session = openSession();

			TeachingAssignment[] array = new TeachingAssignmentImpl[3];

			array[0] = getByTeacherExternalId_PrevAndNext(
				session, teachingAssignment, teacherExternalId,
				orderByComparator, true);

			array[1] = teachingAssignment;

			array[2] = getByTeacherExternalId_PrevAndNext(
				session, teachingAssignment, teacherExternalId,
				orderByComparator, false);

			return array;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	protected TeachingAssignment getByTeacherExternalId_PrevAndNext(
		Session session, TeachingAssignment teachingAssignment,
		String teacherExternalId,
		OrderByComparator<TeachingAssignment> orderByComparator,
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

		sb.append(_SQL_SELECT_TEACHINGASSIGNMENT_WHERE);

		boolean bindTeacherExternalId = false;

		if (teacherExternalId.isEmpty()) {
			sb.append(_FINDER_COLUMN_TEACHEREXTERNALID_TEACHEREXTERNALID_3);
		}
		else {
			bindTeacherExternalId = true;

			sb.append(_FINDER_COLUMN_TEACHEREXTERNALID_TEACHEREXTERNALID_2);
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
			sb.append(TeachingAssignmentModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		if (bindTeacherExternalId) {
			queryPos.add(teacherExternalId);
		}

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(
						teachingAssignment)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<TeachingAssignment> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the teaching assignments where teacherExternalId = &#63; from the database.
	 *
	 * @param teacherExternalId the teacher external ID
	 */
	@Override
	public void removeByTeacherExternalId(String teacherExternalId) {
		for (TeachingAssignment teachingAssignment :
				findByTeacherExternalId(
					teacherExternalId, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
					null)) {

			remove(teachingAssignment);
		}
	}

	/**
	 * Returns the number of teaching assignments where teacherExternalId = &#63;.
	 *
	 * @param teacherExternalId the teacher external ID
	 * @return the number of matching teaching assignments
	 */
	@Override
	public int countByTeacherExternalId(String teacherExternalId) {
		teacherExternalId = Objects.toString(teacherExternalId, "");

		FinderPath finderPath = _finderPathCountByTeacherExternalId;

		Object[] finderArgs = new Object[] {teacherExternalId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_TEACHINGASSIGNMENT_WHERE);

			boolean bindTeacherExternalId = false;

			if (teacherExternalId.isEmpty()) {
				sb.append(_FINDER_COLUMN_TEACHEREXTERNALID_TEACHEREXTERNALID_3);
			}
			else {
				bindTeacherExternalId = true;

				sb.append(_FINDER_COLUMN_TEACHEREXTERNALID_TEACHEREXTERNALID_2);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				if (bindTeacherExternalId) {
					queryPos.add(teacherExternalId);
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
		_FINDER_COLUMN_TEACHEREXTERNALID_TEACHEREXTERNALID_2 =
			"teachingAssignment.teacherExternalId = ?";

	private static final String
		_FINDER_COLUMN_TEACHEREXTERNALID_TEACHEREXTERNALID_3 =
			"(teachingAssignment.teacherExternalId IS NULL OR teachingAssignment.teacherExternalId = '')";

	private FinderPath _finderPathWithPaginationFindByU_S;
	private FinderPath _finderPathWithoutPaginationFindByU_S;
	private FinderPath _finderPathCountByU_S;

	/**
	 * Returns all the teaching assignments where uai = &#63; and structureCode = &#63;.
	 *
	 * @param uai the uai
	 * @param structureCode the structure code
	 * @return the matching teaching assignments
	 */
	@Override
	public List<TeachingAssignment> findByU_S(
		String uai, String structureCode) {

		return findByU_S(
			uai, structureCode, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the teaching assignments where uai = &#63; and structureCode = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>TeachingAssignmentModelImpl</code>.
	 * </p>
	 *
	 * @param uai the uai
	 * @param structureCode the structure code
	 * @param start the lower bound of the range of teaching assignments
	 * @param end the upper bound of the range of teaching assignments (not inclusive)
	 * @return the range of matching teaching assignments
	 */
	@Override
	public List<TeachingAssignment> findByU_S(
		String uai, String structureCode, int start, int end) {

		return findByU_S(uai, structureCode, start, end, null);
	}

	/**
	 * Returns an ordered range of all the teaching assignments where uai = &#63; and structureCode = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>TeachingAssignmentModelImpl</code>.
	 * </p>
	 *
	 * @param uai the uai
	 * @param structureCode the structure code
	 * @param start the lower bound of the range of teaching assignments
	 * @param end the upper bound of the range of teaching assignments (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching teaching assignments
	 */
	@Override
	public List<TeachingAssignment> findByU_S(
		String uai, String structureCode, int start, int end,
		OrderByComparator<TeachingAssignment> orderByComparator) {

		return findByU_S(
			uai, structureCode, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the teaching assignments where uai = &#63; and structureCode = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>TeachingAssignmentModelImpl</code>.
	 * </p>
	 *
	 * @param uai the uai
	 * @param structureCode the structure code
	 * @param start the lower bound of the range of teaching assignments
	 * @param end the upper bound of the range of teaching assignments (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching teaching assignments
	 */
	@Override
	public List<TeachingAssignment> findByU_S(
		String uai, String structureCode, int start, int end,
		OrderByComparator<TeachingAssignment> orderByComparator,
		boolean useFinderCache) {

		uai = Objects.toString(uai, "");
		structureCode = Objects.toString(structureCode, "");

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath = _finderPathWithoutPaginationFindByU_S;
				finderArgs = new Object[] {uai, structureCode};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindByU_S;
			finderArgs = new Object[] {
				uai, structureCode, start, end, orderByComparator
			};
		}

		List<TeachingAssignment> list = null;

		if (useFinderCache) {
			list = (List<TeachingAssignment>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (TeachingAssignment teachingAssignment : list) {
					if (!uai.equals(teachingAssignment.getUai()) ||
						!structureCode.equals(
							teachingAssignment.getStructureCode())) {

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
					4 + (orderByComparator.getOrderByFields().length * 2));
			}
			else {
				sb = new StringBundler(4);
			}

			sb.append(_SQL_SELECT_TEACHINGASSIGNMENT_WHERE);

			boolean bindUai = false;

			if (uai.isEmpty()) {
				sb.append(_FINDER_COLUMN_U_S_UAI_3);
			}
			else {
				bindUai = true;

				sb.append(_FINDER_COLUMN_U_S_UAI_2);
			}

			boolean bindStructureCode = false;

			if (structureCode.isEmpty()) {
				sb.append(_FINDER_COLUMN_U_S_STRUCTURECODE_3);
			}
			else {
				bindStructureCode = true;

				sb.append(_FINDER_COLUMN_U_S_STRUCTURECODE_2);
			}

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(TeachingAssignmentModelImpl.ORDER_BY_JPQL);
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

				if (bindStructureCode) {
					queryPos.add(structureCode);
				}

				list = (List<TeachingAssignment>)QueryUtil.list(
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
	 * Returns the first teaching assignment in the ordered set where uai = &#63; and structureCode = &#63;.
	 *
	 * @param uai the uai
	 * @param structureCode the structure code
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching teaching assignment
	 * @throws NoSuchTeachingAssignmentException if a matching teaching assignment could not be found
	 */
	@Override
	public TeachingAssignment findByU_S_First(
			String uai, String structureCode,
			OrderByComparator<TeachingAssignment> orderByComparator)
		throws NoSuchTeachingAssignmentException {

		TeachingAssignment teachingAssignment = fetchByU_S_First(
			uai, structureCode, orderByComparator);

		if (teachingAssignment != null) {
			return teachingAssignment;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("uai=");
		sb.append(uai);

		sb.append(", structureCode=");
		sb.append(structureCode);

		sb.append("}");

		throw new NoSuchTeachingAssignmentException(sb.toString());
	}

	/**
	 * Returns the first teaching assignment in the ordered set where uai = &#63; and structureCode = &#63;.
	 *
	 * @param uai the uai
	 * @param structureCode the structure code
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching teaching assignment, or <code>null</code> if a matching teaching assignment could not be found
	 */
	@Override
	public TeachingAssignment fetchByU_S_First(
		String uai, String structureCode,
		OrderByComparator<TeachingAssignment> orderByComparator) {

		List<TeachingAssignment> list = findByU_S(
			uai, structureCode, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last teaching assignment in the ordered set where uai = &#63; and structureCode = &#63;.
	 *
	 * @param uai the uai
	 * @param structureCode the structure code
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching teaching assignment
	 * @throws NoSuchTeachingAssignmentException if a matching teaching assignment could not be found
	 */
	@Override
	public TeachingAssignment findByU_S_Last(
			String uai, String structureCode,
			OrderByComparator<TeachingAssignment> orderByComparator)
		throws NoSuchTeachingAssignmentException {

		TeachingAssignment teachingAssignment = fetchByU_S_Last(
			uai, structureCode, orderByComparator);

		if (teachingAssignment != null) {
			return teachingAssignment;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("uai=");
		sb.append(uai);

		sb.append(", structureCode=");
		sb.append(structureCode);

		sb.append("}");

		throw new NoSuchTeachingAssignmentException(sb.toString());
	}

	/**
	 * Returns the last teaching assignment in the ordered set where uai = &#63; and structureCode = &#63;.
	 *
	 * @param uai the uai
	 * @param structureCode the structure code
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching teaching assignment, or <code>null</code> if a matching teaching assignment could not be found
	 */
	@Override
	public TeachingAssignment fetchByU_S_Last(
		String uai, String structureCode,
		OrderByComparator<TeachingAssignment> orderByComparator) {

		int count = countByU_S(uai, structureCode);

		if (count == 0) {
			return null;
		}

		List<TeachingAssignment> list = findByU_S(
			uai, structureCode, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the teaching assignments before and after the current teaching assignment in the ordered set where uai = &#63; and structureCode = &#63;.
	 *
	 * @param teachingAssignmentId the primary key of the current teaching assignment
	 * @param uai the uai
	 * @param structureCode the structure code
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next teaching assignment
	 * @throws NoSuchTeachingAssignmentException if a teaching assignment with the primary key could not be found
	 */
	@Override
	public TeachingAssignment[] findByU_S_PrevAndNext(
			long teachingAssignmentId, String uai, String structureCode,
			OrderByComparator<TeachingAssignment> orderByComparator)
		throws NoSuchTeachingAssignmentException {

		uai = Objects.toString(uai, "");
		structureCode = Objects.toString(structureCode, "");

		TeachingAssignment teachingAssignment = findByPrimaryKey(
			teachingAssignmentId);

		Session session = null;

		try {
			session = openSession();

			TeachingAssignment[] array = new TeachingAssignmentImpl[3];

			array[0] = getByU_S_PrevAndNext(
				session, teachingAssignment, uai, structureCode,
				orderByComparator, true);

			array[1] = teachingAssignment;

			array[2] = getByU_S_PrevAndNext(
				session, teachingAssignment, uai, structureCode,
				orderByComparator, false);

			return array;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	protected TeachingAssignment getByU_S_PrevAndNext(
		Session session, TeachingAssignment teachingAssignment, String uai,
		String structureCode,
		OrderByComparator<TeachingAssignment> orderByComparator,
		boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				5 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(4);
		}

		sb.append(_SQL_SELECT_TEACHINGASSIGNMENT_WHERE);

		boolean bindUai = false;

		if (uai.isEmpty()) {
			sb.append(_FINDER_COLUMN_U_S_UAI_3);
		}
		else {
			bindUai = true;

			sb.append(_FINDER_COLUMN_U_S_UAI_2);
		}

		boolean bindStructureCode = false;

		if (structureCode.isEmpty()) {
			sb.append(_FINDER_COLUMN_U_S_STRUCTURECODE_3);
		}
		else {
			bindStructureCode = true;

			sb.append(_FINDER_COLUMN_U_S_STRUCTURECODE_2);
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
			sb.append(TeachingAssignmentModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		if (bindUai) {
			queryPos.add(uai);
		}

		if (bindStructureCode) {
			queryPos.add(structureCode);
		}

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(
						teachingAssignment)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<TeachingAssignment> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the teaching assignments where uai = &#63; and structureCode = &#63; from the database.
	 *
	 * @param uai the uai
	 * @param structureCode the structure code
	 */
	@Override
	public void removeByU_S(String uai, String structureCode) {
		for (TeachingAssignment teachingAssignment :
				findByU_S(
					uai, structureCode, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
					null)) {

			remove(teachingAssignment);
		}
	}

	/**
	 * Returns the number of teaching assignments where uai = &#63; and structureCode = &#63;.
	 *
	 * @param uai the uai
	 * @param structureCode the structure code
	 * @return the number of matching teaching assignments
	 */
	@Override
	public int countByU_S(String uai, String structureCode) {
		uai = Objects.toString(uai, "");
		structureCode = Objects.toString(structureCode, "");

		FinderPath finderPath = _finderPathCountByU_S;

		Object[] finderArgs = new Object[] {uai, structureCode};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(3);

			sb.append(_SQL_COUNT_TEACHINGASSIGNMENT_WHERE);

			boolean bindUai = false;

			if (uai.isEmpty()) {
				sb.append(_FINDER_COLUMN_U_S_UAI_3);
			}
			else {
				bindUai = true;

				sb.append(_FINDER_COLUMN_U_S_UAI_2);
			}

			boolean bindStructureCode = false;

			if (structureCode.isEmpty()) {
				sb.append(_FINDER_COLUMN_U_S_STRUCTURECODE_3);
			}
			else {
				bindStructureCode = true;

				sb.append(_FINDER_COLUMN_U_S_STRUCTURECODE_2);
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

				if (bindStructureCode) {
					queryPos.add(structureCode);
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

	private static final String _FINDER_COLUMN_U_S_UAI_2 =
		"teachingAssignment.uai = ? AND ";

	private static final String _FINDER_COLUMN_U_S_UAI_3 =
		"(teachingAssignment.uai IS NULL OR teachingAssignment.uai = '') AND ";

	private static final String _FINDER_COLUMN_U_S_STRUCTURECODE_2 =
		"teachingAssignment.structureCode = ?";

	private static final String _FINDER_COLUMN_U_S_STRUCTURECODE_3 =
		"(teachingAssignment.structureCode IS NULL OR teachingAssignment.structureCode = '')";

	private FinderPath _finderPathWithPaginationFindByUai;
	private FinderPath _finderPathWithoutPaginationFindByUai;
	private FinderPath _finderPathCountByUai;

	/**
	 * Returns all the teaching assignments where uai = &#63;.
	 *
	 * @param uai the uai
	 * @return the matching teaching assignments
	 */
	@Override
	public List<TeachingAssignment> findByUai(String uai) {
		return findByUai(uai, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the teaching assignments where uai = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>TeachingAssignmentModelImpl</code>.
	 * </p>
	 *
	 * @param uai the uai
	 * @param start the lower bound of the range of teaching assignments
	 * @param end the upper bound of the range of teaching assignments (not inclusive)
	 * @return the range of matching teaching assignments
	 */
	@Override
	public List<TeachingAssignment> findByUai(String uai, int start, int end) {
		return findByUai(uai, start, end, null);
	}

	/**
	 * Returns an ordered range of all the teaching assignments where uai = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>TeachingAssignmentModelImpl</code>.
	 * </p>
	 *
	 * @param uai the uai
	 * @param start the lower bound of the range of teaching assignments
	 * @param end the upper bound of the range of teaching assignments (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching teaching assignments
	 */
	@Override
	public List<TeachingAssignment> findByUai(
		String uai, int start, int end,
		OrderByComparator<TeachingAssignment> orderByComparator) {

		return findByUai(uai, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the teaching assignments where uai = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>TeachingAssignmentModelImpl</code>.
	 * </p>
	 *
	 * @param uai the uai
	 * @param start the lower bound of the range of teaching assignments
	 * @param end the upper bound of the range of teaching assignments (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching teaching assignments
	 */
	@Override
	public List<TeachingAssignment> findByUai(
		String uai, int start, int end,
		OrderByComparator<TeachingAssignment> orderByComparator,
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

		List<TeachingAssignment> list = null;

		if (useFinderCache) {
			list = (List<TeachingAssignment>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (TeachingAssignment teachingAssignment : list) {
					if (!uai.equals(teachingAssignment.getUai())) {
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

			sb.append(_SQL_SELECT_TEACHINGASSIGNMENT_WHERE);

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
				sb.append(TeachingAssignmentModelImpl.ORDER_BY_JPQL);
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

				list = (List<TeachingAssignment>)QueryUtil.list(
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
	 * Returns the first teaching assignment in the ordered set where uai = &#63;.
	 *
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching teaching assignment
	 * @throws NoSuchTeachingAssignmentException if a matching teaching assignment could not be found
	 */
	@Override
	public TeachingAssignment findByUai_First(
			String uai, OrderByComparator<TeachingAssignment> orderByComparator)
		throws NoSuchTeachingAssignmentException {

		TeachingAssignment teachingAssignment = fetchByUai_First(
			uai, orderByComparator);

		if (teachingAssignment != null) {
			return teachingAssignment;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("uai=");
		sb.append(uai);

		sb.append("}");

		throw new NoSuchTeachingAssignmentException(sb.toString());
	}

	/**
	 * Returns the first teaching assignment in the ordered set where uai = &#63;.
	 *
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching teaching assignment, or <code>null</code> if a matching teaching assignment could not be found
	 */
	@Override
	public TeachingAssignment fetchByUai_First(
		String uai, OrderByComparator<TeachingAssignment> orderByComparator) {

		List<TeachingAssignment> list = findByUai(uai, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last teaching assignment in the ordered set where uai = &#63;.
	 *
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching teaching assignment
	 * @throws NoSuchTeachingAssignmentException if a matching teaching assignment could not be found
	 */
	@Override
	public TeachingAssignment findByUai_Last(
			String uai, OrderByComparator<TeachingAssignment> orderByComparator)
		throws NoSuchTeachingAssignmentException {

		TeachingAssignment teachingAssignment = fetchByUai_Last(
			uai, orderByComparator);

		if (teachingAssignment != null) {
			return teachingAssignment;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("uai=");
		sb.append(uai);

		sb.append("}");

		throw new NoSuchTeachingAssignmentException(sb.toString());
	}

	/**
	 * Returns the last teaching assignment in the ordered set where uai = &#63;.
	 *
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching teaching assignment, or <code>null</code> if a matching teaching assignment could not be found
	 */
	@Override
	public TeachingAssignment fetchByUai_Last(
		String uai, OrderByComparator<TeachingAssignment> orderByComparator) {

		int count = countByUai(uai);

		if (count == 0) {
			return null;
		}

		List<TeachingAssignment> list = findByUai(
			uai, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the teaching assignments before and after the current teaching assignment in the ordered set where uai = &#63;.
	 *
	 * @param teachingAssignmentId the primary key of the current teaching assignment
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next teaching assignment
	 * @throws NoSuchTeachingAssignmentException if a teaching assignment with the primary key could not be found
	 */
	@Override
	public TeachingAssignment[] findByUai_PrevAndNext(
			long teachingAssignmentId, String uai,
			OrderByComparator<TeachingAssignment> orderByComparator)
		throws NoSuchTeachingAssignmentException {

		uai = Objects.toString(uai, "");

		TeachingAssignment teachingAssignment = findByPrimaryKey(
			teachingAssignmentId);

		Session session = null;

		try {
			session = openSession();

			TeachingAssignment[] array = new TeachingAssignmentImpl[3];

			array[0] = getByUai_PrevAndNext(
				session, teachingAssignment, uai, orderByComparator, true);

			array[1] = teachingAssignment;

			array[2] = getByUai_PrevAndNext(
				session, teachingAssignment, uai, orderByComparator, false);

			return array;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	protected TeachingAssignment getByUai_PrevAndNext(
		Session session, TeachingAssignment teachingAssignment, String uai,
		OrderByComparator<TeachingAssignment> orderByComparator,
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

		sb.append(_SQL_SELECT_TEACHINGASSIGNMENT_WHERE);

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
			sb.append(TeachingAssignmentModelImpl.ORDER_BY_JPQL);
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
						teachingAssignment)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<TeachingAssignment> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the teaching assignments where uai = &#63; from the database.
	 *
	 * @param uai the uai
	 */
	@Override
	public void removeByUai(String uai) {
		for (TeachingAssignment teachingAssignment :
				findByUai(uai, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null)) {

			remove(teachingAssignment);
		}
	}

	/**
	 * Returns the number of teaching assignments where uai = &#63;.
	 *
	 * @param uai the uai
	 * @return the number of matching teaching assignments
	 */
	@Override
	public int countByUai(String uai) {
		uai = Objects.toString(uai, "");

		FinderPath finderPath = _finderPathCountByUai;

		Object[] finderArgs = new Object[] {uai};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_TEACHINGASSIGNMENT_WHERE);

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
		"teachingAssignment.uai = ?";

	private static final String _FINDER_COLUMN_UAI_UAI_3 =
		"(teachingAssignment.uai IS NULL OR teachingAssignment.uai = '')";

	private FinderPath _finderPathFetchByU_T_St_Su;

	/**
	 * Returns the teaching assignment where uai = &#63; and teacherExternalId = &#63; and structureCode = &#63; and subjectCode = &#63; or throws a <code>NoSuchTeachingAssignmentException</code> if it could not be found.
	 *
	 * @param uai the uai
	 * @param teacherExternalId the teacher external ID
	 * @param structureCode the structure code
	 * @param subjectCode the subject code
	 * @return the matching teaching assignment
	 * @throws NoSuchTeachingAssignmentException if a matching teaching assignment could not be found
	 */
	@Override
	public TeachingAssignment findByU_T_St_Su(
			String uai, String teacherExternalId, String structureCode,
			String subjectCode)
		throws NoSuchTeachingAssignmentException {

		TeachingAssignment teachingAssignment = fetchByU_T_St_Su(
			uai, teacherExternalId, structureCode, subjectCode);

		if (teachingAssignment == null) {
			StringBundler sb = new StringBundler(10);

			sb.append(_NO_SUCH_ENTITY_WITH_KEY);

			sb.append("uai=");
			sb.append(uai);

			sb.append(", teacherExternalId=");
			sb.append(teacherExternalId);

			sb.append(", structureCode=");
			sb.append(structureCode);

			sb.append(", subjectCode=");
			sb.append(subjectCode);

			sb.append("}");

			if (_log.isDebugEnabled()) {
				_log.debug(sb.toString());
			}

			throw new NoSuchTeachingAssignmentException(sb.toString());
		}

		return teachingAssignment;
	}

	/**
	 * Returns the teaching assignment where uai = &#63; and teacherExternalId = &#63; and structureCode = &#63; and subjectCode = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param uai the uai
	 * @param teacherExternalId the teacher external ID
	 * @param structureCode the structure code
	 * @param subjectCode the subject code
	 * @return the matching teaching assignment, or <code>null</code> if a matching teaching assignment could not be found
	 */
	@Override
	public TeachingAssignment fetchByU_T_St_Su(
		String uai, String teacherExternalId, String structureCode,
		String subjectCode) {

		return fetchByU_T_St_Su(
			uai, teacherExternalId, structureCode, subjectCode, true);
	}

	/**
	 * Returns the teaching assignment where uai = &#63; and teacherExternalId = &#63; and structureCode = &#63; and subjectCode = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param uai the uai
	 * @param teacherExternalId the teacher external ID
	 * @param structureCode the structure code
	 * @param subjectCode the subject code
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching teaching assignment, or <code>null</code> if a matching teaching assignment could not be found
	 */
	@Override
	public TeachingAssignment fetchByU_T_St_Su(
		String uai, String teacherExternalId, String structureCode,
		String subjectCode, boolean useFinderCache) {

		uai = Objects.toString(uai, "");
		teacherExternalId = Objects.toString(teacherExternalId, "");
		structureCode = Objects.toString(structureCode, "");
		subjectCode = Objects.toString(subjectCode, "");

		Object[] finderArgs = null;

		if (useFinderCache) {
			finderArgs = new Object[] {
				uai, teacherExternalId, structureCode, subjectCode
			};
		}

		Object result = null;

		if (useFinderCache) {
			result = finderCache.getResult(
				_finderPathFetchByU_T_St_Su, finderArgs, this);
		}

		if (result instanceof TeachingAssignment) {
			TeachingAssignment teachingAssignment = (TeachingAssignment)result;

			if (!Objects.equals(uai, teachingAssignment.getUai()) ||
				!Objects.equals(
					teacherExternalId,
					teachingAssignment.getTeacherExternalId()) ||
				!Objects.equals(
					structureCode, teachingAssignment.getStructureCode()) ||
				!Objects.equals(
					subjectCode, teachingAssignment.getSubjectCode())) {

				result = null;
			}
		}

		if (result == null) {
			StringBundler sb = new StringBundler(6);

			sb.append(_SQL_SELECT_TEACHINGASSIGNMENT_WHERE);

			boolean bindUai = false;

			if (uai.isEmpty()) {
				sb.append(_FINDER_COLUMN_U_T_ST_SU_UAI_3);
			}
			else {
				bindUai = true;

				sb.append(_FINDER_COLUMN_U_T_ST_SU_UAI_2);
			}

			boolean bindTeacherExternalId = false;

			if (teacherExternalId.isEmpty()) {
				sb.append(_FINDER_COLUMN_U_T_ST_SU_TEACHEREXTERNALID_3);
			}
			else {
				bindTeacherExternalId = true;

				sb.append(_FINDER_COLUMN_U_T_ST_SU_TEACHEREXTERNALID_2);
			}

			boolean bindStructureCode = false;

			if (structureCode.isEmpty()) {
				sb.append(_FINDER_COLUMN_U_T_ST_SU_STRUCTURECODE_3);
			}
			else {
				bindStructureCode = true;

				sb.append(_FINDER_COLUMN_U_T_ST_SU_STRUCTURECODE_2);
			}

			boolean bindSubjectCode = false;

			if (subjectCode.isEmpty()) {
				sb.append(_FINDER_COLUMN_U_T_ST_SU_SUBJECTCODE_3);
			}
			else {
				bindSubjectCode = true;

				sb.append(_FINDER_COLUMN_U_T_ST_SU_SUBJECTCODE_2);
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

				if (bindTeacherExternalId) {
					queryPos.add(teacherExternalId);
				}

				if (bindStructureCode) {
					queryPos.add(structureCode);
				}

				if (bindSubjectCode) {
					queryPos.add(subjectCode);
				}

				List<TeachingAssignment> list = query.list();

				if (list.isEmpty()) {
					if (useFinderCache) {
						finderCache.putResult(
							_finderPathFetchByU_T_St_Su, finderArgs, list);
					}
				}
				else {
					TeachingAssignment teachingAssignment = list.get(0);

					result = teachingAssignment;

					cacheResult(teachingAssignment);
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
			return (TeachingAssignment)result;
		}
	}

	/**
	 * Removes the teaching assignment where uai = &#63; and teacherExternalId = &#63; and structureCode = &#63; and subjectCode = &#63; from the database.
	 *
	 * @param uai the uai
	 * @param teacherExternalId the teacher external ID
	 * @param structureCode the structure code
	 * @param subjectCode the subject code
	 * @return the teaching assignment that was removed
	 */
	@Override
	public TeachingAssignment removeByU_T_St_Su(
			String uai, String teacherExternalId, String structureCode,
			String subjectCode)
		throws NoSuchTeachingAssignmentException {

		TeachingAssignment teachingAssignment = findByU_T_St_Su(
			uai, teacherExternalId, structureCode, subjectCode);

		return remove(teachingAssignment);
	}

	/**
	 * Returns the number of teaching assignments where uai = &#63; and teacherExternalId = &#63; and structureCode = &#63; and subjectCode = &#63;.
	 *
	 * @param uai the uai
	 * @param teacherExternalId the teacher external ID
	 * @param structureCode the structure code
	 * @param subjectCode the subject code
	 * @return the number of matching teaching assignments
	 */
	@Override
	public int countByU_T_St_Su(
		String uai, String teacherExternalId, String structureCode,
		String subjectCode) {

		TeachingAssignment teachingAssignment = fetchByU_T_St_Su(
			uai, teacherExternalId, structureCode, subjectCode);

		if (teachingAssignment == null) {
			return 0;
		}

		return 1;
	}

	private static final String _FINDER_COLUMN_U_T_ST_SU_UAI_2 =
		"teachingAssignment.uai = ? AND ";

	private static final String _FINDER_COLUMN_U_T_ST_SU_UAI_3 =
		"(teachingAssignment.uai IS NULL OR teachingAssignment.uai = '') AND ";

	private static final String _FINDER_COLUMN_U_T_ST_SU_TEACHEREXTERNALID_2 =
		"teachingAssignment.teacherExternalId = ? AND ";

	private static final String _FINDER_COLUMN_U_T_ST_SU_TEACHEREXTERNALID_3 =
		"(teachingAssignment.teacherExternalId IS NULL OR teachingAssignment.teacherExternalId = '') AND ";

	private static final String _FINDER_COLUMN_U_T_ST_SU_STRUCTURECODE_2 =
		"teachingAssignment.structureCode = ? AND ";

	private static final String _FINDER_COLUMN_U_T_ST_SU_STRUCTURECODE_3 =
		"(teachingAssignment.structureCode IS NULL OR teachingAssignment.structureCode = '') AND ";

	private static final String _FINDER_COLUMN_U_T_ST_SU_SUBJECTCODE_2 =
		"teachingAssignment.subjectCode = ?";

	private static final String _FINDER_COLUMN_U_T_ST_SU_SUBJECTCODE_3 =
		"(teachingAssignment.subjectCode IS NULL OR teachingAssignment.subjectCode = '')";

	public TeachingAssignmentPersistenceImpl() {
		setModelClass(TeachingAssignment.class);

		setModelImplClass(TeachingAssignmentImpl.class);
		setModelPKClass(long.class);

		setTable(TeachingAssignmentTable.INSTANCE);
	}

	/**
	 * Caches the teaching assignment in the entity cache if it is enabled.
	 *
	 * @param teachingAssignment the teaching assignment
	 */
	@Override
	public void cacheResult(TeachingAssignment teachingAssignment) {
		entityCache.putResult(
			TeachingAssignmentImpl.class, teachingAssignment.getPrimaryKey(),
			teachingAssignment);

		finderCache.putResult(
			_finderPathFetchByU_T_St_Su,
			new Object[] {
				teachingAssignment.getUai(),
				teachingAssignment.getTeacherExternalId(),
				teachingAssignment.getStructureCode(),
				teachingAssignment.getSubjectCode()
			},
			teachingAssignment);
	}

	private int _valueObjectFinderCacheListThreshold;

	/**
	 * Caches the teaching assignments in the entity cache if it is enabled.
	 *
	 * @param teachingAssignments the teaching assignments
	 */
	@Override
	public void cacheResult(List<TeachingAssignment> teachingAssignments) {
		if ((_valueObjectFinderCacheListThreshold == 0) ||
			((_valueObjectFinderCacheListThreshold > 0) &&
			 (teachingAssignments.size() >
				 _valueObjectFinderCacheListThreshold))) {

			return;
		}

		for (TeachingAssignment teachingAssignment : teachingAssignments) {
			if (entityCache.getResult(
					TeachingAssignmentImpl.class,
					teachingAssignment.getPrimaryKey()) == null) {

				cacheResult(teachingAssignment);
			}
		}
	}

	/**
	 * Clears the cache for all teaching assignments.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache() {
		entityCache.clearCache(TeachingAssignmentImpl.class);

		finderCache.clearCache(TeachingAssignmentImpl.class);
	}

	/**
	 * Clears the cache for the teaching assignment.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache(TeachingAssignment teachingAssignment) {
		entityCache.removeResult(
			TeachingAssignmentImpl.class, teachingAssignment);
	}

	@Override
	public void clearCache(List<TeachingAssignment> teachingAssignments) {
		for (TeachingAssignment teachingAssignment : teachingAssignments) {
			entityCache.removeResult(
				TeachingAssignmentImpl.class, teachingAssignment);
		}
	}

	@Override
	public void clearCache(Set<Serializable> primaryKeys) {
		finderCache.clearCache(TeachingAssignmentImpl.class);

		for (Serializable primaryKey : primaryKeys) {
			entityCache.removeResult(TeachingAssignmentImpl.class, primaryKey);
		}
	}

	protected void cacheUniqueFindersCache(
		TeachingAssignmentModelImpl teachingAssignmentModelImpl) {

		Object[] args = new Object[] {
			teachingAssignmentModelImpl.getUai(),
			teachingAssignmentModelImpl.getTeacherExternalId(),
			teachingAssignmentModelImpl.getStructureCode(),
			teachingAssignmentModelImpl.getSubjectCode()
		};

		finderCache.putResult(
			_finderPathFetchByU_T_St_Su, args, teachingAssignmentModelImpl);
	}

	/**
	 * Creates a new teaching assignment with the primary key. Does not add the teaching assignment to the database.
	 *
	 * @param teachingAssignmentId the primary key for the new teaching assignment
	 * @return the new teaching assignment
	 */
	@Override
	public TeachingAssignment create(long teachingAssignmentId) {
		TeachingAssignment teachingAssignment = new TeachingAssignmentImpl();

		teachingAssignment.setNew(true);
		teachingAssignment.setPrimaryKey(teachingAssignmentId);

		teachingAssignment.setCompanyId(CompanyThreadLocal.getCompanyId());

		return teachingAssignment;
	}

	/**
	 * Removes the teaching assignment with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param teachingAssignmentId the primary key of the teaching assignment
	 * @return the teaching assignment that was removed
	 * @throws NoSuchTeachingAssignmentException if a teaching assignment with the primary key could not be found
	 */
	@Override
	public TeachingAssignment remove(long teachingAssignmentId)
		throws NoSuchTeachingAssignmentException {

		return remove((Serializable)teachingAssignmentId);
	}

	/**
	 * Removes the teaching assignment with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param primaryKey the primary key of the teaching assignment
	 * @return the teaching assignment that was removed
	 * @throws NoSuchTeachingAssignmentException if a teaching assignment with the primary key could not be found
	 */
	@Override
	public TeachingAssignment remove(Serializable primaryKey)
		throws NoSuchTeachingAssignmentException {

		Session session = null;

		try {
			session = openSession();

			TeachingAssignment teachingAssignment =
				(TeachingAssignment)session.get(
					TeachingAssignmentImpl.class, primaryKey);

			if (teachingAssignment == null) {
				if (_log.isDebugEnabled()) {
					_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
				}

				throw new NoSuchTeachingAssignmentException(
					_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			return remove(teachingAssignment);
		}
		catch (NoSuchTeachingAssignmentException noSuchEntityException) {
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
	protected TeachingAssignment removeImpl(
		TeachingAssignment teachingAssignment) {

		Session session = null;

		try {
			session = openSession();

			if (!session.contains(teachingAssignment)) {
				teachingAssignment = (TeachingAssignment)session.get(
					TeachingAssignmentImpl.class,
					teachingAssignment.getPrimaryKeyObj());
			}

			if (teachingAssignment != null) {
				session.delete(teachingAssignment);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		if (teachingAssignment != null) {
			clearCache(teachingAssignment);
		}

		return teachingAssignment;
	}

	@Override
	public TeachingAssignment updateImpl(
		TeachingAssignment teachingAssignment) {

		boolean isNew = teachingAssignment.isNew();

		if (!(teachingAssignment instanceof TeachingAssignmentModelImpl)) {
			InvocationHandler invocationHandler = null;

			if (ProxyUtil.isProxyClass(teachingAssignment.getClass())) {
				invocationHandler = ProxyUtil.getInvocationHandler(
					teachingAssignment);

				throw new IllegalArgumentException(
					"Implement ModelWrapper in teachingAssignment proxy " +
						invocationHandler.getClass());
			}

			throw new IllegalArgumentException(
				"Implement ModelWrapper in custom TeachingAssignment implementation " +
					teachingAssignment.getClass());
		}

		TeachingAssignmentModelImpl teachingAssignmentModelImpl =
			(TeachingAssignmentModelImpl)teachingAssignment;

		ServiceContext serviceContext =
			ServiceContextThreadLocal.getServiceContext();

		Date date = new Date();

		if (isNew && (teachingAssignment.getCreateDate() == null)) {
			if (serviceContext == null) {
				teachingAssignment.setCreateDate(date);
			}
			else {
				teachingAssignment.setCreateDate(
					serviceContext.getCreateDate(date));
			}
		}

		if (!teachingAssignmentModelImpl.hasSetModifiedDate()) {
			if (serviceContext == null) {
				teachingAssignment.setModifiedDate(date);
			}
			else {
				teachingAssignment.setModifiedDate(
					serviceContext.getModifiedDate(date));
			}
		}

		Session session = null;

		try {
			session = openSession();

			if (isNew) {
				session.save(teachingAssignment);
			}
			else {
				teachingAssignment = (TeachingAssignment)session.merge(
					teachingAssignment);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		entityCache.putResult(
			TeachingAssignmentImpl.class, teachingAssignmentModelImpl, false,
			true);

		cacheUniqueFindersCache(teachingAssignmentModelImpl);

		if (isNew) {
			teachingAssignment.setNew(false);
		}

		teachingAssignment.resetOriginalValues();

		return teachingAssignment;
	}

	/**
	 * Returns the teaching assignment with the primary key or throws a <code>com.liferay.portal.kernel.exception.NoSuchModelException</code> if it could not be found.
	 *
	 * @param primaryKey the primary key of the teaching assignment
	 * @return the teaching assignment
	 * @throws NoSuchTeachingAssignmentException if a teaching assignment with the primary key could not be found
	 */
	@Override
	public TeachingAssignment findByPrimaryKey(Serializable primaryKey)
		throws NoSuchTeachingAssignmentException {

		TeachingAssignment teachingAssignment = fetchByPrimaryKey(primaryKey);

		if (teachingAssignment == null) {
			if (_log.isDebugEnabled()) {
				_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			throw new NoSuchTeachingAssignmentException(
				_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
		}

		return teachingAssignment;
	}

	/**
	 * Returns the teaching assignment with the primary key or throws a <code>NoSuchTeachingAssignmentException</code> if it could not be found.
	 *
	 * @param teachingAssignmentId the primary key of the teaching assignment
	 * @return the teaching assignment
	 * @throws NoSuchTeachingAssignmentException if a teaching assignment with the primary key could not be found
	 */
	@Override
	public TeachingAssignment findByPrimaryKey(long teachingAssignmentId)
		throws NoSuchTeachingAssignmentException {

		return findByPrimaryKey((Serializable)teachingAssignmentId);
	}

	/**
	 * Returns the teaching assignment with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param teachingAssignmentId the primary key of the teaching assignment
	 * @return the teaching assignment, or <code>null</code> if a teaching assignment with the primary key could not be found
	 */
	@Override
	public TeachingAssignment fetchByPrimaryKey(long teachingAssignmentId) {
		return fetchByPrimaryKey((Serializable)teachingAssignmentId);
	}

	/**
	 * Returns all the teaching assignments.
	 *
	 * @return the teaching assignments
	 */
	@Override
	public List<TeachingAssignment> findAll() {
		return findAll(QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the teaching assignments.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>TeachingAssignmentModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of teaching assignments
	 * @param end the upper bound of the range of teaching assignments (not inclusive)
	 * @return the range of teaching assignments
	 */
	@Override
	public List<TeachingAssignment> findAll(int start, int end) {
		return findAll(start, end, null);
	}

	/**
	 * Returns an ordered range of all the teaching assignments.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>TeachingAssignmentModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of teaching assignments
	 * @param end the upper bound of the range of teaching assignments (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of teaching assignments
	 */
	@Override
	public List<TeachingAssignment> findAll(
		int start, int end,
		OrderByComparator<TeachingAssignment> orderByComparator) {

		return findAll(start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the teaching assignments.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>TeachingAssignmentModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of teaching assignments
	 * @param end the upper bound of the range of teaching assignments (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of teaching assignments
	 */
	@Override
	public List<TeachingAssignment> findAll(
		int start, int end,
		OrderByComparator<TeachingAssignment> orderByComparator,
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

		List<TeachingAssignment> list = null;

		if (useFinderCache) {
			list = (List<TeachingAssignment>)finderCache.getResult(
				finderPath, finderArgs, this);
		}

		if (list == null) {
			StringBundler sb = null;
			String sql = null;

			if (orderByComparator != null) {
				sb = new StringBundler(
					2 + (orderByComparator.getOrderByFields().length * 2));

				sb.append(_SQL_SELECT_TEACHINGASSIGNMENT);

				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);

				sql = sb.toString();
			}
			else {
				sql = _SQL_SELECT_TEACHINGASSIGNMENT;

				sql = sql.concat(TeachingAssignmentModelImpl.ORDER_BY_JPQL);
			}

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				list = (List<TeachingAssignment>)QueryUtil.list(
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
	 * Removes all the teaching assignments from the database.
	 *
	 */
	@Override
	public void removeAll() {
		for (TeachingAssignment teachingAssignment : findAll()) {
			remove(teachingAssignment);
		}
	}

	/**
	 * Returns the number of teaching assignments.
	 *
	 * @return the number of teaching assignments
	 */
	@Override
	public int countAll() {
		Long count = (Long)finderCache.getResult(
			_finderPathCountAll, FINDER_ARGS_EMPTY, this);

		if (count == null) {
			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(
					_SQL_COUNT_TEACHINGASSIGNMENT);

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
		return "teachingAssignmentId";
	}

	@Override
	protected String getSelectSQL() {
		return _SQL_SELECT_TEACHINGASSIGNMENT;
	}

	@Override
	protected Map<String, Integer> getTableColumnsMap() {
		return TeachingAssignmentModelImpl.TABLE_COLUMNS_MAP;
	}

	/**
	 * Initializes the teaching assignment persistence.
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

		_finderPathWithPaginationFindByTeacherExternalId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findByTeacherExternalId",
			new String[] {
				String.class.getName(), Integer.class.getName(),
				Integer.class.getName(), OrderByComparator.class.getName()
			},
			new String[] {"teacherExternalId"}, true);

		_finderPathWithoutPaginationFindByTeacherExternalId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION,
			"findByTeacherExternalId", new String[] {String.class.getName()},
			new String[] {"teacherExternalId"}, true);

		_finderPathCountByTeacherExternalId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION,
			"countByTeacherExternalId", new String[] {String.class.getName()},
			new String[] {"teacherExternalId"}, false);

		_finderPathWithPaginationFindByU_S = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findByU_S",
			new String[] {
				String.class.getName(), String.class.getName(),
				Integer.class.getName(), Integer.class.getName(),
				OrderByComparator.class.getName()
			},
			new String[] {"uai", "structureCode"}, true);

		_finderPathWithoutPaginationFindByU_S = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "findByU_S",
			new String[] {String.class.getName(), String.class.getName()},
			new String[] {"uai", "structureCode"}, true);

		_finderPathCountByU_S = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByU_S",
			new String[] {String.class.getName(), String.class.getName()},
			new String[] {"uai", "structureCode"}, false);

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

		_finderPathFetchByU_T_St_Su = new FinderPath(
			FINDER_CLASS_NAME_ENTITY, "fetchByU_T_St_Su",
			new String[] {
				String.class.getName(), String.class.getName(),
				String.class.getName(), String.class.getName()
			},
			new String[] {
				"uai", "teacherExternalId", "structureCode", "subjectCode"
			},
			true);

		TeachingAssignmentUtil.setPersistence(this);
	}

	@Deactivate
	public void deactivate() {
		TeachingAssignmentUtil.setPersistence(null);

		entityCache.removeCache(TeachingAssignmentImpl.class.getName());
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

	private static final String _SQL_SELECT_TEACHINGASSIGNMENT =
		"SELECT teachingAssignment FROM TeachingAssignment teachingAssignment";

	private static final String _SQL_SELECT_TEACHINGASSIGNMENT_WHERE =
		"SELECT teachingAssignment FROM TeachingAssignment teachingAssignment WHERE ";

	private static final String _SQL_COUNT_TEACHINGASSIGNMENT =
		"SELECT COUNT(teachingAssignment) FROM TeachingAssignment teachingAssignment";

	private static final String _SQL_COUNT_TEACHINGASSIGNMENT_WHERE =
		"SELECT COUNT(teachingAssignment) FROM TeachingAssignment teachingAssignment WHERE ";

	private static final String _ORDER_BY_ENTITY_ALIAS = "teachingAssignment.";

	private static final String _NO_SUCH_ENTITY_WITH_PRIMARY_KEY =
		"No TeachingAssignment exists with the primary key ";

	private static final String _NO_SUCH_ENTITY_WITH_KEY =
		"No TeachingAssignment exists with the key {";

	private static final Log _log = LogFactoryUtil.getLog(
		TeachingAssignmentPersistenceImpl.class);

	@Override
	protected FinderCache getFinderCache() {
		return finderCache;
	}

}