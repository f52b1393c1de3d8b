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

import org.preau.liferay.exception.NoSuchCodeDistributionException;
import org.preau.liferay.model.CodeDistribution;
import org.preau.liferay.model.CodeDistributionTable;
import org.preau.liferay.model.impl.CodeDistributionImpl;
import org.preau.liferay.model.impl.CodeDistributionModelImpl;
import org.preau.liferay.service.persistence.CodeDistributionPersistence;
import org.preau.liferay.service.persistence.CodeDistributionUtil;
import org.preau.liferay.service.persistence.impl.constants.PreauPersistenceConstants;

/**
 * The persistence implementation for the code distribution service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Préau
 * @generated
 */
@Component(service = CodeDistributionPersistence.class)
public class CodeDistributionPersistenceImpl
	extends BasePersistenceImpl<CodeDistribution>
	implements CodeDistributionPersistence {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this class directly. Always use <code>CodeDistributionUtil</code> to access the code distribution persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static final String FINDER_CLASS_NAME_ENTITY =
		CodeDistributionImpl.class.getName();

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
	 * Returns all the code distributions where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @return the matching code distributions
	 */
	@Override
	public List<CodeDistribution> findByC_U(long companyId, String uai) {
		return findByC_U(
			companyId, uai, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the code distributions where companyId = &#63; and uai = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CodeDistributionModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param start the lower bound of the range of code distributions
	 * @param end the upper bound of the range of code distributions (not inclusive)
	 * @return the range of matching code distributions
	 */
	@Override
	public List<CodeDistribution> findByC_U(
		long companyId, String uai, int start, int end) {

		return findByC_U(companyId, uai, start, end, null);
	}

	/**
	 * Returns an ordered range of all the code distributions where companyId = &#63; and uai = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CodeDistributionModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param start the lower bound of the range of code distributions
	 * @param end the upper bound of the range of code distributions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching code distributions
	 */
	@Override
	public List<CodeDistribution> findByC_U(
		long companyId, String uai, int start, int end,
		OrderByComparator<CodeDistribution> orderByComparator) {

		return findByC_U(companyId, uai, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the code distributions where companyId = &#63; and uai = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CodeDistributionModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param start the lower bound of the range of code distributions
	 * @param end the upper bound of the range of code distributions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching code distributions
	 */
	@Override
	public List<CodeDistribution> findByC_U(
		long companyId, String uai, int start, int end,
		OrderByComparator<CodeDistribution> orderByComparator,
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

		List<CodeDistribution> list = null;

		if (useFinderCache) {
			list = (List<CodeDistribution>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (CodeDistribution codeDistribution : list) {
					if ((companyId != codeDistribution.getCompanyId()) ||
						!uai.equals(codeDistribution.getUai())) {

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

			sb.append(_SQL_SELECT_CODEDISTRIBUTION_WHERE);

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
				sb.append(CodeDistributionModelImpl.ORDER_BY_JPQL);
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

				list = (List<CodeDistribution>)QueryUtil.list(
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
	 * Returns the first code distribution in the ordered set where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching code distribution
	 * @throws NoSuchCodeDistributionException if a matching code distribution could not be found
	 */
	@Override
	public CodeDistribution findByC_U_First(
			long companyId, String uai,
			OrderByComparator<CodeDistribution> orderByComparator)
		throws NoSuchCodeDistributionException {

		CodeDistribution codeDistribution = fetchByC_U_First(
			companyId, uai, orderByComparator);

		if (codeDistribution != null) {
			return codeDistribution;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("companyId=");
		sb.append(companyId);

		sb.append(", uai=");
		sb.append(uai);

		sb.append("}");

		throw new NoSuchCodeDistributionException(sb.toString());
	}

	/**
	 * Returns the first code distribution in the ordered set where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching code distribution, or <code>null</code> if a matching code distribution could not be found
	 */
	@Override
	public CodeDistribution fetchByC_U_First(
		long companyId, String uai,
		OrderByComparator<CodeDistribution> orderByComparator) {

		List<CodeDistribution> list = findByC_U(
			companyId, uai, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last code distribution in the ordered set where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching code distribution
	 * @throws NoSuchCodeDistributionException if a matching code distribution could not be found
	 */
	@Override
	public CodeDistribution findByC_U_Last(
			long companyId, String uai,
			OrderByComparator<CodeDistribution> orderByComparator)
		throws NoSuchCodeDistributionException {

		CodeDistribution codeDistribution = fetchByC_U_Last(
			companyId, uai, orderByComparator);

		if (codeDistribution != null) {
			return codeDistribution;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("companyId=");
		sb.append(companyId);

		sb.append(", uai=");
		sb.append(uai);

		sb.append("}");

		throw new NoSuchCodeDistributionException(sb.toString());
	}

	/**
	 * Returns the last code distribution in the ordered set where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching code distribution, or <code>null</code> if a matching code distribution could not be found
	 */
	@Override
	public CodeDistribution fetchByC_U_Last(
		long companyId, String uai,
		OrderByComparator<CodeDistribution> orderByComparator) {

		int count = countByC_U(companyId, uai);

		if (count == 0) {
			return null;
		}

		List<CodeDistribution> list = findByC_U(
			companyId, uai, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the code distributions before and after the current code distribution in the ordered set where companyId = &#63; and uai = &#63;.
	 *
	 * @param codeDistributionId the primary key of the current code distribution
	 * @param companyId the company ID
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next code distribution
	 * @throws NoSuchCodeDistributionException if a code distribution with the primary key could not be found
	 */
	@Override
	public CodeDistribution[] findByC_U_PrevAndNext(
			long codeDistributionId, long companyId, String uai,
			OrderByComparator<CodeDistribution> orderByComparator)
		throws NoSuchCodeDistributionException {

		uai = Objects.toString(uai, "");

		CodeDistribution codeDistribution = findByPrimaryKey(
			codeDistributionId);

		Session session = null;

		try {
			session = openSession();

			CodeDistribution[] array = new CodeDistributionImpl[3];

			array[0] = getByC_U_PrevAndNext(
				session, codeDistribution, companyId, uai, orderByComparator,
				true);

			array[1] = codeDistribution;

			array[2] = getByC_U_PrevAndNext(
				session, codeDistribution, companyId, uai, orderByComparator,
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

	protected CodeDistribution getByC_U_PrevAndNext(
		Session session, CodeDistribution codeDistribution, long companyId,
		String uai, OrderByComparator<CodeDistribution> orderByComparator,
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

		sb.append(_SQL_SELECT_CODEDISTRIBUTION_WHERE);

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
			sb.append(CodeDistributionModelImpl.ORDER_BY_JPQL);
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
						codeDistribution)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<CodeDistribution> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the code distributions where companyId = &#63; and uai = &#63; from the database.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 */
	@Override
	public void removeByC_U(long companyId, String uai) {
		for (CodeDistribution codeDistribution :
				findByC_U(
					companyId, uai, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
					null)) {

			remove(codeDistribution);
		}
	}

	/**
	 * Returns the number of code distributions where companyId = &#63; and uai = &#63;.
	 *
	 * @param companyId the company ID
	 * @param uai the uai
	 * @return the number of matching code distributions
	 */
	@Override
	public int countByC_U(long companyId, String uai) {
		uai = Objects.toString(uai, "");

		FinderPath finderPath = _finderPathCountByC_U;

		Object[] finderArgs = new Object[] {companyId, uai};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(3);

			sb.append(_SQL_COUNT_CODEDISTRIBUTION_WHERE);

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
		"codeDistribution.companyId = ? AND ";

	private static final String _FINDER_COLUMN_C_U_UAI_2 =
		"codeDistribution.uai = ?";

	private static final String _FINDER_COLUMN_C_U_UAI_3 =
		"(codeDistribution.uai IS NULL OR codeDistribution.uai = '')";

	public CodeDistributionPersistenceImpl() {
		setModelClass(CodeDistribution.class);

		setModelImplClass(CodeDistributionImpl.class);
		setModelPKClass(long.class);

		setTable(CodeDistributionTable.INSTANCE);
	}

	/**
	 * Caches the code distribution in the entity cache if it is enabled.
	 *
	 * @param codeDistribution the code distribution
	 */
	@Override
	public void cacheResult(CodeDistribution codeDistribution) {
		entityCache.putResult(
			CodeDistributionImpl.class, codeDistribution.getPrimaryKey(),
			codeDistribution);
	}

	private int _valueObjectFinderCacheListThreshold;

	/**
	 * Caches the code distributions in the entity cache if it is enabled.
	 *
	 * @param codeDistributions the code distributions
	 */
	@Override
	public void cacheResult(List<CodeDistribution> codeDistributions) {
		if ((_valueObjectFinderCacheListThreshold == 0) ||
			((_valueObjectFinderCacheListThreshold > 0) &&
			 (codeDistributions.size() >
				 _valueObjectFinderCacheListThreshold))) {

			return;
		}

		for (CodeDistribution codeDistribution : codeDistributions) {
			if (entityCache.getResult(
					CodeDistributionImpl.class,
					codeDistribution.getPrimaryKey()) == null) {

				cacheResult(codeDistribution);
			}
		}
	}

	/**
	 * Clears the cache for all code distributions.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache() {
		entityCache.clearCache(CodeDistributionImpl.class);

		finderCache.clearCache(CodeDistributionImpl.class);
	}

	/**
	 * Clears the cache for the code distribution.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache(CodeDistribution codeDistribution) {
		entityCache.removeResult(CodeDistributionImpl.class, codeDistribution);
	}

	@Override
	public void clearCache(List<CodeDistribution> codeDistributions) {
		for (CodeDistribution codeDistribution : codeDistributions) {
			entityCache.removeResult(
				CodeDistributionImpl.class, codeDistribution);
		}
	}

	@Override
	public void clearCache(Set<Serializable> primaryKeys) {
		finderCache.clearCache(CodeDistributionImpl.class);

		for (Serializable primaryKey : primaryKeys) {
			entityCache.removeResult(CodeDistributionImpl.class, primaryKey);
		}
	}

	/**
	 * Creates a new code distribution with the primary key. Does not add the code distribution to the database.
	 *
	 * @param codeDistributionId the primary key for the new code distribution
	 * @return the new code distribution
	 */
	@Override
	public CodeDistribution create(long codeDistributionId) {
		CodeDistribution codeDistribution = new CodeDistributionImpl();

		codeDistribution.setNew(true);
		codeDistribution.setPrimaryKey(codeDistributionId);

		codeDistribution.setCompanyId(CompanyThreadLocal.getCompanyId());

		return codeDistribution;
	}

	/**
	 * Removes the code distribution with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param codeDistributionId the primary key of the code distribution
	 * @return the code distribution that was removed
	 * @throws NoSuchCodeDistributionException if a code distribution with the primary key could not be found
	 */
	@Override
	public CodeDistribution remove(long codeDistributionId)
		throws NoSuchCodeDistributionException {

		return remove((Serializable)codeDistributionId);
	}

	/**
	 * Removes the code distribution with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param primaryKey the primary key of the code distribution
	 * @return the code distribution that was removed
	 * @throws NoSuchCodeDistributionException if a code distribution with the primary key could not be found
	 */
	@Override
	public CodeDistribution remove(Serializable primaryKey)
		throws NoSuchCodeDistributionException {

		Session session = null;

		try {
			session = openSession();

			CodeDistribution codeDistribution = (CodeDistribution)session.get(
				CodeDistributionImpl.class, primaryKey);

			if (codeDistribution == null) {
				if (_log.isDebugEnabled()) {
					_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
				}

				throw new NoSuchCodeDistributionException(
					_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			return remove(codeDistribution);
		}
		catch (NoSuchCodeDistributionException noSuchEntityException) {
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
	protected CodeDistribution removeImpl(CodeDistribution codeDistribution) {
		Session session = null;

		try {
			session = openSession();

			if (!session.contains(codeDistribution)) {
				codeDistribution = (CodeDistribution)session.get(
					CodeDistributionImpl.class,
					codeDistribution.getPrimaryKeyObj());
			}

			if (codeDistribution != null) {
				session.delete(codeDistribution);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		if (codeDistribution != null) {
			clearCache(codeDistribution);
		}

		return codeDistribution;
	}

	@Override
	public CodeDistribution updateImpl(CodeDistribution codeDistribution) {
		boolean isNew = codeDistribution.isNew();

		if (!(codeDistribution instanceof CodeDistributionModelImpl)) {
			InvocationHandler invocationHandler = null;

			if (ProxyUtil.isProxyClass(codeDistribution.getClass())) {
				invocationHandler = ProxyUtil.getInvocationHandler(
					codeDistribution);

				throw new IllegalArgumentException(
					"Implement ModelWrapper in codeDistribution proxy " +
						invocationHandler.getClass());
			}

			throw new IllegalArgumentException(
				"Implement ModelWrapper in custom CodeDistribution implementation " +
					codeDistribution.getClass());
		}

		CodeDistributionModelImpl codeDistributionModelImpl =
			(CodeDistributionModelImpl)codeDistribution;

		if (isNew && (codeDistribution.getCreateDate() == null)) {
			ServiceContext serviceContext =
				ServiceContextThreadLocal.getServiceContext();

			Date date = new Date();

			if (serviceContext == null) {
				codeDistribution.setCreateDate(date);
			}
			else {
				codeDistribution.setCreateDate(
					serviceContext.getCreateDate(date));
			}
		}

		Session session = null;

		try {
			session = openSession();

			if (isNew) {
				session.save(codeDistribution);
			}
			else {
				codeDistribution = (CodeDistribution)session.merge(
					codeDistribution);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		entityCache.putResult(
			CodeDistributionImpl.class, codeDistributionModelImpl, false, true);

		if (isNew) {
			codeDistribution.setNew(false);
		}

		codeDistribution.resetOriginalValues();

		return codeDistribution;
	}

	/**
	 * Returns the code distribution with the primary key or throws a <code>com.liferay.portal.kernel.exception.NoSuchModelException</code> if it could not be found.
	 *
	 * @param primaryKey the primary key of the code distribution
	 * @return the code distribution
	 * @throws NoSuchCodeDistributionException if a code distribution with the primary key could not be found
	 */
	@Override
	public CodeDistribution findByPrimaryKey(Serializable primaryKey)
		throws NoSuchCodeDistributionException {

		CodeDistribution codeDistribution = fetchByPrimaryKey(primaryKey);

		if (codeDistribution == null) {
			if (_log.isDebugEnabled()) {
				_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			throw new NoSuchCodeDistributionException(
				_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
		}

		return codeDistribution;
	}

	/**
	 * Returns the code distribution with the primary key or throws a <code>NoSuchCodeDistributionException</code> if it could not be found.
	 *
	 * @param codeDistributionId the primary key of the code distribution
	 * @return the code distribution
	 * @throws NoSuchCodeDistributionException if a code distribution with the primary key could not be found
	 */
	@Override
	public CodeDistribution findByPrimaryKey(long codeDistributionId)
		throws NoSuchCodeDistributionException {

		return findByPrimaryKey((Serializable)codeDistributionId);
	}

	/**
	 * Returns the code distribution with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param codeDistributionId the primary key of the code distribution
	 * @return the code distribution, or <code>null</code> if a code distribution with the primary key could not be found
	 */
	@Override
	public CodeDistribution fetchByPrimaryKey(long codeDistributionId) {
		return fetchByPrimaryKey((Serializable)codeDistributionId);
	}

	/**
	 * Returns all the code distributions.
	 *
	 * @return the code distributions
	 */
	@Override
	public List<CodeDistribution> findAll() {
		return findAll(QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the code distributions.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CodeDistributionModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of code distributions
	 * @param end the upper bound of the range of code distributions (not inclusive)
	 * @return the range of code distributions
	 */
	@Override
	public List<CodeDistribution> findAll(int start, int end) {
		return findAll(start, end, null);
	}

	/**
	 * Returns an ordered range of all the code distributions.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CodeDistributionModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of code distributions
	 * @param end the upper bound of the range of code distributions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of code distributions
	 */
	@Override
	public List<CodeDistribution> findAll(
		int start, int end,
		OrderByComparator<CodeDistribution> orderByComparator) {

		return findAll(start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the code distributions.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CodeDistributionModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of code distributions
	 * @param end the upper bound of the range of code distributions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of code distributions
	 */
	@Override
	public List<CodeDistribution> findAll(
		int start, int end,
		OrderByComparator<CodeDistribution> orderByComparator,
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

		List<CodeDistribution> list = null;

		if (useFinderCache) {
			list = (List<CodeDistribution>)finderCache.getResult(
				finderPath, finderArgs, this);
		}

		if (list == null) {
			StringBundler sb = null;
			String sql = null;

			if (orderByComparator != null) {
				sb = new StringBundler(
					2 + (orderByComparator.getOrderByFields().length * 2));

				sb.append(_SQL_SELECT_CODEDISTRIBUTION);

				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);

				sql = sb.toString();
			}
			else {
				sql = _SQL_SELECT_CODEDISTRIBUTION;

				sql = sql.concat(CodeDistributionModelImpl.ORDER_BY_JPQL);
			}

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				list = (List<CodeDistribution>)QueryUtil.list(
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
	 * Removes all the code distributions from the database.
	 *
	 */
	@Override
	public void removeAll() {
		for (CodeDistribution codeDistribution : findAll()) {
			remove(codeDistribution);
		}
	}

	/**
	 * Returns the number of code distributions.
	 *
	 * @return the number of code distributions
	 */
	@Override
	public int countAll() {
		Long count = (Long)finderCache.getResult(
			_finderPathCountAll, FINDER_ARGS_EMPTY, this);

		if (count == null) {
			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(_SQL_COUNT_CODEDISTRIBUTION);

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
		return "codeDistributionId";
	}

	@Override
	protected String getSelectSQL() {
		return _SQL_SELECT_CODEDISTRIBUTION;
	}

	@Override
	protected Map<String, Integer> getTableColumnsMap() {
		return CodeDistributionModelImpl.TABLE_COLUMNS_MAP;
	}

	/**
	 * Initializes the code distribution persistence.
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

		CodeDistributionUtil.setPersistence(this);
	}

	@Deactivate
	public void deactivate() {
		CodeDistributionUtil.setPersistence(null);

		entityCache.removeCache(CodeDistributionImpl.class.getName());
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

	private static final String _SQL_SELECT_CODEDISTRIBUTION =
		"SELECT codeDistribution FROM CodeDistribution codeDistribution";

	private static final String _SQL_SELECT_CODEDISTRIBUTION_WHERE =
		"SELECT codeDistribution FROM CodeDistribution codeDistribution WHERE ";

	private static final String _SQL_COUNT_CODEDISTRIBUTION =
		"SELECT COUNT(codeDistribution) FROM CodeDistribution codeDistribution";

	private static final String _SQL_COUNT_CODEDISTRIBUTION_WHERE =
		"SELECT COUNT(codeDistribution) FROM CodeDistribution codeDistribution WHERE ";

	private static final String _ORDER_BY_ENTITY_ALIAS = "codeDistribution.";

	private static final String _NO_SUCH_ENTITY_WITH_PRIMARY_KEY =
		"No CodeDistribution exists with the primary key ";

	private static final String _NO_SUCH_ENTITY_WITH_KEY =
		"No CodeDistribution exists with the key {";

	private static final Log _log = LogFactoryUtil.getLog(
		CodeDistributionPersistenceImpl.class);

	@Override
	protected FinderCache getFinderCache() {
		return finderCache;
	}

}