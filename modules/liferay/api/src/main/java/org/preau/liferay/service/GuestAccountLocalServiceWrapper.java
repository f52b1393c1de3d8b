/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package org.preau.liferay.service;

import com.liferay.portal.kernel.service.ServiceWrapper;
import com.liferay.portal.kernel.service.persistence.BasePersistence;

/**
 * Provides a wrapper for {@link GuestAccountLocalService}.
 *
 * @author Préau
 * @see GuestAccountLocalService
 * @generated
 */
public class GuestAccountLocalServiceWrapper
	implements GuestAccountLocalService,
			   ServiceWrapper<GuestAccountLocalService> {

	public GuestAccountLocalServiceWrapper() {
		this(null);
	}

	public GuestAccountLocalServiceWrapper(
		GuestAccountLocalService guestAccountLocalService) {

		_guestAccountLocalService = guestAccountLocalService;
	}

	/**
	 * Adds the guest account to the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect GuestAccountLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param guestAccount the guest account
	 * @return the guest account that was added
	 */
	@Override
	public org.preau.liferay.model.GuestAccount addGuestAccount(
		org.preau.liferay.model.GuestAccount guestAccount) {

		return _guestAccountLocalService.addGuestAccount(guestAccount);
	}

	/**
	 * Creates a new guest account with the primary key. Does not add the guest account to the database.
	 *
	 * @param guestAccountId the primary key for the new guest account
	 * @return the new guest account
	 */
	@Override
	public org.preau.liferay.model.GuestAccount createGuestAccount(
		long guestAccountId) {

		return _guestAccountLocalService.createGuestAccount(guestAccountId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel createPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _guestAccountLocalService.createPersistedModel(primaryKeyObj);
	}

	/**
	 * Deletes the guest account from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect GuestAccountLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param guestAccount the guest account
	 * @return the guest account that was removed
	 */
	@Override
	public org.preau.liferay.model.GuestAccount deleteGuestAccount(
		org.preau.liferay.model.GuestAccount guestAccount) {

		return _guestAccountLocalService.deleteGuestAccount(guestAccount);
	}

	/**
	 * Deletes the guest account with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect GuestAccountLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param guestAccountId the primary key of the guest account
	 * @return the guest account that was removed
	 * @throws PortalException if a guest account with the primary key could not be found
	 */
	@Override
	public org.preau.liferay.model.GuestAccount deleteGuestAccount(
			long guestAccountId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _guestAccountLocalService.deleteGuestAccount(guestAccountId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel deletePersistedModel(
			com.liferay.portal.kernel.model.PersistedModel persistedModel)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _guestAccountLocalService.deletePersistedModel(persistedModel);
	}

	@Override
	public <T> T dslQuery(com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {
		return _guestAccountLocalService.dslQuery(dslQuery);
	}

	@Override
	public int dslQueryCount(
		com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {

		return _guestAccountLocalService.dslQueryCount(dslQuery);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery() {
		return _guestAccountLocalService.dynamicQuery();
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

		return _guestAccountLocalService.dynamicQuery(dynamicQuery);
	}

	/**
	 * Performs a dynamic query on the database and returns a range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>org.preau.liferay.model.impl.GuestAccountModelImpl</code>.
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

		return _guestAccountLocalService.dynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * Performs a dynamic query on the database and returns an ordered range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>org.preau.liferay.model.impl.GuestAccountModelImpl</code>.
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

		return _guestAccountLocalService.dynamicQuery(
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

		return _guestAccountLocalService.dynamicQueryCount(dynamicQuery);
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

		return _guestAccountLocalService.dynamicQueryCount(
			dynamicQuery, projection);
	}

	@Override
	public org.preau.liferay.model.GuestAccount fetchGuestAccount(
		long guestAccountId) {

		return _guestAccountLocalService.fetchGuestAccount(guestAccountId);
	}

	@Override
	public org.preau.liferay.model.GuestAccount fetchGuestAccount(
		long companyId, String login) {

		return _guestAccountLocalService.fetchGuestAccount(companyId, login);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return _guestAccountLocalService.getActionableDynamicQuery();
	}

	/**
	 * Returns the company's guests, the latest to expire first.
	 */
	@Override
	public java.util.List<org.preau.liferay.model.GuestAccount>
		getCompanyGuestAccounts(long companyId) {

		return _guestAccountLocalService.getCompanyGuestAccounts(companyId);
	}

	/**
	 * Returns the guest account with the primary key.
	 *
	 * @param guestAccountId the primary key of the guest account
	 * @return the guest account
	 * @throws PortalException if a guest account with the primary key could not be found
	 */
	@Override
	public org.preau.liferay.model.GuestAccount getGuestAccount(
			long guestAccountId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _guestAccountLocalService.getGuestAccount(guestAccountId);
	}

	/**
	 * Returns a range of all the guest accounts.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>org.preau.liferay.model.impl.GuestAccountModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of guest accounts
	 * @param end the upper bound of the range of guest accounts (not inclusive)
	 * @return the range of guest accounts
	 */
	@Override
	public java.util.List<org.preau.liferay.model.GuestAccount>
		getGuestAccounts(int start, int end) {

		return _guestAccountLocalService.getGuestAccounts(start, end);
	}

	/**
	 * Returns the school's guests, the latest to expire first.
	 */
	@Override
	public java.util.List<org.preau.liferay.model.GuestAccount>
		getGuestAccounts(long companyId, String uai) {

		return _guestAccountLocalService.getGuestAccounts(companyId, uai);
	}

	/**
	 * Returns the number of guest accounts.
	 *
	 * @return the number of guest accounts
	 */
	@Override
	public int getGuestAccountsCount() {
		return _guestAccountLocalService.getGuestAccountsCount();
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
		getIndexableActionableDynamicQuery() {

		return _guestAccountLocalService.getIndexableActionableDynamicQuery();
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _guestAccountLocalService.getOSGiServiceIdentifier();
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel getPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _guestAccountLocalService.getPersistedModel(primaryKeyObj);
	}

	/**
	 * Creates the guest of the login, or updates the company's guest of that login.
	 */
	@Override
	public org.preau.liferay.model.GuestAccount saveGuestAccount(
		long companyId, String login, String uai, String kind, String firstName,
		String lastName, String emailAddress, String sponsor,
		java.util.Date expiryDate, String createdBy,
		java.util.Date createDate) {

		return _guestAccountLocalService.saveGuestAccount(
			companyId, login, uai, kind, firstName, lastName, emailAddress,
			sponsor, expiryDate, createdBy, createDate);
	}

	/**
	 * Updates the guest account in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect GuestAccountLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param guestAccount the guest account
	 * @return the guest account that was updated
	 */
	@Override
	public org.preau.liferay.model.GuestAccount updateGuestAccount(
		org.preau.liferay.model.GuestAccount guestAccount) {

		return _guestAccountLocalService.updateGuestAccount(guestAccount);
	}

	@Override
	public BasePersistence<?> getBasePersistence() {
		return _guestAccountLocalService.getBasePersistence();
	}

	@Override
	public GuestAccountLocalService getWrappedService() {
		return _guestAccountLocalService;
	}

	@Override
	public void setWrappedService(
		GuestAccountLocalService guestAccountLocalService) {

		_guestAccountLocalService = guestAccountLocalService;
	}

	private GuestAccountLocalService _guestAccountLocalService;

}