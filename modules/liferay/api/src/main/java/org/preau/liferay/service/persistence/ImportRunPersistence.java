/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package org.preau.liferay.service.persistence;

import com.liferay.portal.kernel.service.persistence.BasePersistence;

import org.osgi.annotation.versioning.ProviderType;

import org.preau.liferay.exception.NoSuchImportRunException;
import org.preau.liferay.model.ImportRun;

/**
 * The persistence interface for the import run service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Préau
 * @see ImportRunUtil
 * @generated
 */
@ProviderType
public interface ImportRunPersistence extends BasePersistence<ImportRun> {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this interface directly. Always use {@link ImportRunUtil} to access the import run persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this interface.
	 */

	/**
	 * Returns all the import runs where uai = &#63;.
	 *
	 * @param uai the uai
	 * @return the matching import runs
	 */
	public java.util.List<ImportRun> findByUai(String uai);

	/**
	 * Returns a range of all the import runs where uai = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ImportRunModelImpl</code>.
	 * </p>
	 *
	 * @param uai the uai
	 * @param start the lower bound of the range of import runs
	 * @param end the upper bound of the range of import runs (not inclusive)
	 * @return the range of matching import runs
	 */
	public java.util.List<ImportRun> findByUai(String uai, int start, int end);

	/**
	 * Returns an ordered range of all the import runs where uai = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ImportRunModelImpl</code>.
	 * </p>
	 *
	 * @param uai the uai
	 * @param start the lower bound of the range of import runs
	 * @param end the upper bound of the range of import runs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching import runs
	 */
	public java.util.List<ImportRun> findByUai(
		String uai, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<ImportRun>
			orderByComparator);

	/**
	 * Returns an ordered range of all the import runs where uai = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ImportRunModelImpl</code>.
	 * </p>
	 *
	 * @param uai the uai
	 * @param start the lower bound of the range of import runs
	 * @param end the upper bound of the range of import runs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching import runs
	 */
	public java.util.List<ImportRun> findByUai(
		String uai, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<ImportRun>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first import run in the ordered set where uai = &#63;.
	 *
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching import run
	 * @throws NoSuchImportRunException if a matching import run could not be found
	 */
	public ImportRun findByUai_First(
			String uai,
			com.liferay.portal.kernel.util.OrderByComparator<ImportRun>
				orderByComparator)
		throws NoSuchImportRunException;

	/**
	 * Returns the first import run in the ordered set where uai = &#63;.
	 *
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching import run, or <code>null</code> if a matching import run could not be found
	 */
	public ImportRun fetchByUai_First(
		String uai,
		com.liferay.portal.kernel.util.OrderByComparator<ImportRun>
			orderByComparator);

	/**
	 * Returns the last import run in the ordered set where uai = &#63;.
	 *
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching import run
	 * @throws NoSuchImportRunException if a matching import run could not be found
	 */
	public ImportRun findByUai_Last(
			String uai,
			com.liferay.portal.kernel.util.OrderByComparator<ImportRun>
				orderByComparator)
		throws NoSuchImportRunException;

	/**
	 * Returns the last import run in the ordered set where uai = &#63;.
	 *
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching import run, or <code>null</code> if a matching import run could not be found
	 */
	public ImportRun fetchByUai_Last(
		String uai,
		com.liferay.portal.kernel.util.OrderByComparator<ImportRun>
			orderByComparator);

	/**
	 * Returns the import runs before and after the current import run in the ordered set where uai = &#63;.
	 *
	 * @param importRunId the primary key of the current import run
	 * @param uai the uai
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next import run
	 * @throws NoSuchImportRunException if a import run with the primary key could not be found
	 */
	public ImportRun[] findByUai_PrevAndNext(
			long importRunId, String uai,
			com.liferay.portal.kernel.util.OrderByComparator<ImportRun>
				orderByComparator)
		throws NoSuchImportRunException;

	/**
	 * Removes all the import runs where uai = &#63; from the database.
	 *
	 * @param uai the uai
	 */
	public void removeByUai(String uai);

	/**
	 * Returns the number of import runs where uai = &#63;.
	 *
	 * @param uai the uai
	 * @return the number of matching import runs
	 */
	public int countByUai(String uai);

	/**
	 * Caches the import run in the entity cache if it is enabled.
	 *
	 * @param importRun the import run
	 */
	public void cacheResult(ImportRun importRun);

	/**
	 * Caches the import runs in the entity cache if it is enabled.
	 *
	 * @param importRuns the import runs
	 */
	public void cacheResult(java.util.List<ImportRun> importRuns);

	/**
	 * Creates a new import run with the primary key. Does not add the import run to the database.
	 *
	 * @param importRunId the primary key for the new import run
	 * @return the new import run
	 */
	public ImportRun create(long importRunId);

	/**
	 * Removes the import run with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param importRunId the primary key of the import run
	 * @return the import run that was removed
	 * @throws NoSuchImportRunException if a import run with the primary key could not be found
	 */
	public ImportRun remove(long importRunId) throws NoSuchImportRunException;

	public ImportRun updateImpl(ImportRun importRun);

	/**
	 * Returns the import run with the primary key or throws a <code>NoSuchImportRunException</code> if it could not be found.
	 *
	 * @param importRunId the primary key of the import run
	 * @return the import run
	 * @throws NoSuchImportRunException if a import run with the primary key could not be found
	 */
	public ImportRun findByPrimaryKey(long importRunId)
		throws NoSuchImportRunException;

	/**
	 * Returns the import run with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param importRunId the primary key of the import run
	 * @return the import run, or <code>null</code> if a import run with the primary key could not be found
	 */
	public ImportRun fetchByPrimaryKey(long importRunId);

	/**
	 * Returns all the import runs.
	 *
	 * @return the import runs
	 */
	public java.util.List<ImportRun> findAll();

	/**
	 * Returns a range of all the import runs.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ImportRunModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of import runs
	 * @param end the upper bound of the range of import runs (not inclusive)
	 * @return the range of import runs
	 */
	public java.util.List<ImportRun> findAll(int start, int end);

	/**
	 * Returns an ordered range of all the import runs.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ImportRunModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of import runs
	 * @param end the upper bound of the range of import runs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of import runs
	 */
	public java.util.List<ImportRun> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<ImportRun>
			orderByComparator);

	/**
	 * Returns an ordered range of all the import runs.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ImportRunModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of import runs
	 * @param end the upper bound of the range of import runs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of import runs
	 */
	public java.util.List<ImportRun> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<ImportRun>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the import runs from the database.
	 */
	public void removeAll();

	/**
	 * Returns the number of import runs.
	 *
	 * @return the number of import runs
	 */
	public int countAll();

}