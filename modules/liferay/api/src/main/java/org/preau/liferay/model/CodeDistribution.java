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
 * The extended model interface for the CodeDistribution service. Represents a row in the &quot;Preau_CodeDistribution&quot; database table, with each column mapped to a property of this class.
 *
 * @author Préau
 * @see CodeDistributionModel
 * @generated
 */
@ImplementationClassName("org.preau.liferay.model.impl.CodeDistributionImpl")
@ProviderType
public interface CodeDistribution
	extends CodeDistributionModel, PersistedModel {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add methods to <code>org.preau.liferay.model.impl.CodeDistributionImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface.
	 */
	public static final Accessor<CodeDistribution, Long>
		CODE_DISTRIBUTION_ID_ACCESSOR = new Accessor<CodeDistribution, Long>() {

			@Override
			public Long get(CodeDistribution codeDistribution) {
				return codeDistribution.getCodeDistributionId();
			}

			@Override
			public Class<Long> getAttributeClass() {
				return Long.class;
			}

			@Override
			public Class<CodeDistribution> getTypeClass() {
				return CodeDistribution.class;
			}

		};

}