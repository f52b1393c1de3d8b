/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package org.preau.liferay.model;

import com.liferay.petra.sql.dsl.Column;
import com.liferay.petra.sql.dsl.base.BaseTable;

import java.sql.Types;

/**
 * The table class for the &quot;Preau_DirectoryMergedKey&quot; database table.
 *
 * @author Préau
 * @see DirectoryMergedKey
 * @generated
 */
public class DirectoryMergedKeyTable
	extends BaseTable<DirectoryMergedKeyTable> {

	public static final DirectoryMergedKeyTable INSTANCE =
		new DirectoryMergedKeyTable();

	public final Column<DirectoryMergedKeyTable, Long> directoryMergedKeyId =
		createColumn(
			"directoryMergedKeyId", Long.class, Types.BIGINT,
			Column.FLAG_PRIMARY);
	public final Column<DirectoryMergedKeyTable, Long> companyId = createColumn(
		"companyId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<DirectoryMergedKeyTable, String> uai = createColumn(
		"uai", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<DirectoryMergedKeyTable, String> source = createColumn(
		"source", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<DirectoryMergedKeyTable, String> sourceId =
		createColumn(
			"sourceId", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<DirectoryMergedKeyTable, String> survivorExternalId =
		createColumn(
			"survivorExternalId", String.class, Types.VARCHAR,
			Column.FLAG_DEFAULT);
	public final Column<DirectoryMergedKeyTable, Long> directoryMergeId =
		createColumn(
			"directoryMergeId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);

	private DirectoryMergedKeyTable() {
		super("Preau_DirectoryMergedKey", DirectoryMergedKeyTable::new);
	}

}