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
 * The table class for the &quot;Preau_AccountSuspension&quot; database table.
 *
 * @author Préau
 * @see AccountSuspension
 * @generated
 */
public class AccountSuspensionTable extends BaseTable<AccountSuspensionTable> {

	public static final AccountSuspensionTable INSTANCE =
		new AccountSuspensionTable();

	public final Column<AccountSuspensionTable, Long> accountSuspensionId =
		createColumn(
			"accountSuspensionId", Long.class, Types.BIGINT,
			Column.FLAG_PRIMARY);
	public final Column<AccountSuspensionTable, Long> companyId = createColumn(
		"companyId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<AccountSuspensionTable, Date> createDate = createColumn(
		"createDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<AccountSuspensionTable, String> login = createColumn(
		"login", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<AccountSuspensionTable, String> uai = createColumn(
		"uai", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<AccountSuspensionTable, String> action = createColumn(
		"action", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<AccountSuspensionTable, String> reason = createColumn(
		"reason", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<AccountSuspensionTable, Date> untilDate = createColumn(
		"untilDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<AccountSuspensionTable, String> actor = createColumn(
		"actor", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);

	private AccountSuspensionTable() {
		super("Preau_AccountSuspension", AccountSuspensionTable::new);
	}

}