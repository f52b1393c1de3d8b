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

import org.preau.liferay.exception.NoSuchDirectoryMergeException;
import org.preau.liferay.model.DirectoryMerge;
import org.preau.liferay.model.DirectoryMergeTable;
import org.preau.liferay.model.impl.DirectoryMergeImpl;
import org.preau.liferay.model.impl.DirectoryMergeModelImpl;
import org.preau.liferay.service.persistence.DirectoryMergePersistence;
import org.preau.liferay.service.persistence.DirectoryMergeUtil;
import org.preau.liferay.service.persistence.impl.constants.PreauPersistenceConstants;

/**
 * The persistence implementation for the directory merge service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Préau
 * @generated
 */
@Component(service = DirectoryMergePersistence.class)
public class DirectoryMergePersistenceImpl
	extends BasePersistenceImpl<DirectoryMerge>
	implements DirectoryMergePersistence {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this class directly. Always use <code>DirectoryMergeUtil</code> to access the directory merge persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static final String FINDER_CLASS_NAME_ENTITY =
		DirectoryMergeImpl.class.getName();

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
	 * Returns all the directory merges where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @return the matching directory merges
	 */
	@Override
	public List<DirectoryMerge> findByC_U(long companyId, String uai) {
		return findByC_U(
			companyId, uai, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the directory merges where companyId = &#63; and uai = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>DirectoryMergeModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param start the lower bound of the range of directory merges
	 * @param end the upper bound of the range of directory merges (not inclusive)
	 * @return the range of matching directory merges
	 */
	@Override
	public List<DirectoryMerge> findByC_U(
		long companyId, String uai, int start, int end) {

		return findByC_U(companyId, uai, start, end, null);
	}

	/**
	 * Returns an ordered range of all the directory merges where companyId = &#63; and uai = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>DirectoryMergeModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param start the lower bound of the range of directory merges
	 * @param end the upper bound of the range of directory merges (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching directory merges
	 */
	@Override
	public List<DirectoryMerge> findByC_U(
		long companyId, String uai, int start, int end,
		OrderByComparator<DirectoryMerge> orderByComparator) {

		return findByC_U(companyId, uai, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the directory merges where companyId = &#63; and uai = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>DirectoryMergeModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param start the lower bound of the range of directory merges
	 * @param end the upper bound of the range of directory merges (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching directory merges
	 */
	@Override
	public List<DirectoryMerge> findByC_U(
		long companyId, String uai, int start, int end,
		OrderByComparator<DirectoryMerge> orderByComparator,
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

		List<DirectoryMerge> list = null;

		if (useFinderCache) {
			list = (List<DirectoryMerge>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (DirectoryMerge directoryMerge : list) {
					if ((companyId != directoryMerge.getCompanyId()) ||
						!uai.equals(directoryMerge.getUai())) {

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

			sb.append(_SQL_SELECT_DIRECTORYMERGE_WHERE);

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
				sb.append(DirectoryMergeModelImpl.ORDER_BY_JPQL);
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

				list = (List<DirectoryMerge>)QueryUtil.list(
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
	 * Returns the first directory merge in the ordered set where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching directory merge
	 * @throws NoSuchDirectoryMergeException if a matching directory merge could not be found
	 */
	@Override
	public DirectoryMerge findByC_U_First(
			long companyId, String uai,
			OrderByComparator<DirectoryMerge> orderByComparator)
		throws NoSuchDirectoryMergeException {

		DirectoryMerge directoryMerge = fetchByC_U_First(
			companyId, uai, orderByComparator);

		if (directoryMerge != null) {
			return directoryMerge;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("companyId=");
		sb.append(companyId);

		sb.append(", uai=");
		sb.append(uai);

		sb.append("}");

		throw new NoSuchDirectoryMergeException(sb.toString());
	}

	/**
	 * Returns the first directory merge in the ordered set where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching directory merge, or <code>null</code> if a matching directory merge could not be found
	 */
	@Override
	public DirectoryMerge fetchByC_U_First(
		long companyId, String uai,
		OrderByComparator<DirectoryMerge> orderByComparator) {

		List<DirectoryMerge> list = findByC_U(
			companyId, uai, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last directory merge in the ordered set where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching directory merge
	 * @throws NoSuchDirectoryMergeException if a matching directory merge could not be found
	 */
	@Override
	public DirectoryMerge findByC_U_Last(
			long companyId, String uai,
			OrderByComparator<DirectoryMerge> orderByComparator)
		throws NoSuchDirectoryMergeException {

		DirectoryMerge directoryMerge = fetchByC_U_Last(
			companyId, uai, orderByComparator);

		if (directoryMerge != null) {
			return directoryMerge;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("companyId=");
		sb.append(companyId);

		sb.append(", uai=");
		sb.append(uai);

		sb.append("}");

		throw new NoSuchDirectoryMergeException(sb.toString());
	}

	/**
	 * Returns the last directory merge in the ordered set where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching directory merge, or <code>null</code> if a matching directory merge could not be found
	 */
	@Override
	public DirectoryMerge fetchByC_U_Last(
		long companyId, String uai,
		OrderByComparator<DirectoryMerge> orderByComparator) {

		int count = countByC_U(companyId, uai);

		if (count == 0) {
			return null;
		}

		List<DirectoryMerge> list = findByC_U(
			companyId, uai, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the directory merges before and after the current directory merge in the ordered set where companyId = &#63; and uai = &#63;.
	 *
	 * @param directoryMergeId the primary key of the current directory merge
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next directory merge
	 * @throws NoSuchDirectoryMergeException if a directory merge with the primary key could not be found
	 */
	@Override
	public DirectoryMerge[] findByC_U_PrevAndNext(
			long directoryMergeId, long companyId, String uai,
			OrderByComparator<DirectoryMerge> orderByComparator)
		throws NoSuchDirectoryMergeException {

		uai = Objects.toString(uai, "");

		DirectoryMerge directoryMerge = findByPrimaryKey(directoryMergeId);

		Session session = null;

		try {
			session = openSession();

			DirectoryMerge[] array = new DirectoryMergeImpl[3];

			array[0] = getByC_U_PrevAndNext(
				session, directoryMerge, companyId, uai, orderByComparator,
				true);

			array[1] = directoryMerge;

			array[2] = getByC_U_PrevAndNext(
				session, directoryMerge, companyId, uai, orderByComparator,
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

	protected DirectoryMerge getByC_U_PrevAndNext(
		Session session, DirectoryMerge directoryMerge, long companyId,
		String uai, OrderByComparator<DirectoryMerge> orderByComparator,
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

		sb.append(_SQL_SELECT_DIRECTORYMERGE_WHERE);

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
			sb.append(DirectoryMergeModelImpl.ORDER_BY_JPQL);
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
						directoryMerge)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<DirectoryMerge> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the directory merges where companyId = &#63; and uai = &#63; from the database.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 */
	@Override
	public void removeByC_U(long companyId, String uai) {
		for (DirectoryMerge directoryMerge :
				findByC_U(
					companyId, uai, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
					null)) {

			remove(directoryMerge);
		}
	}

	/**
	 * Returns the number of directory merges where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @return the number of matching directory merges
	 */
	@Override
	public int countByC_U(long companyId, String uai) {
		uai = Objects.toString(uai, "");

		FinderPath finderPath = _finderPathCountByC_U;

		Object[] finderArgs = new Object[] {companyId, uai};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(3);

			sb.append(_SQL_COUNT_DIRECTORYMERGE_WHERE);

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
		"directoryMerge.companyId = ? AND ";

	private static final String _FINDER_COLUMN_C_U_UAI_2 =
		"directoryMerge.uai = ?";

	private static final String _FINDER_COLUMN_C_U_UAI_3 =
		"(directoryMerge.uai IS NULL OR directoryMerge.uai = '')";

	private FinderPath _finderPathWithPaginationFindByC_S;
	private FinderPath _finderPathWithoutPaginationFindByC_S;
	private FinderPath _finderPathCountByC_S;

	/**
	 * Returns all the directory merges where companyId = &#63; and survivorExternalId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param survivorExternalId the survivor external ID
	 * @return the matching directory merges
	 */
	@Override
	public List<DirectoryMerge> findByC_S(
		long companyId, String survivorExternalId) {

		return findByC_S(
			companyId, survivorExternalId, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
			null);
	}

	/**
	 * Returns a range of all the directory merges where companyId = &#63; and survivorExternalId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>DirectoryMergeModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param survivorExternalId the survivor external ID
	 * @param start the lower bound of the range of directory merges
	 * @param end the upper bound of the range of directory merges (not inclusive)
	 * @return the range of matching directory merges
	 */
	@Override
	public List<DirectoryMerge> findByC_S(
		long companyId, String survivorExternalId, int start, int end) {

		return findByC_S(companyId, survivorExternalId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the directory merges where companyId = &#63; and survivorExternalId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>DirectoryMergeModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param survivorExternalId the survivor external ID
	 * @param start the lower bound of the range of directory merges
	 * @param end the upper bound of the range of directory merges (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching directory merges
	 */
	@Override
	public List<DirectoryMerge> findByC_S(
		long companyId, String survivorExternalId, int start, int end,
		OrderByComparator<DirectoryMerge> orderByComparator) {

		return findByC_S(
			companyId, survivorExternalId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the directory merges where companyId = &#63; and survivorExternalId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>DirectoryMergeModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param survivorExternalId the survivor external ID
	 * @param start the lower bound of the range of directory merges
	 * @param end the upper bound of the range of directory merges (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching directory merges
	 */
	@Override
	public List<DirectoryMerge> findByC_S(
		long companyId, String survivorExternalId, int start, int end,
		OrderByComparator<DirectoryMerge> orderByComparator,
		boolean useFinderCache) {

		survivorExternalId = Objects.toString(survivorExternalId, "");

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath = _finderPathWithoutPaginationFindByC_S;
				finderArgs = new Object[] {companyId, survivorExternalId};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindByC_S;
			finderArgs = new Object[] {
				companyId, survivorExternalId, start, end, orderByComparator
			};
		}

		List<DirectoryMerge> list = null;

		if (useFinderCache) {
			list = (List<DirectoryMerge>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (DirectoryMerge directoryMerge : list) {
					if ((companyId != directoryMerge.getCompanyId()) ||
						!survivorExternalId.equals(
							directoryMerge.getSurvivorExternalId())) {

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

			sb.append(_SQL_SELECT_DIRECTORYMERGE_WHERE);

			sb.append(_FINDER_COLUMN_C_S_COMPANYID_2);

			boolean bindSurvivorExternalId = false;

			if (survivorExternalId.isEmpty()) {
				sb.append(_FINDER_COLUMN_C_S_SURVIVOREXTERNALID_3);
			}
			else {
				bindSurvivorExternalId = true;

				sb.append(_FINDER_COLUMN_C_S_SURVIVOREXTERNALID_2);
			}

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(DirectoryMergeModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(companyId);

				if (bindSurvivorExternalId) {
					queryPos.add(survivorExternalId);
				}

				list = (List<DirectoryMerge>)QueryUtil.list(
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
	 * Returns the first directory merge in the ordered set where companyId = &#63; and survivorExternalId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param survivorExternalId the survivor external ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching directory merge
	 * @throws NoSuchDirectoryMergeException if a matching directory merge could not be found
	 */
	@Override
	public DirectoryMerge findByC_S_First(
			long companyId, String survivorExternalId,
			OrderByComparator<DirectoryMerge> orderByComparator)
		throws NoSuchDirectoryMergeException {

		DirectoryMerge directoryMerge = fetchByC_S_First(
			companyId, survivorExternalId, orderByComparator);

		if (directoryMerge != null) {
			return directoryMerge;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("companyId=");
		sb.append(companyId);

		sb.append(", survivorExternalId=");
		sb.append(survivorExternalId);

		sb.append("}");

		throw new NoSuchDirectoryMergeException(sb.toString());
	}

	/**
	 * Returns the first directory merge in the ordered set where companyId = &#63; and survivorExternalId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param survivorExternalId the survivor external ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching directory merge, or <code>null</code> if a matching directory merge could not be found
	 */
	@Override
	public DirectoryMerge fetchByC_S_First(
		long companyId, String survivorExternalId,
		OrderByComparator<DirectoryMerge> orderByComparator) {

		List<DirectoryMerge> list = findByC_S(
			companyId, survivorExternalId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last directory merge in the ordered set where companyId = &#63; and survivorExternalId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param survivorExternalId the survivor external ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching directory merge
	 * @throws NoSuchDirectoryMergeException if a matching directory merge could not be found
	 */
	@Override
	public DirectoryMerge findByC_S_Last(
			long companyId, String survivorExternalId,
			OrderByComparator<DirectoryMerge> orderByComparator)
		throws NoSuchDirectoryMergeException {

		DirectoryMerge directoryMerge = fetchByC_S_Last(
			companyId, survivorExternalId, orderByComparator);

		if (directoryMerge != null) {
			return directoryMerge;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("companyId=");
		sb.append(companyId);

		sb.append(", survivorExternalId=");
		sb.append(survivorExternalId);

		sb.append("}");

		throw new NoSuchDirectoryMergeException(sb.toString());
	}

	/**
	 * Returns the last directory merge in the ordered set where companyId = &#63; and survivorExternalId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param survivorExternalId the survivor external ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching directory merge, or <code>null</code> if a matching directory merge could not be found
	 */
	@Override
	public DirectoryMerge fetchByC_S_Last(
		long companyId, String survivorExternalId,
		OrderByComparator<DirectoryMerge> orderByComparator) {

		int count = countByC_S(companyId, survivorExternalId);

		if (count == 0) {
			return null;
		}

		List<DirectoryMerge> list = findByC_S(
			companyId, survivorExternalId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the directory merges before and after the current directory merge in the ordered set where companyId = &#63; and survivorExternalId = &#63;.
	 *
	 * @param directoryMergeId the primary key of the current directory merge
	 * @param companyId the company ID
	 * @param survivorExternalId the survivor external ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next directory merge
	 * @throws NoSuchDirectoryMergeException if a directory merge with the primary key could not be found
	 */
	@Override
	public DirectoryMerge[] findByC_S_PrevAndNext(
			long directoryMergeId, long companyId, String survivorExternalId,
			OrderByComparator<DirectoryMerge> orderByComparator)
		throws NoSuchDirectoryMergeException {

		survivorExternalId = Objects.toString(survivorExternalId, "");

		DirectoryMerge directoryMerge = findByPrimaryKey(directoryMergeId);

		Session session = null;

		try {
			session = openSession();

			DirectoryMerge[] array = new DirectoryMergeImpl[3];

			array[0] = getByC_S_PrevAndNext(
				session, directoryMerge, companyId, survivorExternalId,
				orderByComparator, true);

			array[1] = directoryMerge;

			array[2] = getByC_S_PrevAndNext(
				session, directoryMerge, companyId, survivorExternalId,
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

	protected DirectoryMerge getByC_S_PrevAndNext(
		Session session, DirectoryMerge directoryMerge, long companyId,
		String survivorExternalId,
		OrderByComparator<DirectoryMerge> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				5 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(4);
		}

		sb.append(_SQL_SELECT_DIRECTORYMERGE_WHERE);

		sb.append(_FINDER_COLUMN_C_S_COMPANYID_2);

		boolean bindSurvivorExternalId = false;

		if (survivorExternalId.isEmpty()) {
			sb.append(_FINDER_COLUMN_C_S_SURVIVOREXTERNALID_3);
		}
		else {
			bindSurvivorExternalId = true;

			sb.append(_FINDER_COLUMN_C_S_SURVIVOREXTERNALID_2);
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
			sb.append(DirectoryMergeModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(companyId);

		if (bindSurvivorExternalId) {
			queryPos.add(survivorExternalId);
		}

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(
						directoryMerge)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<DirectoryMerge> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the directory merges where companyId = &#63; and survivorExternalId = &#63; from the database.
	 *
	 * @param companyId the company ID
	 * @param survivorExternalId the survivor external ID
	 */
	@Override
	public void removeByC_S(long companyId, String survivorExternalId) {
		for (DirectoryMerge directoryMerge :
				findByC_S(
					companyId, survivorExternalId, QueryUtil.ALL_POS,
					QueryUtil.ALL_POS, null)) {

			remove(directoryMerge);
		}
	}

	/**
	 * Returns the number of directory merges where companyId = &#63; and survivorExternalId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param survivorExternalId the survivor external ID
	 * @return the number of matching directory merges
	 */
	@Override
	public int countByC_S(long companyId, String survivorExternalId) {
		survivorExternalId = Objects.toString(survivorExternalId, "");

		FinderPath finderPath = _finderPathCountByC_S;

		Object[] finderArgs = new Object[] {companyId, survivorExternalId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(3);

			sb.append(_SQL_COUNT_DIRECTORYMERGE_WHERE);

			sb.append(_FINDER_COLUMN_C_S_COMPANYID_2);

			boolean bindSurvivorExternalId = false;

			if (survivorExternalId.isEmpty()) {
				sb.append(_FINDER_COLUMN_C_S_SURVIVOREXTERNALID_3);
			}
			else {
				bindSurvivorExternalId = true;

				sb.append(_FINDER_COLUMN_C_S_SURVIVOREXTERNALID_2);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(companyId);

				if (bindSurvivorExternalId) {
					queryPos.add(survivorExternalId);
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

	private static final String _FINDER_COLUMN_C_S_COMPANYID_2 =
		"directoryMerge.companyId = ? AND ";

	private static final String _FINDER_COLUMN_C_S_SURVIVOREXTERNALID_2 =
		"directoryMerge.survivorExternalId = ?";

	private static final String _FINDER_COLUMN_C_S_SURVIVOREXTERNALID_3 =
		"(directoryMerge.survivorExternalId IS NULL OR directoryMerge.survivorExternalId = '')";

	public DirectoryMergePersistenceImpl() {
		setModelClass(DirectoryMerge.class);

		setModelImplClass(DirectoryMergeImpl.class);
		setModelPKClass(long.class);

		setTable(DirectoryMergeTable.INSTANCE);
	}

	/**
	 * Caches the directory merge in the entity cache if it is enabled.
	 *
	 * @param directoryMerge the directory merge
	 */
	@Override
	public void cacheResult(DirectoryMerge directoryMerge) {
		entityCache.putResult(
			DirectoryMergeImpl.class, directoryMerge.getPrimaryKey(),
			directoryMerge);
	}

	private int _valueObjectFinderCacheListThreshold;

	/**
	 * Caches the directory merges in the entity cache if it is enabled.
	 *
	 * @param directoryMerges the directory merges
	 */
	@Override
	public void cacheResult(List<DirectoryMerge> directoryMerges) {
		if ((_valueObjectFinderCacheListThreshold == 0) ||
			((_valueObjectFinderCacheListThreshold > 0) &&
			 (directoryMerges.size() > _valueObjectFinderCacheListThreshold))) {

			return;
		}

		for (DirectoryMerge directoryMerge : directoryMerges) {
			if (entityCache.getResult(
					DirectoryMergeImpl.class, directoryMerge.getPrimaryKey()) ==
						null) {

				cacheResult(directoryMerge);
			}
		}
	}

	/**
	 * Clears the cache for all directory merges.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache() {
		entityCache.clearCache(DirectoryMergeImpl.class);

		finderCache.clearCache(DirectoryMergeImpl.class);
	}

	/**
	 * Clears the cache for the directory merge.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache(DirectoryMerge directoryMerge) {
		entityCache.removeResult(DirectoryMergeImpl.class, directoryMerge);
	}

	@Override
	public void clearCache(List<DirectoryMerge> directoryMerges) {
		for (DirectoryMerge directoryMerge : directoryMerges) {
			entityCache.removeResult(DirectoryMergeImpl.class, directoryMerge);
		}
	}

	@Override
	public void clearCache(Set<Serializable> primaryKeys) {
		finderCache.clearCache(DirectoryMergeImpl.class);

		for (Serializable primaryKey : primaryKeys) {
			entityCache.removeResult(DirectoryMergeImpl.class, primaryKey);
		}
	}

	/**
	 * Creates a new directory merge with the primary key. Does not add the directory merge to the database.
	 *
	 * @param directoryMergeId the primary key for the new directory merge
	 * @return the new directory merge
	 */
	@Override
	public DirectoryMerge create(long directoryMergeId) {
		DirectoryMerge directoryMerge = new DirectoryMergeImpl();

		directoryMerge.setNew(true);
		directoryMerge.setPrimaryKey(directoryMergeId);

		directoryMerge.setCompanyId(CompanyThreadLocal.getCompanyId());

		return directoryMerge;
	}

	/**
	 * Removes the directory merge with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param directoryMergeId the primary key of the directory merge
	 * @return the directory merge that was removed
	 * @throws NoSuchDirectoryMergeException if a directory merge with the primary key could not be found
	 */
	@Override
	public DirectoryMerge remove(long directoryMergeId)
		throws NoSuchDirectoryMergeException {

		return remove((Serializable)directoryMergeId);
	}

	/**
	 * Removes the directory merge with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param primaryKey the primary key of the directory merge
	 * @return the directory merge that was removed
	 * @throws NoSuchDirectoryMergeException if a directory merge with the primary key could not be found
	 */
	@Override
	public DirectoryMerge remove(Serializable primaryKey)
		throws NoSuchDirectoryMergeException {

		Session session = null;

		try {
			session = openSession();

			DirectoryMerge directoryMerge = (DirectoryMerge)session.get(
				DirectoryMergeImpl.class, primaryKey);

			if (directoryMerge == null) {
				if (_log.isDebugEnabled()) {
					_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
				}

				throw new NoSuchDirectoryMergeException(
					_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			return remove(directoryMerge);
		}
		catch (NoSuchDirectoryMergeException noSuchEntityException) {
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
	protected DirectoryMerge removeImpl(DirectoryMerge directoryMerge) {
		Session session = null;

		try {
			session = openSession();

			if (!session.contains(directoryMerge)) {
				directoryMerge = (DirectoryMerge)session.get(
					DirectoryMergeImpl.class,
					directoryMerge.getPrimaryKeyObj());
			}

			if (directoryMerge != null) {
				session.delete(directoryMerge);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		if (directoryMerge != null) {
			clearCache(directoryMerge);
		}

		return directoryMerge;
	}

	@Override
	public DirectoryMerge updateImpl(DirectoryMerge directoryMerge) {
		boolean isNew = directoryMerge.isNew();

		if (!(directoryMerge instanceof DirectoryMergeModelImpl)) {
			InvocationHandler invocationHandler = null;

			if (ProxyUtil.isProxyClass(directoryMerge.getClass())) {
				invocationHandler = ProxyUtil.getInvocationHandler(
					directoryMerge);

				throw new IllegalArgumentException(
					"Implement ModelWrapper in directoryMerge proxy " +
						invocationHandler.getClass());
			}

			throw new IllegalArgumentException(
				"Implement ModelWrapper in custom DirectoryMerge implementation " +
					directoryMerge.getClass());
		}

		DirectoryMergeModelImpl directoryMergeModelImpl =
			(DirectoryMergeModelImpl)directoryMerge;

		if (isNew && (directoryMerge.getCreateDate() == null)) {
			ServiceContext serviceContext =
				ServiceContextThreadLocal.getServiceContext();

			Date date = new Date();

			if (serviceContext == null) {
				directoryMerge.setCreateDate(date);
			}
			else {
				directoryMerge.setCreateDate(
					serviceContext.getCreateDate(date));
			}
		}

		Session session = null;

		try {
			session = openSession();

			if (isNew) {
				session.save(directoryMerge);
			}
			else {
				directoryMerge = (DirectoryMerge)session.merge(directoryMerge);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		entityCache.putResult(
			DirectoryMergeImpl.class, directoryMergeModelImpl, false, true);

		if (isNew) {
			directoryMerge.setNew(false);
		}

		directoryMerge.resetOriginalValues();

		return directoryMerge;
	}

	/**
	 * Returns the directory merge with the primary key or throws a <code>com.liferay.portal.kernel.exception.NoSuchModelException</code> if it could not be found.
	 *
	 * @param primaryKey the primary key of the directory merge
	 * @return the directory merge
	 * @throws NoSuchDirectoryMergeException if a directory merge with the primary key could not be found
	 */
	@Override
	public DirectoryMerge findByPrimaryKey(Serializable primaryKey)
		throws NoSuchDirectoryMergeException {

		DirectoryMerge directoryMerge = fetchByPrimaryKey(primaryKey);

		if (directoryMerge == null) {
			if (_log.isDebugEnabled()) {
				_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			throw new NoSuchDirectoryMergeException(
				_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
		}

		return directoryMerge;
	}

	/**
	 * Returns the directory merge with the primary key or throws a <code>NoSuchDirectoryMergeException</code> if it could not be found.
	 *
	 * @param directoryMergeId the primary key of the directory merge
	 * @return the directory merge
	 * @throws NoSuchDirectoryMergeException if a directory merge with the primary key could not be found
	 */
	@Override
	public DirectoryMerge findByPrimaryKey(long directoryMergeId)
		throws NoSuchDirectoryMergeException {

		return findByPrimaryKey((Serializable)directoryMergeId);
	}

	/**
	 * Returns the directory merge with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param directoryMergeId the primary key of the directory merge
	 * @return the directory merge, or <code>null</code> if a directory merge with the primary key could not be found
	 */
	@Override
	public DirectoryMerge fetchByPrimaryKey(long directoryMergeId) {
		return fetchByPrimaryKey((Serializable)directoryMergeId);
	}

	/**
	 * Returns all the directory merges.
	 *
	 * @return the directory merges
	 */
	@Override
	public List<DirectoryMerge> findAll() {
		return findAll(QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the directory merges.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>DirectoryMergeModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of directory merges
	 * @param end the upper bound of the range of directory merges (not inclusive)
	 * @return the range of directory merges
	 */
	@Override
	public List<DirectoryMerge> findAll(int start, int end) {
		return findAll(start, end, null);
	}

	/**
	 * Returns an ordered range of all the directory merges.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>DirectoryMergeModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of directory merges
	 * @param end the upper bound of the range of directory merges (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of directory merges
	 */
	@Override
	public List<DirectoryMerge> findAll(
		int start, int end,
		OrderByComparator<DirectoryMerge> orderByComparator) {

		return findAll(start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the directory merges.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>DirectoryMergeModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of directory merges
	 * @param end the upper bound of the range of directory merges (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of directory merges
	 */
	@Override
	public List<DirectoryMerge> findAll(
		int start, int end, OrderByComparator<DirectoryMerge> orderByComparator,
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

		List<DirectoryMerge> list = null;

		if (useFinderCache) {
			list = (List<DirectoryMerge>)finderCache.getResult(
				finderPath, finderArgs, this);
		}

		if (list == null) {
			StringBundler sb = null;
			String sql = null;

			if (orderByComparator != null) {
				sb = new StringBundler(
					2 + (orderByComparator.getOrderByFields().length * 2));

				sb.append(_SQL_SELECT_DIRECTORYMERGE);

				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);

				sql = sb.toString();
			}
			else {
				sql = _SQL_SELECT_DIRECTORYMERGE;

				sql = sql.concat(DirectoryMergeModelImpl.ORDER_BY_JPQL);
			}

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				list = (List<DirectoryMerge>)QueryUtil.list(
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
	 * Removes all the directory merges from the database.
	 *
	 */
	@Override
	public void removeAll() {
		for (DirectoryMerge directoryMerge : findAll()) {
			remove(directoryMerge);
		}
	}

	/**
	 * Returns the number of directory merges.
	 *
	 * @return the number of directory merges
	 */
	@Override
	public int countAll() {
		Long count = (Long)finderCache.getResult(
			_finderPathCountAll, FINDER_ARGS_EMPTY, this);

		if (count == null) {
			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(_SQL_COUNT_DIRECTORYMERGE);

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
		return "directoryMergeId";
	}

	@Override
	protected String getSelectSQL() {
		return _SQL_SELECT_DIRECTORYMERGE;
	}

	@Override
	protected Map<String, Integer> getTableColumnsMap() {
		return DirectoryMergeModelImpl.TABLE_COLUMNS_MAP;
	}

	/**
	 * Initializes the directory merge persistence.
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

		_finderPathWithPaginationFindByC_S = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findByC_S",
			new String[] {
				Long.class.getName(), String.class.getName(),
				Integer.class.getName(), Integer.class.getName(),
				OrderByComparator.class.getName()
			},
			new String[] {"companyId", "survivorExternalId"}, true);

		_finderPathWithoutPaginationFindByC_S = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "findByC_S",
			new String[] {Long.class.getName(), String.class.getName()},
			new String[] {"companyId", "survivorExternalId"}, true);

		_finderPathCountByC_S = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByC_S",
			new String[] {Long.class.getName(), String.class.getName()},
			new String[] {"companyId", "survivorExternalId"}, false);

		DirectoryMergeUtil.setPersistence(this);
	}

	@Deactivate
	public void deactivate() {
		DirectoryMergeUtil.setPersistence(null);

		entityCache.removeCache(DirectoryMergeImpl.class.getName());
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

	private static final String _SQL_SELECT_DIRECTORYMERGE =
		"SELECT directoryMerge FROM DirectoryMerge directoryMerge";

	private static final String _SQL_SELECT_DIRECTORYMERGE_WHERE =
		"SELECT directoryMerge FROM DirectoryMerge directoryMerge WHERE ";

	private static final String _SQL_COUNT_DIRECTORYMERGE =
		"SELECT COUNT(directoryMerge) FROM DirectoryMerge directoryMerge";

	private static final String _SQL_COUNT_DIRECTORYMERGE_WHERE =
		"SELECT COUNT(directoryMerge) FROM DirectoryMerge directoryMerge WHERE ";

	private static final String _ORDER_BY_ENTITY_ALIAS = "directoryMerge.";

	private static final String _NO_SUCH_ENTITY_WITH_PRIMARY_KEY =
		"No DirectoryMerge exists with the primary key ";

	private static final String _NO_SUCH_ENTITY_WITH_KEY =
		"No DirectoryMerge exists with the key {";

	private static final Log _log = LogFactoryUtil.getLog(
		DirectoryMergePersistenceImpl.class);

	@Override
	protected FinderCache getFinderCache() {
		return finderCache;
	}

}