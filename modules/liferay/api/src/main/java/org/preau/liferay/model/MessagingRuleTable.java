/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package org.preau.liferay.model;

import com.liferay.petra.sql.dsl.Column;
import com.liferay.petra.sql.dsl.base.BaseTable;

import java.sql.Types;

/**
 * The table class for the &quot;Preau_MessagingRule&quot; database table.
 *
 * @author Préau
 * @see MessagingRule
 * @generated
 */
public class MessagingRuleTable extends BaseTable<MessagingRuleTable> {

	public static final MessagingRuleTable INSTANCE = new MessagingRuleTable();

	public final Column<MessagingRuleTable, Long> messagingRuleId =
		createColumn(
			"messagingRuleId", Long.class, Types.BIGINT, Column.FLAG_PRIMARY);
	public final Column<MessagingRuleTable, Long> companyId = createColumn(
		"companyId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<MessagingRuleTable, String> kind = createColumn(
		"kind", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<MessagingRuleTable, String> uai = createColumn(
		"uai", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<MessagingRuleTable, String> scope = createColumn(
		"scope", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<MessagingRuleTable, String> code = createColumn(
		"code_", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);

	private MessagingRuleTable() {
		super("Preau_MessagingRule", MessagingRuleTable::new);
	}

}