/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package org.preau.liferay.service;

import com.liferay.portal.kernel.service.ServiceWrapper;
import com.liferay.portal.kernel.service.persistence.BasePersistence;

/**
 * Provides a wrapper for {@link CodeDistributionLocalService}.
 *
 * @author Préau
 * @see CodeDistributionLocalService
 * @generated
 */
public class CodeDistributionLocalServiceWrapper
	implements CodeDistributionLocalService,
			   ServiceWrapper<CodeDistributionLocalService> {

	public CodeDistributionLocalServiceWrapper() {
		this(null);
	}

	public CodeDistributionLocalServiceWrapper(
		CodeDistributionLocalService codeDistributionLocalService) {

		_codeDistributionLocalService = codeDistributionLocalService;
	}

	/**
	 * Adds the code distribution to the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect CodeDistributionLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param codeDistribution the code distribution
	 * @return the code distribution that was added
	 */
	@Override
	public org.preau.liferay.model.CodeDistribution addCodeDistribution(
		org.preau.liferay.model.CodeDistribution codeDistribution) {

		return _codeDistributionLocalService.addCodeDistribution(
			codeDistribution);
	}

	@Override
	public org.preau.liferay.model.CodeDistribution addCodeDistribution(
		long companyId, String uai, String actor, String kind, String scope,
		int personCount, java.util.Date createDate) {

		return _codeDistributionLocalService.addCodeDistribution(
			companyId, uai, actor, kind, scope, personCount, createDate);
	}

	/**
	 * Creates a new code distribution with the primary key. Does not add the code distribution to the database.
	 *
	 * @param codeDistributionId the primary key for the new code distribution
	 * @return the new code distribution
	 */
	@Override
	public org.preau.liferay.model.CodeDistribution createCodeDistribution(
		long codeDistributionId) {

		return _codeDistributionLocalService.createCodeDistribution(
			codeDistributionId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel createPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _codeDistributionLocalService.createPersistedModel(
			primaryKeyObj);
	}

	/**
	 * Deletes the code distribution from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect CodeDistributionLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param codeDistribution the code distribution
	 * @return the code distribution that was removed
	 */
	@Override
	public org.preau.liferay.model.CodeDistribution deleteCodeDistribution(
		org.preau.liferay.model.CodeDistribution codeDistribution) {

		return _codeDistributionLocalService.deleteCodeDistribution(
			codeDistribution);
	}

	/**
	 * Deletes the code distribution with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect CodeDistributionLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param codeDistributionId the primary key of the code distribution
	 * @return the code distribution that was removed
	 * @throws PortalException if a code distribution with the primary key could not be found
	 */
	@Override
	public org.preau.liferay.model.CodeDistribution deleteCodeDistribution(
			long codeDistributionId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _codeDistributionLocalService.deleteCodeDistribution(
			codeDistributionId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel deletePersistedModel(
			com.liferay.portal.kernel.model.PersistedModel persistedModel)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _codeDistributionLocalService.deletePersistedModel(
			persistedModel);
	}

	@Override
	public <T> T dslQuery(com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {
		return _codeDistributionLocalService.dslQuery(dslQuery);
	}

	@Override
	public int dslQueryCount(
		com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {

		return _codeDistributionLocalService.dslQueryCount(dslQuery);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery() {
		return _codeDistributionLocalService.dynamicQuery();
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

		return _codeDistributionLocalService.dynamicQuery(dynamicQuery);
	}

	/**
	 * Performs a dynamic query on the database and returns a range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>org.preau.liferay.model.impl.CodeDistributionModelImpl</code>.
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

		return _codeDistributionLocalService.dynamicQuery(
			dynamicQuery, start, end);
	}

	/**
	 * Performs a dynamic query on the database and returns an ordered range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>org.preau.liferay.model.impl.CodeDistributionModelImpl</code>.
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

		return _codeDistributionLocalService.dynamicQuery(
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

		return _codeDistributionLocalService.dynamicQueryCount(dynamicQuery);
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

		return _codeDistributionLocalService.dynamicQueryCount(
			dynamicQuery, projection);
	}

	@Override
	public org.preau.liferay.model.CodeDistribution fetchCodeDistribution(
		long codeDistributionId) {

		return _codeDistributionLocalService.fetchCodeDistribution(
			codeDistributionId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return _codeDistributionLocalService.getActionableDynamicQuery();
	}

	/**
	 * Returns the code distribution with the primary key.
	 *
	 * @param codeDistributionId the primary key of the code distribution
	 * @return the code distribution
	 * @throws PortalException if a code distribution with the primary key could not be found
	 */
	@Override
	public org.preau.liferay.model.CodeDistribution getCodeDistribution(
			long codeDistributionId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _codeDistributionLocalService.getCodeDistribution(
			codeDistributionId);
	}

	/**
	 * Returns a range of all the code distributions.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>org.preau.liferay.model.impl.CodeDistributionModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of code distributions
	 * @param end the upper bound of the range of code distributions (not inclusive)
	 * @return the range of code distributions
	 */
	@Override
	public java.util.List<org.preau.liferay.model.CodeDistribution>
		getCodeDistributions(int start, int end) {

		return _codeDistributionLocalService.getCodeDistributions(start, end);
	}

	/**
	 * Returns the school's distributions, newest first.
	 */
	@Override
	public java.util.List<org.preau.liferay.model.CodeDistribution>
		getCodeDistributions(long companyId, String uai, int start, int end) {

		return _codeDistributionLocalService.getCodeDistributions(
			companyId, uai, start, end);
	}

	/**
	 * Returns the number of code distributions.
	 *
	 * @return the number of code distributions
	 */
	@Override
	public int getCodeDistributionsCount() {
		return _codeDistributionLocalService.getCodeDistributionsCount();
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
		getIndexableActionableDynamicQuery() {

		return _codeDistributionLocalService.
			getIndexableActionableDynamicQuery();
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _codeDistributionLocalService.getOSGiServiceIdentifier();
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel getPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _codeDistributionLocalService.getPersistedModel(primaryKeyObj);
	}

	/**
	 * Updates the code distribution in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect CodeDistributionLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param codeDistribution the code distribution
	 * @return the code distribution that was updated
	 */
	@Override
	public org.preau.liferay.model.CodeDistribution updateCodeDistribution(
		org.preau.liferay.model.CodeDistribution codeDistribution) {

		return _codeDistributionLocalService.updateCodeDistribution(
			codeDistribution);
	}

	@Override
	public BasePersistence<?> getBasePersistence() {
		return _codeDistributionLocalService.getBasePersistence();
	}

	@Override
	public CodeDistributionLocalService getWrappedService() {
		return _codeDistributionLocalService;
	}

	@Override
	public void setWrappedService(
		CodeDistributionLocalService codeDistributionLocalService) {

		_codeDistributionLocalService = codeDistributionLocalService;
	}

	private CodeDistributionLocalService _codeDistributionLocalService;

}