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

import org.preau.liferay.model.GuestAccount;

/**
 * Provides the local service utility for GuestAccount. This utility wraps
 * <code>org.preau.liferay.service.impl.GuestAccountLocalServiceImpl</code> and
 * is an access point for service operations in application layer code running
 * on the local server. Methods of this service will not have security checks
 * based on the propagated JAAS credentials because this service can only be
 * accessed from within the same VM.
 *
 * @author Préau
 * @see GuestAccountLocalService
 * @generated
 */
public class GuestAccountLocalServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>org.preau.liferay.service.impl.GuestAccountLocalServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
	 */

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
	public static GuestAccount addGuestAccount(GuestAccount guestAccount) {
		return getService().addGuestAccount(guestAccount);
	}

	/**
	 * Creates a new guest account with the primary key. Does not add the guest account to the database.
	 *
	 * @param guestAccountId the primary key for the new guest account
	 * @return the new guest account
	 */
	public static GuestAccount createGuestAccount(long guestAccountId) {
		return getService().createGuestAccount(guestAccountId);
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
	 * Deletes the guest account from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect GuestAccountLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param guestAccount the guest account
	 * @return the guest account that was removed
	 */
	public static GuestAccount deleteGuestAccount(GuestAccount guestAccount) {
		return getService().deleteGuestAccount(guestAccount);
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
	public static GuestAccount deleteGuestAccount(long guestAccountId)
		throws PortalException {

		return getService().deleteGuestAccount(guestAccountId);
	}

	/**
	 * @throws PortalException
	 */
	public static PersistedModel deletePersistedModel(
			PersistedModel persistedModel)
		throws PortalException {

		return getService().deletePersistedModel(persistedModel);
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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>org.preau.liferay.model.impl.GuestAccountModelImpl</code>.
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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>org.preau.liferay.model.impl.GuestAccountModelImpl</code>.
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

	public static GuestAccount fetchGuestAccount(long guestAccountId) {
		return getService().fetchGuestAccount(guestAccountId);
	}

	public static GuestAccount fetchGuestAccount(long companyId, String login) {
		return getService().fetchGuestAccount(companyId, login);
	}

	public static com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return getService().getActionableDynamicQuery();
	}

	/**
	 * Returns the company's guests, the latest to expire first.
	 */
	public static List<GuestAccount> getCompanyGuestAccounts(long companyId) {
		return getService().getCompanyGuestAccounts(companyId);
	}

	/**
	 * Returns the guest account with the primary key.
	 *
	 * @param guestAccountId the primary key of the guest account
	 * @return the guest account
	 * @throws PortalException if a guest account with the primary key could not be found
	 */
	public static GuestAccount getGuestAccount(long guestAccountId)
		throws PortalException {

		return getService().getGuestAccount(guestAccountId);
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
	public static List<GuestAccount> getGuestAccounts(int start, int end) {
		return getService().getGuestAccounts(start, end);
	}

	/**
	 * Returns the school's guests, the latest to expire first.
	 */
	public static List<GuestAccount> getGuestAccounts(
		long companyId, String uai) {

		return getService().getGuestAccounts(companyId, uai);
	}

	/**
	 * Returns the number of guest accounts.
	 *
	 * @return the number of guest accounts
	 */
	public static int getGuestAccountsCount() {
		return getService().getGuestAccountsCount();
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
	 * Creates the guest of the login, or updates the company's guest of that login.
	 */
	public static GuestAccount saveGuestAccount(
		long companyId, String login, String uai, String kind, String firstName,
		String lastName, String emailAddress, String sponsor,
		java.util.Date expiryDate, String createdBy,
		java.util.Date createDate) {

		return getService().saveGuestAccount(
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
	public static GuestAccount updateGuestAccount(GuestAccount guestAccount) {
		return getService().updateGuestAccount(guestAccount);
	}

	public static GuestAccountLocalService getService() {
		return _serviceSnapshot.get();
	}

	private static final Snapshot<GuestAccountLocalService> _serviceSnapshot =
		new Snapshot<>(
			GuestAccountLocalServiceUtil.class, GuestAccountLocalService.class);

}