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
 * The table class for the &quot;Preau_AccountCode&quot; database table.
 *
 * @author Préau
 * @see AccountCode
 * @generated
 */
public class AccountCodeTable extends BaseTable<AccountCodeTable> {

	public static final AccountCodeTable INSTANCE = new AccountCodeTable();

	public final Column<AccountCodeTable, Long> accountCodeId = createColumn(
		"accountCodeId", Long.class, Types.BIGINT, Column.FLAG_PRIMARY);
	public final Column<AccountCodeTable, Long> companyId = createColumn(
		"companyId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<AccountCodeTable, Date> createDate = createColumn(
		"createDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<AccountCodeTable, String> login = createColumn(
		"login", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<AccountCodeTable, String> codeHash = createColumn(
		"codeHash", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<AccountCodeTable, String> mode = createColumn(
		"mode_", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<AccountCodeTable, Date> expiryDate = createColumn(
		"expiryDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);

	private AccountCodeTable() {
		super("Preau_AccountCode", AccountCodeTable::new);
	}

}