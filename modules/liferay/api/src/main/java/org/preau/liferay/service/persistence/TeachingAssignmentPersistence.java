/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package org.preau.liferay.service.persistence;

import com.liferay.portal.kernel.service.persistence.BasePersistence;

import org.osgi.annotation.versioning.ProviderType;

import org.preau.liferay.exception.NoSuchTeachingAssignmentException;
import org.preau.liferay.model.TeachingAssignment;

/**
 * The persistence interface for the teaching assignment service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Préau
 * @see TeachingAssignmentUtil
 * @generated
 */
@ProviderType
public interface TeachingAssignmentPersistence
	extends BasePersistence<TeachingAssignment> {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this interface directly. Always use {@link TeachingAssignmentUtil} to access the teaching assignment persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this interface.
	 */

	/**
	 * Returns all the teaching assignments where teacherExternalId = &#63;.
	 *
	 * @param teacherExternalId the teacher external ID
	 * @return the matching teaching assignments
	 */
	public java.util.List<TeachingAssignment> findByTeacherExternalId(
		String teacherExternalId);

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
	public java.util.List<TeachingAssignment> findByTeacherExternalId(
		String teacherExternalId, int start, int end);

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
	public java.util.List<TeachingAssignment> findByTeacherExternalId(
		String teacherExternalId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<TeachingAssignment>
			orderByComparator);

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
	public java.util.List<TeachingAssignment> findByTeacherExternalId(
		String teacherExternalId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<TeachingAssignment>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first teaching assignment in the ordered set where teacherExternalId = &#63;.
	 *
	 * @param teacherExternalId the teacher external ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching teaching assignment
	 * @throws NoSuchTeachingAssignmentException if a matching teaching assignment could not be found
	 */
	public TeachingAssignment findByTeacherExternalId_First(
			String teacherExternalId,
			com.liferay.portal.kernel.util.OrderByComparator<TeachingAssignment>
				orderByComparator)
		throws NoSuchTeachingAssignmentException;

	/**
	 * Returns the first teaching assignment in the ordered set where teacherExternalId = &#63;.
	 *
	 * @param teacherExternalId the teacher external ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching teaching assignment, or <code>null</code> if a matching teaching assignment could not be found
	 */
	public TeachingAssignment fetchByTeacherExternalId_First(
		String teacherExternalId,
		com.liferay.portal.kernel.util.OrderByComparator<TeachingAssignment>
			orderByComparator);

	/**
	 * Returns the last teaching assignment in the ordered set where teacherExternalId = &#63;.
	 *
	 * @param teacherExternalId the teacher external ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching teaching assignment
	 * @throws NoSuchTeachingAssignmentException if a matching teaching assignment could not be found
	 */
	public TeachingAssignment findByTeacherExternalId_Last(
			String teacherExternalId,
			com.liferay.portal.kernel.util.OrderByComparator<TeachingAssignment>
				orderByComparator)
		throws NoSuchTeachingAssignmentException;

	/**
	 * Returns the last teaching assignment in the ordered set where teacherExternalId = &#63;.
	 *
	 * @param teacherExternalId the teacher external ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching teaching assignment, or <code>null</code> if a matching teaching assignment could not be found
	 */
	public TeachingAssignment fetchByTeacherExternalId_Last(
		String teacherExternalId,
		com.liferay.portal.kernel.util.OrderByComparator<TeachingAssignment>
			orderByComparator);

	/**
	 * Returns the teaching assignments before and after the current teaching assignment in the ordered set where teacherExternalId = &#63;.
	 *
	 * @param teachingAssignmentId the primary key of the current teaching assignment
	 * @param teacherExternalId the teacher external ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next teaching assignment
	 * @throws NoSuchTeachingAssignmentException if a teaching assignment with the primary key could not be found
	 */
	public TeachingAssignment[] findByTeacherExternalId_PrevAndNext(
			long teachingAssignmentId, String teacherExternalId,
			com.liferay.portal.kernel.util.OrderByComparator<TeachingAssignment>
				orderByComparator)
		throws NoSuchTeachingAssignmentException;

	/**
	 * Removes all the teaching assignments where teacherExternalId = &#63; from the database.
	 *
	 * @param teacherExternalId the teacher external ID
	 */
	public void removeByTeacherExternalId(String teacherExternalId);

	/**
	 * Returns the number of teaching assignments where teacherExternalId = &#63;.
	 *
	 * @param teacherExternalId the teacher external ID
	 * @return the number of matching teaching assignments
	 */
	public int countByTeacherExternalId(String teacherExternalId);

	/**
	 * Returns all the teaching assignments where uai = &#63; and structureCode = &#63;.
	 *
	 * @param uai the uai
	 * @param structureCode the structure code
	 * @return the matching teaching assignments
	 */
	public java.util.List<TeachingAssignment> findByU_S(
		String uai, String structureCode);

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
	public java.util.List<TeachingAssignment> findByU_S(
		String uai, String structureCode, int start, int end);

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
	public java.util.List<TeachingAssignment> findByU_S(
		String uai, String structureCode, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<TeachingAssignment>
			orderByComparator);

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
	public java.util.List<TeachingAssignment> findByU_S(
		String uai, String structureCode, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<TeachingAssignment>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first teaching assignment in the ordered set where uai = &#63; and structureCode = &#63;.
	 *
	 * @param uai the uai
	 * @param structureCode the structure code
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching teaching assignment
	 * @throws NoSuchTeachingAssignmentException if a matching teaching assignment could not be found
	 */
	public TeachingAssignment findByU_S_First(
			String uai, String structureCode,
			com.liferay.portal.kernel.util.OrderByComparator<TeachingAssignment>
				orderByComparator)
		throws NoSuchTeachingAssignmentException;

	/**
	 * Returns the first teaching assignment in the ordered set where uai = &#63; and structureCode = &#63;.
	 *
	 * @param uai the uai
	 * @param structureCode the structure code
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching teaching assignment, or <code>null</code> if a matching teaching assignment could not be found
	 */
	public TeachingAssignment fetchByU_S_First(
		String uai, String structureCode,
		com.liferay.portal.kernel.util.OrderByComparator<TeachingAssignment>
			orderByComparator);

	/**
	 * Returns the last teaching assignment in the ordered set where uai = &#63; and structureCode = &#63;.
	 *
	 * @param uai the uai
	 * @param structureCode the structure code
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching teaching assignment
	 * @throws NoSuchTeachingAssignmentException if a matching teaching assignment could not be found
	 */
	public TeachingAssignment findByU_S_Last(
			String uai, String structureCode,
			com.liferay.portal.kernel.util.OrderByComparator<TeachingAssignment>
				orderByComparator)
		throws NoSuchTeachingAssignmentException;

	/**
	 * Returns the last teaching assignment in the ordered set where uai = &#63; and structureCode = &#63;.
	 *
	 * @param uai the uai
	 * @param structureCode the structure code
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching teaching assignment, or <code>null</code> if a matching teaching assignment could not be found
	 */
	public TeachingAssignment fetchByU_S_Last(
		String uai, String structureCode,
		com.liferay.portal.kernel.util.OrderByComparator<TeachingAssignment>
			orderByComparator);

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
	public TeachingAssignment[] findByU_S_PrevAndNext(
			long teachingAssignmentId, String uai, String structureCode,
			com.liferay.portal.kernel.util.OrderByComparator<TeachingAssignment>
				orderByComparator)
		throws NoSuchTeachingAssignmentException;

	/**
	 * Removes all the teaching assignments where uai = &#63; and structureCode = &#63; from the database.
	 *
	 * @param uai the uai
	 * @param structureCode the structure code
	 */
	public void removeByU_S(String uai, String structureCode);

	/**
	 * Returns the number of teaching assignments where uai = &#63; and structureCode = &#63;.
	 *
	 * @param uai the uai
	 * @param structureCode the structure code
	 * @return the number of matching teaching assignments
	 */
	public int countByU_S(String uai, String structureCode);

	/**
	 * Returns all the teaching assignments where uai = &#63;.
	 *
	 * @param uai the uai
	 * @return the matching teaching assignments
	 */
	public java.util.List<TeachingAssignment> findByUai(String uai);

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
	public java.util.List<TeachingAssignment> findByUai(
		String uai, int start, int end);

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
	public java.util.List<TeachingAssignment> findByUai(
		String uai, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<TeachingAssignment>
			orderByComparator);

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
	public java.util.List<TeachingAssignment> findByUai(
		String uai, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<TeachingAssignment>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first teaching assignment in the ordered set where uai = &#63;.
	 *
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching teaching assignment
	 * @throws NoSuchTeachingAssignmentException if a matching teaching assignment could not be found
	 */
	public TeachingAssignment findByUai_First(
			String uai,
			com.liferay.portal.kernel.util.OrderByComparator<TeachingAssignment>
				orderByComparator)
		throws NoSuchTeachingAssignmentException;

	/**
	 * Returns the first teaching assignment in the ordered set where uai = &#63;.
	 *
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching teaching assignment, or <code>null</code> if a matching teaching assignment could not be found
	 */
	public TeachingAssignment fetchByUai_First(
		String uai,
		com.liferay.portal.kernel.util.OrderByComparator<TeachingAssignment>
			orderByComparator);

	/**
	 * Returns the last teaching assignment in the ordered set where uai = &#63;.
	 *
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching teaching assignment
	 * @throws NoSuchTeachingAssignmentException if a matching teaching assignment could not be found
	 */
	public TeachingAssignment findByUai_Last(
			String uai,
			com.liferay.portal.kernel.util.OrderByComparator<TeachingAssignment>
				orderByComparator)
		throws NoSuchTeachingAssignmentException;

	/**
	 * Returns the last teaching assignment in the ordered set where uai = &#63;.
	 *
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching teaching assignment, or <code>null</code> if a matching teaching assignment could not be found
	 */
	public TeachingAssignment fetchByUai_Last(
		String uai,
		com.liferay.portal.kernel.util.OrderByComparator<TeachingAssignment>
			orderByComparator);

	/**
	 * Returns the teaching assignments before and after the current teaching assignment in the ordered set where uai = &#63;.
	 *
	 * @param teachingAssignmentId the primary key of the current teaching assignment
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next teaching assignment
	 * @throws NoSuchTeachingAssignmentException if a teaching assignment with the primary key could not be found
	 */
	public TeachingAssignment[] findByUai_PrevAndNext(
			long teachingAssignmentId, String uai,
			com.liferay.portal.kernel.util.OrderByComparator<TeachingAssignment>
				orderByComparator)
		throws NoSuchTeachingAssignmentException;

	/**
	 * Removes all the teaching assignments where uai = &#63; from the database.
	 *
	 * @param uai the uai
	 */
	public void removeByUai(String uai);

	/**
	 * Returns the number of teaching assignments where uai = &#63;.
	 *
	 * @param uai the uai
	 * @return the number of matching teaching assignments
	 */
	public int countByUai(String uai);

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
	public TeachingAssignment findByU_T_St_Su(
			String uai, String teacherExternalId, String structureCode,
			String subjectCode)
		throws NoSuchTeachingAssignmentException;

	/**
	 * Returns the teaching assignment where uai = &#63; and teacherExternalId = &#63; and structureCode = &#63; and subjectCode = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param uai the uai
	 * @param teacherExternalId the teacher external ID
	 * @param structureCode the structure code
	 * @param subjectCode the subject code
	 * @return the matching teaching assignment, or <code>null</code> if a matching teaching assignment could not be found
	 */
	public TeachingAssignment fetchByU_T_St_Su(
		String uai, String teacherExternalId, String structureCode,
		String subjectCode);

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
	public TeachingAssignment fetchByU_T_St_Su(
		String uai, String teacherExternalId, String structureCode,
		String subjectCode, boolean useFinderCache);

	/**
	 * Removes the teaching assignment where uai = &#63; and teacherExternalId = &#63; and structureCode = &#63; and subjectCode = &#63; from the database.
	 *
	 * @param uai the uai
	 * @param teacherExternalId the teacher external ID
	 * @param structureCode the structure code
	 * @param subjectCode the subject code
	 * @return the teaching assignment that was removed
	 */
	public TeachingAssignment removeByU_T_St_Su(
			String uai, String teacherExternalId, String structureCode,
			String subjectCode)
		throws NoSuchTeachingAssignmentException;

	/**
	 * Returns the number of teaching assignments where uai = &#63; and teacherExternalId = &#63; and structureCode = &#63; and subjectCode = &#63;.
	 *
	 * @param uai the uai
	 * @param teacherExternalId the teacher external ID
	 * @param structureCode the structure code
	 * @param subjectCode the subject code
	 * @return the number of matching teaching assignments
	 */
	public int countByU_T_St_Su(
		String uai, String teacherExternalId, String structureCode,
		String subjectCode);

	/**
	 * Caches the teaching assignment in the entity cache if it is enabled.
	 *
	 * @param teachingAssignment the teaching assignment
	 */
	public void cacheResult(TeachingAssignment teachingAssignment);

	/**
	 * Caches the teaching assignments in the entity cache if it is enabled.
	 *
	 * @param teachingAssignments the teaching assignments
	 */
	public void cacheResult(
		java.util.List<TeachingAssignment> teachingAssignments);

	/**
	 * Creates a new teaching assignment with the primary key. Does not add the teaching assignment to the database.
	 *
	 * @param teachingAssignmentId the primary key for the new teaching assignment
	 * @return the new teaching assignment
	 */
	public TeachingAssignment create(long teachingAssignmentId);

	/**
	 * Removes the teaching assignment with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param teachingAssignmentId the primary key of the teaching assignment
	 * @return the teaching assignment that was removed
	 * @throws NoSuchTeachingAssignmentException if a teaching assignment with the primary key could not be found
	 */
	public TeachingAssignment remove(long teachingAssignmentId)
		throws NoSuchTeachingAssignmentException;

	public TeachingAssignment updateImpl(TeachingAssignment teachingAssignment);

	/**
	 * Returns the teaching assignment with the primary key or throws a <code>NoSuchTeachingAssignmentException</code> if it could not be found.
	 *
	 * @param teachingAssignmentId the primary key of the teaching assignment
	 * @return the teaching assignment
	 * @throws NoSuchTeachingAssignmentException if a teaching assignment with the primary key could not be found
	 */
	public TeachingAssignment findByPrimaryKey(long teachingAssignmentId)
		throws NoSuchTeachingAssignmentException;

	/**
	 * Returns the teaching assignment with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param teachingAssignmentId the primary key of the teaching assignment
	 * @return the teaching assignment, or <code>null</code> if a teaching assignment with the primary key could not be found
	 */
	public TeachingAssignment fetchByPrimaryKey(long teachingAssignmentId);

	/**
	 * Returns all the teaching assignments.
	 *
	 * @return the teaching assignments
	 */
	public java.util.List<TeachingAssignment> findAll();

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
	public java.util.List<TeachingAssignment> findAll(int start, int end);

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
	public java.util.List<TeachingAssignment> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<TeachingAssignment>
			orderByComparator);

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
	public java.util.List<TeachingAssignment> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<TeachingAssignment>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the teaching assignments from the database.
	 */
	public void removeAll();

	/**
	 * Returns the number of teaching assignments.
	 *
	 * @return the number of teaching assignments
	 */
	public int countAll();

}