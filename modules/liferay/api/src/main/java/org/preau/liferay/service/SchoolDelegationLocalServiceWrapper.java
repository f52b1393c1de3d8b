/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package org.preau.liferay.service;

import com.liferay.portal.kernel.service.ServiceWrapper;
import com.liferay.portal.kernel.service.persistence.BasePersistence;

/**
 * Provides a wrapper for {@link SchoolDelegationLocalService}.
 *
 * @author Préau
 * @see SchoolDelegationLocalService
 * @generated
 */
public class SchoolDelegationLocalServiceWrapper
	implements SchoolDelegationLocalService,
			   ServiceWrapper<SchoolDelegationLocalService> {

	public SchoolDelegationLocalServiceWrapper() {
		this(null);
	}

	public SchoolDelegationLocalServiceWrapper(
		SchoolDelegationLocalService schoolDelegationLocalService) {

		_schoolDelegationLocalService = schoolDelegationLocalService;
	}

	@Override
	public org.preau.liferay.model.SchoolDelegation addSchoolDelegation(
		long companyId, String kind, String login, String uai,
		java.util.Date untilDate, String author, java.util.Date createDate,
		String reason) {

		return _schoolDelegationLocalService.addSchoolDelegation(
			companyId, kind, login, uai, untilDate, author, createDate, reason);
	}

	/**
	 * Adds the school delegation to the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect SchoolDelegationLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param schoolDelegation the school delegation
	 * @return the school delegation that was added
	 */
	@Override
	public org.preau.liferay.model.SchoolDelegation addSchoolDelegation(
		org.preau.liferay.model.SchoolDelegation schoolDelegation) {

		return _schoolDelegationLocalService.addSchoolDelegation(
			schoolDelegation);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel createPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _schoolDelegationLocalService.createPersistedModel(
			primaryKeyObj);
	}

	/**
	 * Creates a new school delegation with the primary key. Does not add the school delegation to the database.
	 *
	 * @param schoolDelegationId the primary key for the new school delegation
	 * @return the new school delegation
	 */
	@Override
	public org.preau.liferay.model.SchoolDelegation createSchoolDelegation(
		long schoolDelegationId) {

		return _schoolDelegationLocalService.createSchoolDelegation(
			schoolDelegationId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel deletePersistedModel(
			com.liferay.portal.kernel.model.PersistedModel persistedModel)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _schoolDelegationLocalService.deletePersistedModel(
			persistedModel);
	}

	/**
	 * Deletes the school delegation with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect SchoolDelegationLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param schoolDelegationId the primary key of the school delegation
	 * @return the school delegation that was removed
	 * @throws PortalException if a school delegation with the primary key could not be found
	 */
	@Override
	public org.preau.liferay.model.SchoolDelegation deleteSchoolDelegation(
			long schoolDelegationId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _schoolDelegationLocalService.deleteSchoolDelegation(
			schoolDelegationId);
	}

	/**
	 * Deletes the school delegation from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect SchoolDelegationLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param schoolDelegation the school delegation
	 * @return the school delegation that was removed
	 */
	@Override
	public org.preau.liferay.model.SchoolDelegation deleteSchoolDelegation(
		org.preau.liferay.model.SchoolDelegation schoolDelegation) {

		return _schoolDelegationLocalService.deleteSchoolDelegation(
			schoolDelegation);
	}

	@Override
	public <T> T dslQuery(com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {
		return _schoolDelegationLocalService.dslQuery(dslQuery);
	}

	@Override
	public int dslQueryCount(
		com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {

		return _schoolDelegationLocalService.dslQueryCount(dslQuery);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery() {
		return _schoolDelegationLocalService.dynamicQuery();
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

		return _schoolDelegationLocalService.dynamicQuery(dynamicQuery);
	}

	/**
	 * Performs a dynamic query on the database and returns a range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>org.preau.liferay.model.impl.SchoolDelegationModelImpl</code>.
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

		return _schoolDelegationLocalService.dynamicQuery(
			dynamicQuery, start, end);
	}

	/**
	 * Performs a dynamic query on the database and returns an ordered range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>org.preau.liferay.model.impl.SchoolDelegationModelImpl</code>.
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

		return _schoolDelegationLocalService.dynamicQuery(
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

		return _schoolDelegationLocalService.dynamicQueryCount(dynamicQuery);
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

		return _schoolDelegationLocalService.dynamicQueryCount(
			dynamicQuery, projection);
	}

	@Override
	public org.preau.liferay.model.SchoolDelegation fetchSchoolDelegation(
		long schoolDelegationId) {

		return _schoolDelegationLocalService.fetchSchoolDelegation(
			schoolDelegationId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return _schoolDelegationLocalService.getActionableDynamicQuery();
	}

	/**
	 * Returns every delegation of the company, lapsed ones included.
	 */
	@Override
	public java.util.List<org.preau.liferay.model.SchoolDelegation>
		getCompanySchoolDelegations(long companyId) {

		return _schoolDelegationLocalService.getCompanySchoolDelegations(
			companyId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
		getIndexableActionableDynamicQuery() {

		return _schoolDelegationLocalService.
			getIndexableActionableDynamicQuery();
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _schoolDelegationLocalService.getOSGiServiceIdentifier();
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel getPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _schoolDelegationLocalService.getPersistedModel(primaryKeyObj);
	}

	/**
	 * Returns the school delegation with the primary key.
	 *
	 * @param schoolDelegationId the primary key of the school delegation
	 * @return the school delegation
	 * @throws PortalException if a school delegation with the primary key could not be found
	 */
	@Override
	public org.preau.liferay.model.SchoolDelegation getSchoolDelegation(
			long schoolDelegationId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _schoolDelegationLocalService.getSchoolDelegation(
			schoolDelegationId);
	}

	/**
	 * Returns a range of all the school delegations.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>org.preau.liferay.model.impl.SchoolDelegationModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of school delegations
	 * @param end the upper bound of the range of school delegations (not inclusive)
	 * @return the range of school delegations
	 */
	@Override
	public java.util.List<org.preau.liferay.model.SchoolDelegation>
		getSchoolDelegations(int start, int end) {

		return _schoolDelegationLocalService.getSchoolDelegations(start, end);
	}

	/**
	 * Returns the number of school delegations.
	 *
	 * @return the number of school delegations
	 */
	@Override
	public int getSchoolDelegationsCount() {
		return _schoolDelegationLocalService.getSchoolDelegationsCount();
	}

	/**
	 * Updates the school delegation in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect SchoolDelegationLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param schoolDelegation the school delegation
	 * @return the school delegation that was updated
	 */
	@Override
	public org.preau.liferay.model.SchoolDelegation updateSchoolDelegation(
		org.preau.liferay.model.SchoolDelegation schoolDelegation) {

		return _schoolDelegationLocalService.updateSchoolDelegation(
			schoolDelegation);
	}

	@Override
	public BasePersistence<?> getBasePersistence() {
		return _schoolDelegationLocalService.getBasePersistence();
	}

	@Override
	public SchoolDelegationLocalService getWrappedService() {
		return _schoolDelegationLocalService;
	}

	@Override
	public void setWrappedService(
		SchoolDelegationLocalService schoolDelegationLocalService) {

		_schoolDelegationLocalService = schoolDelegationLocalService;
	}

	private SchoolDelegationLocalService _schoolDelegationLocalService;

}