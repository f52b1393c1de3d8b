/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package org.preau.liferay.service;

import com.liferay.portal.kernel.service.ServiceWrapper;
import com.liferay.portal.kernel.service.persistence.BasePersistence;

/**
 * Provides a wrapper for {@link TeachingAssignmentLocalService}.
 *
 * @author Préau
 * @see TeachingAssignmentLocalService
 * @generated
 */
public class TeachingAssignmentLocalServiceWrapper
	implements ServiceWrapper<TeachingAssignmentLocalService>,
			   TeachingAssignmentLocalService {

	public TeachingAssignmentLocalServiceWrapper() {
		this(null);
	}

	public TeachingAssignmentLocalServiceWrapper(
		TeachingAssignmentLocalService teachingAssignmentLocalService) {

		_teachingAssignmentLocalService = teachingAssignmentLocalService;
	}

	/**
	 * Returns the assignment of the teacher to the subject in the class or group, created if missing. Only the
	 * structure kind and the head-teacher flag can change on an existing assignment.
	 */
	@Override
	public org.preau.liferay.model.TeachingAssignment
		addOrUpdateTeachingAssignment(
			long companyId, String uai, String teacherExternalId,
			String structureCode, boolean groupStructure, String subjectCode,
			boolean headTeacher) {

		return _teachingAssignmentLocalService.addOrUpdateTeachingAssignment(
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
	@Override
	public org.preau.liferay.model.TeachingAssignment addTeachingAssignment(
		org.preau.liferay.model.TeachingAssignment teachingAssignment) {

		return _teachingAssignmentLocalService.addTeachingAssignment(
			teachingAssignment);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel createPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _teachingAssignmentLocalService.createPersistedModel(
			primaryKeyObj);
	}

	/**
	 * Creates a new teaching assignment with the primary key. Does not add the teaching assignment to the database.
	 *
	 * @param teachingAssignmentId the primary key for the new teaching assignment
	 * @return the new teaching assignment
	 */
	@Override
	public org.preau.liferay.model.TeachingAssignment createTeachingAssignment(
		long teachingAssignmentId) {

		return _teachingAssignmentLocalService.createTeachingAssignment(
			teachingAssignmentId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel deletePersistedModel(
			com.liferay.portal.kernel.model.PersistedModel persistedModel)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _teachingAssignmentLocalService.deletePersistedModel(
			persistedModel);
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
	@Override
	public org.preau.liferay.model.TeachingAssignment deleteTeachingAssignment(
			long teachingAssignmentId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _teachingAssignmentLocalService.deleteTeachingAssignment(
			teachingAssignmentId);
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
	@Override
	public org.preau.liferay.model.TeachingAssignment deleteTeachingAssignment(
		org.preau.liferay.model.TeachingAssignment teachingAssignment) {

		return _teachingAssignmentLocalService.deleteTeachingAssignment(
			teachingAssignment);
	}

	@Override
	public <T> T dslQuery(com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {
		return _teachingAssignmentLocalService.dslQuery(dslQuery);
	}

	@Override
	public int dslQueryCount(
		com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {

		return _teachingAssignmentLocalService.dslQueryCount(dslQuery);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery() {
		return _teachingAssignmentLocalService.dynamicQuery();
	}

	/**
	 * Performs a dynamic query on the database and returns the matching rows.
	 *
	 * @param dynamicQuery the dynamic query
	 * @return the matching rows
	 */
	@Override
	public <T> java.util.List<T> dynamicQuery(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery) {

		return _teachingAssignmentLocalService.dynamicQuery(dynamicQuery);
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
	@Override
	public <T> java.util.List<T> dynamicQuery(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery, int start,
		int end) {

		return _teachingAssignmentLocalService.dynamicQuery(
			dynamicQuery, start, end);
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
	@Override
	public <T> java.util.List<T> dynamicQuery(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery, int start,
		int end,
		com.liferay.portal.kernel.util.OrderByComparator<T> orderByComparator) {

		return _teachingAssignmentLocalService.dynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * Returns the number of rows matching the dynamic query.
	 *
	 * @param dynamicQuery the dynamic query
	 * @return the number of rows matching the dynamic query
	 */
	@Override
	public long dynamicQueryCount(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery) {

		return _teachingAssignmentLocalService.dynamicQueryCount(dynamicQuery);
	}

	/**
	 * Returns the number of rows matching the dynamic query.
	 *
	 * @param dynamicQuery the dynamic query
	 * @param projection the projection to apply to the query
	 * @return the number of rows matching the dynamic query
	 */
	@Override
	public long dynamicQueryCount(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery,
		com.liferay.portal.kernel.dao.orm.Projection projection) {

		return _teachingAssignmentLocalService.dynamicQueryCount(
			dynamicQuery, projection);
	}

	@Override
	public org.preau.liferay.model.TeachingAssignment fetchTeachingAssignment(
		long teachingAssignmentId) {

		return _teachingAssignmentLocalService.fetchTeachingAssignment(
			teachingAssignmentId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return _teachingAssignmentLocalService.getActionableDynamicQuery();
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
		getIndexableActionableDynamicQuery() {

		return _teachingAssignmentLocalService.
			getIndexableActionableDynamicQuery();
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _teachingAssignmentLocalService.getOSGiServiceIdentifier();
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel getPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _teachingAssignmentLocalService.getPersistedModel(primaryKeyObj);
	}

	/**
	 * Returns the teaching assignment with the primary key.
	 *
	 * @param teachingAssignmentId the primary key of the teaching assignment
	 * @return the teaching assignment
	 * @throws PortalException if a teaching assignment with the primary key could not be found
	 */
	@Override
	public org.preau.liferay.model.TeachingAssignment getTeachingAssignment(
			long teachingAssignmentId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _teachingAssignmentLocalService.getTeachingAssignment(
			teachingAssignmentId);
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
	@Override
	public java.util.List<org.preau.liferay.model.TeachingAssignment>
		getTeachingAssignments(int start, int end) {

		return _teachingAssignmentLocalService.getTeachingAssignments(
			start, end);
	}

	@Override
	public java.util.List<org.preau.liferay.model.TeachingAssignment>
		getTeachingAssignmentsByStructure(String uai, String structureCode) {

		return _teachingAssignmentLocalService.
			getTeachingAssignmentsByStructure(uai, structureCode);
	}

	@Override
	public java.util.List<org.preau.liferay.model.TeachingAssignment>
		getTeachingAssignmentsByTeacher(String teacherExternalId) {

		return _teachingAssignmentLocalService.getTeachingAssignmentsByTeacher(
			teacherExternalId);
	}

	@Override
	public java.util.List<org.preau.liferay.model.TeachingAssignment>
		getTeachingAssignmentsByUai(String uai, int start, int end) {

		return _teachingAssignmentLocalService.getTeachingAssignmentsByUai(
			uai, start, end);
	}

	/**
	 * Returns the number of teaching assignments.
	 *
	 * @return the number of teaching assignments
	 */
	@Override
	public int getTeachingAssignmentsCount() {
		return _teachingAssignmentLocalService.getTeachingAssignmentsCount();
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
	@Override
	public org.preau.liferay.model.TeachingAssignment updateTeachingAssignment(
		org.preau.liferay.model.TeachingAssignment teachingAssignment) {

		return _teachingAssignmentLocalService.updateTeachingAssignment(
			teachingAssignment);
	}

	@Override
	public BasePersistence<?> getBasePersistence() {
		return _teachingAssignmentLocalService.getBasePersistence();
	}

	@Override
	public TeachingAssignmentLocalService getWrappedService() {
		return _teachingAssignmentLocalService;
	}

	@Override
	public void setWrappedService(
		TeachingAssignmentLocalService teachingAssignmentLocalService) {

		_teachingAssignmentLocalService = teachingAssignmentLocalService;
	}

	private TeachingAssignmentLocalService _teachingAssignmentLocalService;

}