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
 * The table class for the &quot;Preau_SchoolDelegation&quot; database table.
 *
 * @author Préau
 * @see SchoolDelegation
 * @generated
 */
public class SchoolDelegationTable extends BaseTable<SchoolDelegationTable> {

	public static final SchoolDelegationTable INSTANCE =
		new SchoolDelegationTable();

	public final Column<SchoolDelegationTable, Long> schoolDelegationId =
		createColumn(
			"schoolDelegationId", Long.class, Types.BIGINT,
			Column.FLAG_PRIMARY);
	public final Column<SchoolDelegationTable, Long> companyId = createColumn(
		"companyId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<SchoolDelegationTable, Date> createDate = createColumn(
		"createDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<SchoolDelegationTable, String> kind = createColumn(
		"kind", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<SchoolDelegationTable, String> login = createColumn(
		"login", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<SchoolDelegationTable, String> uai = createColumn(
		"uai", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<SchoolDelegationTable, Date> untilDate = createColumn(
		"untilDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<SchoolDelegationTable, String> author = createColumn(
		"author", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<SchoolDelegationTable, String> reason = createColumn(
		"reason", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);

	private SchoolDelegationTable() {
		super("Preau_SchoolDelegation", SchoolDelegationTable::new);
	}

}