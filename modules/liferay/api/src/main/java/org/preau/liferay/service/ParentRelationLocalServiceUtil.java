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

import org.preau.liferay.model.ParentRelation;

/**
 * Provides the local service utility for ParentRelation. This utility wraps
 * <code>org.preau.liferay.service.impl.ParentRelationLocalServiceImpl</code> and
 * is an access point for service operations in application layer code running
 * on the local server. Methods of this service will not have security checks
 * based on the propagated JAAS credentials because this service can only be
 * accessed from within the same VM.
 *
 * @author Préau
 * @see ParentRelationLocalService
 * @generated
 */
public class ParentRelationLocalServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>org.preau.liferay.service.impl.ParentRelationLocalServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
	 */

	/**
	 * Returns the relation between the parent and the pupil, created or updated. Saving the same relation twice
	 * changes nothing.
	 */
	public static ParentRelation addOrUpdateParentRelation(
		long companyId, String uai, String parentExternalId,
		String pupilExternalId, int legalLevel, String kinshipCode) {

		return getService().addOrUpdateParentRelation(
			companyId, uai, parentExternalId, pupilExternalId, legalLevel,
			kinshipCode);
	}

	/**
	 * Adds the parent relation to the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect ParentRelationLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param parentRelation the parent relation
	 * @return the parent relation that was added
	 */
	public static ParentRelation addParentRelation(
		ParentRelation parentRelation) {

		return getService().addParentRelation(parentRelation);
	}

	/**
	 * Creates a new parent relation with the primary key. Does not add the parent relation to the database.
	 *
	 * @param parentRelationId the primary key for the new parent relation
	 * @return the new parent relation
	 */
	public static ParentRelation createParentRelation(long parentRelationId) {
		return getService().createParentRelation(parentRelationId);
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
	 * Deletes the parent relation with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect ParentRelationLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param parentRelationId the primary key of the parent relation
	 * @return the parent relation that was removed
	 * @throws PortalException if a parent relation with the primary key could not be found
	 */
	public static ParentRelation deleteParentRelation(long parentRelationId)
		throws PortalException {

		return getService().deleteParentRelation(parentRelationId);
	}

	/**
	 * Deletes the parent relation from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect ParentRelationLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param parentRelation the parent relation
	 * @return the parent relation that was removed
	 */
	public static ParentRelation deleteParentRelation(
		ParentRelation parentRelation) {

		return getService().deleteParentRelation(parentRelation);
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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>org.preau.liferay.model.impl.ParentRelationModelImpl</code>.
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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>org.preau.liferay.model.impl.ParentRelationModelImpl</code>.
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

	public static ParentRelation fetchParentRelation(long parentRelationId) {
		return getService().fetchParentRelation(parentRelationId);
	}

	public static com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return getService().getActionableDynamicQuery();
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
	 * Returns the parent relation with the primary key.
	 *
	 * @param parentRelationId the primary key of the parent relation
	 * @return the parent relation
	 * @throws PortalException if a parent relation with the primary key could not be found
	 */
	public static ParentRelation getParentRelation(long parentRelationId)
		throws PortalException {

		return getService().getParentRelation(parentRelationId);
	}

	/**
	 * Returns a range of all the parent relations.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>org.preau.liferay.model.impl.ParentRelationModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of parent relations
	 * @param end the upper bound of the range of parent relations (not inclusive)
	 * @return the range of parent relations
	 */
	public static List<ParentRelation> getParentRelations(int start, int end) {
		return getService().getParentRelations(start, end);
	}

	public static List<ParentRelation> getParentRelationsByParent(
		String parentExternalId) {

		return getService().getParentRelationsByParent(parentExternalId);
	}

	public static List<ParentRelation> getParentRelationsByPupil(
		String pupilExternalId) {

		return getService().getParentRelationsByPupil(pupilExternalId);
	}

	public static List<ParentRelation> getParentRelationsByUai(
		String uai, int start, int end) {

		return getService().getParentRelationsByUai(uai, start, end);
	}

	/**
	 * Returns the number of parent relations.
	 *
	 * @return the number of parent relations
	 */
	public static int getParentRelationsCount() {
		return getService().getParentRelationsCount();
	}

	/**
	 * @throws PortalException
	 */
	public static PersistedModel getPersistedModel(Serializable primaryKeyObj)
		throws PortalException {

		return getService().getPersistedModel(primaryKeyObj);
	}

	/**
	 * Updates the parent relation in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect ParentRelationLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param parentRelation the parent relation
	 * @return the parent relation that was updated
	 */
	public static ParentRelation updateParentRelation(
		ParentRelation parentRelation) {

		return getService().updateParentRelation(parentRelation);
	}

	public static ParentRelationLocalService getService() {
		return _serviceSnapshot.get();
	}

	private static final Snapshot<ParentRelationLocalService> _serviceSnapshot =
		new Snapshot<>(
			ParentRelationLocalServiceUtil.class,
			ParentRelationLocalService.class);

}