/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package org.preau.liferay.service;

import com.liferay.petra.sql.dsl.query.DSLQuery;
import com.liferay.portal.kernel.dao.orm.DynamicQuery;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.PersistedModel;
import com.liferay.portal.kernel.module.service.Snapshot;
import com.liferay.portal.kernel.util.OrderByComparator;

import java.io.Serializable;

import java.util.List;

import org.preau.liferay.model.TeachingAssignment;

/**
 * Provides the local service utility for TeachingAssignment. This utility wraps
 * <code>org.preau.liferay.service.impl.TeachingAssignmentLocalServiceImpl</code> and
 * is an access point for service operations in application layer code running
 * on the local server. Methods of this service will not have security checks
 * based on the propagated JAAS credentials because this service can only be
 * accessed from within the same VM.
 *
 * @author Préau
 * @see TeachingAssignmentLocalService
 * @generated
 */
public class TeachingAssignmentLocalServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>org.preau.liferay.service.impl.TeachingAssignmentLocalServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
	 */

	/**
	 * Returns the assignment of the teacher to the subject in the class or group, created if missing. Only the
	 * structure kind and the head-teacher flag can change on an existing assignment.
	 */
	public static TeachingAssignment addOrUpdateTeachingAssignment(
		long companyId, String uai, String teacherExternalId,
		String structureCode, boolean groupStructure, String subjectCode,
		boolean headTeacher) {

		return getService().addOrUpdateTeachingAssignment(
			companyId, uai, teacherExternalId, structureCode, groupStructure,
			subjectCode, headTeacher);
	}

	/**
	 * Adds the teaching assignment to the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect TeachingAssignmentLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param teachingAssignment the teaching assignment
	 * @return the teaching assignment that was added
	 */
	public static TeachingAssignment addTeachingAssignment(
		TeachingAssignment teachingAssignment) {

		return getService().addTeachingAssignment(teachingAssignment);
	}

	/**
	 * @throws PortalException
	 */
	public static PersistedModel createPersistedModel(
			Serializable primaryKeyObj)
		throws PortalException {

		return getService().createPersistedModel(primaryKeyObj);
	}

	/**
	 * Creates a new teaching assignment with the primary key. Does not add the teaching assignment to the database.
	 *
	 * @param teachingAssignmentId the primary key for the new teaching assignment
	 * @return the new teaching assignment
	 */
	public static TeachingAssignment createTeachingAssignment(
		long teachingAssignmentId) {

		return getService().createTeachingAssignment(teachingAssignmentId);
	}

	/**
	 * @throws PortalException
	 */
	public static PersistedModel deletePersistedModel(
			PersistedModel persistedModel)
		throws PortalException {

		return getService().deletePersistedModel(persistedModel);
	}

	/**
	 * Deletes the teaching assignment with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect TeachingAssignmentLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param teachingAssignmentId the primary key of the teaching assignment
	 * @return the teaching assignment that was removed
	 * @throws PortalException if a teaching assignment with the primary key could not be found
	 */
	public static TeachingAssignment deleteTeachingAssignment(
			long teachingAssignmentId)
		throws PortalException {

		return getService().deleteTeachingAssignment(teachingAssignmentId);
	}

	/**
	 * Deletes the teaching assignment from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect TeachingAssignmentLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param teachingAssignment the teaching assignment
	 * @return the teaching assignment that was removed
	 */
	public static TeachingAssignment deleteTeachingAssignment(
		TeachingAssignment teachingAssignment) {

		return getService().deleteTeachingAssignment(teachingAssignment);
	}

	public static <T> T dslQuery(DSLQuery dslQuery) {
		return getService().dslQuery(dslQuery);
	}

	public static int dslQueryCount(DSLQuery dslQuery) {
		return getService().dslQueryCount(dslQuery);
	}

	public static DynamicQuery dynamicQuery() {
		return getService().dynamicQuery();
	}

	/**
	 * Performs a dynamic query on the database and returns the matching rows.
	 *
	 * @param dynamicQuery the dynamic query
	 * @return the matching rows
	 */
	public static <T> List<T> dynamicQuery(DynamicQuery dynamicQuery) {
		return getService().dynamicQuery(dynamicQuery);
	}

	/**
	 * Performs a dynamic query on the database and returns a range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>org.preau.liferay.model.impl.TeachingAssignmentModelImpl</code>.
	 * </p>
	 *
	 * @param dynamicQuery the dynamic query
	 * @param start the lower bound of the range of model instances
	 * @param end the upper bound of the range of model instances (not inclusive)
	 * @return the range of matching rows
	 */
	public static <T> List<T> dynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getService().dynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * Performs a dynamic query on the database and returns an ordered range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>org.preau.liferay.model.impl.TeachingAssignmentModelImpl</code>.
	 * </p>
	 *
	 * @param dynamicQuery the dynamic query
	 * @param start the lower bound of the range of model instances
	 * @param end the upper bound of the range of model instances (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching rows
	 */
	public static <T> List<T> dynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<T> orderByComparator) {

		return getService().dynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * Returns the number of rows matching the dynamic query.
	 *
	 * @param dynamicQuery the dynamic query
	 * @return the number of rows matching the dynamic query
	 */
	public static long dynamicQueryCount(DynamicQuery dynamicQuery) {
		return getService().dynamicQueryCount(dynamicQuery);
	}

	/**
	 * Returns the number of rows matching the dynamic query.
	 *
	 * @param dynamicQuery the dynamic query
	 * @param projection the projection to apply to the query
	 * @return the number of rows matching the dynamic query
	 */
	public static long dynamicQueryCount(
		DynamicQuery dynamicQuery,
		com.liferay.portal.kernel.dao.orm.Projection projection) {

		return getService().dynamicQueryCount(dynamicQuery, projection);
	}

	public static TeachingAssignment fetchTeachingAssignment(
		long teachingAssignmentId) {

		return getService().fetchTeachingAssignment(teachingAssignmentId);
	}

	public static com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return getService().getActionableDynamicQuery();
	}

	public static
		com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
			getIndexableActionableDynamicQuery() {

		return getService().getIndexableActionableDynamicQuery();
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public static String getOSGiServiceIdentifier() {
		return getService().getOSGiServiceIdentifier();
	}

	/**
	 * @throws PortalException
	 */
	public static PersistedModel getPersistedModel(Serializable primaryKeyObj)
		throws PortalException {

		return getService().getPersistedModel(primaryKeyObj);
	}

	/**
	 * Returns the teaching assignment with the primary key.
	 *
	 * @param teachingAssignmentId the primary key of the teaching assignment
	 * @return the teaching assignment
	 * @throws PortalException if a teaching assignment with the primary key could not be found
	 */
	public static TeachingAssignment getTeachingAssignment(
			long teachingAssignmentId)
		throws PortalException {

		return getService().getTeachingAssignment(teachingAssignmentId);
	}

	/**
	 * Returns a range of all the teaching assignments.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>org.preau.liferay.model.impl.TeachingAssignmentModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of teaching assignments
	 * @param end the upper bound of the range of teaching assignments (not inclusive)
	 * @return the range of teaching assignments
	 */
	public static List<TeachingAssignment> getTeachingAssignments(
		int start, int end) {

		return getService().getTeachingAssignments(start, end);
	}

	public static List<TeachingAssignment> getTeachingAssignmentsByStructure(
		String uai, String structureCode) {

		return getService().getTeachingAssignmentsByStructure(
			uai, structureCode);
	}

	public static List<TeachingAssignment> getTeachingAssignmentsByTeacher(
		String teacherExternalId) {

		return getService().getTeachingAssignmentsByTeacher(teacherExternalId);
	}

	public static List<TeachingAssignment> getTeachingAssignmentsByUai(
		String uai, int start, int end) {

		return getService().getTeachingAssignmentsByUai(uai, start, end);
	}

	/**
	 * Returns the number of teaching assignments.
	 *
	 * @return the number of teaching assignments
	 */
	public static int getTeachingAssignmentsCount() {
		return getService().getTeachingAssignmentsCount();
	}

	/**
	 * Updates the teaching assignment in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect TeachingAssignmentLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param teachingAssignment the teaching assignment
	 * @return the teaching assignment that was updated
	 */
	public static TeachingAssignment updateTeachingAssignment(
		TeachingAssignment teachingAssignment) {

		return getService().updateTeachingAssignment(teachingAssignment);
	}

	public static TeachingAssignmentLocalService getService() {
		return _serviceSnapshot.get();
	}

	private static final Snapshot<TeachingAssignmentLocalService>
		_serviceSnapshot = new Snapshot<>(
			TeachingAssignmentLocalServiceUtil.class,
			TeachingAssignmentLocalService.class);

}