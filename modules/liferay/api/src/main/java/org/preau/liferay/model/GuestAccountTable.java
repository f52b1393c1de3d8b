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
 * The table class for the &quot;Preau_GuestAccount&quot; database table.
 *
 * @author Préau
 * @see GuestAccount
 * @generated
 */
public class GuestAccountTable extends BaseTable<GuestAccountTable> {

	public static final GuestAccountTable INSTANCE = new GuestAccountTable();

	public final Column<GuestAccountTable, Long> guestAccountId = createColumn(
		"guestAccountId", Long.class, Types.BIGINT, Column.FLAG_PRIMARY);
	public final Column<GuestAccountTable, Long> companyId = createColumn(
		"companyId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<GuestAccountTable, Date> createDate = createColumn(
		"createDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<GuestAccountTable, String> login = createColumn(
		"login", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<GuestAccountTable, String> uai = createColumn(
		"uai", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<GuestAccountTable, String> kind = createColumn(
		"kind", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<GuestAccountTable, String> firstName = createColumn(
		"firstName", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<GuestAccountTable, String> lastName = createColumn(
		"lastName", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<GuestAccountTable, String> emailAddress = createColumn(
		"emailAddress", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<GuestAccountTable, String> sponsor = createColumn(
		"sponsor", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<GuestAccountTable, Date> expiryDate = createColumn(
		"expiryDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<GuestAccountTable, String> createdBy = createColumn(
		"createdBy", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);

	private GuestAccountTable() {
		super("Preau_GuestAccount", GuestAccountTable::new);
	}

}