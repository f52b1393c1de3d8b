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
 * The table class for the &quot;Preau_RightsRule&quot; database table.
 *
 * @author Préau
 * @see RightsRule
 * @generated
 */
public class RightsRuleTable extends BaseTable<RightsRuleTable> {

	public static final RightsRuleTable INSTANCE = new RightsRuleTable();

	public final Column<RightsRuleTable, Long> rightsRuleId = createColumn(
		"rightsRuleId", Long.class, Types.BIGINT, Column.FLAG_PRIMARY);
	public final Column<RightsRuleTable, Long> companyId = createColumn(
		"companyId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<RightsRuleTable, String> kind = createColumn(
		"kind", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<RightsRuleTable, String> uai = createColumn(
		"uai", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<RightsRuleTable, String> serviceKey = createColumn(
		"serviceKey", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<RightsRuleTable, String> action = createColumn(
		"action", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<RightsRuleTable, String> role = createColumn(
		"role_", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<RightsRuleTable, Boolean> allowed = createColumn(
		"allowed", Boolean.class, Types.BOOLEAN, Column.FLAG_DEFAULT);
	public final Column<RightsRuleTable, String> author = createColumn(
		"author", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<RightsRuleTable, Date> changeDate = createColumn(
		"changeDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<RightsRuleTable, String> reason = createColumn(
		"reason", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);

	private RightsRuleTable() {
		super("Preau_RightsRule", RightsRuleTable::new);
	}

}