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
import com.liferay.portal.kernel.util.SetUtil;
import com.liferay.portal.kernel.util.StringUtil;

import java.io.Serializable;

import java.lang.reflect.InvocationHandler;

import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import org.preau.liferay.exception.NoSuchAccountCodeException;
import org.preau.liferay.model.AccountCode;
import org.preau.liferay.model.AccountCodeTable;
import org.preau.liferay.model.impl.AccountCodeImpl;
import org.preau.liferay.model.impl.AccountCodeModelImpl;
import org.preau.liferay.service.persistence.AccountCodePersistence;
import org.preau.liferay.service.persistence.AccountCodeUtil;
import org.preau.liferay.service.persistence.impl.constants.PreauPersistenceConstants;

/**
 * The persistence implementation for the account code service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Préau
 * @generated
 */
@Component(service = AccountCodePersistence.class)
public class AccountCodePersistenceImpl
	extends BasePersistenceImpl<AccountCode> implements AccountCodePersistence {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this class directly. Always use <code>AccountCodeUtil</code> to access the account code persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static final String FINDER_CLASS_NAME_ENTITY =
		AccountCodeImpl.class.getName();

	public static final String FINDER_CLASS_NAME_LIST_WITH_PAGINATION =
		FINDER_CLASS_NAME_ENTITY + ".List1";

	public static final String FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION =
		FINDER_CLASS_NAME_ENTITY + ".List2";

	private FinderPath _finderPathWithPaginationFindAll;
	private FinderPath _finderPathWithoutPaginationFindAll;
	private FinderPath _finderPathCountAll;
	private FinderPath _finderPathFetchByC_L;

	/**
	 * Returns the account code where companyId = &#63; and login = &#63; or throws a <code>NoSuchAccountCodeException</code> if it could not be found.
	 *
	 * @param companyId the company ID
	 * @param login the login
	 * @return the matching account code
	 * @throws NoSuchAccountCodeException if a matching account code could not be found
	 */
	@Override
	public AccountCode findByC_L(long companyId, String login)
		throws NoSuchAccountCodeException {

		AccountCode accountCode = fetchByC_L(companyId, login);

		if (accountCode == null) {
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

			throw new NoSuchAccountCodeException(sb.toString());
		}

		return accountCode;
	}

	/**
	 * Returns the account code where companyId = &#63; and login = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param companyId the company ID
	 * @param login the login
	 * @return the matching account code, or <code>null</code> if a matching account code could not be found
	 */
	@Override
	public AccountCode fetchByC_L(long companyId, String login) {
		return fetchByC_L(companyId, login, true);
	}

	/**
	 * Returns the account code where companyId = &#63; and login = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param companyId the company ID
	 * @param login the login
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching account code, or <code>null</code> if a matching account code could not be found
	 */
	@Override
	public AccountCode fetchByC_L(
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

		if (result instanceof AccountCode) {
			AccountCode accountCode = (AccountCode)result;

			if ((companyId != accountCode.getCompanyId()) ||
				!Objects.equals(login, accountCode.getLogin())) {

				result = null;
			}
		}

		if (result == null) {
			StringBundler sb = new StringBundler(4);

			sb.append(_SQL_SELECT_ACCOUNTCODE_WHERE);

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

				List<AccountCode> list = query.list();

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
								"AccountCodePersistenceImpl.fetchByC_L(long, String, boolean) with parameters (" +
									StringUtil.merge(finderArgs) +
										") yields a result set with more than 1 result. This violates the logical unique restriction. There is no order guarantee on which result is returned by this finder.");
						}
					}

					AccountCode accountCode = list.get(0);

					result = accountCode;

					cacheResult(accountCode);
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
			return (AccountCode)result;
		}
	}

	/**
	 * Removes the account code where companyId = &#63; and login = &#63; from the database.
	 *
	 * @param companyId the company ID
	 * @param login the login
	 * @return the account code that was removed
	 */
	@Override
	public AccountCode removeByC_L(long companyId, String login)
		throws NoSuchAccountCodeException {

		AccountCode accountCode = findByC_L(companyId, login);

		return remove(accountCode);
	}

	/**
	 * Returns the number of account codes where companyId = &#63; and login = &#63;.
	 *
	 * @param companyId the company ID
	 * @param login the login
	 * @return the number of matching account codes
	 */
	@Override
	public int countByC_L(long companyId, String login) {
		AccountCode accountCode = fetchByC_L(companyId, login);

		if (accountCode == null) {
			return 0;
		}

		return 1;
	}

	private static final String _FINDER_COLUMN_C_L_COMPANYID_2 =
		"accountCode.companyId = ? AND ";

	private static final String _FINDER_COLUMN_C_L_LOGIN_2 =
		"accountCode.login = ?";

	private static final String _FINDER_COLUMN_C_L_LOGIN_3 =
		"(accountCode.login IS NULL OR accountCode.login = '')";

	public AccountCodePersistenceImpl() {
		Map<String, String> dbColumnNames = new HashMap<String, String>();

		dbColumnNames.put("mode", "mode_");

		setDBColumnNames(dbColumnNames);

		setModelClass(AccountCode.class);

		setModelImplClass(AccountCodeImpl.class);
		setModelPKClass(long.class);

		setTable(AccountCodeTable.INSTANCE);
	}

	/**
	 * Caches the account code in the entity cache if it is enabled.
	 *
	 * @param accountCode the account code
	 */
	@Override
	public void cacheResult(AccountCode accountCode) {
		entityCache.putResult(
			AccountCodeImpl.class, accountCode.getPrimaryKey(), accountCode);

		finderCache.putResult(
			_finderPathFetchByC_L,
			new Object[] {accountCode.getCompanyId(), accountCode.getLogin()},
			accountCode);
	}

	private int _valueObjectFinderCacheListThreshold;

	/**
	 * Caches the account codes in the entity cache if it is enabled.
	 *
	 * @param accountCodes the account codes
	 */
	@Override
	public void cacheResult(List<AccountCode> accountCodes) {
		if ((_valueObjectFinderCacheListThreshold == 0) ||
			((_valueObjectFinderCacheListThreshold > 0) &&
			 (accountCodes.size() > _valueObjectFinderCacheListThreshold))) {

			return;
		}

		for (AccountCode accountCode : accountCodes) {
			if (entityCache.getResult(
					AccountCodeImpl.class, accountCode.getPrimaryKey()) ==
						null) {

				cacheResult(accountCode);
			}
		}
	}

	/**
	 * Clears the cache for all account codes.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache() {
		entityCache.clearCache(AccountCodeImpl.class);

		finderCache.clearCache(AccountCodeImpl.class);
	}

	/**
	 * Clears the cache for the account code.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache(AccountCode accountCode) {
		entityCache.removeResult(AccountCodeImpl.class, accountCode);
	}

	@Override
	public void clearCache(List<AccountCode> accountCodes) {
		for (AccountCode accountCode : accountCodes) {
			entityCache.removeResult(AccountCodeImpl.class, accountCode);
		}
	}

	@Override
	public void clearCache(Set<Serializable> primaryKeys) {
		finderCache.clearCache(AccountCodeImpl.class);

		for (Serializable primaryKey : primaryKeys) {
			entityCache.removeResult(AccountCodeImpl.class, primaryKey);
		}
	}

	protected void cacheUniqueFindersCache(
		AccountCodeModelImpl accountCodeModelImpl) {

		Object[] args = new Object[] {
			accountCodeModelImpl.getCompanyId(), accountCodeModelImpl.getLogin()
		};

		finderCache.putResult(
			_finderPathFetchByC_L, args, accountCodeModelImpl);
	}

	/**
	 * Creates a new account code with the primary key. Does not add the account code to the database.
	 *
	 * @param accountCodeId the primary key for the new account code
	 * @return the new account code
	 */
	@Override
	public AccountCode create(long accountCodeId) {
		AccountCode accountCode = new AccountCodeImpl();

		accountCode.setNew(true);
		accountCode.setPrimaryKey(accountCodeId);

		accountCode.setCompanyId(CompanyThreadLocal.getCompanyId());

		return accountCode;
	}

	/**
	 * Removes the account code with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param accountCodeId the primary key of the account code
	 * @return the account code that was removed
	 * @throws NoSuchAccountCodeException if a account code with the primary key could not be found
	 */
	@Override
	public AccountCode remove(long accountCodeId)
		throws NoSuchAccountCodeException {

		return remove((Serializable)accountCodeId);
	}

	/**
	 * Removes the account code with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param primaryKey the primary key of the account code
	 * @return the account code that was removed
	 * @throws NoSuchAccountCodeException if a account code with the primary key could not be found
	 */
	@Override
	public AccountCode remove(Serializable primaryKey)
		throws NoSuchAccountCodeException {

		Session session = null;

		try {
			session = openSession();

			AccountCode accountCode = (AccountCode)session.get(
				AccountCodeImpl.class, primaryKey);

			if (accountCode == null) {
				if (_log.isDebugEnabled()) {
					_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
				}

				throw new NoSuchAccountCodeException(
					_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			return remove(accountCode);
		}
		catch (NoSuchAccountCodeException noSuchEntityException) {
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
	protected AccountCode removeImpl(AccountCode accountCode) {
		Session session = null;

		try {
			session = openSession();

			if (!session.contains(accountCode)) {
				accountCode = (AccountCode)session.get(
					AccountCodeImpl.class, accountCode.getPrimaryKeyObj());
			}

			if (accountCode != null) {
				session.delete(accountCode);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		if (accountCode != null) {
			clearCache(accountCode);
		}

		return accountCode;
	}

	@Override
	public AccountCode updateImpl(AccountCode accountCode) {
		boolean isNew = accountCode.isNew();

		if (!(accountCode instanceof AccountCodeModelImpl)) {
			InvocationHandler invocationHandler = null;

			if (ProxyUtil.isProxyClass(accountCode.getClass())) {
				invocationHandler = ProxyUtil.getInvocationHandler(accountCode);

				throw new IllegalArgumentException(
					"Implement ModelWrapper in accountCode proxy " +
						invocationHandler.getClass());
			}

			throw new IllegalArgumentException(
				"Implement ModelWrapper in custom AccountCode implementation " +
					accountCode.getClass());
		}

		AccountCodeModelImpl accountCodeModelImpl =
			(AccountCodeModelImpl)accountCode;

		if (isNew && (accountCode.getCreateDate() == null)) {
			ServiceContext serviceContext =
				ServiceContextThreadLocal.getServiceContext();

			Date date = new Date();

			if (serviceContext == null) {
				accountCode.setCreateDate(date);
			}
			else {
				accountCode.setCreateDate(serviceContext.getCreateDate(date));
			}
		}

		Session session = null;

		try {
			session = openSession();

			if (isNew) {
				session.save(accountCode);
			}
			else {
				accountCode = (AccountCode)session.merge(accountCode);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		entityCache.putResult(
			AccountCodeImpl.class, accountCodeModelImpl, false, true);

		cacheUniqueFindersCache(accountCodeModelImpl);

		if (isNew) {
			accountCode.setNew(false);
		}

		accountCode.resetOriginalValues();

		return accountCode;
	}

	/**
	 * Returns the account code with the primary key or throws a <code>com.liferay.portal.kernel.exception.NoSuchModelException</code> if it could not be found.
	 *
	 * @param primaryKey the primary key of the account code
	 * @return the account code
	 * @throws NoSuchAccountCodeException if a account code with the primary key could not be found
	 */
	@Override
	public AccountCode findByPrimaryKey(Serializable primaryKey)
		throws NoSuchAccountCodeException {

		AccountCode accountCode = fetchByPrimaryKey(primaryKey);

		if (accountCode == null) {
			if (_log.isDebugEnabled()) {
				_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			throw new NoSuchAccountCodeException(
				_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
		}

		return accountCode;
	}

	/**
	 * Returns the account code with the primary key or throws a <code>NoSuchAccountCodeException</code> if it could not be found.
	 *
	 * @param accountCodeId the primary key of the account code
	 * @return the account code
	 * @throws NoSuchAccountCodeException if a account code with the primary key could not be found
	 */
	@Override
	public AccountCode findByPrimaryKey(long accountCodeId)
		throws NoSuchAccountCodeException {

		return findByPrimaryKey((Serializable)accountCodeId);
	}

	/**
	 * Returns the account code with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param accountCodeId the primary key of the account code
	 * @return the account code, or <code>null</code> if a account code with the primary key could not be found
	 */
	@Override
	public AccountCode fetchByPrimaryKey(long accountCodeId) {
		return fetchByPrimaryKey((Serializable)accountCodeId);
	}

	/**
	 * Returns all the account codes.
	 *
	 * @return the account codes
	 */
	@Override
	public List<AccountCode> findAll() {
		return findAll(QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the account codes.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AccountCodeModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of account codes
	 * @param end the upper bound of the range of account codes (not inclusive)
	 * @return the range of account codes
	 */
	@Override
	public List<AccountCode> findAll(int start, int end) {
		return findAll(start, end, null);
	}

	/**
	 * Returns an ordered range of all the account codes.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AccountCodeModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of account codes
	 * @param end the upper bound of the range of account codes (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of account codes
	 */
	@Override
	public List<AccountCode> findAll(
		int start, int end, OrderByComparator<AccountCode> orderByComparator) {

		return findAll(start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the account codes.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AccountCodeModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of account codes
	 * @param end the upper bound of the range of account codes (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of account codes
	 */
	@Override
	public List<AccountCode> findAll(
		int start, int end, OrderByComparator<AccountCode> orderByComparator,
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

		List<AccountCode> list = null;

		if (useFinderCache) {
			list = (List<AccountCode>)finderCache.getResult(
				finderPath, finderArgs, this);
		}

		if (list == null) {
			StringBundler sb = null;
			String sql = null;

			if (orderByComparator != null) {
				sb = new StringBundler(
					2 + (orderByComparator.getOrderByFields().length * 2));

				sb.append(_SQL_SELECT_ACCOUNTCODE);

				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);

				sql = sb.toString();
			}
			else {
				sql = _SQL_SELECT_ACCOUNTCODE;

				sql = sql.concat(AccountCodeModelImpl.ORDER_BY_JPQL);
			}

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				list = (List<AccountCode>)QueryUtil.list(
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
	 * Removes all the account codes from the database.
	 *
	 */
	@Override
	public void removeAll() {
		for (AccountCode accountCode : findAll()) {
			remove(accountCode);
		}
	}

	/**
	 * Returns the number of account codes.
	 *
	 * @return the number of account codes
	 */
	@Override
	public int countAll() {
		Long count = (Long)finderCache.getResult(
			_finderPathCountAll, FINDER_ARGS_EMPTY, this);

		if (count == null) {
			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(_SQL_COUNT_ACCOUNTCODE);

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
		return "accountCodeId";
	}

	@Override
	protected String getSelectSQL() {
		return _SQL_SELECT_ACCOUNTCODE;
	}

	@Override
	protected Map<String, Integer> getTableColumnsMap() {
		return AccountCodeModelImpl.TABLE_COLUMNS_MAP;
	}

	/**
	 * Initializes the account code persistence.
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

		_finderPathFetchByC_L = new FinderPath(
			FINDER_CLASS_NAME_ENTITY, "fetchByC_L",
			new String[] {Long.class.getName(), String.class.getName()},
			new String[] {"companyId", "login"}, true);

		AccountCodeUtil.setPersistence(this);
	}

	@Deactivate
	public void deactivate() {
		AccountCodeUtil.setPersistence(null);

		entityCache.removeCache(AccountCodeImpl.class.getName());
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

	private static final String _SQL_SELECT_ACCOUNTCODE =
		"SELECT accountCode FROM AccountCode accountCode";

	private static final String _SQL_SELECT_ACCOUNTCODE_WHERE =
		"SELECT accountCode FROM AccountCode accountCode WHERE ";

	private static final String _SQL_COUNT_ACCOUNTCODE =
		"SELECT COUNT(accountCode) FROM AccountCode accountCode";

	private static final String _SQL_COUNT_ACCOUNTCODE_WHERE =
		"SELECT COUNT(accountCode) FROM AccountCode accountCode WHERE ";

	private static final String _ORDER_BY_ENTITY_ALIAS = "accountCode.";

	private static final String _NO_SUCH_ENTITY_WITH_PRIMARY_KEY =
		"No AccountCode exists with the primary key ";

	private static final String _NO_SUCH_ENTITY_WITH_KEY =
		"No AccountCode exists with the key {";

	private static final Log _log = LogFactoryUtil.getLog(
		AccountCodePersistenceImpl.class);

	private static final Set<String> _badColumnNames = SetUtil.fromArray(
		new String[] {"mode"});

	@Override
	protected FinderCache getFinderCache() {
		return finderCache;
	}

}