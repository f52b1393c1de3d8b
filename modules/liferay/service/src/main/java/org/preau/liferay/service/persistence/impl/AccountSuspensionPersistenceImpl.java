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

import org.preau.liferay.exception.NoSuchAccountSuspensionException;
import org.preau.liferay.model.AccountSuspension;
import org.preau.liferay.model.AccountSuspensionTable;
import org.preau.liferay.model.impl.AccountSuspensionImpl;
import org.preau.liferay.model.impl.AccountSuspensionModelImpl;
import org.preau.liferay.service.persistence.AccountSuspensionPersistence;
import org.preau.liferay.service.persistence.AccountSuspensionUtil;
import org.preau.liferay.service.persistence.impl.constants.PreauPersistenceConstants;

/**
 * The persistence implementation for the account suspension service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Préau
 * @generated
 */
@Component(service = AccountSuspensionPersistence.class)
public class AccountSuspensionPersistenceImpl
	extends BasePersistenceImpl<AccountSuspension>
	implements AccountSuspensionPersistence {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this class directly. Always use <code>AccountSuspensionUtil</code> to access the account suspension persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static final String FINDER_CLASS_NAME_ENTITY =
		AccountSuspensionImpl.class.getName();

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
	 * Returns all the account suspensions where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @return the matching account suspensions
	 */
	@Override
	public List<AccountSuspension> findByCompanyId(long companyId) {
		return findByCompanyId(
			companyId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the account suspensions where companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AccountSuspensionModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param start the lower bound of the range of account suspensions
	 * @param end the upper bound of the range of account suspensions (not inclusive)
	 * @return the range of matching account suspensions
	 */
	@Override
	public List<AccountSuspension> findByCompanyId(
		long companyId, int start, int end) {

		return findByCompanyId(companyId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the account suspensions where companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AccountSuspensionModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param start the lower bound of the range of account suspensions
	 * @param end the upper bound of the range of account suspensions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching account suspensions
	 */
	@Override
	public List<AccountSuspension> findByCompanyId(
		long companyId, int start, int end,
		OrderByComparator<AccountSuspension> orderByComparator) {

		return findByCompanyId(companyId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the account suspensions where companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AccountSuspensionModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param start the lower bound of the range of account suspensions
	 * @param end the upper bound of the range of account suspensions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching account suspensions
	 */
	@Override
	public List<AccountSuspension> findByCompanyId(
		long companyId, int start, int end,
		OrderByComparator<AccountSuspension> orderByComparator,
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

		List<AccountSuspension> list = null;

		if (useFinderCache) {
			list = (List<AccountSuspension>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (AccountSuspension accountSuspension : list) {
					if (companyId != accountSuspension.getCompanyId()) {
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

			sb.append(_SQL_SELECT_ACCOUNTSUSPENSION_WHERE);

			sb.append(_FINDER_COLUMN_COMPANYID_COMPANYID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(AccountSuspensionModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(companyId);

				list = (List<AccountSuspension>)QueryUtil.list(
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
	 * Returns the first account suspension in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching account suspension
	 * @throws NoSuchAccountSuspensionException if a matching account suspension could not be found
	 */
	@Override
	public AccountSuspension findByCompanyId_First(
			long companyId,
			OrderByComparator<AccountSuspension> orderByComparator)
		throws NoSuchAccountSuspensionException {

		AccountSuspension accountSuspension = fetchByCompanyId_First(
			companyId, orderByComparator);

		if (accountSuspension != null) {
			return accountSuspension;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("companyId=");
		sb.append(companyId);

		sb.append("}");

		throw new NoSuchAccountSuspensionException(sb.toString());
	}

	/**
	 * Returns the first account suspension in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching account suspension, or <code>null</code> if a matching account suspension could not be found
	 */
	@Override
	public AccountSuspension fetchByCompanyId_First(
		long companyId,
		OrderByComparator<AccountSuspension> orderByComparator) {

		List<AccountSuspension> list = findByCompanyId(
			companyId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last account suspension in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching account suspension
	 * @throws NoSuchAccountSuspensionException if a matching account suspension could not be found
	 */
	@Override
	public AccountSuspension findByCompanyId_Last(
			long companyId,
			OrderByComparator<AccountSuspension> orderByComparator)
		throws NoSuchAccountSuspensionException {

		AccountSuspension accountSuspension = fetchByCompanyId_Last(
			companyId, orderByComparator);

		if (accountSuspension != null) {
			return accountSuspension;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("companyId=");
		sb.append(companyId);

		sb.append("}");

		throw new NoSuchAccountSuspensionException(sb.toString());
	}

	/**
	 * Returns the last account suspension in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching account suspension, or <code>null</code> if a matching account suspension could not be found
	 */
	@Override
	public AccountSuspension fetchByCompanyId_Last(
		long companyId,
		OrderByComparator<AccountSuspension> orderByComparator) {

		int count = countByCompanyId(companyId);

		if (count == 0) {
			return null;
		}

		List<AccountSuspension> list = findByCompanyId(
			companyId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the account suspensions before and after the current account suspension in the ordered set where companyId = &#63;.
	 *
	 * @param accountSuspensionId the primary key of the current account suspension
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next account suspension
	 * @throws NoSuchAccountSuspensionException if a account suspension with the primary key could not be found
	 */
	@Override
	public AccountSuspension[] findByCompanyId_PrevAndNext(
			long accountSuspensionId, long companyId,
			OrderByComparator<AccountSuspension> orderByComparator)
		throws NoSuchAccountSuspensionException {

		AccountSuspension accountSuspension = findByPrimaryKey(
			accountSuspensionId);

		Session session = null;

		try {
			session = openSession();

			AccountSuspension[] array = new AccountSuspensionImpl[3];

			array[0] = getByCompanyId_PrevAndNext(
				session, accountSuspension, companyId, orderByComparator, true);

			array[1] = accountSuspension;

			array[2] = getByCompanyId_PrevAndNext(
				session, accountSuspension, companyId, orderByComparator,
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

	protected AccountSuspension getByCompanyId_PrevAndNext(
		Session session, AccountSuspension accountSuspension, long companyId,
		OrderByComparator<AccountSuspension> orderByComparator,
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

		sb.append(_SQL_SELECT_ACCOUNTSUSPENSION_WHERE);

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
			sb.append(AccountSuspensionModelImpl.ORDER_BY_JPQL);
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
						accountSuspension)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<AccountSuspension> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the account suspensions where companyId = &#63; from the database.
	 *
	 * @param companyId the company ID
	 */
	@Override
	public void removeByCompanyId(long companyId) {
		for (AccountSuspension accountSuspension :
				findByCompanyId(
					companyId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null)) {

			remove(accountSuspension);
		}
	}

	/**
	 * Returns the number of account suspensions where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @return the number of matching account suspensions
	 */
	@Override
	public int countByCompanyId(long companyId) {
		FinderPath finderPath = _finderPathCountByCompanyId;

		Object[] finderArgs = new Object[] {companyId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_ACCOUNTSUSPENSION_WHERE);

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
		"accountSuspension.companyId = ?";

	private FinderPath _finderPathWithPaginationFindByC_L;
	private FinderPath _finderPathWithoutPaginationFindByC_L;
	private FinderPath _finderPathCountByC_L;

	/**
	 * Returns all the account suspensions where companyId = &#63; and login = &#63;.
	 *
	 * @param companyId the company ID
	 * @param login the login
	 * @return the matching account suspensions
	 */
	@Override
	public List<AccountSuspension> findByC_L(long companyId, String login) {
		return findByC_L(
			companyId, login, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the account suspensions where companyId = &#63; and login = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AccountSuspensionModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param login the login
	 * @param start the lower bound of the range of account suspensions
	 * @param end the upper bound of the range of account suspensions (not inclusive)
	 * @return the range of matching account suspensions
	 */
	@Override
	public List<AccountSuspension> findByC_L(
		long companyId, String login, int start, int end) {

		return findByC_L(companyId, login, start, end, null);
	}

	/**
	 * Returns an ordered range of all the account suspensions where companyId = &#63; and login = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AccountSuspensionModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param login the login
	 * @param start the lower bound of the range of account suspensions
	 * @param end the upper bound of the range of account suspensions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching account suspensions
	 */
	@Override
	public List<AccountSuspension> findByC_L(
		long companyId, String login, int start, int end,
		OrderByComparator<AccountSuspension> orderByComparator) {

		return findByC_L(companyId, login, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the account suspensions where companyId = &#63; and login = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AccountSuspensionModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param login the login
	 * @param start the lower bound of the range of account suspensions
	 * @param end the upper bound of the range of account suspensions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching account suspensions
	 */
	@Override
	public List<AccountSuspension> findByC_L(
		long companyId, String login, int start, int end,
		OrderByComparator<AccountSuspension> orderByComparator,
		boolean useFinderCache) {

		login = Objects.toString(login, "");

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath = _finderPathWithoutPaginationFindByC_L;
				finderArgs = new Object[] {companyId, login};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindByC_L;
			finderArgs = new Object[] {
				companyId, login, start, end, orderByComparator
			};
		}

		List<AccountSuspension> list = null;

		if (useFinderCache) {
			list = (List<AccountSuspension>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (AccountSuspension accountSuspension : list) {
					if ((companyId != accountSuspension.getCompanyId()) ||
						!login.equals(accountSuspension.getLogin())) {

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

			sb.append(_SQL_SELECT_ACCOUNTSUSPENSION_WHERE);

			sb.append(_FINDER_COLUMN_C_L_COMPANYID_2);

			boolean bindLogin = false;

			if (login.isEmpty()) {
				sb.append(_FINDER_COLUMN_C_L_LOGIN_3);
			}
			else {
				bindLogin = true;

				sb.append(_FINDER_COLUMN_C_L_LOGIN_2);
			}

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(AccountSuspensionModelImpl.ORDER_BY_JPQL);
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

				list = (List<AccountSuspension>)QueryUtil.list(
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
	 * Returns the first account suspension in the ordered set where companyId = &#63; and login = &#63;.
	 *
	 * @param companyId the company ID
	 * @param login the login
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching account suspension
	 * @throws NoSuchAccountSuspensionException if a matching account suspension could not be found
	 */
	@Override
	public AccountSuspension findByC_L_First(
			long companyId, String login,
			OrderByComparator<AccountSuspension> orderByComparator)
		throws NoSuchAccountSuspensionException {

		AccountSuspension accountSuspension = fetchByC_L_First(
			companyId, login, orderByComparator);

		if (accountSuspension != null) {
			return accountSuspension;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("companyId=");
		sb.append(companyId);

		sb.append(", login=");
		sb.append(login);

		sb.append("}");

		throw new NoSuchAccountSuspensionException(sb.toString());
	}

	/**
	 * Returns the first account suspension in the ordered set where companyId = &#63; and login = &#63;.
	 *
	 * @param companyId the company ID
	 * @param login the login
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching account suspension, or <code>null</code> if a matching account suspension could not be found
	 */
	@Override
	public AccountSuspension fetchByC_L_First(
		long companyId, String login,
		OrderByComparator<AccountSuspension> orderByComparator) {

		List<AccountSuspension> list = findByC_L(
			companyId, login, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last account suspension in the ordered set where companyId = &#63; and login = &#63;.
	 *
	 * @param companyId the company ID
	 * @param login the login
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching account suspension
	 * @throws NoSuchAccountSuspensionException if a matching account suspension could not be found
	 */
	@Override
	public AccountSuspension findByC_L_Last(
			long companyId, String login,
			OrderByComparator<AccountSuspension> orderByComparator)
		throws NoSuchAccountSuspensionException {

		AccountSuspension accountSuspension = fetchByC_L_Last(
			companyId, login, orderByComparator);

		if (accountSuspension != null) {
			return accountSuspension;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("companyId=");
		sb.append(companyId);

		sb.append(", login=");
		sb.append(login);

		sb.append("}");

		throw new NoSuchAccountSuspensionException(sb.toString());
	}

	/**
	 * Returns the last account suspension in the ordered set where companyId = &#63; and login = &#63;.
	 *
	 * @param companyId the company ID
	 * @param login the login
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching account suspension, or <code>null</code> if a matching account suspension could not be found
	 */
	@Override
	public AccountSuspension fetchByC_L_Last(
		long companyId, String login,
		OrderByComparator<AccountSuspension> orderByComparator) {

		int count = countByC_L(companyId, login);

		if (count == 0) {
			return null;
		}

		List<AccountSuspension> list = findByC_L(
			companyId, login, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the account suspensions before and after the current account suspension in the ordered set where companyId = &#63; and login = &#63;.
	 *
	 * @param accountSuspensionId the primary key of the current account suspension
	 * @param companyId the company ID
	 * @param login the login
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next account suspension
	 * @throws NoSuchAccountSuspensionException if a account suspension with the primary key could not be found
	 */
	@Override
	public AccountSuspension[] findByC_L_PrevAndNext(
			long accountSuspensionId, long companyId, String login,
			OrderByComparator<AccountSuspension> orderByComparator)
		throws NoSuchAccountSuspensionException {

		login = Objects.toString(login, "");

		AccountSuspension accountSuspension = findByPrimaryKey(
			accountSuspensionId);

		Session session = null;

		try {
			session = openSession();

			AccountSuspension[] array = new AccountSuspensionImpl[3];

			array[0] = getByC_L_PrevAndNext(
				session, accountSuspension, companyId, login, orderByComparator,
				true);

			array[1] = accountSuspension;

			array[2] = getByC_L_PrevAndNext(
				session, accountSuspension, companyId, login, orderByComparator,
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

	protected AccountSuspension getByC_L_PrevAndNext(
		Session session, AccountSuspension accountSuspension, long companyId,
		String login, OrderByComparator<AccountSuspension> orderByComparator,
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

		sb.append(_SQL_SELECT_ACCOUNTSUSPENSION_WHERE);

		sb.append(_FINDER_COLUMN_C_L_COMPANYID_2);

		boolean bindLogin = false;

		if (login.isEmpty()) {
			sb.append(_FINDER_COLUMN_C_L_LOGIN_3);
		}
		else {
			bindLogin = true;

			sb.append(_FINDER_COLUMN_C_L_LOGIN_2);
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
			sb.append(AccountSuspensionModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(companyId);

		if (bindLogin) {
			queryPos.add(login);
		}

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(
						accountSuspension)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<AccountSuspension> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the account suspensions where companyId = &#63; and login = &#63; from the database.
	 *
	 * @param companyId the company ID
	 * @param login the login
	 */
	@Override
	public void removeByC_L(long companyId, String login) {
		for (AccountSuspension accountSuspension :
				findByC_L(
					companyId, login, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
					null)) {

			remove(accountSuspension);
		}
	}

	/**
	 * Returns the number of account suspensions where companyId = &#63; and login = &#63;.
	 *
	 * @param companyId the company ID
	 * @param login the login
	 * @return the number of matching account suspensions
	 */
	@Override
	public int countByC_L(long companyId, String login) {
		login = Objects.toString(login, "");

		FinderPath finderPath = _finderPathCountByC_L;

		Object[] finderArgs = new Object[] {companyId, login};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(3);

			sb.append(_SQL_COUNT_ACCOUNTSUSPENSION_WHERE);

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

	private static final String _FINDER_COLUMN_C_L_COMPANYID_2 =
		"accountSuspension.companyId = ? AND ";

	private static final String _FINDER_COLUMN_C_L_LOGIN_2 =
		"accountSuspension.login = ?";

	private static final String _FINDER_COLUMN_C_L_LOGIN_3 =
		"(accountSuspension.login IS NULL OR accountSuspension.login = '')";

	private FinderPath _finderPathWithPaginationFindByC_U;
	private FinderPath _finderPathWithoutPaginationFindByC_U;
	private FinderPath _finderPathCountByC_U;

	/**
	 * Returns all the account suspensions where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @return the matching account suspensions
	 */
	@Override
	public List<AccountSuspension> findByC_U(long companyId, String uai) {
		return findByC_U(
			companyId, uai, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the account suspensions where companyId = &#63; and uai = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AccountSuspensionModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param start the lower bound of the range of account suspensions
	 * @param end the upper bound of the range of account suspensions (not inclusive)
	 * @return the range of matching account suspensions
	 */
	@Override
	public List<AccountSuspension> findByC_U(
		long companyId, String uai, int start, int end) {

		return findByC_U(companyId, uai, start, end, null);
	}

	/**
	 * Returns an ordered range of all the account suspensions where companyId = &#63; and uai = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AccountSuspensionModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param start the lower bound of the range of account suspensions
	 * @param end the upper bound of the range of account suspensions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching account suspensions
	 */
	@Override
	public List<AccountSuspension> findByC_U(
		long companyId, String uai, int start, int end,
		OrderByComparator<AccountSuspension> orderByComparator) {

		return findByC_U(companyId, uai, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the account suspensions where companyId = &#63; and uai = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AccountSuspensionModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param start the lower bound of the range of account suspensions
	 * @param end the upper bound of the range of account suspensions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching account suspensions
	 */
	@Override
	public List<AccountSuspension> findByC_U(
		long companyId, String uai, int start, int end,
		OrderByComparator<AccountSuspension> orderByComparator,
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

		List<AccountSuspension> list = null;

		if (useFinderCache) {
			list = (List<AccountSuspension>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (AccountSuspension accountSuspension : list) {
					if ((companyId != accountSuspension.getCompanyId()) ||
						!uai.equals(accountSuspension.getUai())) {

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

			sb.append(_SQL_SELECT_ACCOUNTSUSPENSION_WHERE);

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
				sb.append(AccountSuspensionModelImpl.ORDER_BY_JPQL);
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

				list = (List<AccountSuspension>)QueryUtil.list(
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
	 * Returns the first account suspension in the ordered set where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching account suspension
	 * @throws NoSuchAccountSuspensionException if a matching account suspension could not be found
	 */
	@Override
	public AccountSuspension findByC_U_First(
			long companyId, String uai,
			OrderByComparator<AccountSuspension> orderByComparator)
		throws NoSuchAccountSuspensionException {

		AccountSuspension accountSuspension = fetchByC_U_First(
			companyId, uai, orderByComparator);

		if (accountSuspension != null) {
			return accountSuspension;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("companyId=");
		sb.append(companyId);

		sb.append(", uai=");
		sb.append(uai);

		sb.append("}");

		throw new NoSuchAccountSuspensionException(sb.toString());
	}

	/**
	 * Returns the first account suspension in the ordered set where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching account suspension, or <code>null</code> if a matching account suspension could not be found
	 */
	@Override
	public AccountSuspension fetchByC_U_First(
		long companyId, String uai,
		OrderByComparator<AccountSuspension> orderByComparator) {

		List<AccountSuspension> list = findByC_U(
			companyId, uai, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last account suspension in the ordered set where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching account suspension
	 * @throws NoSuchAccountSuspensionException if a matching account suspension could not be found
	 */
	@Override
	public AccountSuspension findByC_U_Last(
			long companyId, String uai,
			OrderByComparator<AccountSuspension> orderByComparator)
		throws NoSuchAccountSuspensionException {

		AccountSuspension accountSuspension = fetchByC_U_Last(
			companyId, uai, orderByComparator);

		if (accountSuspension != null) {
			return accountSuspension;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("companyId=");
		sb.append(companyId);

		sb.append(", uai=");
		sb.append(uai);

		sb.append("}");

		throw new NoSuchAccountSuspensionException(sb.toString());
	}

	/**
	 * Returns the last account suspension in the ordered set where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching account suspension, or <code>null</code> if a matching account suspension could not be found
	 */
	@Override
	public AccountSuspension fetchByC_U_Last(
		long companyId, String uai,
		OrderByComparator<AccountSuspension> orderByComparator) {

		int count = countByC_U(companyId, uai);

		if (count == 0) {
			return null;
		}

		List<AccountSuspension> list = findByC_U(
			companyId, uai, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the account suspensions before and after the current account suspension in the ordered set where companyId = &#63; and uai = &#63;.
	 *
	 * @param accountSuspensionId the primary key of the current account suspension
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next account suspension
	 * @throws NoSuchAccountSuspensionException if a account suspension with the primary key could not be found
	 */
	@Override
	public AccountSuspension[] findByC_U_PrevAndNext(
			long accountSuspensionId, long companyId, String uai,
			OrderByComparator<AccountSuspension> orderByComparator)
		throws NoSuchAccountSuspensionException {

		uai = Objects.toString(uai, "");

		AccountSuspension accountSuspension = findByPrimaryKey(
			accountSuspensionId);

		Session session = null;

		try {
			session = openSession();

			AccountSuspension[] array = new AccountSuspensionImpl[3];

			array[0] = getByC_U_PrevAndNext(
				session, accountSuspension, companyId, uai, orderByComparator,
				true);

			array[1] = accountSuspension;

			array[2] = getByC_U_PrevAndNext(
				session, accountSuspension, companyId, uai, orderByComparator,
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

	protected AccountSuspension getByC_U_PrevAndNext(
		Session session, AccountSuspension accountSuspension, long companyId,
		String uai, OrderByComparator<AccountSuspension> orderByComparator,
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

		sb.append(_SQL_SELECT_ACCOUNTSUSPENSION_WHERE);

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
			sb.append(AccountSuspensionModelImpl.ORDER_BY_JPQL);
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
						accountSuspension)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<AccountSuspension> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the account suspensions where companyId = &#63; and uai = &#63; from the database.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 */
	@Override
	public void removeByC_U(long companyId, String uai) {
		for (AccountSuspension accountSuspension :
				findByC_U(
					companyId, uai, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
					null)) {

			remove(accountSuspension);
		}
	}

	/**
	 * Returns the number of account suspensions where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @return the number of matching account suspensions
	 */
	@Override
	public int countByC_U(long companyId, String uai) {
		uai = Objects.toString(uai, "");

		FinderPath finderPath = _finderPathCountByC_U;

		Object[] finderArgs = new Object[] {companyId, uai};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(3);

			sb.append(_SQL_COUNT_ACCOUNTSUSPENSION_WHERE);

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
		"accountSuspension.companyId = ? AND ";

	private static final String _FINDER_COLUMN_C_U_UAI_2 =
		"accountSuspension.uai = ?";

	private static final String _FINDER_COLUMN_C_U_UAI_3 =
		"(accountSuspension.uai IS NULL OR accountSuspension.uai = '')";

	public AccountSuspensionPersistenceImpl() {
		setModelClass(AccountSuspension.class);

		setModelImplClass(AccountSuspensionImpl.class);
		setModelPKClass(long.class);

		setTable(AccountSuspensionTable.INSTANCE);
	}

	/**
	 * Caches the account suspension in the entity cache if it is enabled.
	 *
	 * @param accountSuspension the account suspension
	 */
	@Override
	public void cacheResult(AccountSuspension accountSuspension) {
		entityCache.putResult(
			AccountSuspensionImpl.class, accountSuspension.getPrimaryKey(),
			accountSuspension);
	}

	private int _valueObjectFinderCacheListThreshold;

	/**
	 * Caches the account suspensions in the entity cache if it is enabled.
	 *
	 * @param accountSuspensions the account suspensions
	 */
	@Override
	public void cacheResult(List<AccountSuspension> accountSuspensions) {
		if ((_valueObjectFinderCacheListThreshold == 0) ||
			((_valueObjectFinderCacheListThreshold > 0) &&
			 (accountSuspensions.size() >
				 _valueObjectFinderCacheListThreshold))) {

			return;
		}

		for (AccountSuspension accountSuspension : accountSuspensions) {
			if (entityCache.getResult(
					AccountSuspensionImpl.class,
					accountSuspension.getPrimaryKey()) == null) {

				cacheResult(accountSuspension);
			}
		}
	}

	/**
	 * Clears the cache for all account suspensions.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache() {
		entityCache.clearCache(AccountSuspensionImpl.class);

		finderCache.clearCache(AccountSuspensionImpl.class);
	}

	/**
	 * Clears the cache for the account suspension.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache(AccountSuspension accountSuspension) {
		entityCache.removeResult(
			AccountSuspensionImpl.class, accountSuspension);
	}

	@Override
	public void clearCache(List<AccountSuspension> accountSuspensions) {
		for (AccountSuspension accountSuspension : accountSuspensions) {
			entityCache.removeResult(
				AccountSuspensionImpl.class, accountSuspension);
		}
	}

	@Override
	public void clearCache(Set<Serializable> primaryKeys) {
		finderCache.clearCache(AccountSuspensionImpl.class);

		for (Serializable primaryKey : primaryKeys) {
			entityCache.removeResult(AccountSuspensionImpl.class, primaryKey);
		}
	}

	/**
	 * Creates a new account suspension with the primary key. Does not add the account suspension to the database.
	 *
	 * @param accountSuspensionId the primary key for the new account suspension
	 * @return the new account suspension
	 */
	@Override
	public AccountSuspension create(long accountSuspensionId) {
		AccountSuspension accountSuspension = new AccountSuspensionImpl();

		accountSuspension.setNew(true);
		accountSuspension.setPrimaryKey(accountSuspensionId);

		accountSuspension.setCompanyId(CompanyThreadLocal.getCompanyId());

		return accountSuspension;
	}

	/**
	 * Removes the account suspension with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param accountSuspensionId the primary key of the account suspension
	 * @return the account suspension that was removed
	 * @throws NoSuchAccountSuspensionException if a account suspension with the primary key could not be found
	 */
	@Override
	public AccountSuspension remove(long accountSuspensionId)
		throws NoSuchAccountSuspensionException {

		return remove((Serializable)accountSuspensionId);
	}

	/**
	 * Removes the account suspension with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param primaryKey the primary key of the account suspension
	 * @return the account suspension that was removed
	 * @throws NoSuchAccountSuspensionException if a account suspension with the primary key could not be found
	 */
	@Override
	public AccountSuspension remove(Serializable primaryKey)
		throws NoSuchAccountSuspensionException {

		Session session = null;

		try {
			session = openSession();

			AccountSuspension accountSuspension =
				(AccountSuspension)session.get(
					AccountSuspensionImpl.class, primaryKey);

			if (accountSuspension == null) {
				if (_log.isDebugEnabled()) {
					_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
				}

				throw new NoSuchAccountSuspensionException(
					_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			return remove(accountSuspension);
		}
		catch (NoSuchAccountSuspensionException noSuchEntityException) {
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
	protected AccountSuspension removeImpl(
		AccountSuspension accountSuspension) {

		Session session = null;

		try {
			session = openSession();

			if (!session.contains(accountSuspension)) {
				accountSuspension = (AccountSuspension)session.get(
					AccountSuspensionImpl.class,
					accountSuspension.getPrimaryKeyObj());
			}

			if (accountSuspension != null) {
				session.delete(accountSuspension);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		if (accountSuspension != null) {
			clearCache(accountSuspension);
		}

		return accountSuspension;
	}

	@Override
	public AccountSuspension updateImpl(AccountSuspension accountSuspension) {
		boolean isNew = accountSuspension.isNew();

		if (!(accountSuspension instanceof AccountSuspensionModelImpl)) {
			InvocationHandler invocationHandler = null;

			if (ProxyUtil.isProxyClass(accountSuspension.getClass())) {
				invocationHandler = ProxyUtil.getInvocationHandler(
					accountSuspension);

				throw new IllegalArgumentException(
					"Implement ModelWrapper in accountSuspension proxy " +
						invocationHandler.getClass());
			}

			throw new IllegalArgumentException(
				"Implement ModelWrapper in custom AccountSuspension implementation " +
					accountSuspension.getClass());
		}

		AccountSuspensionModelImpl accountSuspensionModelImpl =
			(AccountSuspensionModelImpl)accountSuspension;

		if (isNew && (accountSuspension.getCreateDate() == null)) {
			ServiceContext serviceContext =
				ServiceContextThreadLocal.getServiceContext();

			Date date = new Date();

			if (serviceContext == null) {
				accountSuspension.setCreateDate(date);
			}
			else {
				accountSuspension.setCreateDate(
					serviceContext.getCreateDate(date));
			}
		}

		Session session = null;

		try {
			session = openSession();

			if (isNew) {
				session.save(accountSuspension);
			}
			else {
				accountSuspension = (AccountSuspension)session.merge(
					accountSuspension);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		entityCache.putResult(
			AccountSuspensionImpl.class, accountSuspensionModelImpl, false,
			true);

		if (isNew) {
			accountSuspension.setNew(false);
		}

		accountSuspension.resetOriginalValues();

		return accountSuspension;
	}

	/**
	 * Returns the account suspension with the primary key or throws a <code>com.liferay.portal.kernel.exception.NoSuchModelException</code> if it could not be found.
	 *
	 * @param primaryKey the primary key of the account suspension
	 * @return the account suspension
	 * @throws NoSuchAccountSuspensionException if a account suspension with the primary key could not be found
	 */
	@Override
	public AccountSuspension findByPrimaryKey(Serializable primaryKey)
		throws NoSuchAccountSuspensionException {

		AccountSuspension accountSuspension = fetchByPrimaryKey(primaryKey);

		if (accountSuspension == null) {
			if (_log.isDebugEnabled()) {
				_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			throw new NoSuchAccountSuspensionException(
				_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
		}

		return accountSuspension;
	}

	/**
	 * Returns the account suspension with the primary key or throws a <code>NoSuchAccountSuspensionException</code> if it could not be found.
	 *
	 * @param accountSuspensionId the primary key of the account suspension
	 * @return the account suspension
	 * @throws NoSuchAccountSuspensionException if a account suspension with the primary key could not be found
	 */
	@Override
	public AccountSuspension findByPrimaryKey(long accountSuspensionId)
		throws NoSuchAccountSuspensionException {

		return findByPrimaryKey((Serializable)accountSuspensionId);
	}

	/**
	 * Returns the account suspension with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param accountSuspensionId the primary key of the account suspension
	 * @return the account suspension, or <code>null</code> if a account suspension with the primary key could not be found
	 */
	@Override
	public AccountSuspension fetchByPrimaryKey(long accountSuspensionId) {
		return fetchByPrimaryKey((Serializable)accountSuspensionId);
	}

	/**
	 * Returns all the account suspensions.
	 *
	 * @return the account suspensions
	 */
	@Override
	public List<AccountSuspension> findAll() {
		return findAll(QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the account suspensions.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AccountSuspensionModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of account suspensions
	 * @param end the upper bound of the range of account suspensions (not inclusive)
	 * @return the range of account suspensions
	 */
	@Override
	public List<AccountSuspension> findAll(int start, int end) {
		return findAll(start, end, null);
	}

	/**
	 * Returns an ordered range of all the account suspensions.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AccountSuspensionModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of account suspensions
	 * @param end the upper bound of the range of account suspensions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of account suspensions
	 */
	@Override
	public List<AccountSuspension> findAll(
		int start, int end,
		OrderByComparator<AccountSuspension> orderByComparator) {

		return findAll(start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the account suspensions.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AccountSuspensionModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of account suspensions
	 * @param end the upper bound of the range of account suspensions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of account suspensions
	 */
	@Override
	public List<AccountSuspension> findAll(
		int start, int end,
		OrderByComparator<AccountSuspension> orderByComparator,
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

		List<AccountSuspension> list = null;

		if (useFinderCache) {
			list = (List<AccountSuspension>)finderCache.getResult(
				finderPath, finderArgs, this);
		}

		if (list == null) {
			StringBundler sb = null;
			String sql = null;

			if (orderByComparator != null) {
				sb = new StringBundler(
					2 + (orderByComparator.getOrderByFields().length * 2));

				sb.append(_SQL_SELECT_ACCOUNTSUSPENSION);

				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);

				sql = sb.toString();
			}
			else {
				sql = _SQL_SELECT_ACCOUNTSUSPENSION;

				sql = sql.concat(AccountSuspensionModelImpl.ORDER_BY_JPQL);
			}

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				list = (List<AccountSuspension>)QueryUtil.list(
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
	 * Removes all the account suspensions from the database.
	 *
	 */
	@Override
	public void removeAll() {
		for (AccountSuspension accountSuspension : findAll()) {
			remove(accountSuspension);
		}
	}

	/**
	 * Returns the number of account suspensions.
	 *
	 * @return the number of account suspensions
	 */
	@Override
	public int countAll() {
		Long count = (Long)finderCache.getResult(
			_finderPathCountAll, FINDER_ARGS_EMPTY, this);

		if (count == null) {
			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(_SQL_COUNT_ACCOUNTSUSPENSION);

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
		return "accountSuspensionId";
	}

	@Override
	protected String getSelectSQL() {
		return _SQL_SELECT_ACCOUNTSUSPENSION;
	}

	@Override
	protected Map<String, Integer> getTableColumnsMap() {
		return AccountSuspensionModelImpl.TABLE_COLUMNS_MAP;
	}

	/**
	 * Initializes the account suspension persistence.
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

		_finderPathWithPaginationFindByC_L = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findByC_L",
			new String[] {
				Long.class.getName(), String.class.getName(),
				Integer.class.getName(), Integer.class.getName(),
				OrderByComparator.class.getName()
			},
			new String[] {"companyId", "login"}, true);

		_finderPathWithoutPaginationFindByC_L = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "findByC_L",
			new String[] {Long.class.getName(), String.class.getName()},
			new String[] {"companyId", "login"}, true);

		_finderPathCountByC_L = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByC_L",
			new String[] {Long.class.getName(), String.class.getName()},
			new String[] {"companyId", "login"}, false);

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

		AccountSuspensionUtil.setPersistence(this);
	}

	@Deactivate
	public void deactivate() {
		AccountSuspensionUtil.setPersistence(null);

		entityCache.removeCache(AccountSuspensionImpl.class.getName());
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

	private static final String _SQL_SELECT_ACCOUNTSUSPENSION =
		"SELECT accountSuspension FROM AccountSuspension accountSuspension";

	private static final String _SQL_SELECT_ACCOUNTSUSPENSION_WHERE =
		"SELECT accountSuspension FROM AccountSuspension accountSuspension WHERE ";

	private static final String _SQL_COUNT_ACCOUNTSUSPENSION =
		"SELECT COUNT(accountSuspension) FROM AccountSuspension accountSuspension";

	private static final String _SQL_COUNT_ACCOUNTSUSPENSION_WHERE =
		"SELECT COUNT(accountSuspension) FROM AccountSuspension accountSuspension WHERE ";

	private static final String _ORDER_BY_ENTITY_ALIAS = "accountSuspension.";

	private static final String _NO_SUCH_ENTITY_WITH_PRIMARY_KEY =
		"No AccountSuspension exists with the primary key ";

	private static final String _NO_SUCH_ENTITY_WITH_KEY =
		"No AccountSuspension exists with the key {";

	private static final Log _log = LogFactoryUtil.getLog(
		AccountSuspensionPersistenceImpl.class);

	@Override
	protected FinderCache getFinderCache() {
		return finderCache;
	}

}