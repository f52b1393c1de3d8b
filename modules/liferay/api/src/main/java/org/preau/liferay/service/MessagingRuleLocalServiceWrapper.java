/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package org.preau.liferay.service;

import com.liferay.portal.kernel.service.ServiceWrapper;
import com.liferay.portal.kernel.service.persistence.BasePersistence;

/**
 * Provides a wrapper for {@link MessagingRuleLocalService}.
 *
 * @author Préau
 * @see MessagingRuleLocalService
 * @generated
 */
public class MessagingRuleLocalServiceWrapper
	implements MessagingRuleLocalService,
			   ServiceWrapper<MessagingRuleLocalService> {

	public MessagingRuleLocalServiceWrapper() {
		this(null);
	}

	public MessagingRuleLocalServiceWrapper(
		MessagingRuleLocalService messagingRuleLocalService) {

		_messagingRuleLocalService = messagingRuleLocalService;
	}

	@Override
	public org.preau.liferay.model.MessagingRule addMessagingRule(
		long companyId, String kind, String uai, String scope, String code) {

		return _messagingRuleLocalService.addMessagingRule(
			companyId, kind, uai, scope, code);
	}

	/**
	 * Adds the messaging rule to the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect MessagingRuleLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param messagingRule the messaging rule
	 * @return the messaging rule that was added
	 */
	@Override
	public org.preau.liferay.model.MessagingRule addMessagingRule(
		org.preau.liferay.model.MessagingRule messagingRule) {

		return _messagingRuleLocalService.addMessagingRule(messagingRule);
	}

	/**
	 * Creates a new messaging rule with the primary key. Does not add the messaging rule to the database.
	 *
	 * @param messagingRuleId the primary key for the new messaging rule
	 * @return the new messaging rule
	 */
	@Override
	public org.preau.liferay.model.MessagingRule createMessagingRule(
		long messagingRuleId) {

		return _messagingRuleLocalService.createMessagingRule(messagingRuleId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel createPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _messagingRuleLocalService.createPersistedModel(primaryKeyObj);
	}

	/**
	 * Deletes the messaging rule with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect MessagingRuleLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param messagingRuleId the primary key of the messaging rule
	 * @return the messaging rule that was removed
	 * @throws PortalException if a messaging rule with the primary key could not be found
	 */
	@Override
	public org.preau.liferay.model.MessagingRule deleteMessagingRule(
			long messagingRuleId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _messagingRuleLocalService.deleteMessagingRule(messagingRuleId);
	}

	/**
	 * Deletes the messaging rule from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect MessagingRuleLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param messagingRule the messaging rule
	 * @return the messaging rule that was removed
	 */
	@Override
	public org.preau.liferay.model.MessagingRule deleteMessagingRule(
		org.preau.liferay.model.MessagingRule messagingRule) {

		return _messagingRuleLocalService.deleteMessagingRule(messagingRule);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel deletePersistedModel(
			com.liferay.portal.kernel.model.PersistedModel persistedModel)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _messagingRuleLocalService.deletePersistedModel(persistedModel);
	}

	@Override
	public <T> T dslQuery(com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {
		return _messagingRuleLocalService.dslQuery(dslQuery);
	}

	@Override
	public int dslQueryCount(
		com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {

		return _messagingRuleLocalService.dslQueryCount(dslQuery);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery() {
		return _messagingRuleLocalService.dynamicQuery();
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

		return _messagingRuleLocalService.dynamicQuery(dynamicQuery);
	}

	/**
	 * Performs a dynamic query on the database and returns a range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>org.preau.liferay.model.impl.MessagingRuleModelImpl</code>.
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

		return _messagingRuleLocalService.dynamicQuery(
			dynamicQuery, start, end);
	}

	/**
	 * Performs a dynamic query on the database and returns an ordered range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>org.preau.liferay.model.impl.MessagingRuleModelImpl</code>.
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

		return _messagingRuleLocalService.dynamicQuery(
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

		return _messagingRuleLocalService.dynamicQueryCount(dynamicQuery);
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

		return _messagingRuleLocalService.dynamicQueryCount(
			dynamicQuery, projection);
	}

	@Override
	public org.preau.liferay.model.MessagingRule fetchMessagingRule(
		long messagingRuleId) {

		return _messagingRuleLocalService.fetchMessagingRule(messagingRuleId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return _messagingRuleLocalService.getActionableDynamicQuery();
	}

	/**
	 * Returns every messaging rule of the company, of every school.
	 */
	@Override
	public java.util.List<org.preau.liferay.model.MessagingRule>
		getCompanyMessagingRules(long companyId) {

		return _messagingRuleLocalService.getCompanyMessagingRules(companyId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
		getIndexableActionableDynamicQuery() {

		return _messagingRuleLocalService.getIndexableActionableDynamicQuery();
	}

	/**
	 * Returns the messaging rule with the primary key.
	 *
	 * @param messagingRuleId the primary key of the messaging rule
	 * @return the messaging rule
	 * @throws PortalException if a messaging rule with the primary key could not be found
	 */
	@Override
	public org.preau.liferay.model.MessagingRule getMessagingRule(
			long messagingRuleId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _messagingRuleLocalService.getMessagingRule(messagingRuleId);
	}

	/**
	 * Returns a range of all the messaging rules.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>org.preau.liferay.model.impl.MessagingRuleModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of messaging rules
	 * @param end the upper bound of the range of messaging rules (not inclusive)
	 * @return the range of messaging rules
	 */
	@Override
	public java.util.List<org.preau.liferay.model.MessagingRule>
		getMessagingRules(int start, int end) {

		return _messagingRuleLocalService.getMessagingRules(start, end);
	}

	/**
	 * Returns the number of messaging rules.
	 *
	 * @return the number of messaging rules
	 */
	@Override
	public int getMessagingRulesCount() {
		return _messagingRuleLocalService.getMessagingRulesCount();
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _messagingRuleLocalService.getOSGiServiceIdentifier();
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel getPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _messagingRuleLocalService.getPersistedModel(primaryKeyObj);
	}

	/**
	 * Updates the messaging rule in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect MessagingRuleLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param messagingRule the messaging rule
	 * @return the messaging rule that was updated
	 */
	@Override
	public org.preau.liferay.model.MessagingRule updateMessagingRule(
		org.preau.liferay.model.MessagingRule messagingRule) {

		return _messagingRuleLocalService.updateMessagingRule(messagingRule);
	}

	@Override
	public BasePersistence<?> getBasePersistence() {
		return _messagingRuleLocalService.getBasePersistence();
	}

	@Override
	public MessagingRuleLocalService getWrappedService() {
		return _messagingRuleLocalService;
	}

	@Override
	public void setWrappedService(
		MessagingRuleLocalService messagingRuleLocalService) {

		_messagingRuleLocalService = messagingRuleLocalService;
	}

	private MessagingRuleLocalService _messagingRuleLocalService;

}