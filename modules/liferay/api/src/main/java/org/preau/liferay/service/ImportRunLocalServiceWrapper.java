/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package org.preau.liferay.service;

import com.liferay.portal.kernel.service.ServiceWrapper;
import com.liferay.portal.kernel.service.persistence.BasePersistence;

/**
 * Provides a wrapper for {@link ImportRunLocalService}.
 *
 * @author Préau
 * @see ImportRunLocalService
 * @generated
 */
public class ImportRunLocalServiceWrapper
	implements ImportRunLocalService, ServiceWrapper<ImportRunLocalService> {

	public ImportRunLocalServiceWrapper() {
		this(null);
	}

	public ImportRunLocalServiceWrapper(
		ImportRunLocalService importRunLocalService) {

		_importRunLocalService = importRunLocalService;
	}

	/**
	 * Adds the import run to the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect ImportRunLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param importRun the import run
	 * @return the import run that was added
	 */
	@Override
	public org.preau.liferay.model.ImportRun addImportRun(
		org.preau.liferay.model.ImportRun importRun) {

		return _importRunLocalService.addImportRun(importRun);
	}

	@Override
	public org.preau.liferay.model.ImportRun addImportRun(
		long companyId, String uai, String source, String actor,
		java.util.Date startDate, java.util.Date endDate, String status,
		int recordCount, String summary) {

		return _importRunLocalService.addImportRun(
			companyId, uai, source, actor, startDate, endDate, status,
			recordCount, summary);
	}

	/**
	 * Creates a new import run with the primary key. Does not add the import run to the database.
	 *
	 * @param importRunId the primary key for the new import run
	 * @return the new import run
	 */
	@Override
	public org.preau.liferay.model.ImportRun createImportRun(long importRunId) {
		return _importRunLocalService.createImportRun(importRunId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel createPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _importRunLocalService.createPersistedModel(primaryKeyObj);
	}

	/**
	 * Deletes the import run from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect ImportRunLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param importRun the import run
	 * @return the import run that was removed
	 */
	@Override
	public org.preau.liferay.model.ImportRun deleteImportRun(
		org.preau.liferay.model.ImportRun importRun) {

		return _importRunLocalService.deleteImportRun(importRun);
	}

	/**
	 * Deletes the import run with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect ImportRunLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param importRunId the primary key of the import run
	 * @return the import run that was removed
	 * @throws PortalException if a import run with the primary key could not be found
	 */
	@Override
	public org.preau.liferay.model.ImportRun deleteImportRun(long importRunId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _importRunLocalService.deleteImportRun(importRunId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel deletePersistedModel(
			com.liferay.portal.kernel.model.PersistedModel persistedModel)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _importRunLocalService.deletePersistedModel(persistedModel);
	}

	@Override
	public <T> T dslQuery(com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {
		return _importRunLocalService.dslQuery(dslQuery);
	}

	@Override
	public int dslQueryCount(
		com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {

		return _importRunLocalService.dslQueryCount(dslQuery);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery() {
		return _importRunLocalService.dynamicQuery();
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

		return _importRunLocalService.dynamicQuery(dynamicQuery);
	}

	/**
	 * Performs a dynamic query on the database and returns a range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>org.preau.liferay.model.impl.ImportRunModelImpl</code>.
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

		return _importRunLocalService.dynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * Performs a dynamic query on the database and returns an ordered range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>org.preau.liferay.model.impl.ImportRunModelImpl</code>.
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

		return _importRunLocalService.dynamicQuery(
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

		return _importRunLocalService.dynamicQueryCount(dynamicQuery);
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

		return _importRunLocalService.dynamicQueryCount(
			dynamicQuery, projection);
	}

	@Override
	public org.preau.liferay.model.ImportRun fetchImportRun(long importRunId) {
		return _importRunLocalService.fetchImportRun(importRunId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return _importRunLocalService.getActionableDynamicQuery();
	}

	/**
	 * Returns the import run with the primary key.
	 *
	 * @param importRunId the primary key of the import run
	 * @return the import run
	 * @throws PortalException if a import run with the primary key could not be found
	 */
	@Override
	public org.preau.liferay.model.ImportRun getImportRun(long importRunId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _importRunLocalService.getImportRun(importRunId);
	}

	/**
	 * Returns a range of all the import runs.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>org.preau.liferay.model.impl.ImportRunModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of import runs
	 * @param end the upper bound of the range of import runs (not inclusive)
	 * @return the range of import runs
	 */
	@Override
	public java.util.List<org.preau.liferay.model.ImportRun> getImportRuns(
		int start, int end) {

		return _importRunLocalService.getImportRuns(start, end);
	}

	/**
	 * Returns a range of the runs of an establishment, newest first.
	 */
	@Override
	public java.util.List<org.preau.liferay.model.ImportRun> getImportRunsByUai(
		String uai, int start, int end) {

		return _importRunLocalService.getImportRunsByUai(uai, start, end);
	}

	/**
	 * Returns the number of import runs.
	 *
	 * @return the number of import runs
	 */
	@Override
	public int getImportRunsCount() {
		return _importRunLocalService.getImportRunsCount();
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
		getIndexableActionableDynamicQuery() {

		return _importRunLocalService.getIndexableActionableDynamicQuery();
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _importRunLocalService.getOSGiServiceIdentifier();
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel getPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _importRunLocalService.getPersistedModel(primaryKeyObj);
	}

	/**
	 * Updates the import run in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect ImportRunLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param importRun the import run
	 * @return the import run that was updated
	 */
	@Override
	public org.preau.liferay.model.ImportRun updateImportRun(
		org.preau.liferay.model.ImportRun importRun) {

		return _importRunLocalService.updateImportRun(importRun);
	}

	@Override
	public BasePersistence<?> getBasePersistence() {
		return _importRunLocalService.getBasePersistence();
	}

	@Override
	public ImportRunLocalService getWrappedService() {
		return _importRunLocalService;
	}

	@Override
	public void setWrappedService(ImportRunLocalService importRunLocalService) {
		_importRunLocalService = importRunLocalService;
	}

	private ImportRunLocalService _importRunLocalService;

}