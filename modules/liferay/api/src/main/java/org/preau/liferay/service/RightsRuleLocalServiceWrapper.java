/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package org.preau.liferay.service;

import com.liferay.portal.kernel.service.ServiceWrapper;
import com.liferay.portal.kernel.service.persistence.BasePersistence;

/**
 * Provides a wrapper for {@link RightsRuleLocalService}.
 *
 * @author Préau
 * @see RightsRuleLocalService
 * @generated
 */
public class RightsRuleLocalServiceWrapper
	implements RightsRuleLocalService, ServiceWrapper<RightsRuleLocalService> {

	public RightsRuleLocalServiceWrapper() {
		this(null);
	}

	public RightsRuleLocalServiceWrapper(
		RightsRuleLocalService rightsRuleLocalService) {

		_rightsRuleLocalService = rightsRuleLocalService;
	}

	@Override
	public org.preau.liferay.model.RightsRule addRightsRule(
		long companyId, String kind, String uai, String serviceKey,
		String action, String role, boolean allowed, String author,
		java.util.Date changeDate, String reason) {

		return _rightsRuleLocalService.addRightsRule(
			companyId, kind, uai, serviceKey, action, role, allowed, author,
			changeDate, reason);
	}

	/**
	 * Adds the rights rule to the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect RightsRuleLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param rightsRule the rights rule
	 * @return the rights rule that was added
	 */
	@Override
	public org.preau.liferay.model.RightsRule addRightsRule(
		org.preau.liferay.model.RightsRule rightsRule) {

		return _rightsRuleLocalService.addRightsRule(rightsRule);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel createPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _rightsRuleLocalService.createPersistedModel(primaryKeyObj);
	}

	/**
	 * Creates a new rights rule with the primary key. Does not add the rights rule to the database.
	 *
	 * @param rightsRuleId the primary key for the new rights rule
	 * @return the new rights rule
	 */
	@Override
	public org.preau.liferay.model.RightsRule createRightsRule(
		long rightsRuleId) {

		return _rightsRuleLocalService.createRightsRule(rightsRuleId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel deletePersistedModel(
			com.liferay.portal.kernel.model.PersistedModel persistedModel)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _rightsRuleLocalService.deletePersistedModel(persistedModel);
	}

	/**
	 * Deletes the rights rule with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect RightsRuleLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param rightsRuleId the primary key of the rights rule
	 * @return the rights rule that was removed
	 * @throws PortalException if a rights rule with the primary key could not be found
	 */
	@Override
	public org.preau.liferay.model.RightsRule deleteRightsRule(
			long rightsRuleId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _rightsRuleLocalService.deleteRightsRule(rightsRuleId);
	}

	/**
	 * Deletes the rights rule from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect RightsRuleLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param rightsRule the rights rule
	 * @return the rights rule that was removed
	 */
	@Override
	public org.preau.liferay.model.RightsRule deleteRightsRule(
		org.preau.liferay.model.RightsRule rightsRule) {

		return _rightsRuleLocalService.deleteRightsRule(rightsRule);
	}

	@Override
	public <T> T dslQuery(com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {
		return _rightsRuleLocalService.dslQuery(dslQuery);
	}

	@Override
	public int dslQueryCount(
		com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {

		return _rightsRuleLocalService.dslQueryCount(dslQuery);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery() {
		return _rightsRuleLocalService.dynamicQuery();
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

		return _rightsRuleLocalService.dynamicQuery(dynamicQuery);
	}

	/**
	 * Performs a dynamic query on the database and returns a range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>org.preau.liferay.model.impl.RightsRuleModelImpl</code>.
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

		return _rightsRuleLocalService.dynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * Performs a dynamic query on the database and returns an ordered range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>org.preau.liferay.model.impl.RightsRuleModelImpl</code>.
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

		return _rightsRuleLocalService.dynamicQuery(
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

		return _rightsRuleLocalService.dynamicQueryCount(dynamicQuery);
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

		return _rightsRuleLocalService.dynamicQueryCount(
			dynamicQuery, projection);
	}

	@Override
	public org.preau.liferay.model.RightsRule fetchRightsRule(
		long rightsRuleId) {

		return _rightsRuleLocalService.fetchRightsRule(rightsRuleId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return _rightsRuleLocalService.getActionableDynamicQuery();
	}

	/**
	 * Returns every rule of the company, of every kind and school.
	 */
	@Override
	public java.util.List<org.preau.liferay.model.RightsRule>
		getCompanyRightsRules(long companyId) {

		return _rightsRuleLocalService.getCompanyRightsRules(companyId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
		getIndexableActionableDynamicQuery() {

		return _rightsRuleLocalService.getIndexableActionableDynamicQuery();
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _rightsRuleLocalService.getOSGiServiceIdentifier();
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel getPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _rightsRuleLocalService.getPersistedModel(primaryKeyObj);
	}

	/**
	 * Returns the rights rule with the primary key.
	 *
	 * @param rightsRuleId the primary key of the rights rule
	 * @return the rights rule
	 * @throws PortalException if a rights rule with the primary key could not be found
	 */
	@Override
	public org.preau.liferay.model.RightsRule getRightsRule(long rightsRuleId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _rightsRuleLocalService.getRightsRule(rightsRuleId);
	}

	/**
	 * Returns a range of all the rights rules.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>org.preau.liferay.model.impl.RightsRuleModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of rights rules
	 * @param end the upper bound of the range of rights rules (not inclusive)
	 * @return the range of rights rules
	 */
	@Override
	public java.util.List<org.preau.liferay.model.RightsRule> getRightsRules(
		int start, int end) {

		return _rightsRuleLocalService.getRightsRules(start, end);
	}

	/**
	 * Returns the number of rights rules.
	 *
	 * @return the number of rights rules
	 */
	@Override
	public int getRightsRulesCount() {
		return _rightsRuleLocalService.getRightsRulesCount();
	}

	/**
	 * Updates the rights rule in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect RightsRuleLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param rightsRule the rights rule
	 * @return the rights rule that was updated
	 */
	@Override
	public org.preau.liferay.model.RightsRule updateRightsRule(
		org.preau.liferay.model.RightsRule rightsRule) {

		return _rightsRuleLocalService.updateRightsRule(rightsRule);
	}

	@Override
	public BasePersistence<?> getBasePersistence() {
		return _rightsRuleLocalService.getBasePersistence();
	}

	@Override
	public RightsRuleLocalService getWrappedService() {
		return _rightsRuleLocalService;
	}

	@Override
	public void setWrappedService(
		RightsRuleLocalService rightsRuleLocalService) {

		_rightsRuleLocalService = rightsRuleLocalService;
	}

	private RightsRuleLocalService _rightsRuleLocalService;

}