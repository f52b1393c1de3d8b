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

import java.io.Serializable;

import java.lang.reflect.InvocationHandler;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import org.preau.liferay.exception.NoSuchRightsHistoryEntryException;
import org.preau.liferay.model.RightsHistoryEntry;
import org.preau.liferay.model.RightsHistoryEntryTable;
import org.preau.liferay.model.impl.RightsHistoryEntryImpl;
import org.preau.liferay.model.impl.RightsHistoryEntryModelImpl;
import org.preau.liferay.service.persistence.RightsHistoryEntryPersistence;
import org.preau.liferay.service.persistence.RightsHistoryEntryUtil;
import org.preau.liferay.service.persistence.impl.constants.PreauPersistenceConstants;

/**
 * The persistence implementation for the rights history entry service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Préau
 * @generated
 */
@Component(service = RightsHistoryEntryPersistence.class)
public class RightsHistoryEntryPersistenceImpl
	extends BasePersistenceImpl<RightsHistoryEntry>
	implements RightsHistoryEntryPersistence {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this class directly. Always use <code>RightsHistoryEntryUtil</code> to access the rights history entry persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static final String FINDER_CLASS_NAME_ENTITY =
		RightsHistoryEntryImpl.class.getName();

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
	 * Returns all the rights history entries where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @return the matching rights history entries
	 */
	@Override
	public List<RightsHistoryEntry> findByCompanyId(long companyId) {
		return findByCompanyId(
			companyId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the rights history entries where companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RightsHistoryEntryModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param start the lower bound of the range of rights history entries
	 * @param end the upper bound of the range of rights history entries (not inclusive)
	 * @return the range of matching rights history entries
	 */
	@Override
	public List<RightsHistoryEntry> findByCompanyId(
		long companyId, int start, int end) {

		return findByCompanyId(companyId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the rights history entries where companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RightsHistoryEntryModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param start the lower bound of the range of rights history entries
	 * @param end the upper bound of the range of rights history entries (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching rights history entries
	 */
	@Override
	public List<RightsHistoryEntry> findByCompanyId(
		long companyId, int start, int end,
		OrderByComparator<RightsHistoryEntry> orderByComparator) {

		return findByCompanyId(companyId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the rights history entries where companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RightsHistoryEntryModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param start the lower bound of the range of rights history entries
	 * @param end the upper bound of the range of rights history entries (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching rights history entries
	 */
	@Override
	public List<RightsHistoryEntry> findByCompanyId(
		long companyId, int start, int end,
		OrderByComparator<RightsHistoryEntry> orderByComparator,
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

		List<RightsHistoryEntry> list = null;

		if (useFinderCache) {
			list = (List<RightsHistoryEntry>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (RightsHistoryEntry rightsHistoryEntry : list) {
					if (companyId != rightsHistoryEntry.getCompanyId()) {
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

			sb.append(_SQL_SELECT_RIGHTSHISTORYENTRY_WHERE);

			sb.append(_FINDER_COLUMN_COMPANYID_COMPANYID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(RightsHistoryEntryModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(companyId);

				list = (List<RightsHistoryEntry>)QueryUtil.list(
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
	 * Returns the first rights history entry in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching rights history entry
	 * @throws NoSuchRightsHistoryEntryException if a matching rights history entry could not be found
	 */
	@Override
	public RightsHistoryEntry findByCompanyId_First(
			long companyId,
			OrderByComparator<RightsHistoryEntry> orderByComparator)
		throws NoSuchRightsHistoryEntryException {

		RightsHistoryEntry rightsHistoryEntry = fetchByCompanyId_First(
			companyId, orderByComparator);

		if (rightsHistoryEntry != null) {
			return rightsHistoryEntry;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("companyId=");
		sb.append(companyId);

		sb.append("}");

		throw new NoSuchRightsHistoryEntryException(sb.toString());
	}

	/**
	 * Returns the first rights history entry in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching rights history entry, or <code>null</code> if a matching rights history entry could not be found
	 */
	@Override
	public RightsHistoryEntry fetchByCompanyId_First(
		long companyId,
		OrderByComparator<RightsHistoryEntry> orderByComparator) {

		List<RightsHistoryEntry> list = findByCompanyId(
			companyId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last rights history entry in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching rights history entry
	 * @throws NoSuchRightsHistoryEntryException if a matching rights history entry could not be found
	 */
	@Override
	public RightsHistoryEntry findByCompanyId_Last(
			long companyId,
			OrderByComparator<RightsHistoryEntry> orderByComparator)
		throws NoSuchRightsHistoryEntryException {

		RightsHistoryEntry rightsHistoryEntry = fetchByCompanyId_Last(
			companyId, orderByComparator);

		if (rightsHistoryEntry != null) {
			return rightsHistoryEntry;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("companyId=");
		sb.append(companyId);

		sb.append("}");

		throw new NoSuchRightsHistoryEntryException(sb.toString());
	}

	/**
	 * Returns the last rights history entry in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching rights history entry, or <code>null</code> if a matching rights history entry could not be found
	 */
	@Override
	public RightsHistoryEntry fetchByCompanyId_Last(
		long companyId,
		OrderByComparator<RightsHistoryEntry> orderByComparator) {

		int count = countByCompanyId(companyId);

		if (count == 0) {
			return null;
		}

		List<RightsHistoryEntry> list = findByCompanyId(
			companyId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the rights history entries before and after the current rights history entry in the ordered set where companyId = &#63;.
	 *
	 * @param rightsHistoryEntryId the primary key of the current rights history entry
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next rights history entry
	 * @throws NoSuchRightsHistoryEntryException if a rights history entry with the primary key could not be found
	 */
	@Override
	public RightsHistoryEntry[] findByCompanyId_PrevAndNext(
			long rightsHistoryEntryId, long companyId,
			OrderByComparator<RightsHistoryEntry> orderByComparator)
		throws NoSuchRightsHistoryEntryException {

		RightsHistoryEntry rightsHistoryEntry = findByPrimaryKey(
			rightsHistoryEntryId);

		Session session = null;

		try {
			session = openSession();

			RightsHistoryEntry[] array = new RightsHistoryEntryImpl[3];

			array[0] = getByCompanyId_PrevAndNext(
				session, rightsHistoryEntry, companyId, orderByComparator,
				true);

			array[1] = rightsHistoryEntry;

			array[2] = getByCompanyId_PrevAndNext(
				session, rightsHistoryEntry, companyId, orderByComparator,
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

	protected RightsHistoryEntry getByCompanyId_PrevAndNext(
		Session session, RightsHistoryEntry rightsHistoryEntry, long companyId,
		OrderByComparator<RightsHistoryEntry> orderByComparator,
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

		sb.append(_SQL_SELECT_RIGHTSHISTORYENTRY_WHERE);

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
			sb.append(RightsHistoryEntryModelImpl.ORDER_BY_JPQL);
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
						rightsHistoryEntry)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<RightsHistoryEntry> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the rights history entries where companyId = &#63; from the database.
	 *
	 * @param companyId the company ID
	 */
	@Override
	public void removeByCompanyId(long companyId) {
		for (RightsHistoryEntry rightsHistoryEntry :
				findByCompanyId(
					companyId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null)) {

			remove(rightsHistoryEntry);
		}
	}

	/**
	 * Returns the number of rights history entries where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @return the number of matching rights history entries
	 */
	@Override
	public int countByCompanyId(long companyId) {
		FinderPath finderPath = _finderPathCountByCompanyId;

		Object[] finderArgs = new Object[] {companyId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_RIGHTSHISTORYENTRY_WHERE);

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
		"rightsHistoryEntry.companyId = ?";

	private FinderPath _finderPathWithPaginationFindByC_U;
	private FinderPath _finderPathWithoutPaginationFindByC_U;
	private FinderPath _finderPathCountByC_U;

	/**
	 * Returns all the rights history entries where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @return the matching rights history entries
	 */
	@Override
	public List<RightsHistoryEntry> findByC_U(long companyId, String uai) {
		return findByC_U(
			companyId, uai, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the rights history entries where companyId = &#63; and uai = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RightsHistoryEntryModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param start the lower bound of the range of rights history entries
	 * @param end the upper bound of the range of rights history entries (not inclusive)
	 * @return the range of matching rights history entries
	 */
	@Override
	public List<RightsHistoryEntry> findByC_U(
		long companyId, String uai, int start, int end) {

		return findByC_U(companyId, uai, start, end, null);
	}

	/**
	 * Returns an ordered range of all the rights history entries where companyId = &#63; and uai = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RightsHistoryEntryModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param start the lower bound of the range of rights history entries
	 * @param end the upper bound of the range of rights history entries (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching rights history entries
	 */
	@Override
	public List<RightsHistoryEntry> findByC_U(
		long companyId, String uai, int start, int end,
		OrderByComparator<RightsHistoryEntry> orderByComparator) {

		return findByC_U(companyId, uai, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the rights history entries where companyId = &#63; and uai = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RightsHistoryEntryModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param start the lower bound of the range of rights history entries
	 * @param end the upper bound of the range of rights history entries (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching rights history entries
	 */
	@Override
	public List<RightsHistoryEntry> findByC_U(
		long companyId, String uai, int start, int end,
		OrderByComparator<RightsHistoryEntry> orderByComparator,
		boolean useFinderCache) {

		uai = Objects.toString(uai, "");

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath = _finderPathWithoutPaginationFindByC_U;
				finderArgs = new Object[] {companyId, uai};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindByC_U;
			finderArgs = new Object[] {
				companyId, uai, start, end, orderByComparator
			};
		}

		List<RightsHistoryEntry> list = null;

		if (useFinderCache) {
			list = (List<RightsHistoryEntry>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (RightsHistoryEntry rightsHistoryEntry : list) {
					if ((companyId != rightsHistoryEntry.getCompanyId()) ||
						!uai.equals(rightsHistoryEntry.getUai())) {

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

			sb.append(_SQL_SELECT_RIGHTSHISTORYENTRY_WHERE);

			sb.append(_FINDER_COLUMN_C_U_COMPANYID_2);

			boolean bindUai = false;

			if (uai.isEmpty()) {
				sb.append(_FINDER_COLUMN_C_U_UAI_3);
			}
			else {
				bindUai = true;

				sb.append(_FINDER_COLUMN_C_U_UAI_2);
			}

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(RightsHistoryEntryModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(companyId);

				if (bindUai) {
					queryPos.add(uai);
				}

				list = (List<RightsHistoryEntry>)QueryUtil.list(
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
	 * Returns the first rights history entry in the ordered set where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching rights history entry
	 * @throws NoSuchRightsHistoryEntryException if a matching rights history entry could not be found
	 */
	@Override
	public RightsHistoryEntry findByC_U_First(
			long companyId, String uai,
			OrderByComparator<RightsHistoryEntry> orderByComparator)
		throws NoSuchRightsHistoryEntryException {

		RightsHistoryEntry rightsHistoryEntry = fetchByC_U_First(
			companyId, uai, orderByComparator);

		if (rightsHistoryEntry != null) {
			return rightsHistoryEntry;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("companyId=");
		sb.append(companyId);

		sb.append(", uai=");
		sb.append(uai);

		sb.append("}");

		throw new NoSuchRightsHistoryEntryException(sb.toString());
	}

	/**
	 * Returns the first rights history entry in the ordered set where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching rights history entry, or <code>null</code> if a matching rights history entry could not be found
	 */
	@Override
	public RightsHistoryEntry fetchByC_U_First(
		long companyId, String uai,
		OrderByComparator<RightsHistoryEntry> orderByComparator) {

		List<RightsHistoryEntry> list = findByC_U(
			companyId, uai, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last rights history entry in the ordered set where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching rights history entry
	 * @throws NoSuchRightsHistoryEntryException if a matching rights history entry could not be found
	 */
	@Override
	public RightsHistoryEntry findByC_U_Last(
			long companyId, String uai,
			OrderByComparator<RightsHistoryEntry> orderByComparator)
		throws NoSuchRightsHistoryEntryException {

		RightsHistoryEntry rightsHistoryEntry = fetchByC_U_Last(
			companyId, uai, orderByComparator);

		if (rightsHistoryEntry != null) {
			return rightsHistoryEntry;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("companyId=");
		sb.append(companyId);

		sb.append(", uai=");
		sb.append(uai);

		sb.append("}");

		throw new NoSuchRightsHistoryEntryException(sb.toString());
	}

	/**
	 * Returns the last rights history entry in the ordered set where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching rights history entry, or <code>null</code> if a matching rights history entry could not be found
	 */
	@Override
	public RightsHistoryEntry fetchByC_U_Last(
		long companyId, String uai,
		OrderByComparator<RightsHistoryEntry> orderByComparator) {

		int count = countByC_U(companyId, uai);

		if (count == 0) {
			return null;
		}

		List<RightsHistoryEntry> list = findByC_U(
			companyId, uai, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the rights history entries before and after the current rights history entry in the ordered set where companyId = &#63; and uai = &#63;.
	 *
	 * @param rightsHistoryEntryId the primary key of the current rights history entry
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next rights history entry
	 * @throws NoSuchRightsHistoryEntryException if a rights history entry with the primary key could not be found
	 */
	@Override
	public RightsHistoryEntry[] findByC_U_PrevAndNext(
			long rightsHistoryEntryId, long companyId, String uai,
			OrderByComparator<RightsHistoryEntry> orderByComparator)
		throws NoSuchRightsHistoryEntryException {

		uai = Objects.toString(uai, "");

		RightsHistoryEntry rightsHistoryEntry = findByPrimaryKey(
			rightsHistoryEntryId);

		Session session = null;

		try {
			session = openSession();

			RightsHistoryEntry[] array = new RightsHistoryEntryImpl[3];

			array[0] = getByC_U_PrevAndNext(
				session, rightsHistoryEntry, companyId, uai, orderByComparator,
				true);

			array[1] = rightsHistoryEntry;

			array[2] = getByC_U_PrevAndNext(
				session, rightsHistoryEntry, companyId, uai, orderByComparator,
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

	protected RightsHistoryEntry getByC_U_PrevAndNext(
		Session session, RightsHistoryEntry rightsHistoryEntry, long companyId,
		String uai, OrderByComparator<RightsHistoryEntry> orderByComparator,
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

		sb.append(_SQL_SELECT_RIGHTSHISTORYENTRY_WHERE);

		sb.append(_FINDER_COLUMN_C_U_COMPANYID_2);

		boolean bindUai = false;

		if (uai.isEmpty()) {
			sb.append(_FINDER_COLUMN_C_U_UAI_3);
		}
		else {
			bindUai = true;

			sb.append(_FINDER_COLUMN_C_U_UAI_2);
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
			sb.append(RightsHistoryEntryModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(companyId);

		if (bindUai) {
			queryPos.add(uai);
		}

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(
						rightsHistoryEntry)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<RightsHistoryEntry> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the rights history entries where companyId = &#63; and uai = &#63; from the database.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 */
	@Override
	public void removeByC_U(long companyId, String uai) {
		for (RightsHistoryEntry rightsHistoryEntry :
				findByC_U(
					companyId, uai, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
					null)) {

			remove(rightsHistoryEntry);
		}
	}

	/**
	 * Returns the number of rights history entries where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @return the number of matching rights history entries
	 */
	@Override
	public int countByC_U(long companyId, String uai) {
		uai = Objects.toString(uai, "");

		FinderPath finderPath = _finderPathCountByC_U;

		Object[] finderArgs = new Object[] {companyId, uai};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(3);

			sb.append(_SQL_COUNT_RIGHTSHISTORYENTRY_WHERE);

			sb.append(_FINDER_COLUMN_C_U_COMPANYID_2);

			boolean bindUai = false;

			if (uai.isEmpty()) {
				sb.append(_FINDER_COLUMN_C_U_UAI_3);
			}
			else {
				bindUai = true;

				sb.append(_FINDER_COLUMN_C_U_UAI_2);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(companyId);

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

	private static final String _FINDER_COLUMN_C_U_COMPANYID_2 =
		"rightsHistoryEntry.companyId = ? AND ";

	private static final String _FINDER_COLUMN_C_U_UAI_2 =
		"rightsHistoryEntry.uai = ?";

	private static final String _FINDER_COLUMN_C_U_UAI_3 =
		"(rightsHistoryEntry.uai IS NULL OR rightsHistoryEntry.uai = '')";

	public RightsHistoryEntryPersistenceImpl() {
		setModelClass(RightsHistoryEntry.class);

		setModelImplClass(RightsHistoryEntryImpl.class);
		setModelPKClass(long.class);

		setTable(RightsHistoryEntryTable.INSTANCE);
	}

	/**
	 * Caches the rights history entry in the entity cache if it is enabled.
	 *
	 * @param rightsHistoryEntry the rights history entry
	 */
	@Override
	public void cacheResult(RightsHistoryEntry rightsHistoryEntry) {
		entityCache.putResult(
			RightsHistoryEntryImpl.class, rightsHistoryEntry.getPrimaryKey(),
			rightsHistoryEntry);
	}

	private int _valueObjectFinderCacheListThreshold;

	/**
	 * Caches the rights history entries in the entity cache if it is enabled.
	 *
	 * @param rightsHistoryEntries the rights history entries
	 */
	@Override
	public void cacheResult(List<RightsHistoryEntry> rightsHistoryEntries) {
		if ((_valueObjectFinderCacheListThreshold == 0) ||
			((_valueObjectFinderCacheListThreshold > 0) &&
			 (rightsHistoryEntries.size() >
				 _valueObjectFinderCacheListThreshold))) {

			return;
		}

		for (RightsHistoryEntry rightsHistoryEntry : rightsHistoryEntries) {
			if (entityCache.getResult(
					RightsHistoryEntryImpl.class,
					rightsHistoryEntry.getPrimaryKey()) == null) {

				cacheResult(rightsHistoryEntry);
			}
		}
	}

	/**
	 * Clears the cache for all rights history entries.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache() {
		entityCache.clearCache(RightsHistoryEntryImpl.class);

		finderCache.clearCache(RightsHistoryEntryImpl.class);
	}

	/**
	 * Clears the cache for the rights history entry.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache(RightsHistoryEntry rightsHistoryEntry) {
		entityCache.removeResult(
			RightsHistoryEntryImpl.class, rightsHistoryEntry);
	}

	@Override
	public void clearCache(List<RightsHistoryEntry> rightsHistoryEntries) {
		for (RightsHistoryEntry rightsHistoryEntry : rightsHistoryEntries) {
			entityCache.removeResult(
				RightsHistoryEntryImpl.class, rightsHistoryEntry);
		}
	}

	@Override
	public void clearCache(Set<Serializable> primaryKeys) {
		finderCache.clearCache(RightsHistoryEntryImpl.class);

		for (Serializable primaryKey : primaryKeys) {
			entityCache.removeResult(RightsHistoryEntryImpl.class, primaryKey);
		}
	}

	/**
	 * Creates a new rights history entry with the primary key. Does not add the rights history entry to the database.
	 *
	 * @param rightsHistoryEntryId the primary key for the new rights history entry
	 * @return the new rights history entry
	 */
	@Override
	public RightsHistoryEntry create(long rightsHistoryEntryId) {
		RightsHistoryEntry rightsHistoryEntry = new RightsHistoryEntryImpl();

		rightsHistoryEntry.setNew(true);
		rightsHistoryEntry.setPrimaryKey(rightsHistoryEntryId);

		rightsHistoryEntry.setCompanyId(CompanyThreadLocal.getCompanyId());

		return rightsHistoryEntry;
	}

	/**
	 * Removes the rights history entry with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param rightsHistoryEntryId the primary key of the rights history entry
	 * @return the rights history entry that was removed
	 * @throws NoSuchRightsHistoryEntryException if a rights history entry with the primary key could not be found
	 */
	@Override
	public RightsHistoryEntry remove(long rightsHistoryEntryId)
		throws NoSuchRightsHistoryEntryException {

		return remove((Serializable)rightsHistoryEntryId);
	}

	/**
	 * Removes the rights history entry with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param primaryKey the primary key of the rights history entry
	 * @return the rights history entry that was removed
	 * @throws NoSuchRightsHistoryEntryException if a rights history entry with the primary key could not be found
	 */
	@Override
	public RightsHistoryEntry remove(Serializable primaryKey)
		throws NoSuchRightsHistoryEntryException {

		Session session = null;

		try {
			session = openSession();

			RightsHistoryEntry rightsHistoryEntry =
				(RightsHistoryEntry)session.get(
					RightsHistoryEntryImpl.class, primaryKey);

			if (rightsHistoryEntry == null) {
				if (_log.isDebugEnabled()) {
					_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
				}

				throw new NoSuchRightsHistoryEntryException(
					_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			return remove(rightsHistoryEntry);
		}
		catch (NoSuchRightsHistoryEntryException noSuchEntityException) {
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
	protected RightsHistoryEntry removeImpl(
		RightsHistoryEntry rightsHistoryEntry) {

		Session session = null;

		try {
			session = openSession();

			if (!session.contains(rightsHistoryEntry)) {
				rightsHistoryEntry = (RightsHistoryEntry)session.get(
					RightsHistoryEntryImpl.class,
					rightsHistoryEntry.getPrimaryKeyObj());
			}

			if (rightsHistoryEntry != null) {
				session.delete(rightsHistoryEntry);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		if (rightsHistoryEntry != null) {
			clearCache(rightsHistoryEntry);
		}

		return rightsHistoryEntry;
	}

	@Override
	public RightsHistoryEntry updateImpl(
		RightsHistoryEntry rightsHistoryEntry) {

		boolean isNew = rightsHistoryEntry.isNew();

		if (!(rightsHistoryEntry instanceof RightsHistoryEntryModelImpl)) {
			InvocationHandler invocationHandler = null;

			if (ProxyUtil.isProxyClass(rightsHistoryEntry.getClass())) {
				invocationHandler = ProxyUtil.getInvocationHandler(
					rightsHistoryEntry);

				throw new IllegalArgumentException(
					"Implement ModelWrapper in rightsHistoryEntry proxy " +
						invocationHandler.getClass());
			}

			throw new IllegalArgumentException(
				"Implement ModelWrapper in custom RightsHistoryEntry implementation " +
					rightsHistoryEntry.getClass());
		}

		RightsHistoryEntryModelImpl rightsHistoryEntryModelImpl =
			(RightsHistoryEntryModelImpl)rightsHistoryEntry;

		Session session = null;

		try {
			session = openSession();

			if (isNew) {
				session.save(rightsHistoryEntry);
			}
			else {
				rightsHistoryEntry = (RightsHistoryEntry)session.merge(
					rightsHistoryEntry);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		entityCache.putResult(
			RightsHistoryEntryImpl.class, rightsHistoryEntryModelImpl, false,
			true);

		if (isNew) {
			rightsHistoryEntry.setNew(false);
		}

		rightsHistoryEntry.resetOriginalValues();

		return rightsHistoryEntry;
	}

	/**
	 * Returns the rights history entry with the primary key or throws a <code>com.liferay.portal.kernel.exception.NoSuchModelException</code> if it could not be found.
	 *
	 * @param primaryKey the primary key of the rights history entry
	 * @return the rights history entry
	 * @throws NoSuchRightsHistoryEntryException if a rights history entry with the primary key could not be found
	 */
	@Override
	public RightsHistoryEntry findByPrimaryKey(Serializable primaryKey)
		throws NoSuchRightsHistoryEntryException {

		RightsHistoryEntry rightsHistoryEntry = fetchByPrimaryKey(primaryKey);

		if (rightsHistoryEntry == null) {
			if (_log.isDebugEnabled()) {
				_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			throw new NoSuchRightsHistoryEntryException(
				_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
		}

		return rightsHistoryEntry;
	}

	/**
	 * Returns the rights history entry with the primary key or throws a <code>NoSuchRightsHistoryEntryException</code> if it could not be found.
	 *
	 * @param rightsHistoryEntryId the primary key of the rights history entry
	 * @return the rights history entry
	 * @throws NoSuchRightsHistoryEntryException if a rights history entry with the primary key could not be found
	 */
	@Override
	public RightsHistoryEntry findByPrimaryKey(long rightsHistoryEntryId)
		throws NoSuchRightsHistoryEntryException {

		return findByPrimaryKey((Serializable)rightsHistoryEntryId);
	}

	/**
	 * Returns the rights history entry with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param rightsHistoryEntryId the primary key of the rights history entry
	 * @return the rights history entry, or <code>null</code> if a rights history entry with the primary key could not be found
	 */
	@Override
	public RightsHistoryEntry fetchByPrimaryKey(long rightsHistoryEntryId) {
		return fetchByPrimaryKey((Serializable)rightsHistoryEntryId);
	}

	/**
	 * Returns all the rights history entries.
	 *
	 * @return the rights history entries
	 */
	@Override
	public List<RightsHistoryEntry> findAll() {
		return findAll(QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the rights history entries.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RightsHistoryEntryModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of rights history entries
	 * @param end the upper bound of the range of rights history entries (not inclusive)
	 * @return the range of rights history entries
	 */
	@Override
	public List<RightsHistoryEntry> findAll(int start, int end) {
		return findAll(start, end, null);
	}

	/**
	 * Returns an ordered range of all the rights history entries.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RightsHistoryEntryModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of rights history entries
	 * @param end the upper bound of the range of rights history entries (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of rights history entries
	 */
	@Override
	public List<RightsHistoryEntry> findAll(
		int start, int end,
		OrderByComparator<RightsHistoryEntry> orderByComparator) {

		return findAll(start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the rights history entries.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RightsHistoryEntryModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of rights history entries
	 * @param end the upper bound of the range of rights history entries (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of rights history entries
	 */
	@Override
	public List<RightsHistoryEntry> findAll(
		int start, int end,
		OrderByComparator<RightsHistoryEntry> orderByComparator,
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

		List<RightsHistoryEntry> list = null;

		if (useFinderCache) {
			list = (List<RightsHistoryEntry>)finderCache.getResult(
				finderPath, finderArgs, this);
		}

		if (list == null) {
			StringBundler sb = null;
			String sql = null;

			if (orderByComparator != null) {
				sb = new StringBundler(
					2 + (orderByComparator.getOrderByFields().length * 2));

				sb.append(_SQL_SELECT_RIGHTSHISTORYENTRY);

				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);

				sql = sb.toString();
			}
			else {
				sql = _SQL_SELECT_RIGHTSHISTORYENTRY;

				sql = sql.concat(RightsHistoryEntryModelImpl.ORDER_BY_JPQL);
			}

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				list = (List<RightsHistoryEntry>)QueryUtil.list(
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
	 * Removes all the rights history entries from the database.
	 *
	 */
	@Override
	public void removeAll() {
		for (RightsHistoryEntry rightsHistoryEntry : findAll()) {
			remove(rightsHistoryEntry);
		}
	}

	/**
	 * Returns the number of rights history entries.
	 *
	 * @return the number of rights history entries
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
					_SQL_COUNT_RIGHTSHISTORYENTRY);

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
		return "rightsHistoryEntryId";
	}

	@Override
	protected String getSelectSQL() {
		return _SQL_SELECT_RIGHTSHISTORYENTRY;
	}

	@Override
	protected Map<String, Integer> getTableColumnsMap() {
		return RightsHistoryEntryModelImpl.TABLE_COLUMNS_MAP;
	}

	/**
	 * Initializes the rights history entry persistence.
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

		_finderPathWithPaginationFindByC_U = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findByC_U",
			new String[] {
				Long.class.getName(), String.class.getName(),
				Integer.class.getName(), Integer.class.getName(),
				OrderByComparator.class.getName()
			},
			new String[] {"companyId", "uai"}, true);

		_finderPathWithoutPaginationFindByC_U = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "findByC_U",
			new String[] {Long.class.getName(), String.class.getName()},
			new String[] {"companyId", "uai"}, true);

		_finderPathCountByC_U = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByC_U",
			new String[] {Long.class.getName(), String.class.getName()},
			new String[] {"companyId", "uai"}, false);

		RightsHistoryEntryUtil.setPersistence(this);
	}

	@Deactivate
	public void deactivate() {
		RightsHistoryEntryUtil.setPersistence(null);

		entityCache.removeCache(RightsHistoryEntryImpl.class.getName());
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

	private static final String _SQL_SELECT_RIGHTSHISTORYENTRY =
		"SELECT rightsHistoryEntry FROM RightsHistoryEntry rightsHistoryEntry";

	private static final String _SQL_SELECT_RIGHTSHISTORYENTRY_WHERE =
		"SELECT rightsHistoryEntry FROM RightsHistoryEntry rightsHistoryEntry WHERE ";

	private static final String _SQL_COUNT_RIGHTSHISTORYENTRY =
		"SELECT COUNT(rightsHistoryEntry) FROM RightsHistoryEntry rightsHistoryEntry";

	private static final String _SQL_COUNT_RIGHTSHISTORYENTRY_WHERE =
		"SELECT COUNT(rightsHistoryEntry) FROM RightsHistoryEntry rightsHistoryEntry WHERE ";

	private static final String _ORDER_BY_ENTITY_ALIAS = "rightsHistoryEntry.";

	private static final String _NO_SUCH_ENTITY_WITH_PRIMARY_KEY =
		"No RightsHistoryEntry exists with the primary key ";

	private static final String _NO_SUCH_ENTITY_WITH_KEY =
		"No RightsHistoryEntry exists with the key {";

	private static final Log _log = LogFactoryUtil.getLog(
		RightsHistoryEntryPersistenceImpl.class);

	@Override
	protected FinderCache getFinderCache() {
		return finderCache;
	}

}