/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package org.preau.liferay.model;

import com.liferay.petra.sql.dsl.Column;
import com.liferay.petra.sql.dsl.base.BaseTable;

import java.sql.Clob;
import java.sql.Types;

import java.util.Date;

/**
 * The table class for the &quot;Preau_DirectoryMerge&quot; database table.
 *
 * @author Préau
 * @see DirectoryMerge
 * @generated
 */
public class DirectoryMergeTable extends BaseTable<DirectoryMergeTable> {

	public static final DirectoryMergeTable INSTANCE =
		new DirectoryMergeTable();

	public final Column<DirectoryMergeTable, Long> directoryMergeId =
		createColumn(
			"directoryMergeId", Long.class, Types.BIGINT, Column.FLAG_PRIMARY);
	public final Column<DirectoryMergeTable, Long> companyId = createColumn(
		"companyId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<DirectoryMergeTable, Date> createDate = createColumn(
		"createDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<DirectoryMergeTable, String> uai = createColumn(
		"uai", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<DirectoryMergeTable, String> survivorExternalId =
		createColumn(
			"survivorExternalId", String.class, Types.VARCHAR,
			Column.FLAG_DEFAULT);
	public final Column<DirectoryMergeTable, String> absorbedExternalId =
		createColumn(
			"absorbedExternalId", String.class, Types.VARCHAR,
			Column.FLAG_DEFAULT);
	public final Column<DirectoryMergeTable, String> actor = createColumn(
		"actor", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<DirectoryMergeTable, Date> undoneDate = createColumn(
		"undoneDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<DirectoryMergeTable, Clob> changes = createColumn(
		"changes", Clob.class, Types.CLOB, Column.FLAG_DEFAULT);

	private DirectoryMergeTable() {
		super("Preau_DirectoryMerge", DirectoryMergeTable::new);
	}

}