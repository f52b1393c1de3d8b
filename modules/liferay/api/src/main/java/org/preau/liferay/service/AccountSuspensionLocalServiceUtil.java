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

import org.preau.liferay.model.AccountSuspension;

/**
 * Provides the local service utility for AccountSuspension. This utility wraps
 * <code>org.preau.liferay.service.impl.AccountSuspensionLocalServiceImpl</code> and
 * is an access point for service operations in application layer code running
 * on the local server. Methods of this service will not have security checks
 * based on the propagated JAAS credentials because this service can only be
 * accessed from within the same VM.
 *
 * @author Préau
 * @see AccountSuspensionLocalService
 * @generated
 */
public class AccountSuspensionLocalServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>org.preau.liferay.service.impl.AccountSuspensionLocalServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
	 */

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
	public static AccountSuspension addAccountSuspension(
		AccountSuspension accountSuspension) {

		return getService().addAccountSuspension(accountSuspension);
	}

	public static AccountSuspension addAccountSuspension(
		long companyId, String login, String uai, String action, String reason,
		java.util.Date untilDate, String actor, java.util.Date createDate) {

		return getService().addAccountSuspension(
			companyId, login, uai, action, reason, untilDate, actor,
			createDate);
	}

	/**
	 * Creates a new account suspension with the primary key. Does not add the account suspension to the database.
	 *
	 * @param accountSuspensionId the primary key for the new account suspension
	 * @return the new account suspension
	 */
	public static AccountSuspension createAccountSuspension(
		long accountSuspensionId) {

		return getService().createAccountSuspension(accountSuspensionId);
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
	 * Deletes the account suspension from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect AccountSuspensionLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param accountSuspension the account suspension
	 * @return the account suspension that was removed
	 */
	public static AccountSuspension deleteAccountSuspension(
		AccountSuspension accountSuspension) {

		return getService().deleteAccountSuspension(accountSuspension);
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
	public static AccountSuspension deleteAccountSuspension(
			long accountSuspensionId)
		throws PortalException {

		return getService().deleteAccountSuspension(accountSuspensionId);
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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>org.preau.liferay.model.impl.AccountSuspensionModelImpl</code>.
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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>org.preau.liferay.model.impl.AccountSuspensionModelImpl</code>.
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

	public static AccountSuspension fetchAccountSuspension(
		long accountSuspensionId) {

		return getService().fetchAccountSuspension(accountSuspensionId);
	}

	/**
	 * Returns the account suspension with the primary key.
	 *
	 * @param accountSuspensionId the primary key of the account suspension
	 * @return the account suspension
	 * @throws PortalException if a account suspension with the primary key could not be found
	 */
	public static AccountSuspension getAccountSuspension(
			long accountSuspensionId)
		throws PortalException {

		return getService().getAccountSuspension(accountSuspensionId);
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
	public static List<AccountSuspension> getAccountSuspensions(
		int start, int end) {

		return getService().getAccountSuspensions(start, end);
	}

	/**
	 * Returns the school's events, newest first.
	 */
	public static List<AccountSuspension> getAccountSuspensions(
		long companyId, String uai, int start, int end) {

		return getService().getAccountSuspensions(companyId, uai, start, end);
	}

	/**
	 * Returns the number of account suspensions.
	 *
	 * @return the number of account suspensions
	 */
	public static int getAccountSuspensionsCount() {
		return getService().getAccountSuspensionsCount();
	}

	public static com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return getService().getActionableDynamicQuery();
	}

	/**
	 * Returns the company's events, newest first.
	 */
	public static List<AccountSuspension> getCompanyAccountSuspensions(
		long companyId) {

		return getService().getCompanyAccountSuspensions(companyId);
	}

	public static
		com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
			getIndexableActionableDynamicQuery() {

		return getService().getIndexableActionableDynamicQuery();
	}

	/**
	 * Returns the login's events, newest first: the first says whether it is suspended now.
	 */
	public static List<AccountSuspension> getLoginAccountSuspensions(
		long companyId, String login) {

		return getService().getLoginAccountSuspensions(companyId, login);
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
	 * Updates the account suspension in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect AccountSuspensionLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param accountSuspension the account suspension
	 * @return the account suspension that was updated
	 */
	public static AccountSuspension updateAccountSuspension(
		AccountSuspension accountSuspension) {

		return getService().updateAccountSuspension(accountSuspension);
	}

	public static AccountSuspensionLocalService getService() {
		return _serviceSnapshot.get();
	}

	private static final Snapshot<AccountSuspensionLocalService>
		_serviceSnapshot = new Snapshot<>(
			AccountSuspensionLocalServiceUtil.class,
			AccountSuspensionLocalService.class);

}