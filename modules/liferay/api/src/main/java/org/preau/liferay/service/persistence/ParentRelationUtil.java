/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package org.preau.liferay.service.persistence;

import com.liferay.portal.kernel.dao.orm.DynamicQuery;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.util.OrderByComparator;

import java.io.Serializable;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.preau.liferay.model.ParentRelation;

/**
 * The persistence utility for the parent relation service. This utility wraps <code>org.preau.liferay.service.persistence.impl.ParentRelationPersistenceImpl</code> and provides direct access to the database for CRUD operations. This utility should only be used by the service layer, as it must operate within a transaction. Never access this utility in a JSP, controller, model, or other front-end class.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Préau
 * @see ParentRelationPersistence
 * @generated
 */
public class ParentRelationUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this class.
	 */

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#clearCache()
	 */
	public static void clearCache() {
		getPersistence().clearCache();
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#clearCache(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static void clearCache(ParentRelation parentRelation) {
		getPersistence().clearCache(parentRelation);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#countWithDynamicQuery(DynamicQuery)
	 */
	public static long countWithDynamicQuery(DynamicQuery dynamicQuery) {
		return getPersistence().countWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#fetchByPrimaryKeys(Set)
	 */
	public static Map<Serializable, ParentRelation> fetchByPrimaryKeys(
		Set<Serializable> primaryKeys) {

		return getPersistence().fetchByPrimaryKeys(primaryKeys);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery)
	 */
	public static List<ParentRelation> findWithDynamicQuery(
		DynamicQuery dynamicQuery) {

		return getPersistence().findWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int)
	 */
	public static List<ParentRelation> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getPersistence().findWithDynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int, OrderByComparator)
	 */
	public static List<ParentRelation> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<ParentRelation> orderByComparator) {

		return getPersistence().findWithDynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static ParentRelation update(ParentRelation parentRelation) {
		return getPersistence().update(parentRelation);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel, ServiceContext)
	 */
	public static ParentRelation update(
		ParentRelation parentRelation, ServiceContext serviceContext) {

		return getPersistence().update(parentRelation, serviceContext);
	}

	/**
	 * Returns all the parent relations where pupilExternalId = &#63;.
	 *
	 * @param pupilExternalId the pupil external ID
	 * @return the matching parent relations
	 */
	public static List<ParentRelation> findByPupilExternalId(
		String pupilExternalId) {

		return getPersistence().findByPupilExternalId(pupilExternalId);
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
	public static List<ParentRelation> findByPupilExternalId(
		String pupilExternalId, int start, int end) {

		return getPersistence().findByPupilExternalId(
			pupilExternalId, start, end);
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
	public static List<ParentRelation> findByPupilExternalId(
		String pupilExternalId, int start, int end,
		OrderByComparator<ParentRelation> orderByComparator) {

		return getPersistence().findByPupilExternalId(
			pupilExternalId, start, end, orderByComparator);
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
	public static List<ParentRelation> findByPupilExternalId(
		String pupilExternalId, int start, int end,
		OrderByComparator<ParentRelation> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByPupilExternalId(
			pupilExternalId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first parent relation in the ordered set where pupilExternalId = &#63;.
	 *
	 * @param pupilExternalId the pupil external ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching parent relation
	 * @throws NoSuchParentRelationException if a matching parent relation could not be found
	 */
	public static ParentRelation findByPupilExternalId_First(
			String pupilExternalId,
			OrderByComparator<ParentRelation> orderByComparator)
		throws org.preau.liferay.exception.NoSuchParentRelationException {

		return getPersistence().findByPupilExternalId_First(
			pupilExternalId, orderByComparator);
	}

	/**
	 * Returns the first parent relation in the ordered set where pupilExternalId = &#63;.
	 *
	 * @param pupilExternalId the pupil external ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching parent relation, or <code>null</code> if a matching parent relation could not be found
	 */
	public static ParentRelation fetchByPupilExternalId_First(
		String pupilExternalId,
		OrderByComparator<ParentRelation> orderByComparator) {

		return getPersistence().fetchByPupilExternalId_First(
			pupilExternalId, orderByComparator);
	}

	/**
	 * Returns the last parent relation in the ordered set where pupilExternalId = &#63;.
	 *
	 * @param pupilExternalId the pupil external ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching parent relation
	 * @throws NoSuchParentRelationException if a matching parent relation could not be found
	 */
	public static ParentRelation findByPupilExternalId_Last(
			String pupilExternalId,
			OrderByComparator<ParentRelation> orderByComparator)
		throws org.preau.liferay.exception.NoSuchParentRelationException {

		return getPersistence().findByPupilExternalId_Last(
			pupilExternalId, orderByComparator);
	}

	/**
	 * Returns the last parent relation in the ordered set where pupilExternalId = &#63;.
	 *
	 * @param pupilExternalId the pupil external ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching parent relation, or <code>null</code> if a matching parent relation could not be found
	 */
	public static ParentRelation fetchByPupilExternalId_Last(
		String pupilExternalId,
		OrderByComparator<ParentRelation> orderByComparator) {

		return getPersistence().fetchByPupilExternalId_Last(
			pupilExternalId, orderByComparator);
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
	public static ParentRelation[] findByPupilExternalId_PrevAndNext(
			long parentRelationId, String pupilExternalId,
			OrderByComparator<ParentRelation> orderByComparator)
		throws org.preau.liferay.exception.NoSuchParentRelationException {

		return getPersistence().findByPupilExternalId_PrevAndNext(
			parentRelationId, pupilExternalId, orderByComparator);
	}

	/**
	 * Removes all the parent relations where pupilExternalId = &#63; from the database.
	 *
	 * @param pupilExternalId the pupil external ID
	 */
	public static void removeByPupilExternalId(String pupilExternalId) {
		getPersistence().removeByPupilExternalId(pupilExternalId);
	}

	/**
	 * Returns the number of parent relations where pupilExternalId = &#63;.
	 *
	 * @param pupilExternalId the pupil external ID
	 * @return the number of matching parent relations
	 */
	public static int countByPupilExternalId(String pupilExternalId) {
		return getPersistence().countByPupilExternalId(pupilExternalId);
	}

	/**
	 * Returns all the parent relations where parentExternalId = &#63;.
	 *
	 * @param parentExternalId the parent external ID
	 * @return the matching parent relations
	 */
	public static List<ParentRelation> findByParentExternalId(
		String parentExternalId) {

		return getPersistence().findByParentExternalId(parentExternalId);
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
	public static List<ParentRelation> findByParentExternalId(
		String parentExternalId, int start, int end) {

		return getPersistence().findByParentExternalId(
			parentExternalId, start, end);
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
	public static List<ParentRelation> findByParentExternalId(
		String parentExternalId, int start, int end,
		OrderByComparator<ParentRelation> orderByComparator) {

		return getPersistence().findByParentExternalId(
			parentExternalId, start, end, orderByComparator);
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
	public static List<ParentRelation> findByParentExternalId(
		String parentExternalId, int start, int end,
		OrderByComparator<ParentRelation> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByParentExternalId(
			parentExternalId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first parent relation in the ordered set where parentExternalId = &#63;.
	 *
	 * @param parentExternalId the parent external ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching parent relation
	 * @throws NoSuchParentRelationException if a matching parent relation could not be found
	 */
	public static ParentRelation findByParentExternalId_First(
			String parentExternalId,
			OrderByComparator<ParentRelation> orderByComparator)
		throws org.preau.liferay.exception.NoSuchParentRelationException {

		return getPersistence().findByParentExternalId_First(
			parentExternalId, orderByComparator);
	}

	/**
	 * Returns the first parent relation in the ordered set where parentExternalId = &#63;.
	 *
	 * @param parentExternalId the parent external ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching parent relation, or <code>null</code> if a matching parent relation could not be found
	 */
	public static ParentRelation fetchByParentExternalId_First(
		String parentExternalId,
		OrderByComparator<ParentRelation> orderByComparator) {

		return getPersistence().fetchByParentExternalId_First(
			parentExternalId, orderByComparator);
	}

	/**
	 * Returns the last parent relation in the ordered set where parentExternalId = &#63;.
	 *
	 * @param parentExternalId the parent external ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching parent relation
	 * @throws NoSuchParentRelationException if a matching parent relation could not be found
	 */
	public static ParentRelation findByParentExternalId_Last(
			String parentExternalId,
			OrderByComparator<ParentRelation> orderByComparator)
		throws org.preau.liferay.exception.NoSuchParentRelationException {

		return getPersistence().findByParentExternalId_Last(
			parentExternalId, orderByComparator);
	}

	/**
	 * Returns the last parent relation in the ordered set where parentExternalId = &#63;.
	 *
	 * @param parentExternalId the parent external ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching parent relation, or <code>null</code> if a matching parent relation could not be found
	 */
	public static ParentRelation fetchByParentExternalId_Last(
		String parentExternalId,
		OrderByComparator<ParentRelation> orderByComparator) {

		return getPersistence().fetchByParentExternalId_Last(
			parentExternalId, orderByComparator);
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
	public static ParentRelation[] findByParentExternalId_PrevAndNext(
			long parentRelationId, String parentExternalId,
			OrderByComparator<ParentRelation> orderByComparator)
		throws org.preau.liferay.exception.NoSuchParentRelationException {

		return getPersistence().findByParentExternalId_PrevAndNext(
			parentRelationId, parentExternalId, orderByComparator);
	}

	/**
	 * Removes all the parent relations where parentExternalId = &#63; from the database.
	 *
	 * @param parentExternalId the parent external ID
	 */
	public static void removeByParentExternalId(String parentExternalId) {
		getPersistence().removeByParentExternalId(parentExternalId);
	}

	/**
	 * Returns the number of parent relations where parentExternalId = &#63;.
	 *
	 * @param parentExternalId the parent external ID
	 * @return the number of matching parent relations
	 */
	public static int countByParentExternalId(String parentExternalId) {
		return getPersistence().countByParentExternalId(parentExternalId);
	}

	/**
	 * Returns all the parent relations where uai = &#63;.
	 *
	 * @param uai the uai
	 * @return the matching parent relations
	 */
	public static List<ParentRelation> findByUai(String uai) {
		return getPersistence().findByUai(uai);
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
	public static List<ParentRelation> findByUai(
		String uai, int start, int end) {

		return getPersistence().findByUai(uai, start, end);
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
	public static List<ParentRelation> findByUai(
		String uai, int start, int end,
		OrderByComparator<ParentRelation> orderByComparator) {

		return getPersistence().findByUai(uai, start, end, orderByComparator);
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
	public static List<ParentRelation> findByUai(
		String uai, int start, int end,
		OrderByComparator<ParentRelation> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByUai(
			uai, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first parent relation in the ordered set where uai = &#63;.
	 *
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching parent relation
	 * @throws NoSuchParentRelationException if a matching parent relation could not be found
	 */
	public static ParentRelation findByUai_First(
			String uai, OrderByComparator<ParentRelation> orderByComparator)
		throws org.preau.liferay.exception.NoSuchParentRelationException {

		return getPersistence().findByUai_First(uai, orderByComparator);
	}

	/**
	 * Returns the first parent relation in the ordered set where uai = &#63;.
	 *
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching parent relation, or <code>null</code> if a matching parent relation could not be found
	 */
	public static ParentRelation fetchByUai_First(
		String uai, OrderByComparator<ParentRelation> orderByComparator) {

		return getPersistence().fetchByUai_First(uai, orderByComparator);
	}

	/**
	 * Returns the last parent relation in the ordered set where uai = &#63;.
	 *
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching parent relation
	 * @throws NoSuchParentRelationException if a matching parent relation could not be found
	 */
	public static ParentRelation findByUai_Last(
			String uai, OrderByComparator<ParentRelation> orderByComparator)
		throws org.preau.liferay.exception.NoSuchParentRelationException {

		return getPersistence().findByUai_Last(uai, orderByComparator);
	}

	/**
	 * Returns the last parent relation in the ordered set where uai = &#63;.
	 *
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching parent relation, or <code>null</code> if a matching parent relation could not be found
	 */
	public static ParentRelation fetchByUai_Last(
		String uai, OrderByComparator<ParentRelation> orderByComparator) {

		return getPersistence().fetchByUai_Last(uai, orderByComparator);
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
	public static ParentRelation[] findByUai_PrevAndNext(
			long parentRelationId, String uai,
			OrderByComparator<ParentRelation> orderByComparator)
		throws org.preau.liferay.exception.NoSuchParentRelationException {

		return getPersistence().findByUai_PrevAndNext(
			parentRelationId, uai, orderByComparator);
	}

	/**
	 * Removes all the parent relations where uai = &#63; from the database.
	 *
	 * @param uai the uai
	 */
	public static void removeByUai(String uai) {
		getPersistence().removeByUai(uai);
	}

	/**
	 * Returns the number of parent relations where uai = &#63;.
	 *
	 * @param uai the uai
	 * @return the number of matching parent relations
	 */
	public static int countByUai(String uai) {
		return getPersistence().countByUai(uai);
	}

	/**
	 * Returns the parent relation where parentExternalId = &#63; and pupilExternalId = &#63; or throws a <code>NoSuchParentRelationException</code> if it could not be found.
	 *
	 * @param parentExternalId the parent external ID
	 * @param pupilExternalId the pupil external ID
	 * @return the matching parent relation
	 * @throws NoSuchParentRelationException if a matching parent relation could not be found
	 */
	public static ParentRelation findByP_P(
			String parentExternalId, String pupilExternalId)
		throws org.preau.liferay.exception.NoSuchParentRelationException {

		return getPersistence().findByP_P(parentExternalId, pupilExternalId);
	}

	/**
	 * Returns the parent relation where parentExternalId = &#63; and pupilExternalId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param parentExternalId the parent external ID
	 * @param pupilExternalId the pupil external ID
	 * @return the matching parent relation, or <code>null</code> if a matching parent relation could not be found
	 */
	public static ParentRelation fetchByP_P(
		String parentExternalId, String pupilExternalId) {

		return getPersistence().fetchByP_P(parentExternalId, pupilExternalId);
	}

	/**
	 * Returns the parent relation where parentExternalId = &#63; and pupilExternalId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param parentExternalId the parent external ID
	 * @param pupilExternalId the pupil external ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching parent relation, or <code>null</code> if a matching parent relation could not be found
	 */
	public static ParentRelation fetchByP_P(
		String parentExternalId, String pupilExternalId,
		boolean useFinderCache) {

		return getPersistence().fetchByP_P(
			parentExternalId, pupilExternalId, useFinderCache);
	}

	/**
	 * Removes the parent relation where parentExternalId = &#63; and pupilExternalId = &#63; from the database.
	 *
	 * @param parentExternalId the parent external ID
	 * @param pupilExternalId the pupil external ID
	 * @return the parent relation that was removed
	 */
	public static ParentRelation removeByP_P(
			String parentExternalId, String pupilExternalId)
		throws org.preau.liferay.exception.NoSuchParentRelationException {

		return getPersistence().removeByP_P(parentExternalId, pupilExternalId);
	}

	/**
	 * Returns the number of parent relations where parentExternalId = &#63; and pupilExternalId = &#63;.
	 *
	 * @param parentExternalId the parent external ID
	 * @param pupilExternalId the pupil external ID
	 * @return the number of matching parent relations
	 */
	public static int countByP_P(
		String parentExternalId, String pupilExternalId) {

		return getPersistence().countByP_P(parentExternalId, pupilExternalId);
	}

	/**
	 * Caches the parent relation in the entity cache if it is enabled.
	 *
	 * @param parentRelation the parent relation
	 */
	public static void cacheResult(ParentRelation parentRelation) {
		getPersistence().cacheResult(parentRelation);
	}

	/**
	 * Caches the parent relations in the entity cache if it is enabled.
	 *
	 * @param parentRelations the parent relations
	 */
	public static void cacheResult(List<ParentRelation> parentRelations) {
		getPersistence().cacheResult(parentRelations);
	}

	/**
	 * Creates a new parent relation with the primary key. Does not add the parent relation to the database.
	 *
	 * @param parentRelationId the primary key for the new parent relation
	 * @return the new parent relation
	 */
	public static ParentRelation create(long parentRelationId) {
		return getPersistence().create(parentRelationId);
	}

	/**
	 * Removes the parent relation with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param parentRelationId the primary key of the parent relation
	 * @return the parent relation that was removed
	 * @throws NoSuchParentRelationException if a parent relation with the primary key could not be found
	 */
	public static ParentRelation remove(long parentRelationId)
		throws org.preau.liferay.exception.NoSuchParentRelationException {

		return getPersistence().remove(parentRelationId);
	}

	public static ParentRelation updateImpl(ParentRelation parentRelation) {
		return getPersistence().updateImpl(parentRelation);
	}

	/**
	 * Returns the parent relation with the primary key or throws a <code>NoSuchParentRelationException</code> if it could not be found.
	 *
	 * @param parentRelationId the primary key of the parent relation
	 * @return the parent relation
	 * @throws NoSuchParentRelationException if a parent relation with the primary key could not be found
	 */
	public static ParentRelation findByPrimaryKey(long parentRelationId)
		throws org.preau.liferay.exception.NoSuchParentRelationException {

		return getPersistence().findByPrimaryKey(parentRelationId);
	}

	/**
	 * Returns the parent relation with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param parentRelationId the primary key of the parent relation
	 * @return the parent relation, or <code>null</code> if a parent relation with the primary key could not be found
	 */
	public static ParentRelation fetchByPrimaryKey(long parentRelationId) {
		return getPersistence().fetchByPrimaryKey(parentRelationId);
	}

	/**
	 * Returns all the parent relations.
	 *
	 * @return the parent relations
	 */
	public static List<ParentRelation> findAll() {
		return getPersistence().findAll();
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
	public static List<ParentRelation> findAll(int start, int end) {
		return getPersistence().findAll(start, end);
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
	public static List<ParentRelation> findAll(
		int start, int end,
		OrderByComparator<ParentRelation> orderByComparator) {

		return getPersistence().findAll(start, end, orderByComparator);
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
	public static List<ParentRelation> findAll(
		int start, int end, OrderByComparator<ParentRelation> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findAll(
			start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Removes all the parent relations from the database.
	 */
	public static void removeAll() {
		getPersistence().removeAll();
	}

	/**
	 * Returns the number of parent relations.
	 *
	 * @return the number of parent relations
	 */
	public static int countAll() {
		return getPersistence().countAll();
	}

	public static ParentRelationPersistence getPersistence() {
		return _persistence;
	}

	public static void setPersistence(ParentRelationPersistence persistence) {
		_persistence = persistence;
	}

	private static volatile ParentRelationPersistence _persistence;

}