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
import com.liferay.portal.kernel.util.StringUtil;

import java.io.Serializable;

import java.lang.reflect.InvocationHandler;

import java.util.Collections;
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

import org.preau.liferay.exception.NoSuchGuestAccountException;
import org.preau.liferay.model.GuestAccount;
import org.preau.liferay.model.GuestAccountTable;
import org.preau.liferay.model.impl.GuestAccountImpl;
import org.preau.liferay.model.impl.GuestAccountModelImpl;
import org.preau.liferay.service.persistence.GuestAccountPersistence;
import org.preau.liferay.service.persistence.GuestAccountUtil;
import org.preau.liferay.service.persistence.impl.constants.PreauPersistenceConstants;

/**
 * The persistence implementation for the guest account service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Préau
 * @generated
 */
@Component(service = GuestAccountPersistence.class)
public class GuestAccountPersistenceImpl
	extends BasePersistenceImpl<GuestAccount>
	implements GuestAccountPersistence {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this class directly. Always use <code>GuestAccountUtil</code> to access the guest account persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static final String FINDER_CLASS_NAME_ENTITY =
		GuestAccountImpl.class.getName();

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
	 * Returns all the guest accounts where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @return the matching guest accounts
	 */
	@Override
	public List<GuestAccount> findByCompanyId(long companyId) {
		return findByCompanyId(
			companyId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the guest accounts where companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>GuestAccountModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param start the lower bound of the range of guest accounts
	 * @param end the upper bound of the range of guest accounts (not inclusive)
	 * @return the range of matching guest accounts
	 */
	@Override
	public List<GuestAccount> findByCompanyId(
		long companyId, int start, int end) {

		return findByCompanyId(companyId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the guest accounts where companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>GuestAccountModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param start the lower bound of the range of guest accounts
	 * @param end the upper bound of the range of guest accounts (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching guest accounts
	 */
	@Override
	public List<GuestAccount> findByCompanyId(
		long companyId, int start, int end,
		OrderByComparator<GuestAccount> orderByComparator) {

		return findByCompanyId(companyId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the guest accounts where companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>GuestAccountModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param start the lower bound of the range of guest accounts
	 * @param end the upper bound of the range of guest accounts (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching guest accounts
	 */
	@Override
	public List<GuestAccount> findByCompanyId(
		long companyId, int start, int end,
		OrderByComparator<GuestAccount> orderByComparator,
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

		List<GuestAccount> list = null;

		if (useFinderCache) {
			list = (List<GuestAccount>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (GuestAccount guestAccount : list) {
					if (companyId != guestAccount.getCompanyId()) {
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

			sb.append(_SQL_SELECT_GUESTACCOUNT_WHERE);

			sb.append(_FINDER_COLUMN_COMPANYID_COMPANYID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(GuestAccountModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(companyId);

				list = (List<GuestAccount>)QueryUtil.list(
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
	 * Returns the first guest account in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching guest account
	 * @throws NoSuchGuestAccountException if a matching guest account could not be found
	 */
	@Override
	public GuestAccount findByCompanyId_First(
			long companyId, OrderByComparator<GuestAccount> orderByComparator)
		throws NoSuchGuestAccountException {

		GuestAccount guestAccount = fetchByCompanyId_First(
			companyId, orderByComparator);

		if (guestAccount != null) {
			return guestAccount;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("companyId=");
		sb.append(companyId);

		sb.append("}");

		throw new NoSuchGuestAccountException(sb.toString());
	}

	/**
	 * Returns the first guest account in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching guest account, or <code>null</code> if a matching guest account could not be found
	 */
	@Override
	public GuestAccount fetchByCompanyId_First(
		long companyId, OrderByComparator<GuestAccount> orderByComparator) {

		List<GuestAccount> list = findByCompanyId(
			companyId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last guest account in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching guest account
	 * @throws NoSuchGuestAccountException if a matching guest account could not be found
	 */
	@Override
	public GuestAccount findByCompanyId_Last(
			long companyId, OrderByComparator<GuestAccount> orderByComparator)
		throws NoSuchGuestAccountException {

		GuestAccount guestAccount = fetchByCompanyId_Last(
			companyId, orderByComparator);

		if (guestAccount != null) {
			return guestAccount;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("companyId=");
		sb.append(companyId);

		sb.append("}");

		throw new NoSuchGuestAccountException(sb.toString());
	}

	/**
	 * Returns the last guest account in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching guest account, or <code>null</code> if a matching guest account could not be found
	 */
	@Override
	public GuestAccount fetchByCompanyId_Last(
		long companyId, OrderByComparator<GuestAccount> orderByComparator) {

		int count = countByCompanyId(companyId);

		if (count == 0) {
			return null;
		}

		List<GuestAccount> list = findByCompanyId(
			companyId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the guest accounts before and after the current guest account in the ordered set where companyId = &#63;.
	 *
	 * @param guestAccountId the primary key of the current guest account
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next guest account
	 * @throws NoSuchGuestAccountException if a guest account with the primary key could not be found
	 */
	@Override
	public GuestAccount[] findByCompanyId_PrevAndNext(
			long guestAccountId, long companyId,
			OrderByComparator<GuestAccount> orderByComparator)
		throws NoSuchGuestAccountException {

		GuestAccount guestAccount = findByPrimaryKey(guestAccountId);

		Session session = null;

		try {
			session = openSession();

			GuestAccount[] array = new GuestAccountImpl[3];

			array[0] = getByCompanyId_PrevAndNext(
				session, guestAccount, companyId, orderByComparator, true);

			array[1] = guestAccount;

			array[2] = getByCompanyId_PrevAndNext(
				session, guestAccount, companyId, orderByComparator, false);

			return array;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	protected GuestAccount getByCompanyId_PrevAndNext(
		Session session, GuestAccount guestAccount, long companyId,
		OrderByComparator<GuestAccount> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				4 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(3);
		}

		sb.append(_SQL_SELECT_GUESTACCOUNT_WHERE);

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
			sb.append(GuestAccountModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(companyId);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(guestAccount)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<GuestAccount> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the guest accounts where companyId = &#63; from the database.
	 *
	 * @param companyId the company ID
	 */
	@Override
	public void removeByCompanyId(long companyId) {
		for (GuestAccount guestAccount :
				findByCompanyId(
					companyId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null)) {

			remove(guestAccount);
		}
	}

	/**
	 * Returns the number of guest accounts where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @return the number of matching guest accounts
	 */
	@Override
	public int countByCompanyId(long companyId) {
		FinderPath finderPath = _finderPathCountByCompanyId;

		Object[] finderArgs = new Object[] {companyId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_GUESTACCOUNT_WHERE);

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
		"guestAccount.companyId = ?";

	private FinderPath _finderPathFetchByC_L;

	/**
	 * Returns the guest account where companyId = &#63; and login = &#63; or throws a <code>NoSuchGuestAccountException</code> if it could not be found.
	 *
	 * @param companyId the company ID
	 * @param login the login
	 * @return the matching guest account
	 * @throws NoSuchGuestAccountException if a matching guest account could not be found
	 */
	@Override
	public GuestAccount findByC_L(long companyId, String login)
		throws NoSuchGuestAccountException {

		GuestAccount guestAccount = fetchByC_L(companyId, login);

		if (guestAccount == null) {
			StringBundler sb = new StringBundler(6);

			sb.append(_NO_SUCH_ENTITY_WITH_KEY);

			sb.append("companyId=");
			sb.append(companyId);

			sb.append(", login=");
			sb.append(login);

			sb.append("}");

			if (_log.isDebugEnabled()) {
				_log.debug(sb.toString());
			}

			throw new NoSuchGuestAccountException(sb.toString());
		}

		return guestAccount;
	}

	/**
	 * Returns the guest account where companyId = &#63; and login = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param companyId the company ID
	 * @param login the login
	 * @return the matching guest account, or <code>null</code> if a matching guest account could not be found
	 */
	@Override
	public GuestAccount fetchByC_L(long companyId, String login) {
		return fetchByC_L(companyId, login, true);
	}

	/**
	 * Returns the guest account where companyId = &#63; and login = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param companyId the company ID
	 * @param login the login
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching guest account, or <code>null</code> if a matching guest account could not be found
	 */
	@Override
	public GuestAccount fetchByC_L(
		long companyId, String login, boolean useFinderCache) {

		login = Objects.toString(login, "");

		Object[] finderArgs = null;

		if (useFinderCache) {
			finderArgs = new Object[] {companyId, login};
		}

		Object result = null;

		if (useFinderCache) {
			result = finderCache.getResult(
				_finderPathFetchByC_L, finderArgs, this);
		}

		if (result instanceof GuestAccount) {
			GuestAccount guestAccount = (GuestAccount)result;

			if ((companyId != guestAccount.getCompanyId()) ||
				!Objects.equals(login, guestAccount.getLogin())) {

				result = null;
			}
		}

		if (result == null) {
			StringBundler sb = new StringBundler(4);

			sb.append(_SQL_SELECT_GUESTACCOUNT_WHERE);

			sb.append(_FINDER_COLUMN_C_L_COMPANYID_2);

			boolean bindLogin = false;

			if (login.isEmpty()) {
				sb.append(_FINDER_COLUMN_C_L_LOGIN_3);
			}
			else {
				bindLogin = true;

				sb.append(_FINDER_COLUMN_C_L_LOGIN_2);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(companyId);

				if (bindLogin) {
					queryPos.add(login);
				}

				List<GuestAccount> list = query.list();

				if (list.isEmpty()) {
					if (useFinderCache) {
						finderCache.putResult(
							_finderPathFetchByC_L, finderArgs, list);
					}
				}
				else {
					if (list.size() > 1) {
						Collections.sort(list, Collections.reverseOrder());

						if (_log.isWarnEnabled()) {
							if (!useFinderCache) {
								finderArgs = new Object[] {companyId, login};
							}

							_log.warn(
								"GuestAccountPersistenceImpl.fetchByC_L(long, String, boolean) with parameters (" +
									StringUtil.merge(finderArgs) +
										") yields a result set with more than 1 result. This violates the logical unique restriction. There is no order guarantee on which result is returned by this finder.");
						}
					}

					GuestAccount guestAccount = list.get(0);

					result = guestAccount;

					cacheResult(guestAccount);
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
			return (GuestAccount)result;
		}
	}

	/**
	 * Removes the guest account where companyId = &#63; and login = &#63; from the database.
	 *
	 * @param companyId the company ID
	 * @param login the login
	 * @return the guest account that was removed
	 */
	@Override
	public GuestAccount removeByC_L(long companyId, String login)
		throws NoSuchGuestAccountException {

		GuestAccount guestAccount = findByC_L(companyId, login);

		return remove(guestAccount);
	}

	/**
	 * Returns the number of guest accounts where companyId = &#63; and login = &#63;.
	 *
	 * @param companyId the company ID
	 * @param login the login
	 * @return the number of matching guest accounts
	 */
	@Override
	public int countByC_L(long companyId, String login) {
		GuestAccount guestAccount = fetchByC_L(companyId, login);

		if (guestAccount == null) {
			return 0;
		}

		return 1;
	}

	private static final String _FINDER_COLUMN_C_L_COMPANYID_2 =
		"guestAccount.companyId = ? AND ";

	private static final String _FINDER_COLUMN_C_L_LOGIN_2 =
		"guestAccount.login = ?";

	private static final String _FINDER_COLUMN_C_L_LOGIN_3 =
		"(guestAccount.login IS NULL OR guestAccount.login = '')";

	private FinderPath _finderPathWithPaginationFindByC_U;
	private FinderPath _finderPathWithoutPaginationFindByC_U;
	private FinderPath _finderPathCountByC_U;

	/**
	 * Returns all the guest accounts where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @return the matching guest accounts
	 */
	@Override
	public List<GuestAccount> findByC_U(long companyId, String uai) {
		return findByC_U(
			companyId, uai, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the guest accounts where companyId = &#63; and uai = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>GuestAccountModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param start the lower bound of the range of guest accounts
	 * @param end the upper bound of the range of guest accounts (not inclusive)
	 * @return the range of matching guest accounts
	 */
	@Override
	public List<GuestAccount> findByC_U(
		long companyId, String uai, int start, int end) {

		return findByC_U(companyId, uai, start, end, null);
	}

	/**
	 * Returns an ordered range of all the guest accounts where companyId = &#63; and uai = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>GuestAccountModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param start the lower bound of the range of guest accounts
	 * @param end the upper bound of the range of guest accounts (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching guest accounts
	 */
	@Override
	public List<GuestAccount> findByC_U(
		long companyId, String uai, int start, int end,
		OrderByComparator<GuestAccount> orderByComparator) {

		return findByC_U(companyId, uai, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the guest accounts where companyId = &#63; and uai = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>GuestAccountModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param start the lower bound of the range of guest accounts
	 * @param end the upper bound of the range of guest accounts (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching guest accounts
	 */
	@Override
	public List<GuestAccount> findByC_U(
		long companyId, String uai, int start, int end,
		OrderByComparator<GuestAccount> orderByComparator,
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

		List<GuestAccount> list = null;

		if (useFinderCache) {
			list = (List<GuestAccount>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (GuestAccount guestAccount : list) {
					if ((companyId != guestAccount.getCompanyId()) ||
						!uai.equals(guestAccount.getUai())) {

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

			sb.append(_SQL_SELECT_GUESTACCOUNT_WHERE);

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
				sb.append(GuestAccountModelImpl.ORDER_BY_JPQL);
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

				list = (List<GuestAccount>)QueryUtil.list(
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
	 * Returns the first guest account in the ordered set where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching guest account
	 * @throws NoSuchGuestAccountException if a matching guest account could not be found
	 */
	@Override
	public GuestAccount findByC_U_First(
			long companyId, String uai,
			OrderByComparator<GuestAccount> orderByComparator)
		throws NoSuchGuestAccountException {

		GuestAccount guestAccount = fetchByC_U_First(
			companyId, uai, orderByComparator);

		if (guestAccount != null) {
			return guestAccount;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("companyId=");
		sb.append(companyId);

		sb.append(", uai=");
		sb.append(uai);

		sb.append("}");

		throw new NoSuchGuestAccountException(sb.toString());
	}

	/**
	 * Returns the first guest account in the ordered set where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching guest account, or <code>null</code> if a matching guest account could not be found
	 */
	@Override
	public GuestAccount fetchByC_U_First(
		long companyId, String uai,
		OrderByComparator<GuestAccount> orderByComparator) {

		List<GuestAccount> list = findByC_U(
			companyId, uai, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last guest account in the ordered set where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching guest account
	 * @throws NoSuchGuestAccountException if a matching guest account could not be found
	 */
	@Override
	public GuestAccount findByC_U_Last(
			long companyId, String uai,
			OrderByComparator<GuestAccount> orderByComparator)
		throws NoSuchGuestAccountException {

		GuestAccount guestAccount = fetchByC_U_Last(
			companyId, uai, orderByComparator);

		if (guestAccount != null) {
			return guestAccount;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("companyId=");
		sb.append(companyId);

		sb.append(", uai=");
		sb.append(uai);

		sb.append("}");

		throw new NoSuchGuestAccountException(sb.toString());
	}

	/**
	 * Returns the last guest account in the ordered set where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching guest account, or <code>null</code> if a matching guest account could not be found
	 */
	@Override
	public GuestAccount fetchByC_U_Last(
		long companyId, String uai,
		OrderByComparator<GuestAccount> orderByComparator) {

		int count = countByC_U(companyId, uai);

		if (count == 0) {
			return null;
		}

		List<GuestAccount> list = findByC_U(
			companyId, uai, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the guest accounts before and after the current guest account in the ordered set where companyId = &#63; and uai = &#63;.
	 *
	 * @param guestAccountId the primary key of the current guest account
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next guest account
	 * @throws NoSuchGuestAccountException if a guest account with the primary key could not be found
	 */
	@Override
	public GuestAccount[] findByC_U_PrevAndNext(
			long guestAccountId, long companyId, String uai,
			OrderByComparator<GuestAccount> orderByComparator)
		throws NoSuchGuestAccountException {

		uai = Objects.toString(uai, "");

		GuestAccount guestAccount = findByPrimaryKey(guestAccountId);

		Session session = null;

		try {
			session = openSession();

			GuestAccount[] array = new GuestAccountImpl[3];

			array[0] = getByC_U_PrevAndNext(
				session, guestAccount, companyId, uai, orderByComparator, true);

			array[1] = guestAccount;

			array[2] = getByC_U_PrevAndNext(
				session, guestAccount, companyId, uai, orderByComparator,
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

	protected GuestAccount getByC_U_PrevAndNext(
		Session session, GuestAccount guestAccount, long companyId, String uai,
		OrderByComparator<GuestAccount> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				5 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(4);
		}

		sb.append(_SQL_SELECT_GUESTACCOUNT_WHERE);

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
			sb.append(GuestAccountModelImpl.ORDER_BY_JPQL);
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
					orderByComparator.getOrderByConditionValues(guestAccount)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<GuestAccount> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the guest accounts where companyId = &#63; and uai = &#63; from the database.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 */
	@Override
	public void removeByC_U(long companyId, String uai) {
		for (GuestAccount guestAccount :
				findByC_U(
					companyId, uai, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
					null)) {

			remove(guestAccount);
		}
	}

	/**
	 * Returns the number of guest accounts where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @return the number of matching guest accounts
	 */
	@Override
	public int countByC_U(long companyId, String uai) {
		uai = Objects.toString(uai, "");

		FinderPath finderPath = _finderPathCountByC_U;

		Object[] finderArgs = new Object[] {companyId, uai};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(3);

			sb.append(_SQL_COUNT_GUESTACCOUNT_WHERE);

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
		"guestAccount.companyId = ? AND ";

	private static final String _FINDER_COLUMN_C_U_UAI_2 =
		"guestAccount.uai = ?";

	private static final String _FINDER_COLUMN_C_U_UAI_3 =
		"(guestAccount.uai IS NULL OR guestAccount.uai = '')";

	public GuestAccountPersistenceImpl() {
		setModelClass(GuestAccount.class);

		setModelImplClass(GuestAccountImpl.class);
		setModelPKClass(long.class);

		setTable(GuestAccountTable.INSTANCE);
	}

	/**
	 * Caches the guest account in the entity cache if it is enabled.
	 *
	 * @param guestAccount the guest account
	 */
	@Override
	public void cacheResult(GuestAccount guestAccount) {
		entityCache.putResult(
			GuestAccountImpl.class, guestAccount.getPrimaryKey(), guestAccount);

		finderCache.putResult(
			_finderPathFetchByC_L,
			new Object[] {guestAccount.getCompanyId(), guestAccount.getLogin()},
			guestAccount);
	}

	private int _valueObjectFinderCacheListThreshold;

	/**
	 * Caches the guest accounts in the entity cache if it is enabled.
	 *
	 * @param guestAccounts the guest accounts
	 */
	@Override
	public void cacheResult(List<GuestAccount> guestAccounts) {
		if ((_valueObjectFinderCacheListThreshold == 0) ||
			((_valueObjectFinderCacheListThreshold > 0) &&
			 (guestAccounts.size() > _valueObjectFinderCacheListThreshold))) {

			return;
		}

		for (GuestAccount guestAccount : guestAccounts) {
			if (entityCache.getResult(
					GuestAccountImpl.class, guestAccount.getPrimaryKey()) ==
						null) {

				cacheResult(guestAccount);
			}
		}
	}

	/**
	 * Clears the cache for all guest accounts.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache() {
		entityCache.clearCache(GuestAccountImpl.class);

		finderCache.clearCache(GuestAccountImpl.class);
	}

	/**
	 * Clears the cache for the guest account.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache(GuestAccount guestAccount) {
		entityCache.removeResult(GuestAccountImpl.class, guestAccount);
	}

	@Override
	public void clearCache(List<GuestAccount> guestAccounts) {
		for (GuestAccount guestAccount : guestAccounts) {
			entityCache.removeResult(GuestAccountImpl.class, guestAccount);
		}
	}

	@Override
	public void clearCache(Set<Serializable> primaryKeys) {
		finderCache.clearCache(GuestAccountImpl.class);

		for (Serializable primaryKey : primaryKeys) {
			entityCache.removeResult(GuestAccountImpl.class, primaryKey);
		}
	}

	protected void cacheUniqueFindersCache(
		GuestAccountModelImpl guestAccountModelImpl) {

		Object[] args = new Object[] {
			guestAccountModelImpl.getCompanyId(),
			guestAccountModelImpl.getLogin()
		};

		finderCache.putResult(
			_finderPathFetchByC_L, args, guestAccountModelImpl);
	}

	/**
	 * Creates a new guest account with the primary key. Does not add the guest account to the database.
	 *
	 * @param guestAccountId the primary key for the new guest account
	 * @return the new guest account
	 */
	@Override
	public GuestAccount create(long guestAccountId) {
		GuestAccount guestAccount = new GuestAccountImpl();

		guestAccount.setNew(true);
		guestAccount.setPrimaryKey(guestAccountId);

		guestAccount.setCompanyId(CompanyThreadLocal.getCompanyId());

		return guestAccount;
	}

	/**
	 * Removes the guest account with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param guestAccountId the primary key of the guest account
	 * @return the guest account that was removed
	 * @throws NoSuchGuestAccountException if a guest account with the primary key could not be found
	 */
	@Override
	public GuestAccount remove(long guestAccountId)
		throws NoSuchGuestAccountException {

		return remove((Serializable)guestAccountId);
	}

	/**
	 * Removes the guest account with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param primaryKey the primary key of the guest account
	 * @return the guest account that was removed
	 * @throws NoSuchGuestAccountException if a guest account with the primary key could not be found
	 */
	@Override
	public GuestAccount remove(Serializable primaryKey)
		throws NoSuchGuestAccountException {

		Session session = null;

		try {
			session = openSession();

			GuestAccount guestAccount = (GuestAccount)session.get(
				GuestAccountImpl.class, primaryKey);

			if (guestAccount == null) {
				if (_log.isDebugEnabled()) {
					_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
				}

				throw new NoSuchGuestAccountException(
					_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			return remove(guestAccount);
		}
		catch (NoSuchGuestAccountException noSuchEntityException) {
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
	protected GuestAccount removeImpl(GuestAccount guestAccount) {
		Session session = null;

		try {
			session = openSession();

			if (!session.contains(guestAccount)) {
				guestAccount = (GuestAccount)session.get(
					GuestAccountImpl.class, guestAccount.getPrimaryKeyObj());
			}

			if (guestAccount != null) {
				session.delete(guestAccount);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		if (guestAccount != null) {
			clearCache(guestAccount);
		}

		return guestAccount;
	}

	@Override
	public GuestAccount updateImpl(GuestAccount guestAccount) {
		boolean isNew = guestAccount.isNew();

		if (!(guestAccount instanceof GuestAccountModelImpl)) {
			InvocationHandler invocationHandler = null;

			if (ProxyUtil.isProxyClass(guestAccount.getClass())) {
				invocationHandler = ProxyUtil.getInvocationHandler(
					guestAccount);

				throw new IllegalArgumentException(
					"Implement ModelWrapper in guestAccount proxy " +
						invocationHandler.getClass());
			}

			throw new IllegalArgumentException(
				"Implement ModelWrapper in custom GuestAccount implementation " +
					guestAccount.getClass());
		}

		GuestAccountModelImpl guestAccountModelImpl =
			(GuestAccountModelImpl)guestAccount;

		if (isNew && (guestAccount.getCreateDate() == null)) {
			ServiceContext serviceContext =
				ServiceContextThreadLocal.getServiceContext();

			Date date = new Date();

			if (serviceContext == null) {
				guestAccount.setCreateDate(date);
			}
			else {
				guestAccount.setCreateDate(serviceContext.getCreateDate(date));
			}
		}

		Session session = null;

		try {
			session = openSession();

			if (isNew) {
				session.save(guestAccount);
			}
			else {
				guestAccount = (GuestAccount)session.merge(guestAccount);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		entityCache.putResult(
			GuestAccountImpl.class, guestAccountModelImpl, false, true);

		cacheUniqueFindersCache(guestAccountModelImpl);

		if (isNew) {
			guestAccount.setNew(false);
		}

		guestAccount.resetOriginalValues();

		return guestAccount;
	}

	/**
	 * Returns the guest account with the primary key or throws a <code>com.liferay.portal.kernel.exception.NoSuchModelException</code> if it could not be found.
	 *
	 * @param primaryKey the primary key of the guest account
	 * @return the guest account
	 * @throws NoSuchGuestAccountException if a guest account with the primary key could not be found
	 */
	@Override
	public GuestAccount findByPrimaryKey(Serializable primaryKey)
		throws NoSuchGuestAccountException {

		GuestAccount guestAccount = fetchByPrimaryKey(primaryKey);

		if (guestAccount == null) {
			if (_log.isDebugEnabled()) {
				_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			throw new NoSuchGuestAccountException(
				_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
		}

		return guestAccount;
	}

	/**
	 * Returns the guest account with the primary key or throws a <code>NoSuchGuestAccountException</code> if it could not be found.
	 *
	 * @param guestAccountId the primary key of the guest account
	 * @return the guest account
	 * @throws NoSuchGuestAccountException if a guest account with the primary key could not be found
	 */
	@Override
	public GuestAccount findByPrimaryKey(long guestAccountId)
		throws NoSuchGuestAccountException {

		return findByPrimaryKey((Serializable)guestAccountId);
	}

	/**
	 * Returns the guest account with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param guestAccountId the primary key of the guest account
	 * @return the guest account, or <code>null</code> if a guest account with the primary key could not be found
	 */
	@Override
	public GuestAccount fetchByPrimaryKey(long guestAccountId) {
		return fetchByPrimaryKey((Serializable)guestAccountId);
	}

	/**
	 * Returns all the guest accounts.
	 *
	 * @return the guest accounts
	 */
	@Override
	public List<GuestAccount> findAll() {
		return findAll(QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the guest accounts.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>GuestAccountModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of guest accounts
	 * @param end the upper bound of the range of guest accounts (not inclusive)
	 * @return the range of guest accounts
	 */
	@Override
	public List<GuestAccount> findAll(int start, int end) {
		return findAll(start, end, null);
	}

	/**
	 * Returns an ordered range of all the guest accounts.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>GuestAccountModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of guest accounts
	 * @param end the upper bound of the range of guest accounts (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of guest accounts
	 */
	@Override
	public List<GuestAccount> findAll(
		int start, int end, OrderByComparator<GuestAccount> orderByComparator) {

		return findAll(start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the guest accounts.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>GuestAccountModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of guest accounts
	 * @param end the upper bound of the range of guest accounts (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of guest accounts
	 */
	@Override
	public List<GuestAccount> findAll(
		int start, int end, OrderByComparator<GuestAccount> orderByComparator,
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

		List<GuestAccount> list = null;

		if (useFinderCache) {
			list = (List<GuestAccount>)finderCache.getResult(
				finderPath, finderArgs, this);
		}

		if (list == null) {
			StringBundler sb = null;
			String sql = null;

			if (orderByComparator != null) {
				sb = new StringBundler(
					2 + (orderByComparator.getOrderByFields().length * 2));

				sb.append(_SQL_SELECT_GUESTACCOUNT);

				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);

				sql = sb.toString();
			}
			else {
				sql = _SQL_SELECT_GUESTACCOUNT;

				sql = sql.concat(GuestAccountModelImpl.ORDER_BY_JPQL);
			}

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				list = (List<GuestAccount>)QueryUtil.list(
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
	 * Removes all the guest accounts from the database.
	 *
	 */
	@Override
	public void removeAll() {
		for (GuestAccount guestAccount : findAll()) {
			remove(guestAccount);
		}
	}

	/**
	 * Returns the number of guest accounts.
	 *
	 * @return the number of guest accounts
	 */
	@Override
	public int countAll() {
		Long count = (Long)finderCache.getResult(
			_finderPathCountAll, FINDER_ARGS_EMPTY, this);

		if (count == null) {
			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(_SQL_COUNT_GUESTACCOUNT);

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
		return "guestAccountId";
	}

	@Override
	protected String getSelectSQL() {
		return _SQL_SELECT_GUESTACCOUNT;
	}

	@Override
	protected Map<String, Integer> getTableColumnsMap() {
		return GuestAccountModelImpl.TABLE_COLUMNS_MAP;
	}

	/**
	 * Initializes the guest account persistence.
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

		_finderPathFetchByC_L = new FinderPath(
			FINDER_CLASS_NAME_ENTITY, "fetchByC_L",
			new String[] {Long.class.getName(), String.class.getName()},
			new String[] {"companyId", "login"}, true);

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

		GuestAccountUtil.setPersistence(this);
	}

	@Deactivate
	public void deactivate() {
		GuestAccountUtil.setPersistence(null);

		entityCache.removeCache(GuestAccountImpl.class.getName());
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

	private static final String _SQL_SELECT_GUESTACCOUNT =
		"SELECT guestAccount FROM GuestAccount guestAccount";

	private static final String _SQL_SELECT_GUESTACCOUNT_WHERE =
		"SELECT guestAccount FROM GuestAccount guestAccount WHERE ";

	private static final String _SQL_COUNT_GUESTACCOUNT =
		"SELECT COUNT(guestAccount) FROM GuestAccount guestAccount";

	private static final String _SQL_COUNT_GUESTACCOUNT_WHERE =
		"SELECT COUNT(guestAccount) FROM GuestAccount guestAccount WHERE ";

	private static final String _ORDER_BY_ENTITY_ALIAS = "guestAccount.";

	private static final String _NO_SUCH_ENTITY_WITH_PRIMARY_KEY =
		"No GuestAccount exists with the primary key ";

	private static final String _NO_SUCH_ENTITY_WITH_KEY =
		"No GuestAccount exists with the key {";

	private static final Log _log = LogFactoryUtil.getLog(
		GuestAccountPersistenceImpl.class);

	@Override
	protected FinderCache getFinderCache() {
		return finderCache;
	}

}