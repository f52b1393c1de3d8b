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

import org.preau.liferay.model.TeachingAssignment;

/**
 * The persistence utility for the teaching assignment service. This utility wraps <code>org.preau.liferay.service.persistence.impl.TeachingAssignmentPersistenceImpl</code> and provides direct access to the database for CRUD operations. This utility should only be used by the service layer, as it must operate within a transaction. Never access this utility in a JSP, controller, model, or other front-end class.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Préau
 * @see TeachingAssignmentPersistence
 * @generated
 */
public class TeachingAssignmentUtil {

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
	public static void clearCache(TeachingAssignment teachingAssignment) {
		getPersistence().clearCache(teachingAssignment);
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
	public static Map<Serializable, TeachingAssignment> fetchByPrimaryKeys(
		Set<Serializable> primaryKeys) {

		return getPersistence().fetchByPrimaryKeys(primaryKeys);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery)
	 */
	public static List<TeachingAssignment> findWithDynamicQuery(
		DynamicQuery dynamicQuery) {

		return getPersistence().findWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int)
	 */
	public static List<TeachingAssignment> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getPersistence().findWithDynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int, OrderByComparator)
	 */
	public static List<TeachingAssignment> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<TeachingAssignment> orderByComparator) {

		return getPersistence().findWithDynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static TeachingAssignment update(
		TeachingAssignment teachingAssignment) {

		return getPersistence().update(teachingAssignment);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel, ServiceContext)
	 */
	public static TeachingAssignment update(
		TeachingAssignment teachingAssignment, ServiceContext serviceContext) {

		return getPersistence().update(teachingAssignment, serviceContext);
	}

	/**
	 * Returns all the teaching assignments where teacherExternalId = &#63;.
	 *
	 * @param teacherExternalId the teacher external ID
	 * @return the matching teaching assignments
	 */
	public static List<TeachingAssignment> findByTeacherExternalId(
		String teacherExternalId) {

		return getPersistence().findByTeacherExternalId(teacherExternalId);
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
	public static List<TeachingAssignment> findByTeacherExternalId(
		String teacherExternalId, int start, int end) {

		return getPersistence().findByTeacherExternalId(
			teacherExternalId, start, end);
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
	public static List<TeachingAssignment> findByTeacherExternalId(
		String teacherExternalId, int start, int end,
		OrderByComparator<TeachingAssignment> orderByComparator) {

		return getPersistence().findByTeacherExternalId(
			teacherExternalId, start, end, orderByComparator);
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
	public static List<TeachingAssignment> findByTeacherExternalId(
		String teacherExternalId, int start, int end,
		OrderByComparator<TeachingAssignment> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByTeacherExternalId(
			teacherExternalId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first teaching assignment in the ordered set where teacherExternalId = &#63;.
	 *
	 * @param teacherExternalId the teacher external ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching teaching assignment
	 * @throws NoSuchTeachingAssignmentException if a matching teaching assignment could not be found
	 */
	public static TeachingAssignment findByTeacherExternalId_First(
			String teacherExternalId,
			OrderByComparator<TeachingAssignment> orderByComparator)
		throws org.preau.liferay.exception.NoSuchTeachingAssignmentException {

		return getPersistence().findByTeacherExternalId_First(
			teacherExternalId, orderByComparator);
	}

	/**
	 * Returns the first teaching assignment in the ordered set where teacherExternalId = &#63;.
	 *
	 * @param teacherExternalId the teacher external ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching teaching assignment, or <code>null</code> if a matching teaching assignment could not be found
	 */
	public static TeachingAssignment fetchByTeacherExternalId_First(
		String teacherExternalId,
		OrderByComparator<TeachingAssignment> orderByComparator) {

		return getPersistence().fetchByTeacherExternalId_First(
			teacherExternalId, orderByComparator);
	}

	/**
	 * Returns the last teaching assignment in the ordered set where teacherExternalId = &#63;.
	 *
	 * @param teacherExternalId the teacher external ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching teaching assignment
	 * @throws NoSuchTeachingAssignmentException if a matching teaching assignment could not be found
	 */
	public static TeachingAssignment findByTeacherExternalId_Last(
			String teacherExternalId,
			OrderByComparator<TeachingAssignment> orderByComparator)
		throws org.preau.liferay.exception.NoSuchTeachingAssignmentException {

		return getPersistence().findByTeacherExternalId_Last(
			teacherExternalId, orderByComparator);
	}

	/**
	 * Returns the last teaching assignment in the ordered set where teacherExternalId = &#63;.
	 *
	 * @param teacherExternalId the teacher external ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching teaching assignment, or <code>null</code> if a matching teaching assignment could not be found
	 */
	public static TeachingAssignment fetchByTeacherExternalId_Last(
		String teacherExternalId,
		OrderByComparator<TeachingAssignment> orderByComparator) {

		return getPersistence().fetchByTeacherExternalId_Last(
			teacherExternalId, orderByComparator);
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
	public static TeachingAssignment[] findByTeacherExternalId_PrevAndNext(
			long teachingAssignmentId, String teacherExternalId,
			OrderByComparator<TeachingAssignment> orderByComparator)
		throws org.preau.liferay.exception.NoSuchTeachingAssignmentException {

		return getPersistence().findByTeacherExternalId_PrevAndNext(
			teachingAssignmentId, teacherExternalId, orderByComparator);
	}

	/**
	 * Removes all the teaching assignments where teacherExternalId = &#63; from the database.
	 *
	 * @param teacherExternalId the teacher external ID
	 */
	public static void removeByTeacherExternalId(String teacherExternalId) {
		getPersistence().removeByTeacherExternalId(teacherExternalId);
	}

	/**
	 * Returns the number of teaching assignments where teacherExternalId = &#63;.
	 *
	 * @param teacherExternalId the teacher external ID
	 * @return the number of matching teaching assignments
	 */
	public static int countByTeacherExternalId(String teacherExternalId) {
		return getPersistence().countByTeacherExternalId(teacherExternalId);
	}

	/**
	 * Returns all the teaching assignments where uai = &#63; and structureCode = &#63;.
	 *
	 * @param uai the uai
	 * @param structureCode the structure code
	 * @return the matching teaching assignments
	 */
	public static List<TeachingAssignment> findByU_S(
		String uai, String structureCode) {

		return getPersistence().findByU_S(uai, structureCode);
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
	public static List<TeachingAssignment> findByU_S(
		String uai, String structureCode, int start, int end) {

		return getPersistence().findByU_S(uai, structureCode, start, end);
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
	public static List<TeachingAssignment> findByU_S(
		String uai, String structureCode, int start, int end,
		OrderByComparator<TeachingAssignment> orderByComparator) {

		return getPersistence().findByU_S(
			uai, structureCode, start, end, orderByComparator);
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
	public static List<TeachingAssignment> findByU_S(
		String uai, String structureCode, int start, int end,
		OrderByComparator<TeachingAssignment> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByU_S(
			uai, structureCode, start, end, orderByComparator, useFinderCache);
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
	public static TeachingAssignment findByU_S_First(
			String uai, String structureCode,
			OrderByComparator<TeachingAssignment> orderByComparator)
		throws org.preau.liferay.exception.NoSuchTeachingAssignmentException {

		return getPersistence().findByU_S_First(
			uai, structureCode, orderByComparator);
	}

	/**
	 * Returns the first teaching assignment in the ordered set where uai = &#63; and structureCode = &#63;.
	 *
	 * @param uai the uai
	 * @param structureCode the structure code
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching teaching assignment, or <code>null</code> if a matching teaching assignment could not be found
	 */
	public static TeachingAssignment fetchByU_S_First(
		String uai, String structureCode,
		OrderByComparator<TeachingAssignment> orderByComparator) {

		return getPersistence().fetchByU_S_First(
			uai, structureCode, orderByComparator);
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
	public static TeachingAssignment findByU_S_Last(
			String uai, String structureCode,
			OrderByComparator<TeachingAssignment> orderByComparator)
		throws org.preau.liferay.exception.NoSuchTeachingAssignmentException {

		return getPersistence().findByU_S_Last(
			uai, structureCode, orderByComparator);
	}

	/**
	 * Returns the last teaching assignment in the ordered set where uai = &#63; and structureCode = &#63;.
	 *
	 * @param uai the uai
	 * @param structureCode the structure code
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching teaching assignment, or <code>null</code> if a matching teaching assignment could not be found
	 */
	public static TeachingAssignment fetchByU_S_Last(
		String uai, String structureCode,
		OrderByComparator<TeachingAssignment> orderByComparator) {

		return getPersistence().fetchByU_S_Last(
			uai, structureCode, orderByComparator);
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
	public static TeachingAssignment[] findByU_S_PrevAndNext(
			long teachingAssignmentId, String uai, String structureCode,
			OrderByComparator<TeachingAssignment> orderByComparator)
		throws org.preau.liferay.exception.NoSuchTeachingAssignmentException {

		return getPersistence().findByU_S_PrevAndNext(
			teachingAssignmentId, uai, structureCode, orderByComparator);
	}

	/**
	 * Removes all the teaching assignments where uai = &#63; and structureCode = &#63; from the database.
	 *
	 * @param uai the uai
	 * @param structureCode the structure code
	 */
	public static void removeByU_S(String uai, String structureCode) {
		getPersistence().removeByU_S(uai, structureCode);
	}

	/**
	 * Returns the number of teaching assignments where uai = &#63; and structureCode = &#63;.
	 *
	 * @param uai the uai
	 * @param structureCode the structure code
	 * @return the number of matching teaching assignments
	 */
	public static int countByU_S(String uai, String structureCode) {
		return getPersistence().countByU_S(uai, structureCode);
	}

	/**
	 * Returns all the teaching assignments where uai = &#63;.
	 *
	 * @param uai the uai
	 * @return the matching teaching assignments
	 */
	public static List<TeachingAssignment> findByUai(String uai) {
		return getPersistence().findByUai(uai);
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
	public static List<TeachingAssignment> findByUai(
		String uai, int start, int end) {

		return getPersistence().findByUai(uai, start, end);
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
	public static List<TeachingAssignment> findByUai(
		String uai, int start, int end,
		OrderByComparator<TeachingAssignment> orderByComparator) {

		return getPersistence().findByUai(uai, start, end, orderByComparator);
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
	public static List<TeachingAssignment> findByUai(
		String uai, int start, int end,
		OrderByComparator<TeachingAssignment> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByUai(
			uai, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first teaching assignment in the ordered set where uai = &#63;.
	 *
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching teaching assignment
	 * @throws NoSuchTeachingAssignmentException if a matching teaching assignment could not be found
	 */
	public static TeachingAssignment findByUai_First(
			String uai, OrderByComparator<TeachingAssignment> orderByComparator)
		throws org.preau.liferay.exception.NoSuchTeachingAssignmentException {

		return getPersistence().findByUai_First(uai, orderByComparator);
	}

	/**
	 * Returns the first teaching assignment in the ordered set where uai = &#63;.
	 *
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching teaching assignment, or <code>null</code> if a matching teaching assignment could not be found
	 */
	public static TeachingAssignment fetchByUai_First(
		String uai, OrderByComparator<TeachingAssignment> orderByComparator) {

		return getPersistence().fetchByUai_First(uai, orderByComparator);
	}

	/**
	 * Returns the last teaching assignment in the ordered set where uai = &#63;.
	 *
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching teaching assignment
	 * @throws NoSuchTeachingAssignmentException if a matching teaching assignment could not be found
	 */
	public static TeachingAssignment findByUai_Last(
			String uai, OrderByComparator<TeachingAssignment> orderByComparator)
		throws org.preau.liferay.exception.NoSuchTeachingAssignmentException {

		return getPersistence().findByUai_Last(uai, orderByComparator);
	}

	/**
	 * Returns the last teaching assignment in the ordered set where uai = &#63;.
	 *
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching teaching assignment, or <code>null</code> if a matching teaching assignment could not be found
	 */
	public static TeachingAssignment fetchByUai_Last(
		String uai, OrderByComparator<TeachingAssignment> orderByComparator) {

		return getPersistence().fetchByUai_Last(uai, orderByComparator);
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
	public static TeachingAssignment[] findByUai_PrevAndNext(
			long teachingAssignmentId, String uai,
			OrderByComparator<TeachingAssignment> orderByComparator)
		throws org.preau.liferay.exception.NoSuchTeachingAssignmentException {

		return getPersistence().findByUai_PrevAndNext(
			teachingAssignmentId, uai, orderByComparator);
	}

	/**
	 * Removes all the teaching assignments where uai = &#63; from the database.
	 *
	 * @param uai the uai
	 */
	public static void removeByUai(String uai) {
		getPersistence().removeByUai(uai);
	}

	/**
	 * Returns the number of teaching assignments where uai = &#63;.
	 *
	 * @param uai the uai
	 * @return the number of matching teaching assignments
	 */
	public static int countByUai(String uai) {
		return getPersistence().countByUai(uai);
	}

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
	public static TeachingAssignment findByU_T_St_Su(
			String uai, String teacherExternalId, String structureCode,
			String subjectCode)
		throws org.preau.liferay.exception.NoSuchTeachingAssignmentException {

		return getPersistence().findByU_T_St_Su(
			uai, teacherExternalId, structureCode, subjectCode);
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
	public static TeachingAssignment fetchByU_T_St_Su(
		String uai, String teacherExternalId, String structureCode,
		String subjectCode) {

		return getPersistence().fetchByU_T_St_Su(
			uai, teacherExternalId, structureCode, subjectCode);
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
	public static TeachingAssignment fetchByU_T_St_Su(
		String uai, String teacherExternalId, String structureCode,
		String subjectCode, boolean useFinderCache) {

		return getPersistence().fetchByU_T_St_Su(
			uai, teacherExternalId, structureCode, subjectCode, useFinderCache);
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
	public static TeachingAssignment removeByU_T_St_Su(
			String uai, String teacherExternalId, String structureCode,
			String subjectCode)
		throws org.preau.liferay.exception.NoSuchTeachingAssignmentException {

		return getPersistence().removeByU_T_St_Su(
			uai, teacherExternalId, structureCode, subjectCode);
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
	public static int countByU_T_St_Su(
		String uai, String teacherExternalId, String structureCode,
		String subjectCode) {

		return getPersistence().countByU_T_St_Su(
			uai, teacherExternalId, structureCode, subjectCode);
	}

	/**
	 * Caches the teaching assignment in the entity cache if it is enabled.
	 *
	 * @param teachingAssignment the teaching assignment
	 */
	public static void cacheResult(TeachingAssignment teachingAssignment) {
		getPersistence().cacheResult(teachingAssignment);
	}

	/**
	 * Caches the teaching assignments in the entity cache if it is enabled.
	 *
	 * @param teachingAssignments the teaching assignments
	 */
	public static void cacheResult(
		List<TeachingAssignment> teachingAssignments) {

		getPersistence().cacheResult(teachingAssignments);
	}

	/**
	 * Creates a new teaching assignment with the primary key. Does not add the teaching assignment to the database.
	 *
	 * @param teachingAssignmentId the primary key for the new teaching assignment
	 * @return the new teaching assignment
	 */
	public static TeachingAssignment create(long teachingAssignmentId) {
		return getPersistence().create(teachingAssignmentId);
	}

	/**
	 * Removes the teaching assignment with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param teachingAssignmentId the primary key of the teaching assignment
	 * @return the teaching assignment that was removed
	 * @throws NoSuchTeachingAssignmentException if a teaching assignment with the primary key could not be found
	 */
	public static TeachingAssignment remove(long teachingAssignmentId)
		throws org.preau.liferay.exception.NoSuchTeachingAssignmentException {

		return getPersistence().remove(teachingAssignmentId);
	}

	public static TeachingAssignment updateImpl(
		TeachingAssignment teachingAssignment) {

		return getPersistence().updateImpl(teachingAssignment);
	}

	/**
	 * Returns the teaching assignment with the primary key or throws a <code>NoSuchTeachingAssignmentException</code> if it could not be found.
	 *
	 * @param teachingAssignmentId the primary key of the teaching assignment
	 * @return the teaching assignment
	 * @throws NoSuchTeachingAssignmentException if a teaching assignment with the primary key could not be found
	 */
	public static TeachingAssignment findByPrimaryKey(long teachingAssignmentId)
		throws org.preau.liferay.exception.NoSuchTeachingAssignmentException {

		return getPersistence().findByPrimaryKey(teachingAssignmentId);
	}

	/**
	 * Returns the teaching assignment with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param teachingAssignmentId the primary key of the teaching assignment
	 * @return the teaching assignment, or <code>null</code> if a teaching assignment with the primary key could not be found
	 */
	public static TeachingAssignment fetchByPrimaryKey(
		long teachingAssignmentId) {

		return getPersistence().fetchByPrimaryKey(teachingAssignmentId);
	}

	/**
	 * Returns all the teaching assignments.
	 *
	 * @return the teaching assignments
	 */
	public static List<TeachingAssignment> findAll() {
		return getPersistence().findAll();
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
	public static List<TeachingAssignment> findAll(int start, int end) {
		return getPersistence().findAll(start, end);
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
	public static List<TeachingAssignment> findAll(
		int start, int end,
		OrderByComparator<TeachingAssignment> orderByComparator) {

		return getPersistence().findAll(start, end, orderByComparator);
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
	public static List<TeachingAssignment> findAll(
		int start, int end,
		OrderByComparator<TeachingAssignment> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findAll(
			start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Removes all the teaching assignments from the database.
	 */
	public static void removeAll() {
		getPersistence().removeAll();
	}

	/**
	 * Returns the number of teaching assignments.
	 *
	 * @return the number of teaching assignments
	 */
	public static int countAll() {
		return getPersistence().countAll();
	}

	public static TeachingAssignmentPersistence getPersistence() {
		return _persistence;
	}

	public static void setPersistence(
		TeachingAssignmentPersistence persistence) {

		_persistence = persistence;
	}

	private static volatile TeachingAssignmentPersistence _persistence;

}