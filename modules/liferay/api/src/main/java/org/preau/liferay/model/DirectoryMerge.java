/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package org.preau.liferay.model;

import com.liferay.portal.kernel.annotation.ImplementationClassName;
import com.liferay.portal.kernel.model.PersistedModel;
import com.liferay.portal.kernel.util.Accessor;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The extended model interface for the DirectoryMerge service. Represents a row in the &quot;Preau_DirectoryMerge&quot; database table, with each column mapped to a property of this class.
 *
 * @author Préau
 * @see DirectoryMergeModel
 * @generated
 */
@ImplementationClassName("org.preau.liferay.model.impl.DirectoryMergeImpl")
@ProviderType
public interface DirectoryMerge extends DirectoryMergeModel, PersistedModel {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add methods to <code>org.preau.liferay.model.impl.DirectoryMergeImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface.
	 */
	public static final Accessor<DirectoryMerge, Long>
		DIRECTORY_MERGE_ID_ACCESSOR = new Accessor<DirectoryMerge, Long>() {

			@Override
			public Long get(DirectoryMerge directoryMerge) {
				return directoryMerge.getDirectoryMergeId();
			}

			@Override
			public Class<Long> getAttributeClass() {
				return Long.class;
			}

			@Override
			public Class<DirectoryMerge> getTypeClass() {
				return DirectoryMerge.class;
			}

		};

}