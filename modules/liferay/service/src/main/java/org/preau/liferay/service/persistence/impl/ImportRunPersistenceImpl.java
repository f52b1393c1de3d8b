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

import org.preau.liferay.exception.NoSuchImportRunException;
import org.preau.liferay.model.ImportRun;
import org.preau.liferay.model.ImportRunTable;
import org.preau.liferay.model.impl.ImportRunImpl;
import org.preau.liferay.model.impl.ImportRunModelImpl;
import org.preau.liferay.service.persistence.ImportRunPersistence;
import org.preau.liferay.service.persistence.ImportRunUtil;
import org.preau.liferay.service.persistence.impl.constants.PreauPersistenceConstants;

/**
 * The persistence implementation for the import run service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Préau
 * @generated
 */
@Component(service = ImportRunPersistence.class)
public class ImportRunPersistenceImpl
	extends BasePersistenceImpl<ImportRun> implements ImportRunPersistence {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this class directly. Always use <code>ImportRunUtil</code> to access the import run persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static final String FINDER_CLASS_NAME_ENTITY =
		ImportRunImpl.class.getName();

	public static final String FINDER_CLASS_NAME_LIST_WITH_PAGINATION =
		FINDER_CLASS_NAME_ENTITY + ".List1";

	public static final String FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION =
		FINDER_CLASS_NAME_ENTITY + ".List2";

	private FinderPath _finderPathWithPaginationFindAll;
	private FinderPath _finderPathWithoutPaginationFindAll;
	private FinderPath _finderPathCountAll;
	private FinderPath _finderPathWithPaginationFindByUai;
	private FinderPath _finderPathWithoutPaginationFindByUai;
	private FinderPath _finderPathCountByUai;

	/**
	 * Returns all the import runs where uai = &#63;.
	 *
	 * @param uai the uai
	 * @return the matching import runs
	 */
	@Override
	public List<ImportRun> findByUai(String uai) {
		return findByUai(uai, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the import runs where uai = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ImportRunModelImpl</code>.
	 * </p>
	 *
	 * @param uai the uai
	 * @param start the lower bound of the range of import runs
	 * @param end the upper bound of the range of import runs (not inclusive)
	 * @return the range of matching import runs
	 */
	@Override
	public List<ImportRun> findByUai(String uai, int start, int end) {
		return findByUai(uai, start, end, null);
	}

	/**
	 * Returns an ordered range of all the import runs where uai = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ImportRunModelImpl</code>.
	 * </p>
	 *
	 * @param uai the uai
	 * @param start the lower bound of the range of import runs
	 * @param end the upper bound of the range of import runs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching import runs
	 */
	@Override
	public List<ImportRun> findByUai(
		String uai, int start, int end,
		OrderByComparator<ImportRun> orderByComparator) {

		return findByUai(uai, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the import runs where uai = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ImportRunModelImpl</code>.
	 * </p>
	 *
	 * @param uai the uai
	 * @param start the lower bound of the range of import runs
	 * @param end the upper bound of the range of import runs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching import runs
	 */
	@Override
	public List<ImportRun> findByUai(
		String uai, int start, int end,
		OrderByComparator<ImportRun> orderByComparator,
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

		List<ImportRun> list = null;

		if (useFinderCache) {
			list = (List<ImportRun>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (ImportRun importRun : list) {
					if (!uai.equals(importRun.getUai())) {
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

			sb.append(_SQL_SELECT_IMPORTRUN_WHERE);

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
				sb.append(ImportRunModelImpl.ORDER_BY_JPQL);
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

				list = (List<ImportRun>)QueryUtil.list(
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
	 * Returns the first import run in the ordered set where uai = &#63;.
	 *
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching import run
	 * @throws NoSuchImportRunException if a matching import run could not be found
	 */
	@Override
	public ImportRun findByUai_First(
			String uai, OrderByComparator<ImportRun> orderByComparator)
		throws NoSuchImportRunException {

		ImportRun importRun = fetchByUai_First(uai, orderByComparator);

		if (importRun != null) {
			return importRun;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("uai=");
		sb.append(uai);

		sb.append("}");

		throw new NoSuchImportRunException(sb.toString());
	}

	/**
	 * Returns the first import run in the ordered set where uai = &#63;.
	 *
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching import run, or <code>null</code> if a matching import run could not be found
	 */
	@Override
	public ImportRun fetchByUai_First(
		String uai, OrderByComparator<ImportRun> orderByComparator) {

		List<ImportRun> list = findByUai(uai, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last import run in the ordered set where uai = &#63;.
	 *
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching import run
	 * @throws NoSuchImportRunException if a matching import run could not be found
	 */
	@Override
	public ImportRun findByUai_Last(
			String uai, OrderByComparator<ImportRun> orderByComparator)
		throws NoSuchImportRunException {

		ImportRun importRun = fetchByUai_Last(uai, orderByComparator);

		if (importRun != null) {
			return importRun;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("uai=");
		sb.append(uai);

		sb.append("}");

		throw new NoSuchImportRunException(sb.toString());
	}

	/**
	 * Returns the last import run in the ordered set where uai = &#63;.
	 *
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching import run, or <code>null</code> if a matching import run could not be found
	 */
	@Override
	public ImportRun fetchByUai_Last(
		String uai, OrderByComparator<ImportRun> orderByComparator) {

		int count = countByUai(uai);

		if (count == 0) {
			return null;
		}

		List<ImportRun> list = findByUai(
			uai, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the import runs before and after the current import run in the ordered set where uai = &#63;.
	 *
	 * @param importRunId the primary key of the current import run
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next import run
	 * @throws NoSuchImportRunException if a import run with the primary key could not be found
	 */
	@Override
	public ImportRun[] findByUai_PrevAndNext(
			long importRunId, String uai,
			OrderByComparator<ImportRun> orderByComparator)
		throws NoSuchImportRunException {

		uai = Objects.toString(uai, "");

		ImportRun importRun = findByPrimaryKey(importRunId);

		Session session = null;

		try {
			session = openSession();

			ImportRun[] array = new ImportRunImpl[3];

			array[0] = getByUai_PrevAndNext(
				session, importRun, uai, orderByComparator, true);

			array[1] = importRun;

			array[2] = getByUai_PrevAndNext(
				session, importRun, uai, orderByComparator, false);

			return array;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	protected ImportRun getByUai_PrevAndNext(
		Session session, ImportRun importRun, String uai,
		OrderByComparator<ImportRun> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				4 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(3);
		}

		sb.append(_SQL_SELECT_IMPORTRUN_WHERE);

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
			sb.append(ImportRunModelImpl.ORDER_BY_JPQL);
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
					orderByComparator.getOrderByConditionValues(importRun)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<ImportRun> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the import runs where uai = &#63; from the database.
	 *
	 * @param uai the uai
	 */
	@Override
	public void removeByUai(String uai) {
		for (ImportRun importRun :
				findByUai(uai, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null)) {

			remove(importRun);
		}
	}

	/**
	 * Returns the number of import runs where uai = &#63;.
	 *
	 * @param uai the uai
	 * @return the number of matching import runs
	 */
	@Override
	public int countByUai(String uai) {
		uai = Objects.toString(uai, "");

		FinderPath finderPath = _finderPathCountByUai;

		Object[] finderArgs = new Object[] {uai};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_IMPORTRUN_WHERE);

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

	private static final String _FINDER_COLUMN_UAI_UAI_2 = "importRun.uai = ?";

	private static final String _FINDER_COLUMN_UAI_UAI_3 =
		"(importRun.uai IS NULL OR importRun.uai = '')";

	public ImportRunPersistenceImpl() {
		setModelClass(ImportRun.class);

		setModelImplClass(ImportRunImpl.class);
		setModelPKClass(long.class);

		setTable(ImportRunTable.INSTANCE);
	}

	/**
	 * Caches the import run in the entity cache if it is enabled.
	 *
	 * @param importRun the import run
	 */
	@Override
	public void cacheResult(ImportRun importRun) {
		entityCache.putResult(
			ImportRunImpl.class, importRun.getPrimaryKey(), importRun);
	}

	private int _valueObjectFinderCacheListThreshold;

	/**
	 * Caches the import runs in the entity cache if it is enabled.
	 *
	 * @param importRuns the import runs
	 */
	@Override
	public void cacheResult(List<ImportRun> importRuns) {
		if ((_valueObjectFinderCacheListThreshold == 0) ||
			((_valueObjectFinderCacheListThreshold > 0) &&
			 (importRuns.size() > _valueObjectFinderCacheListThreshold))) {

			return;
		}

		for (ImportRun importRun : importRuns) {
			if (entityCache.getResult(
					ImportRunImpl.class, importRun.getPrimaryKey()) == null) {

				cacheResult(importRun);
			}
		}
	}

	/**
	 * Clears the cache for all import runs.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache() {
		entityCache.clearCache(ImportRunImpl.class);

		finderCache.clearCache(ImportRunImpl.class);
	}

	/**
	 * Clears the cache for the import run.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache(ImportRun importRun) {
		entityCache.removeResult(ImportRunImpl.class, importRun);
	}

	@Override
	public void clearCache(List<ImportRun> importRuns) {
		for (ImportRun importRun : importRuns) {
			entityCache.removeResult(ImportRunImpl.class, importRun);
		}
	}

	@Override
	public void clearCache(Set<Serializable> primaryKeys) {
		finderCache.clearCache(ImportRunImpl.class);

		for (Serializable primaryKey : primaryKeys) {
			entityCache.removeResult(ImportRunImpl.class, primaryKey);
		}
	}

	/**
	 * Creates a new import run with the primary key. Does not add the import run to the database.
	 *
	 * @param importRunId the primary key for the new import run
	 * @return the new import run
	 */
	@Override
	public ImportRun create(long importRunId) {
		ImportRun importRun = new ImportRunImpl();

		importRun.setNew(true);
		importRun.setPrimaryKey(importRunId);

		importRun.setCompanyId(CompanyThreadLocal.getCompanyId());

		return importRun;
	}

	/**
	 * Removes the import run with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param importRunId the primary key of the import run
	 * @return the import run that was removed
	 * @throws NoSuchImportRunException if a import run with the primary key could not be found
	 */
	@Override
	public ImportRun remove(long importRunId) throws NoSuchImportRunException {
		return remove((Serializable)importRunId);
	}

	/**
	 * Removes the import run with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param primaryKey the primary key of the import run
	 * @return the import run that was removed
	 * @throws NoSuchImportRunException if a import run with the primary key could not be found
	 */
	@Override
	public ImportRun remove(Serializable primaryKey)
		throws NoSuchImportRunException {

		Session session = null;

		try {
			session = openSession();

			ImportRun importRun = (ImportRun)session.get(
				ImportRunImpl.class, primaryKey);

			if (importRun == null) {
				if (_log.isDebugEnabled()) {
					_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
				}

				throw new NoSuchImportRunException(
					_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			return remove(importRun);
		}
		catch (NoSuchImportRunException noSuchEntityException) {
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
	protected ImportRun removeImpl(ImportRun importRun) {
		Session session = null;

		try {
			session = openSession();

			if (!session.contains(importRun)) {
				importRun = (ImportRun)session.get(
					ImportRunImpl.class, importRun.getPrimaryKeyObj());
			}

			if (importRun != null) {
				session.delete(importRun);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		if (importRun != null) {
			clearCache(importRun);
		}

		return importRun;
	}

	@Override
	public ImportRun updateImpl(ImportRun importRun) {
		boolean isNew = importRun.isNew();

		if (!(importRun instanceof ImportRunModelImpl)) {
			InvocationHandler invocationHandler = null;

			if (ProxyUtil.isProxyClass(importRun.getClass())) {
				invocationHandler = ProxyUtil.getInvocationHandler(importRun);

				throw new IllegalArgumentException(
					"Implement ModelWrapper in importRun proxy " +
						invocationHandler.getClass());
			}

			throw new IllegalArgumentException(
				"Implement ModelWrapper in custom ImportRun implementation " +
					importRun.getClass());
		}

		ImportRunModelImpl importRunModelImpl = (ImportRunModelImpl)importRun;

		Session session = null;

		try {
			session = openSession();

			if (isNew) {
				session.save(importRun);
			}
			else {
				importRun = (ImportRun)session.merge(importRun);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		entityCache.putResult(
			ImportRunImpl.class, importRunModelImpl, false, true);

		if (isNew) {
			importRun.setNew(false);
		}

		importRun.resetOriginalValues();

		return importRun;
	}

	/**
	 * Returns the import run with the primary key or throws a <code>com.liferay.portal.kernel.exception.NoSuchModelException</code> if it could not be found.
	 *
	 * @param primaryKey the primary key of the import run
	 * @return the import run
	 * @throws NoSuchImportRunException if a import run with the primary key could not be found
	 */
	@Override
	public ImportRun findByPrimaryKey(Serializable primaryKey)
		throws NoSuchImportRunException {

		ImportRun importRun = fetchByPrimaryKey(primaryKey);

		if (importRun == null) {
			if (_log.isDebugEnabled()) {
				_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			throw new NoSuchImportRunException(
				_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
		}

		return importRun;
	}

	/**
	 * Returns the import run with the primary key or throws a <code>NoSuchImportRunException</code> if it could not be found.
	 *
	 * @param importRunId the primary key of the import run
	 * @return the import run
	 * @throws NoSuchImportRunException if a import run with the primary key could not be found
	 */
	@Override
	public ImportRun findByPrimaryKey(long importRunId)
		throws NoSuchImportRunException {

		return findByPrimaryKey((Serializable)importRunId);
	}

	/**
	 * Returns the import run with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param importRunId the primary key of the import run
	 * @return the import run, or <code>null</code> if a import run with the primary key could not be found
	 */
	@Override
	public ImportRun fetchByPrimaryKey(long importRunId) {
		return fetchByPrimaryKey((Serializable)importRunId);
	}

	/**
	 * Returns all the import runs.
	 *
	 * @return the import runs
	 */
	@Override
	public List<ImportRun> findAll() {
		return findAll(QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the import runs.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ImportRunModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of import runs
	 * @param end the upper bound of the range of import runs (not inclusive)
	 * @return the range of import runs
	 */
	@Override
	public List<ImportRun> findAll(int start, int end) {
		return findAll(start, end, null);
	}

	/**
	 * Returns an ordered range of all the import runs.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ImportRunModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of import runs
	 * @param end the upper bound of the range of import runs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of import runs
	 */
	@Override
	public List<ImportRun> findAll(
		int start, int end, OrderByComparator<ImportRun> orderByComparator) {

		return findAll(start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the import runs.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ImportRunModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of import runs
	 * @param end the upper bound of the range of import runs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of import runs
	 */
	@Override
	public List<ImportRun> findAll(
		int start, int end, OrderByComparator<ImportRun> orderByComparator,
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

		List<ImportRun> list = null;

		if (useFinderCache) {
			list = (List<ImportRun>)finderCache.getResult(
				finderPath, finderArgs, this);
		}

		if (list == null) {
			StringBundler sb = null;
			String sql = null;

			if (orderByComparator != null) {
				sb = new StringBundler(
					2 + (orderByComparator.getOrderByFields().length * 2));

				sb.append(_SQL_SELECT_IMPORTRUN);

				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);

				sql = sb.toString();
			}
			else {
				sql = _SQL_SELECT_IMPORTRUN;

				sql = sql.concat(ImportRunModelImpl.ORDER_BY_JPQL);
			}

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				list = (List<ImportRun>)QueryUtil.list(
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
	 * Removes all the import runs from the database.
	 *
	 */
	@Override
	public void removeAll() {
		for (ImportRun importRun : findAll()) {
			remove(importRun);
		}
	}

	/**
	 * Returns the number of import runs.
	 *
	 * @return the number of import runs
	 */
	@Override
	public int countAll() {
		Long count = (Long)finderCache.getResult(
			_finderPathCountAll, FINDER_ARGS_EMPTY, this);

		if (count == null) {
			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(_SQL_COUNT_IMPORTRUN);

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
		return "importRunId";
	}

	@Override
	protected String getSelectSQL() {
		return _SQL_SELECT_IMPORTRUN;
	}

	@Override
	protected Map<String, Integer> getTableColumnsMap() {
		return ImportRunModelImpl.TABLE_COLUMNS_MAP;
	}

	/**
	 * Initializes the import run persistence.
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

		ImportRunUtil.setPersistence(this);
	}

	@Deactivate
	public void deactivate() {
		ImportRunUtil.setPersistence(null);

		entityCache.removeCache(ImportRunImpl.class.getName());
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

	private static final String _SQL_SELECT_IMPORTRUN =
		"SELECT importRun FROM ImportRun importRun";

	private static final String _SQL_SELECT_IMPORTRUN_WHERE =
		"SELECT importRun FROM ImportRun importRun WHERE ";

	private static final String _SQL_COUNT_IMPORTRUN =
		"SELECT COUNT(importRun) FROM ImportRun importRun";

	private static final String _SQL_COUNT_IMPORTRUN_WHERE =
		"SELECT COUNT(importRun) FROM ImportRun importRun WHERE ";

	private static final String _ORDER_BY_ENTITY_ALIAS = "importRun.";

	private static final String _NO_SUCH_ENTITY_WITH_PRIMARY_KEY =
		"No ImportRun exists with the primary key ";

	private static final String _NO_SUCH_ENTITY_WITH_KEY =
		"No ImportRun exists with the key {";

	private static final Log _log = LogFactoryUtil.getLog(
		ImportRunPersistenceImpl.class);

	@Override
	protected FinderCache getFinderCache() {
		return finderCache;
	}

}