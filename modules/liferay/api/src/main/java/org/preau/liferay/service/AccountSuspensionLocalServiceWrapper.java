/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package org.preau.liferay.service;

import com.liferay.portal.kernel.service.ServiceWrapper;
import com.liferay.portal.kernel.service.persistence.BasePersistence;

/**
 * Provides a wrapper for {@link AccountSuspensionLocalService}.
 *
 * @author Préau
 * @see AccountSuspensionLocalService
 * @generated
 */
public class AccountSuspensionLocalServiceWrapper
	implements AccountSuspensionLocalService,
			   ServiceWrapper<AccountSuspensionLocalService> {

	public AccountSuspensionLocalServiceWrapper() {
		this(null);
	}

	public AccountSuspensionLocalServiceWrapper(
		AccountSuspensionLocalService accountSuspensionLocalService) {

		_accountSuspensionLocalService = accountSuspensionLocalService;
	}

	/**
	 * Adds the account suspension to the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect AccountSuspensionLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param accountSuspension the account suspension
	 * @return the account suspension that was added
	 */
	@Override
	public org.preau.liferay.model.AccountSuspension addAccountSuspension(
		org.preau.liferay.model.AccountSuspension accountSuspension) {

		return _accountSuspensionLocalService.addAccountSuspension(
			accountSuspension);
	}

	@Override
	public org.preau.liferay.model.AccountSuspension addAccountSuspension(
		long companyId, String login, String uai, String action, String reason,
		java.util.Date untilDate, String actor, java.util.Date createDate) {

		return _accountSuspensionLocalService.addAccountSuspension(
			companyId, login, uai, action, reason, untilDate, actor,
			createDate);
	}

	/**
	 * Creates a new account suspension with the primary key. Does not add the account suspension to the database.
	 *
	 * @param accountSuspensionId the primary key for the new account suspension
	 * @return the new account suspension
	 */
	@Override
	public org.preau.liferay.model.AccountSuspension createAccountSuspension(
		long accountSuspensionId) {

		return _accountSuspensionLocalService.createAccountSuspension(
			accountSuspensionId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel createPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _accountSuspensionLocalService.createPersistedModel(
			primaryKeyObj);
	}

	/**
	 * Deletes the account suspension from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect AccountSuspensionLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param accountSuspension the account suspension
	 * @return the account suspension that was removed
	 */
	@Override
	public org.preau.liferay.model.AccountSuspension deleteAccountSuspension(
		org.preau.liferay.model.AccountSuspension accountSuspension) {

		return _accountSuspensionLocalService.deleteAccountSuspension(
			accountSuspension);
	}

	/**
	 * Deletes the account suspension with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect AccountSuspensionLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param accountSuspensionId the primary key of the account suspension
	 * @return the account suspension that was removed
	 * @throws PortalException if a account suspension with the primary key could not be found
	 */
	@Override
	public org.preau.liferay.model.AccountSuspension deleteAccountSuspension(
			long accountSuspensionId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _accountSuspensionLocalService.deleteAccountSuspension(
			accountSuspensionId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel deletePersistedModel(
			com.liferay.portal.kernel.model.PersistedModel persistedModel)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _accountSuspensionLocalService.deletePersistedModel(
			persistedModel);
	}

	@Override
	public <T> T dslQuery(com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {
		return _accountSuspensionLocalService.dslQuery(dslQuery);
	}

	@Override
	public int dslQueryCount(
		com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {

		return _accountSuspensionLocalService.dslQueryCount(dslQuery);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery() {
		return _accountSuspensionLocalService.dynamicQuery();
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

		return _accountSuspensionLocalService.dynamicQuery(dynamicQuery);
	}

	/**
	 * Performs a dynamic query on the database and returns a range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>org.preau.liferay.model.impl.AccountSuspensionModelImpl</code>.
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

		return _accountSuspensionLocalService.dynamicQuery(
			dynamicQuery, start, end);
	}

	/**
	 * Performs a dynamic query on the database and returns an ordered range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>org.preau.liferay.model.impl.AccountSuspensionModelImpl</code>.
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

		return _accountSuspensionLocalService.dynamicQuery(
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

		return _accountSuspensionLocalService.dynamicQueryCount(dynamicQuery);
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

		return _accountSuspensionLocalService.dynamicQueryCount(
			dynamicQuery, projection);
	}

	@Override
	public org.preau.liferay.model.AccountSuspension fetchAccountSuspension(
		long accountSuspensionId) {

		return _accountSuspensionLocalService.fetchAccountSuspension(
			accountSuspensionId);
	}

	/**
	 * Returns the account suspension with the primary key.
	 *
	 * @param accountSuspensionId the primary key of the account suspension
	 * @return the account suspension
	 * @throws PortalException if a account suspension with the primary key could not be found
	 */
	@Override
	public org.preau.liferay.model.AccountSuspension getAccountSuspension(
			long accountSuspensionId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _accountSuspensionLocalService.getAccountSuspension(
			accountSuspensionId);
	}

	/**
	 * Returns a range of all the account suspensions.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>org.preau.liferay.model.impl.AccountSuspensionModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of account suspensions
	 * @param end the upper bound of the range of account suspensions (not inclusive)
	 * @return the range of account suspensions
	 */
	@Override
	public java.util.List<org.preau.liferay.model.AccountSuspension>
		getAccountSuspensions(int start, int end) {

		return _accountSuspensionLocalService.getAccountSuspensions(start, end);
	}

	/**
	 * Returns the school's events, newest first.
	 */
	@Override
	public java.util.List<org.preau.liferay.model.AccountSuspension>
		getAccountSuspensions(long companyId, String uai, int start, int end) {

		return _accountSuspensionLocalService.getAccountSuspensions(
			companyId, uai, start, end);
	}

	/**
	 * Returns the number of account suspensions.
	 *
	 * @return the number of account suspensions
	 */
	@Override
	public int getAccountSuspensionsCount() {
		return _accountSuspensionLocalService.getAccountSuspensionsCount();
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return _accountSuspensionLocalService.getActionableDynamicQuery();
	}

	/**
	 * Returns the company's events, newest first.
	 */
	@Override
	public java.util.List<org.preau.liferay.model.AccountSuspension>
		getCompanyAccountSuspensions(long companyId) {

		return _accountSuspensionLocalService.getCompanyAccountSuspensions(
			companyId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
		getIndexableActionableDynamicQuery() {

		return _accountSuspensionLocalService.
			getIndexableActionableDynamicQuery();
	}

	/**
	 * Returns the login's events, newest first: the first says whether it is suspended now.
	 */
	@Override
	public java.util.List<org.preau.liferay.model.AccountSuspension>
		getLoginAccountSuspensions(long companyId, String login) {

		return _accountSuspensionLocalService.getLoginAccountSuspensions(
			companyId, login);
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _accountSuspensionLocalService.getOSGiServiceIdentifier();
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel getPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _accountSuspensionLocalService.getPersistedModel(primaryKeyObj);
	}

	/**
	 * Updates the account suspension in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect AccountSuspensionLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param accountSuspension the account suspension
	 * @return the account suspension that was updated
	 */
	@Override
	public org.preau.liferay.model.AccountSuspension updateAccountSuspension(
		org.preau.liferay.model.AccountSuspension accountSuspension) {

		return _accountSuspensionLocalService.updateAccountSuspension(
			accountSuspension);
	}

	@Override
	public BasePersistence<?> getBasePersistence() {
		return _accountSuspensionLocalService.getBasePersistence();
	}

	@Override
	public AccountSuspensionLocalService getWrappedService() {
		return _accountSuspensionLocalService;
	}

	@Override
	public void setWrappedService(
		AccountSuspensionLocalService accountSuspensionLocalService) {

		_accountSuspensionLocalService = accountSuspensionLocalService;
	}

	private AccountSuspensionLocalService _accountSuspensionLocalService;

}