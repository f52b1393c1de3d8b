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
 * The table class for the &quot;Preau_CodeDistribution&quot; database table.
 *
 * @author Préau
 * @see CodeDistribution
 * @generated
 */
public class CodeDistributionTable extends BaseTable<CodeDistributionTable> {

	public static final CodeDistributionTable INSTANCE =
		new CodeDistributionTable();

	public final Column<CodeDistributionTable, Long> codeDistributionId =
		createColumn(
			"codeDistributionId", Long.class, Types.BIGINT,
			Column.FLAG_PRIMARY);
	public final Column<CodeDistributionTable, Long> companyId = createColumn(
		"companyId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<CodeDistributionTable, Date> createDate = createColumn(
		"createDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<CodeDistributionTable, String> uai = createColumn(
		"uai", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<CodeDistributionTable, String> actor = createColumn(
		"actor", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<CodeDistributionTable, String> kind = createColumn(
		"kind", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<CodeDistributionTable, String> scope = createColumn(
		"scope", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<CodeDistributionTable, Integer> personCount =
		createColumn(
			"personCount", Integer.class, Types.INTEGER, Column.FLAG_DEFAULT);

	private CodeDistributionTable() {
		super("Preau_CodeDistribution", CodeDistributionTable::new);
	}

}