/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package org.preau.liferay.service.persistence;

import com.liferay.portal.kernel.service.persistence.BasePersistence;

import org.osgi.annotation.versioning.ProviderType;

import org.preau.liferay.exception.NoSuchParentRelationException;
import org.preau.liferay.model.ParentRelation;

/**
 * The persistence interface for the parent relation service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Préau
 * @see ParentRelationUtil
 * @generated
 */
@ProviderType
public interface ParentRelationPersistence
	extends BasePersistence<ParentRelation> {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this interface directly. Always use {@link ParentRelationUtil} to access the parent relation persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this interface.
	 */

	/**
	 * Returns all the parent relations where pupilExternalId = &#63;.
	 *
	 * @param pupilExternalId the pupil external ID
	 * @return the matching parent relations
	 */
	public java.util.List<ParentRelation> findByPupilExternalId(
		String pupilExternalId);

	/**
	 * Returns a range of all the parent relations where pupilExternalId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ParentRelationModelImpl</code>.
	 * </p>
	 *
	 * @param pupilExternalId the pupil external ID
	 * @param start the lower bound of the range of parent relations
	 * @param end the upper bound of the range of parent relations (not inclusive)
	 * @return the range of matching parent relations
	 */
	public java.util.List<ParentRelation> findByPupilExternalId(
		String pupilExternalId, int start, int end);

	/**
	 * Returns an ordered range of all the parent relations where pupilExternalId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ParentRelationModelImpl</code>.
	 * </p>
	 *
	 * @param pupilExternalId the pupil external ID
	 * @param start the lower bound of the range of parent relations
	 * @param end the upper bound of the range of parent relations (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching parent relations
	 */
	public java.util.List<ParentRelation> findByPupilExternalId(
		String pupilExternalId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<ParentRelation>
			orderByComparator);

	/**
	 * Returns an ordered range of all the parent relations where pupilExternalId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ParentRelationModelImpl</code>.
	 * </p>
	 *
	 * @param pupilExternalId the pupil external ID
	 * @param start the lower bound of the range of parent relations
	 * @param end the upper bound of the range of parent relations (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching parent relations
	 */
	public java.util.List<ParentRelation> findByPupilExternalId(
		String pupilExternalId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<ParentRelation>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first parent relation in the ordered set where pupilExternalId = &#63;.
	 *
	 * @param pupilExternalId the pupil external ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching parent relation
	 * @throws NoSuchParentRelationException if a matching parent relation could not be found
	 */
	public ParentRelation findByPupilExternalId_First(
			String pupilExternalId,
			com.liferay.portal.kernel.util.OrderByComparator<ParentRelation>
				orderByComparator)
		throws NoSuchParentRelationException;

	/**
	 * Returns the first parent relation in the ordered set where pupilExternalId = &#63;.
	 *
	 * @param pupilExternalId the pupil external ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching parent relation, or <code>null</code> if a matching parent relation could not be found
	 */
	public ParentRelation fetchByPupilExternalId_First(
		String pupilExternalId,
		com.liferay.portal.kernel.util.OrderByComparator<ParentRelation>
			orderByComparator);

	/**
	 * Returns the last parent relation in the ordered set where pupilExternalId = &#63;.
	 *
	 * @param pupilExternalId the pupil external ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching parent relation
	 * @throws NoSuchParentRelationException if a matching parent relation could not be found
	 */
	public ParentRelation findByPupilExternalId_Last(
			String pupilExternalId,
			com.liferay.portal.kernel.util.OrderByComparator<ParentRelation>
				orderByComparator)
		throws NoSuchParentRelationException;

	/**
	 * Returns the last parent relation in the ordered set where pupilExternalId = &#63;.
	 *
	 * @param pupilExternalId the pupil external ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching parent relation, or <code>null</code> if a matching parent relation could not be found
	 */
	public ParentRelation fetchByPupilExternalId_Last(
		String pupilExternalId,
		com.liferay.portal.kernel.util.OrderByComparator<ParentRelation>
			orderByComparator);

	/**
	 * Returns the parent relations before and after the current parent relation in the ordered set where pupilExternalId = &#63;.
	 *
	 * @param parentRelationId the primary key of the current parent relation
	 * @param pupilExternalId the pupil external ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next parent relation
	 * @throws NoSuchParentRelationException if a parent relation with the primary key could not be found
	 */
	public ParentRelation[] findByPupilExternalId_PrevAndNext(
			long parentRelationId, String pupilExternalId,
			com.liferay.portal.kernel.util.OrderByComparator<ParentRelation>
				orderByComparator)
		throws NoSuchParentRelationException;

	/**
	 * Removes all the parent relations where pupilExternalId = &#63; from the database.
	 *
	 * @param pupilExternalId the pupil external ID
	 */
	public void removeByPupilExternalId(String pupilExternalId);

	/**
	 * Returns the number of parent relations where pupilExternalId = &#63;.
	 *
	 * @param pupilExternalId the pupil external ID
	 * @return the number of matching parent relations
	 */
	public int countByPupilExternalId(String pupilExternalId);

	/**
	 * Returns all the parent relations where parentExternalId = &#63;.
	 *
	 * @param parentExternalId the parent external ID
	 * @return the matching parent relations
	 */
	public java.util.List<ParentRelation> findByParentExternalId(
		String parentExternalId);

	/**
	 * Returns a range of all the parent relations where parentExternalId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ParentRelationModelImpl</code>.
	 * </p>
	 *
	 * @param parentExternalId the parent external ID
	 * @param start the lower bound of the range of parent relations
	 * @param end the upper bound of the range of parent relations (not inclusive)
	 * @return the range of matching parent relations
	 */
	public java.util.List<ParentRelation> findByParentExternalId(
		String parentExternalId, int start, int end);

	/**
	 * Returns an ordered range of all the parent relations where parentExternalId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ParentRelationModelImpl</code>.
	 * </p>
	 *
	 * @param parentExternalId the parent external ID
	 * @param start the lower bound of the range of parent relations
	 * @param end the upper bound of the range of parent relations (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching parent relations
	 */
	public java.util.List<ParentRelation> findByParentExternalId(
		String parentExternalId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<ParentRelation>
			orderByComparator);

	/**
	 * Returns an ordered range of all the parent relations where parentExternalId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ParentRelationModelImpl</code>.
	 * </p>
	 *
	 * @param parentExternalId the parent external ID
	 * @param start the lower bound of the range of parent relations
	 * @param end the upper bound of the range of parent relations (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching parent relations
	 */
	public java.util.List<ParentRelation> findByParentExternalId(
		String parentExternalId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<ParentRelation>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first parent relation in the ordered set where parentExternalId = &#63;.
	 *
	 * @param parentExternalId the parent external ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching parent relation
	 * @throws NoSuchParentRelationException if a matching parent relation could not be found
	 */
	public ParentRelation findByParentExternalId_First(
			String parentExternalId,
			com.liferay.portal.kernel.util.OrderByComparator<ParentRelation>
				orderByComparator)
		throws NoSuchParentRelationException;

	/**
	 * Returns the first parent relation in the ordered set where parentExternalId = &#63;.
	 *
	 * @param parentExternalId the parent external ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching parent relation, or <code>null</code> if a matching parent relation could not be found
	 */
	public ParentRelation fetchByParentExternalId_First(
		String parentExternalId,
		com.liferay.portal.kernel.util.OrderByComparator<ParentRelation>
			orderByComparator);

	/**
	 * Returns the last parent relation in the ordered set where parentExternalId = &#63;.
	 *
	 * @param parentExternalId the parent external ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching parent relation
	 * @throws NoSuchParentRelationException if a matching parent relation could not be found
	 */
	public ParentRelation findByParentExternalId_Last(
			String parentExternalId,
			com.liferay.portal.kernel.util.OrderByComparator<ParentRelation>
				orderByComparator)
		throws NoSuchParentRelationException;

	/**
	 * Returns the last parent relation in the ordered set where parentExternalId = &#63;.
	 *
	 * @param parentExternalId the parent external ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching parent relation, or <code>null</code> if a matching parent relation could not be found
	 */
	public ParentRelation fetchByParentExternalId_Last(
		String parentExternalId,
		com.liferay.portal.kernel.util.OrderByComparator<ParentRelation>
			orderByComparator);

	/**
	 * Returns the parent relations before and after the current parent relation in the ordered set where parentExternalId = &#63;.
	 *
	 * @param parentRelationId the primary key of the current parent relation
	 * @param parentExternalId the parent external ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next parent relation
	 * @throws NoSuchParentRelationException if a parent relation with the primary key could not be found
	 */
	public ParentRelation[] findByParentExternalId_PrevAndNext(
			long parentRelationId, String parentExternalId,
			com.liferay.portal.kernel.util.OrderByComparator<ParentRelation>
				orderByComparator)
		throws NoSuchParentRelationException;

	/**
	 * Removes all the parent relations where parentExternalId = &#63; from the database.
	 *
	 * @param parentExternalId the parent external ID
	 */
	public void removeByParentExternalId(String parentExternalId);

	/**
	 * Returns the number of parent relations where parentExternalId = &#63;.
	 *
	 * @param parentExternalId the parent external ID
	 * @return the number of matching parent relations
	 */
	public int countByParentExternalId(String parentExternalId);

	/**
	 * Returns all the parent relations where uai = &#63;.
	 *
	 * @param uai the uai
	 * @return the matching parent relations
	 */
	public java.util.List<ParentRelation> findByUai(String uai);

	/**
	 * Returns a range of all the parent relations where uai = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ParentRelationModelImpl</code>.
	 * </p>
	 *
	 * @param uai the uai
	 * @param start the lower bound of the range of parent relations
	 * @param end the upper bound of the range of parent relations (not inclusive)
	 * @return the range of matching parent relations
	 */
	public java.util.List<ParentRelation> findByUai(
		String uai, int start, int end);

	/**
	 * Returns an ordered range of all the parent relations where uai = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ParentRelationModelImpl</code>.
	 * </p>
	 *
	 * @param uai the uai
	 * @param start the lower bound of the range of parent relations
	 * @param end the upper bound of the range of parent relations (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching parent relations
	 */
	public java.util.List<ParentRelation> findByUai(
		String uai, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<ParentRelation>
			orderByComparator);

	/**
	 * Returns an ordered range of all the parent relations where uai = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ParentRelationModelImpl</code>.
	 * </p>
	 *
	 * @param uai the uai
	 * @param start the lower bound of the range of parent relations
	 * @param end the upper bound of the range of parent relations (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching parent relations
	 */
	public java.util.List<ParentRelation> findByUai(
		String uai, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<ParentRelation>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first parent relation in the ordered set where uai = &#63;.
	 *
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching parent relation
	 * @throws NoSuchParentRelationException if a matching parent relation could not be found
	 */
	public ParentRelation findByUai_First(
			String uai,
			com.liferay.portal.kernel.util.OrderByComparator<ParentRelation>
				orderByComparator)
		throws NoSuchParentRelationException;

	/**
	 * Returns the first parent relation in the ordered set where uai = &#63;.
	 *
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching parent relation, or <code>null</code> if a matching parent relation could not be found
	 */
	public ParentRelation fetchByUai_First(
		String uai,
		com.liferay.portal.kernel.util.OrderByComparator<ParentRelation>
			orderByComparator);

	/**
	 * Returns the last parent relation in the ordered set where uai = &#63;.
	 *
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching parent relation
	 * @throws NoSuchParentRelationException if a matching parent relation could not be found
	 */
	public ParentRelation findByUai_Last(
			String uai,
			com.liferay.portal.kernel.util.OrderByComparator<ParentRelation>
				orderByComparator)
		throws NoSuchParentRelationException;

	/**
	 * Returns the last parent relation in the ordered set where uai = &#63;.
	 *
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching parent relation, or <code>null</code> if a matching parent relation could not be found
	 */
	public ParentRelation fetchByUai_Last(
		String uai,
		com.liferay.portal.kernel.util.OrderByComparator<ParentRelation>
			orderByComparator);

	/**
	 * Returns the parent relations before and after the current parent relation in the ordered set where uai = &#63;.
	 *
	 * @param parentRelationId the primary key of the current parent relation
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next parent relation
	 * @throws NoSuchParentRelationException if a parent relation with the primary key could not be found
	 */
	public ParentRelation[] findByUai_PrevAndNext(
			long parentRelationId, String uai,
			com.liferay.portal.kernel.util.OrderByComparator<ParentRelation>
				orderByComparator)
		throws NoSuchParentRelationException;

	/**
	 * Removes all the parent relations where uai = &#63; from the database.
	 *
	 * @param uai the uai
	 */
	public void removeByUai(String uai);

	/**
	 * Returns the number of parent relations where uai = &#63;.
	 *
	 * @param uai the uai
	 * @return the number of matching parent relations
	 */
	public int countByUai(String uai);

	/**
	 * Returns the parent relation where parentExternalId = &#63; and pupilExternalId = &#63; or throws a <code>NoSuchParentRelationException</code> if it could not be found.
	 *
	 * @param parentExternalId the parent external ID
	 * @param pupilExternalId the pupil external ID
	 * @return the matching parent relation
	 * @throws NoSuchParentRelationException if a matching parent relation could not be found
	 */
	public ParentRelation findByP_P(
			String parentExternalId, String pupilExternalId)
		throws NoSuchParentRelationException;

	/**
	 * Returns the parent relation where parentExternalId = &#63; and pupilExternalId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param parentExternalId the parent external ID
	 * @param pupilExternalId the pupil external ID
	 * @return the matching parent relation, or <code>null</code> if a matching parent relation could not be found
	 */
	public ParentRelation fetchByP_P(
		String parentExternalId, String pupilExternalId);

	/**
	 * Returns the parent relation where parentExternalId = &#63; and pupilExternalId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param parentExternalId the parent external ID
	 * @param pupilExternalId the pupil external ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching parent relation, or <code>null</code> if a matching parent relation could not be found
	 */
	public ParentRelation fetchByP_P(
		String parentExternalId, String pupilExternalId,
		boolean useFinderCache);

	/**
	 * Removes the parent relation where parentExternalId = &#63; and pupilExternalId = &#63; from the database.
	 *
	 * @param parentExternalId the parent external ID
	 * @param pupilExternalId the pupil external ID
	 * @return the parent relation that was removed
	 */
	public ParentRelation removeByP_P(
			String parentExternalId, String pupilExternalId)
		throws NoSuchParentRelationException;

	/**
	 * Returns the number of parent relations where parentExternalId = &#63; and pupilExternalId = &#63;.
	 *
	 * @param parentExternalId the parent external ID
	 * @param pupilExternalId the pupil external ID
	 * @return the number of matching parent relations
	 */
	public int countByP_P(String parentExternalId, String pupilExternalId);

	/**
	 * Caches the parent relation in the entity cache if it is enabled.
	 *
	 * @param parentRelation the parent relation
	 */
	public void cacheResult(ParentRelation parentRelation);

	/**
	 * Caches the parent relations in the entity cache if it is enabled.
	 *
	 * @param parentRelations the parent relations
	 */
	public void cacheResult(java.util.List<ParentRelation> parentRelations);

	/**
	 * Creates a new parent relation with the primary key. Does not add the parent relation to the database.
	 *
	 * @param parentRelationId the primary key for the new parent relation
	 * @return the new parent relation
	 */
	public ParentRelation create(long parentRelationId);

	/**
	 * Removes the parent relation with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param parentRelationId the primary key of the parent relation
	 * @return the parent relation that was removed
	 * @throws NoSuchParentRelationException if a parent relation with the primary key could not be found
	 */
	public ParentRelation remove(long parentRelationId)
		throws NoSuchParentRelationException;

	public ParentRelation updateImpl(ParentRelation parentRelation);

	/**
	 * Returns the parent relation with the primary key or throws a <code>NoSuchParentRelationException</code> if it could not be found.
	 *
	 * @param parentRelationId the primary key of the parent relation
	 * @return the parent relation
	 * @throws NoSuchParentRelationException if a parent relation with the primary key could not be found
	 */
	public ParentRelation findByPrimaryKey(long parentRelationId)
		throws NoSuchParentRelationException;

	/**
	 * Returns the parent relation with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param parentRelationId the primary key of the parent relation
	 * @return the parent relation, or <code>null</code> if a parent relation with the primary key could not be found
	 */
	public ParentRelation fetchByPrimaryKey(long parentRelationId);

	/**
	 * Returns all the parent relations.
	 *
	 * @return the parent relations
	 */
	public java.util.List<ParentRelation> findAll();

	/**
	 * Returns a range of all the parent relations.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ParentRelationModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of parent relations
	 * @param end the upper bound of the range of parent relations (not inclusive)
	 * @return the range of parent relations
	 */
	public java.util.List<ParentRelation> findAll(int start, int end);

	/**
	 * Returns an ordered range of all the parent relations.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ParentRelationModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of parent relations
	 * @param end the upper bound of the range of parent relations (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of parent relations
	 */
	public java.util.List<ParentRelation> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<ParentRelation>
			orderByComparator);

	/**
	 * Returns an ordered range of all the parent relations.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ParentRelationModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of parent relations
	 * @param end the upper bound of the range of parent relations (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of parent relations
	 */
	public java.util.List<ParentRelation> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<ParentRelation>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the parent relations from the database.
	 */
	public void removeAll();

	/**
	 * Returns the number of parent relations.
	 *
	 * @return the number of parent relations
	 */
	public int countAll();

}