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
 * The extended model interface for the DirectoryMergedKey service. Represents a row in the &quot;Preau_DirectoryMergedKey&quot; database table, with each column mapped to a property of this class.
 *
 * @author Préau
 * @see DirectoryMergedKeyModel
 * @generated
 */
@ImplementationClassName("org.preau.liferay.model.impl.DirectoryMergedKeyImpl")
@ProviderType
public interface DirectoryMergedKey
	extends DirectoryMergedKeyModel, PersistedModel {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add methods to <code>org.preau.liferay.model.impl.DirectoryMergedKeyImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface.
	 */
	public static final Accessor<DirectoryMergedKey, Long>
		DIRECTORY_MERGED_KEY_ID_ACCESSOR =
			new Accessor<DirectoryMergedKey, Long>() {

				@Override
				public Long get(DirectoryMergedKey directoryMergedKey) {
					return directoryMergedKey.getDirectoryMergedKeyId();
				}

				@Override
				public Class<Long> getAttributeClass() {
					return Long.class;
				}

				@Override
				public Class<DirectoryMergedKey> getTypeClass() {
					return DirectoryMergedKey.class;
				}

			};

}