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
 * The table class for the &quot;Preau_RightsHistoryEntry&quot; database table.
 *
 * @author Préau
 * @see RightsHistoryEntry
 * @generated
 */
public class RightsHistoryEntryTable
	extends BaseTable<RightsHistoryEntryTable> {

	public static final RightsHistoryEntryTable INSTANCE =
		new RightsHistoryEntryTable();

	public final Column<RightsHistoryEntryTable, Long> rightsHistoryEntryId =
		createColumn(
			"rightsHistoryEntryId", Long.class, Types.BIGINT,
			Column.FLAG_PRIMARY);
	public final Column<RightsHistoryEntryTable, Long> companyId = createColumn(
		"companyId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<RightsHistoryEntryTable, Date> changeDate =
		createColumn(
			"changeDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<RightsHistoryEntryTable, String> author = createColumn(
		"author", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<RightsHistoryEntryTable, String> uai = createColumn(
		"uai", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<RightsHistoryEntryTable, String> kind = createColumn(
		"kind", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<RightsHistoryEntryTable, String> subject = createColumn(
		"subject", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<RightsHistoryEntryTable, String> beforeValue =
		createColumn(
			"beforeValue", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<RightsHistoryEntryTable, String> afterValue =
		createColumn(
			"afterValue", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<RightsHistoryEntryTable, String> reason = createColumn(
		"reason", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);

	private RightsHistoryEntryTable() {
		super("Preau_RightsHistoryEntry", RightsHistoryEntryTable::new);
	}

}