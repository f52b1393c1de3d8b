/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package org.preau.liferay.model;

import com.liferay.petra.sql.dsl.Column;
import com.liferay.petra.sql.dsl.base.BaseTable;

import java.sql.Types;

import java.util.Date;

/**
 * The table class for the &quot;Preau_ImportRun&quot; database table.
 *
 * @author Préau
 * @see ImportRun
 * @generated
 */
public class ImportRunTable extends BaseTable<ImportRunTable> {

	public static final ImportRunTable INSTANCE = new ImportRunTable();

	public final Column<ImportRunTable, Long> importRunId = createColumn(
		"importRunId", Long.class, Types.BIGINT, Column.FLAG_PRIMARY);
	public final Column<ImportRunTable, Long> companyId = createColumn(
		"companyId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<ImportRunTable, String> uai = createColumn(
		"uai", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<ImportRunTable, String> source = createColumn(
		"source", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<ImportRunTable, String> actor = createColumn(
		"actor", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<ImportRunTable, Date> startDate = createColumn(
		"startDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<ImportRunTable, Date> endDate = createColumn(
		"endDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<ImportRunTable, String> status = createColumn(
		"status", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<ImportRunTable, Integer> recordCount = createColumn(
		"recordCount", Integer.class, Types.INTEGER, Column.FLAG_DEFAULT);
	public final Column<ImportRunTable, String> summary = createColumn(
		"summary", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);

	private ImportRunTable() {
		super("Preau_ImportRun", ImportRunTable::new);
	}

}