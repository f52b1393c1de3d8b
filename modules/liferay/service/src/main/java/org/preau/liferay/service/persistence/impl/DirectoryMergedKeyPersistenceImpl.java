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

import org.preau.liferay.exception.NoSuchDirectoryMergedKeyException;
import org.preau.liferay.model.DirectoryMergedKey;
import org.preau.liferay.model.DirectoryMergedKeyTable;
import org.preau.liferay.model.impl.DirectoryMergedKeyImpl;
import org.preau.liferay.model.impl.DirectoryMergedKeyModelImpl;
import org.preau.liferay.service.persistence.DirectoryMergedKeyPersistence;
import org.preau.liferay.service.persistence.DirectoryMergedKeyUtil;
import org.preau.liferay.service.persistence.impl.constants.PreauPersistenceConstants;

/**
 * The persistence implementation for the directory merged key service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Préau
 * @generated
 */
@Component(service = DirectoryMergedKeyPersistence.class)
public class DirectoryMergedKeyPersistenceImpl
	extends BasePersistenceImpl<DirectoryMergedKey>
	implements DirectoryMergedKeyPersistence {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this class directly. Always use <code>DirectoryMergedKeyUtil</code> to access the directory merged key persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static final String FINDER_CLASS_NAME_ENTITY =
		DirectoryMergedKeyImpl.class.getName();

	public static final String FINDER_CLASS_NAME_LIST_WITH_PAGINATION =
		FINDER_CLASS_NAME_ENTITY + ".List1";

	public static final String FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION =
		FINDER_CLASS_NAME_ENTITY + ".List2";

	private FinderPath _finderPathWithPaginationFindAll;
	private FinderPath _finderPathWithoutPaginationFindAll;
	private FinderPath _finderPathCountAll;
	private FinderPath _finderPathWithPaginationFindByC_U;
	private FinderPath _finderPathWithoutPaginationFindByC_U;
	private FinderPath _finderPathCountByC_U;

	/**
	 * Returns all the directory merged keys where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @return the matching directory merged keys
	 */
	@Override
	public List<DirectoryMergedKey> findByC_U(long companyId, String uai) {
		return findByC_U(
			companyId, uai, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the directory merged keys where companyId = &#63; and uai = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>DirectoryMergedKeyModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param start the lower bound of the range of directory merged keys
	 * @param end the upper bound of the range of directory merged keys (not inclusive)
	 * @return the range of matching directory merged keys
	 */
	@Override
	public List<DirectoryMergedKey> findByC_U(
		long companyId, String uai, int start, int end) {

		return findByC_U(companyId, uai, start, end, null);
	}

	/**
	 * Returns an ordered range of all the directory merged keys where companyId = &#63; and uai = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>DirectoryMergedKeyModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param start the lower bound of the range of directory merged keys
	 * @param end the upper bound of the range of directory merged keys (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching directory merged keys
	 */
	@Override
	public List<DirectoryMergedKey> findByC_U(
		long companyId, String uai, int start, int end,
		OrderByComparator<DirectoryMergedKey> orderByComparator) {

		return findByC_U(companyId, uai, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the directory merged keys where companyId = &#63; and uai = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>DirectoryMergedKeyModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param start the lower bound of the range of directory merged keys
	 * @param end the upper bound of the range of directory merged keys (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching directory merged keys
	 */
	@Override
	public List<DirectoryMergedKey> findByC_U(
		long companyId, String uai, int start, int end,
		OrderByComparator<DirectoryMergedKey> orderByComparator,
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

		List<DirectoryMergedKey> list = null;

		if (useFinderCache) {
			list = (List<DirectoryMergedKey>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (DirectoryMergedKey directoryMergedKey : list) {
					if ((companyId != directoryMergedKey.getCompanyId()) ||
						!uai.equals(directoryMergedKey.getUai())) {

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

			sb.append(_SQL_SELECT_DIRECTORYMERGEDKEY_WHERE);

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
				sb.append(DirectoryMergedKeyModelImpl.ORDER_BY_JPQL);
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

				list = (List<DirectoryMergedKey>)QueryUtil.list(
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
	 * Returns the first directory merged key in the ordered set where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching directory merged key
	 * @throws NoSuchDirectoryMergedKeyException if a matching directory merged key could not be found
	 */
	@Override
	public DirectoryMergedKey findByC_U_First(
			long companyId, String uai,
			OrderByComparator<DirectoryMergedKey> orderByComparator)
		throws NoSuchDirectoryMergedKeyException {

		DirectoryMergedKey directoryMergedKey = fetchByC_U_First(
			companyId, uai, orderByComparator);

		if (directoryMergedKey != null) {
			return directoryMergedKey;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("companyId=");
		sb.append(companyId);

		sb.append(", uai=");
		sb.append(uai);

		sb.append("}");

		throw new NoSuchDirectoryMergedKeyException(sb.toString());
	}

	/**
	 * Returns the first directory merged key in the ordered set where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching directory merged key, or <code>null</code> if a matching directory merged key could not be found
	 */
	@Override
	public DirectoryMergedKey fetchByC_U_First(
		long companyId, String uai,
		OrderByComparator<DirectoryMergedKey> orderByComparator) {

		List<DirectoryMergedKey> list = findByC_U(
			companyId, uai, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last directory merged key in the ordered set where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching directory merged key
	 * @throws NoSuchDirectoryMergedKeyException if a matching directory merged key could not be found
	 */
	@Override
	public DirectoryMergedKey findByC_U_Last(
			long companyId, String uai,
			OrderByComparator<DirectoryMergedKey> orderByComparator)
		throws NoSuchDirectoryMergedKeyException {

		DirectoryMergedKey directoryMergedKey = fetchByC_U_Last(
			companyId, uai, orderByComparator);

		if (directoryMergedKey != null) {
			return directoryMergedKey;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("companyId=");
		sb.append(companyId);

		sb.append(", uai=");
		sb.append(uai);

		sb.append("}");

		throw new NoSuchDirectoryMergedKeyException(sb.toString());
	}

	/**
	 * Returns the last directory merged key in the ordered set where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching directory merged key, or <code>null</code> if a matching directory merged key could not be found
	 */
	@Override
	public DirectoryMergedKey fetchByC_U_Last(
		long companyId, String uai,
		OrderByComparator<DirectoryMergedKey> orderByComparator) {

		int count = countByC_U(companyId, uai);

		if (count == 0) {
			return null;
		}

		List<DirectoryMergedKey> list = findByC_U(
			companyId, uai, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the directory merged keys before and after the current directory merged key in the ordered set where companyId = &#63; and uai = &#63;.
	 *
	 * @param directoryMergedKeyId the primary key of the current directory merged key
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next directory merged key
	 * @throws NoSuchDirectoryMergedKeyException if a directory merged key with the primary key could not be found
	 */
	@Override
	public DirectoryMergedKey[] findByC_U_PrevAndNext(
			long directoryMergedKeyId, long companyId, String uai,
			OrderByComparator<DirectoryMergedKey> orderByComparator)
		throws NoSuchDirectoryMergedKeyException {

		uai = Objects.toString(uai, "");

		DirectoryMergedKey directoryMergedKey = findByPrimaryKey(
			directoryMergedKeyId);

		Session session = null;

		try {
			session = openSession();

			DirectoryMergedKey[] array = new DirectoryMergedKeyImpl[3];

			array[0] = getByC_U_PrevAndNext(
				session, directoryMergedKey, companyId, uai, orderByComparator,
				true);

			array[1] = directoryMergedKey;

			array[2] = getByC_U_PrevAndNext(
				session, directoryMergedKey, companyId, uai, orderByComparator,
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

	protected DirectoryMergedKey getByC_U_PrevAndNext(
		Session session, DirectoryMergedKey directoryMergedKey, long companyId,
		String uai, OrderByComparator<DirectoryMergedKey> orderByComparator,
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

		sb.append(_SQL_SELECT_DIRECTORYMERGEDKEY_WHERE);

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
			sb.append(DirectoryMergedKeyModelImpl.ORDER_BY_JPQL);
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
						directoryMergedKey)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<DirectoryMergedKey> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the directory merged keys where companyId = &#63; and uai = &#63; from the database.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 */
	@Override
	public void removeByC_U(long companyId, String uai) {
		for (DirectoryMergedKey directoryMergedKey :
				findByC_U(
					companyId, uai, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
					null)) {

			remove(directoryMergedKey);
		}
	}

	/**
	 * Returns the number of directory merged keys where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @return the number of matching directory merged keys
	 */
	@Override
	public int countByC_U(long companyId, String uai) {
		uai = Objects.toString(uai, "");

		FinderPath finderPath = _finderPathCountByC_U;

		Object[] finderArgs = new Object[] {companyId, uai};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(3);

			sb.append(_SQL_COUNT_DIRECTORYMERGEDKEY_WHERE);

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
		"directoryMergedKey.companyId = ? AND ";

	private static final String _FINDER_COLUMN_C_U_UAI_2 =
		"directoryMergedKey.uai = ?";

	private static final String _FINDER_COLUMN_C_U_UAI_3 =
		"(directoryMergedKey.uai IS NULL OR directoryMergedKey.uai = '')";

	private FinderPath _finderPathWithPaginationFindByDirectoryMergeId;
	private FinderPath _finderPathWithoutPaginationFindByDirectoryMergeId;
	private FinderPath _finderPathCountByDirectoryMergeId;

	/**
	 * Returns all the directory merged keys where directoryMergeId = &#63;.
	 *
	 * @param directoryMergeId the directory merge ID
	 * @return the matching directory merged keys
	 */
	@Override
	public List<DirectoryMergedKey> findByDirectoryMergeId(
		long directoryMergeId) {

		return findByDirectoryMergeId(
			directoryMergeId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the directory merged keys where directoryMergeId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>DirectoryMergedKeyModelImpl</code>.
	 * </p>
	 *
	 * @param directoryMergeId the directory merge ID
	 * @param start the lower bound of the range of directory merged keys
	 * @param end the upper bound of the range of directory merged keys (not inclusive)
	 * @return the range of matching directory merged keys
	 */
	@Override
	public List<DirectoryMergedKey> findByDirectoryMergeId(
		long directoryMergeId, int start, int end) {

		return findByDirectoryMergeId(directoryMergeId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the directory merged keys where directoryMergeId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>DirectoryMergedKeyModelImpl</code>.
	 * </p>
	 *
	 * @param directoryMergeId the directory merge ID
	 * @param start the lower bound of the range of directory merged keys
	 * @param end the upper bound of the range of directory merged keys (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching directory merged keys
	 */
	@Override
	public List<DirectoryMergedKey> findByDirectoryMergeId(
		long directoryMergeId, int start, int end,
		OrderByComparator<DirectoryMergedKey> orderByComparator) {

		return findByDirectoryMergeId(
			directoryMergeId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the directory merged keys where directoryMergeId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>DirectoryMergedKeyModelImpl</code>.
	 * </p>
	 *
	 * @param directoryMergeId the directory merge ID
	 * @param start the lower bound of the range of directory merged keys
	 * @param end the upper bound of the range of directory merged keys (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching directory merged keys
	 */
	@Override
	public List<DirectoryMergedKey> findByDirectoryMergeId(
		long directoryMergeId, int start, int end,
		OrderByComparator<DirectoryMergedKey> orderByComparator,
		boolean useFinderCache) {

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath = _finderPathWithoutPaginationFindByDirectoryMergeId;
				finderArgs = new Object[] {directoryMergeId};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindByDirectoryMergeId;
			finderArgs = new Object[] {
				directoryMergeId, start, end, orderByComparator
			};
		}

		List<DirectoryMergedKey> list = null;

		if (useFinderCache) {
			list = (List<DirectoryMergedKey>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (DirectoryMergedKey directoryMergedKey : list) {
					if (directoryMergeId !=
							directoryMergedKey.getDirectoryMergeId()) {

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

			sb.append(_SQL_SELECT_DIRECTORYMERGEDKEY_WHERE);

			sb.append(_FINDER_COLUMN_DIRECTORYMERGEID_DIRECTORYMERGEID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(DirectoryMergedKeyModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(directoryMergeId);

				list = (List<DirectoryMergedKey>)QueryUtil.list(
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
	 * Returns the first directory merged key in the ordered set where directoryMergeId = &#63;.
	 *
	 * @param directoryMergeId the directory merge ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching directory merged key
	 * @throws NoSuchDirectoryMergedKeyException if a matching directory merged key could not be found
	 */
	@Override
	public DirectoryMergedKey findByDirectoryMergeId_First(
			long directoryMergeId,
			OrderByComparator<DirectoryMergedKey> orderByComparator)
		throws NoSuchDirectoryMergedKeyException {

		DirectoryMergedKey directoryMergedKey = fetchByDirectoryMergeId_First(
			directoryMergeId, orderByComparator);

		if (directoryMergedKey != null) {
			return directoryMergedKey;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("directoryMergeId=");
		sb.append(directoryMergeId);

		sb.append("}");

		throw new NoSuchDirectoryMergedKeyException(sb.toString());
	}

	/**
	 * Returns the first directory merged key in the ordered set where directoryMergeId = &#63;.
	 *
	 * @param directoryMergeId the directory merge ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching directory merged key, or <code>null</code> if a matching directory merged key could not be found
	 */
	@Override
	public DirectoryMergedKey fetchByDirectoryMergeId_First(
		long directoryMergeId,
		OrderByComparator<DirectoryMergedKey> orderByComparator) {

		List<DirectoryMergedKey> list = findByDirectoryMergeId(
			directoryMergeId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last directory merged key in the ordered set where directoryMergeId = &#63;.
	 *
	 * @param directoryMergeId the directory merge ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching directory merged key
	 * @throws NoSuchDirectoryMergedKeyException if a matching directory merged key could not be found
	 */
	@Override
	public DirectoryMergedKey findByDirectoryMergeId_Last(
			long directoryMergeId,
			OrderByComparator<DirectoryMergedKey> orderByComparator)
		throws NoSuchDirectoryMergedKeyException {

		DirectoryMergedKey directoryMergedKey = fetchByDirectoryMergeId_Last(
			directoryMergeId, orderByComparator);

		if (directoryMergedKey != null) {
			return directoryMergedKey;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("directoryMergeId=");
		sb.append(directoryMergeId);

		sb.append("}");

		throw new NoSuchDirectoryMergedKeyException(sb.toString());
	}

	/**
	 * Returns the last directory merged key in the ordered set where directoryMergeId = &#63;.
	 *
	 * @param directoryMergeId the directory merge ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching directory merged key, or <code>null</code> if a matching directory merged key could not be found
	 */
	@Override
	public DirectoryMergedKey fetchByDirectoryMergeId_Last(
		long directoryMergeId,
		OrderByComparator<DirectoryMergedKey> orderByComparator) {

		int count = countByDirectoryMergeId(directoryMergeId);

		if (count == 0) {
			return null;
		}

		List<DirectoryMergedKey> list = findByDirectoryMergeId(
			directoryMergeId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the directory merged keys before and after the current directory merged key in the ordered set where directoryMergeId = &#63;.
	 *
	 * @param directoryMergedKeyId the primary key of the current directory merged key
	 * @param directoryMergeId the directory merge ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next directory merged key
	 * @throws NoSuchDirectoryMergedKeyException if a directory merged key with the primary key could not be found
	 */
	@Override
	public DirectoryMergedKey[] findByDirectoryMergeId_PrevAndNext(
			long directoryMergedKeyId, long directoryMergeId,
			OrderByComparator<DirectoryMergedKey> orderByComparator)
		throws NoSuchDirectoryMergedKeyException {

		DirectoryMergedKey directoryMergedKey = findByPrimaryKey(
			directoryMergedKeyId);

		Session session = null;

		try {
			session = openSession();

			DirectoryMergedKey[] array = new DirectoryMergedKeyImpl[3];

			array[0] = getByDirectoryMergeId_PrevAndNext(
				session, directoryMergedKey, directoryMergeId,
				orderByComparator, true);

			array[1] = directoryMergedKey;

			array[2] = getByDirectoryMergeId_PrevAndNext(
				session, directoryMergedKey, directoryMergeId,
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

	protected DirectoryMergedKey getByDirectoryMergeId_PrevAndNext(
		Session session, DirectoryMergedKey directoryMergedKey,
		long directoryMergeId,
		OrderByComparator<DirectoryMergedKey> orderByComparator,
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

		sb.append(_SQL_SELECT_DIRECTORYMERGEDKEY_WHERE);

		sb.append(_FINDER_COLUMN_DIRECTORYMERGEID_DIRECTORYMERGEID_2);

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
			sb.append(DirectoryMergedKeyModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(directoryMergeId);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(
						directoryMergedKey)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<DirectoryMergedKey> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the directory merged keys where directoryMergeId = &#63; from the database.
	 *
	 * @param directoryMergeId the directory merge ID
	 */
	@Override
	public void removeByDirectoryMergeId(long directoryMergeId) {
		for (DirectoryMergedKey directoryMergedKey :
				findByDirectoryMergeId(
					directoryMergeId, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
					null)) {

			remove(directoryMergedKey);
		}
	}

	/**
	 * Returns the number of directory merged keys where directoryMergeId = &#63;.
	 *
	 * @param directoryMergeId the directory merge ID
	 * @return the number of matching directory merged keys
	 */
	@Override
	public int countByDirectoryMergeId(long directoryMergeId) {
		FinderPath finderPath = _finderPathCountByDirectoryMergeId;

		Object[] finderArgs = new Object[] {directoryMergeId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_DIRECTORYMERGEDKEY_WHERE);

			sb.append(_FINDER_COLUMN_DIRECTORYMERGEID_DIRECTORYMERGEID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(directoryMergeId);

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
		_FINDER_COLUMN_DIRECTORYMERGEID_DIRECTORYMERGEID_2 =
			"directoryMergedKey.directoryMergeId = ?";

	public DirectoryMergedKeyPersistenceImpl() {
		setModelClass(DirectoryMergedKey.class);

		setModelImplClass(DirectoryMergedKeyImpl.class);
		setModelPKClass(long.class);

		setTable(DirectoryMergedKeyTable.INSTANCE);
	}

	/**
	 * Caches the directory merged key in the entity cache if it is enabled.
	 *
	 * @param directoryMergedKey the directory merged key
	 */
	@Override
	public void cacheResult(DirectoryMergedKey directoryMergedKey) {
		entityCache.putResult(
			DirectoryMergedKeyImpl.class, directoryMergedKey.getPrimaryKey(),
			directoryMergedKey);
	}

	private int _valueObjectFinderCacheListThreshold;

	/**
	 * Caches the directory merged keys in the entity cache if it is enabled.
	 *
	 * @param directoryMergedKeys the directory merged keys
	 */
	@Override
	public void cacheResult(List<DirectoryMergedKey> directoryMergedKeys) {
		if ((_valueObjectFinderCacheListThreshold == 0) ||
			((_valueObjectFinderCacheListThreshold > 0) &&
			 (directoryMergedKeys.size() >
				 _valueObjectFinderCacheListThreshold))) {

			return;
		}

		for (DirectoryMergedKey directoryMergedKey : directoryMergedKeys) {
			if (entityCache.getResult(
					DirectoryMergedKeyImpl.class,
					directoryMergedKey.getPrimaryKey()) == null) {

				cacheResult(directoryMergedKey);
			}
		}
	}

	/**
	 * Clears the cache for all directory merged keys.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache() {
		entityCache.clearCache(DirectoryMergedKeyImpl.class);

		finderCache.clearCache(DirectoryMergedKeyImpl.class);
	}

	/**
	 * Clears the cache for the directory merged key.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache(DirectoryMergedKey directoryMergedKey) {
		entityCache.removeResult(
			DirectoryMergedKeyImpl.class, directoryMergedKey);
	}

	@Override
	public void clearCache(List<DirectoryMergedKey> directoryMergedKeys) {
		for (DirectoryMergedKey directoryMergedKey : directoryMergedKeys) {
			entityCache.removeResult(
				DirectoryMergedKeyImpl.class, directoryMergedKey);
		}
	}

	@Override
	public void clearCache(Set<Serializable> primaryKeys) {
		finderCache.clearCache(DirectoryMergedKeyImpl.class);

		for (Serializable primaryKey : primaryKeys) {
			entityCache.removeResult(DirectoryMergedKeyImpl.class, primaryKey);
		}
	}

	/**
	 * Creates a new directory merged key with the primary key. Does not add the directory merged key to the database.
	 *
	 * @param directoryMergedKeyId the primary key for the new directory merged key
	 * @return the new directory merged key
	 */
	@Override
	public DirectoryMergedKey create(long directoryMergedKeyId) {
		DirectoryMergedKey directoryMergedKey = new DirectoryMergedKeyImpl();

		directoryMergedKey.setNew(true);
		directoryMergedKey.setPrimaryKey(directoryMergedKeyId);

		directoryMergedKey.setCompanyId(CompanyThreadLocal.getCompanyId());

		return directoryMergedKey;
	}

	/**
	 * Removes the directory merged key with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param directoryMergedKeyId the primary key of the directory merged key
	 * @return the directory merged key that was removed
	 * @throws NoSuchDirectoryMergedKeyException if a directory merged key with the primary key could not be found
	 */
	@Override
	public DirectoryMergedKey remove(long directoryMergedKeyId)
		throws NoSuchDirectoryMergedKeyException {

		return remove((Serializable)directoryMergedKeyId);
	}

	/**
	 * Removes the directory merged key with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param primaryKey the primary key of the directory merged key
	 * @return the directory merged key that was removed
	 * @throws NoSuchDirectoryMergedKeyException if a directory merged key with the primary key could not be found
	 */
	@Override
	public DirectoryMergedKey remove(Serializable primaryKey)
		throws NoSuchDirectoryMergedKeyException {

		Session session = null;

		try {
			session = openSession();

			DirectoryMergedKey directoryMergedKey =
				(DirectoryMergedKey)session.get(
					DirectoryMergedKeyImpl.class, primaryKey);

			if (directoryMergedKey == null) {
				if (_log.isDebugEnabled()) {
					_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
				}

				throw new NoSuchDirectoryMergedKeyException(
					_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			return remove(directoryMergedKey);
		}
		catch (NoSuchDirectoryMergedKeyException noSuchEntityException) {
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
	protected DirectoryMergedKey removeImpl(
		DirectoryMergedKey directoryMergedKey) {

		Session session = null;

		try {
			session = openSession();

			if (!session.contains(directoryMergedKey)) {
				directoryMergedKey = (DirectoryMergedKey)session.get(
					DirectoryMergedKeyImpl.class,
					directoryMergedKey.getPrimaryKeyObj());
			}

			if (directoryMergedKey != null) {
				session.delete(directoryMergedKey);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		if (directoryMergedKey != null) {
			clearCache(directoryMergedKey);
		}

		return directoryMergedKey;
	}

	@Override
	public DirectoryMergedKey updateImpl(
		DirectoryMergedKey directoryMergedKey) {

		boolean isNew = directoryMergedKey.isNew();

		if (!(directoryMergedKey instanceof DirectoryMergedKeyModelImpl)) {
			InvocationHandler invocationHandler = null;

			if (ProxyUtil.isProxyClass(directoryMergedKey.getClass())) {
				invocationHandler = ProxyUtil.getInvocationHandler(
					directoryMergedKey);

				throw new IllegalArgumentException(
					"Implement ModelWrapper in directoryMergedKey proxy " +
						invocationHandler.getClass());
			}

			throw new IllegalArgumentException(
				"Implement ModelWrapper in custom DirectoryMergedKey implementation " +
					directoryMergedKey.getClass());
		}

		DirectoryMergedKeyModelImpl directoryMergedKeyModelImpl =
			(DirectoryMergedKeyModelImpl)directoryMergedKey;

		Session session = null;

		try {
			session = openSession();

			if (isNew) {
				session.save(directoryMergedKey);
			}
			else {
				directoryMergedKey = (DirectoryMergedKey)session.merge(
					directoryMergedKey);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		entityCache.putResult(
			DirectoryMergedKeyImpl.class, directoryMergedKeyModelImpl, false,
			true);

		if (isNew) {
			directoryMergedKey.setNew(false);
		}

		directoryMergedKey.resetOriginalValues();

		return directoryMergedKey;
	}

	/**
	 * Returns the directory merged key with the primary key or throws a <code>com.liferay.portal.kernel.exception.NoSuchModelException</code> if it could not be found.
	 *
	 * @param primaryKey the primary key of the directory merged key
	 * @return the directory merged key
	 * @throws NoSuchDirectoryMergedKeyException if a directory merged key with the primary key could not be found
	 */
	@Override
	public DirectoryMergedKey findByPrimaryKey(Serializable primaryKey)
		throws NoSuchDirectoryMergedKeyException {

		DirectoryMergedKey directoryMergedKey = fetchByPrimaryKey(primaryKey);

		if (directoryMergedKey == null) {
			if (_log.isDebugEnabled()) {
				_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			throw new NoSuchDirectoryMergedKeyException(
				_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
		}

		return directoryMergedKey;
	}

	/**
	 * Returns the directory merged key with the primary key or throws a <code>NoSuchDirectoryMergedKeyException</code> if it could not be found.
	 *
	 * @param directoryMergedKeyId the primary key of the directory merged key
	 * @return the directory merged key
	 * @throws NoSuchDirectoryMergedKeyException if a directory merged key with the primary key could not be found
	 */
	@Override
	public DirectoryMergedKey findByPrimaryKey(long directoryMergedKeyId)
		throws NoSuchDirectoryMergedKeyException {

		return findByPrimaryKey((Serializable)directoryMergedKeyId);
	}

	/**
	 * Returns the directory merged key with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param directoryMergedKeyId the primary key of the directory merged key
	 * @return the directory merged key, or <code>null</code> if a directory merged key with the primary key could not be found
	 */
	@Override
	public DirectoryMergedKey fetchByPrimaryKey(long directoryMergedKeyId) {
		return fetchByPrimaryKey((Serializable)directoryMergedKeyId);
	}

	/**
	 * Returns all the directory merged keys.
	 *
	 * @return the directory merged keys
	 */
	@Override
	public List<DirectoryMergedKey> findAll() {
		return findAll(QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the directory merged keys.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>DirectoryMergedKeyModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of directory merged keys
	 * @param end the upper bound of the range of directory merged keys (not inclusive)
	 * @return the range of directory merged keys
	 */
	@Override
	public List<DirectoryMergedKey> findAll(int start, int end) {
		return findAll(start, end, null);
	}

	/**
	 * Returns an ordered range of all the directory merged keys.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>DirectoryMergedKeyModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of directory merged keys
	 * @param end the upper bound of the range of directory merged keys (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of directory merged keys
	 */
	@Override
	public List<DirectoryMergedKey> findAll(
		int start, int end,
		OrderByComparator<DirectoryMergedKey> orderByComparator) {

		return findAll(start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the directory merged keys.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>DirectoryMergedKeyModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of directory merged keys
	 * @param end the upper bound of the range of directory merged keys (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of directory merged keys
	 */
	@Override
	public List<DirectoryMergedKey> findAll(
		int start, int end,
		OrderByComparator<DirectoryMergedKey> orderByComparator,
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

		List<DirectoryMergedKey> list = null;

		if (useFinderCache) {
			list = (List<DirectoryMergedKey>)finderCache.getResult(
				finderPath, finderArgs, this);
		}

		if (list == null) {
			StringBundler sb = null;
			String sql = null;

			if (orderByComparator != null) {
				sb = new StringBundler(
					2 + (orderByComparator.getOrderByFields().length * 2));

				sb.append(_SQL_SELECT_DIRECTORYMERGEDKEY);

				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);

				sql = sb.toString();
			}
			else {
				sql = _SQL_SELECT_DIRECTORYMERGEDKEY;

				sql = sql.concat(DirectoryMergedKeyModelImpl.ORDER_BY_JPQL);
			}

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				list = (List<DirectoryMergedKey>)QueryUtil.list(
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
	 * Removes all the directory merged keys from the database.
	 *
	 */
	@Override
	public void removeAll() {
		for (DirectoryMergedKey directoryMergedKey : findAll()) {
			remove(directoryMergedKey);
		}
	}

	/**
	 * Returns the number of directory merged keys.
	 *
	 * @return the number of directory merged keys
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
					_SQL_COUNT_DIRECTORYMERGEDKEY);

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
		return "directoryMergedKeyId";
	}

	@Override
	protected String getSelectSQL() {
		return _SQL_SELECT_DIRECTORYMERGEDKEY;
	}

	@Override
	protected Map<String, Integer> getTableColumnsMap() {
		return DirectoryMergedKeyModelImpl.TABLE_COLUMNS_MAP;
	}

	/**
	 * Initializes the directory merged key persistence.
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

		_finderPathWithPaginationFindByDirectoryMergeId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findByDirectoryMergeId",
			new String[] {
				Long.class.getName(), Integer.class.getName(),
				Integer.class.getName(), OrderByComparator.class.getName()
			},
			new String[] {"directoryMergeId"}, true);

		_finderPathWithoutPaginationFindByDirectoryMergeId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "findByDirectoryMergeId",
			new String[] {Long.class.getName()},
			new String[] {"directoryMergeId"}, true);

		_finderPathCountByDirectoryMergeId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION,
			"countByDirectoryMergeId", new String[] {Long.class.getName()},
			new String[] {"directoryMergeId"}, false);

		DirectoryMergedKeyUtil.setPersistence(this);
	}

	@Deactivate
	public void deactivate() {
		DirectoryMergedKeyUtil.setPersistence(null);

		entityCache.removeCache(DirectoryMergedKeyImpl.class.getName());
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

	private static final String _SQL_SELECT_DIRECTORYMERGEDKEY =
		"SELECT directoryMergedKey FROM DirectoryMergedKey directoryMergedKey";

	private static final String _SQL_SELECT_DIRECTORYMERGEDKEY_WHERE =
		"SELECT directoryMergedKey FROM DirectoryMergedKey directoryMergedKey WHERE ";

	private static final String _SQL_COUNT_DIRECTORYMERGEDKEY =
		"SELECT COUNT(directoryMergedKey) FROM DirectoryMergedKey directoryMergedKey";

	private static final String _SQL_COUNT_DIRECTORYMERGEDKEY_WHERE =
		"SELECT COUNT(directoryMergedKey) FROM DirectoryMergedKey directoryMergedKey WHERE ";

	private static final String _ORDER_BY_ENTITY_ALIAS = "directoryMergedKey.";

	private static final String _NO_SUCH_ENTITY_WITH_PRIMARY_KEY =
		"No DirectoryMergedKey exists with the primary key ";

	private static final String _NO_SUCH_ENTITY_WITH_KEY =
		"No DirectoryMergedKey exists with the key {";

	private static final Log _log = LogFactoryUtil.getLog(
		DirectoryMergedKeyPersistenceImpl.class);

	@Override
	protected FinderCache getFinderCache() {
		return finderCache;
	}

}