/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package org.preau.liferay.service;

import com.liferay.portal.kernel.service.ServiceWrapper;
import com.liferay.portal.kernel.service.persistence.BasePersistence;

/**
 * Provides a wrapper for {@link AccountCodeLocalService}.
 *
 * @author Préau
 * @see AccountCodeLocalService
 * @generated
 */
public class AccountCodeLocalServiceWrapper
	implements AccountCodeLocalService,
			   ServiceWrapper<AccountCodeLocalService> {

	public AccountCodeLocalServiceWrapper() {
		this(null);
	}

	public AccountCodeLocalServiceWrapper(
		AccountCodeLocalService accountCodeLocalService) {

		_accountCodeLocalService = accountCodeLocalService;
	}

	/**
	 * Adds the account code to the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect AccountCodeLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param accountCode the account code
	 * @return the account code that was added
	 */
	@Override
	public org.preau.liferay.model.AccountCode addAccountCode(
		org.preau.liferay.model.AccountCode accountCode) {

		return _accountCodeLocalService.addAccountCode(accountCode);
	}

	/**
	 * Creates a new account code with the primary key. Does not add the account code to the database.
	 *
	 * @param accountCodeId the primary key for the new account code
	 * @return the new account code
	 */
	@Override
	public org.preau.liferay.model.AccountCode createAccountCode(
		long accountCodeId) {

		return _accountCodeLocalService.createAccountCode(accountCodeId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel createPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _accountCodeLocalService.createPersistedModel(primaryKeyObj);
	}

	/**
	 * Deletes the account code from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect AccountCodeLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param accountCode the account code
	 * @return the account code that was removed
	 */
	@Override
	public org.preau.liferay.model.AccountCode deleteAccountCode(
		org.preau.liferay.model.AccountCode accountCode) {

		return _accountCodeLocalService.deleteAccountCode(accountCode);
	}

	/**
	 * Deletes the account code with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect AccountCodeLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param accountCodeId the primary key of the account code
	 * @return the account code that was removed
	 * @throws PortalException if a account code with the primary key could not be found
	 */
	@Override
	public org.preau.liferay.model.AccountCode deleteAccountCode(
			long accountCodeId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _accountCodeLocalService.deleteAccountCode(accountCodeId);
	}

	/**
	 * Removes the code of the login, if it has one.
	 */
	@Override
	public void deleteAccountCode(long companyId, String login) {
		_accountCodeLocalService.deleteAccountCode(companyId, login);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel deletePersistedModel(
			com.liferay.portal.kernel.model.PersistedModel persistedModel)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _accountCodeLocalService.deletePersistedModel(persistedModel);
	}

	@Override
	public <T> T dslQuery(com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {
		return _accountCodeLocalService.dslQuery(dslQuery);
	}

	@Override
	public int dslQueryCount(
		com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {

		return _accountCodeLocalService.dslQueryCount(dslQuery);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery() {
		return _accountCodeLocalService.dynamicQuery();
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

		return _accountCodeLocalService.dynamicQuery(dynamicQuery);
	}

	/**
	 * Performs a dynamic query on the database and returns a range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>org.preau.liferay.model.impl.AccountCodeModelImpl</code>.
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

		return _accountCodeLocalService.dynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * Performs a dynamic query on the database and returns an ordered range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>org.preau.liferay.model.impl.AccountCodeModelImpl</code>.
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

		return _accountCodeLocalService.dynamicQuery(
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

		return _accountCodeLocalService.dynamicQueryCount(dynamicQuery);
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

		return _accountCodeLocalService.dynamicQueryCount(
			dynamicQuery, projection);
	}

	@Override
	public org.preau.liferay.model.AccountCode fetchAccountCode(
		long accountCodeId) {

		return _accountCodeLocalService.fetchAccountCode(accountCodeId);
	}

	@Override
	public org.preau.liferay.model.AccountCode fetchAccountCode(
		long companyId, String login) {

		return _accountCodeLocalService.fetchAccountCode(companyId, login);
	}

	/**
	 * Returns the account code with the primary key.
	 *
	 * @param accountCodeId the primary key of the account code
	 * @return the account code
	 * @throws PortalException if a account code with the primary key could not be found
	 */
	@Override
	public org.preau.liferay.model.AccountCode getAccountCode(
			long accountCodeId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _accountCodeLocalService.getAccountCode(accountCodeId);
	}

	/**
	 * Returns a range of all the account codes.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>org.preau.liferay.model.impl.AccountCodeModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of account codes
	 * @param end the upper bound of the range of account codes (not inclusive)
	 * @return the range of account codes
	 */
	@Override
	public java.util.List<org.preau.liferay.model.AccountCode> getAccountCodes(
		int start, int end) {

		return _accountCodeLocalService.getAccountCodes(start, end);
	}

	/**
	 * Returns the number of account codes.
	 *
	 * @return the number of account codes
	 */
	@Override
	public int getAccountCodesCount() {
		return _accountCodeLocalService.getAccountCodesCount();
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return _accountCodeLocalService.getActionableDynamicQuery();
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
		getIndexableActionableDynamicQuery() {

		return _accountCodeLocalService.getIndexableActionableDynamicQuery();
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _accountCodeLocalService.getOSGiServiceIdentifier();
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel getPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _accountCodeLocalService.getPersistedModel(primaryKeyObj);
	}

	/**
	 * Stores the code of the login, replacing the one it had.
	 */
	@Override
	public org.preau.liferay.model.AccountCode saveAccountCode(
		long companyId, String login, String codeHash, String mode,
		java.util.Date createDate, java.util.Date expiryDate) {

		return _accountCodeLocalService.saveAccountCode(
			companyId, login, codeHash, mode, createDate, expiryDate);
	}

	/**
	 * Updates the account code in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect AccountCodeLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param accountCode the account code
	 * @return the account code that was updated
	 */
	@Override
	public org.preau.liferay.model.AccountCode updateAccountCode(
		org.preau.liferay.model.AccountCode accountCode) {

		return _accountCodeLocalService.updateAccountCode(accountCode);
	}

	@Override
	public BasePersistence<?> getBasePersistence() {
		return _accountCodeLocalService.getBasePersistence();
	}

	@Override
	public AccountCodeLocalService getWrappedService() {
		return _accountCodeLocalService;
	}

	@Override
	public void setWrappedService(
		AccountCodeLocalService accountCodeLocalService) {

		_accountCodeLocalService = accountCodeLocalService;
	}

	private AccountCodeLocalService _accountCodeLocalService;

}