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
 * The table class for the &quot;Preau_AuditEvent&quot; database table.
 *
 * @author Préau
 * @see AuditEvent
 * @generated
 */
public class AuditEventTable extends BaseTable<AuditEventTable> {

	public static final AuditEventTable INSTANCE = new AuditEventTable();

	public final Column<AuditEventTable, Long> auditEventId = createColumn(
		"auditEventId", Long.class, Types.BIGINT, Column.FLAG_PRIMARY);
	public final Column<AuditEventTable, Long> companyId = createColumn(
		"companyId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<AuditEventTable, Date> createDate = createColumn(
		"createDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<AuditEventTable, String> actor = createColumn(
		"actor", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<AuditEventTable, String> action = createColumn(
		"action", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<AuditEventTable, String> target = createColumn(
		"target", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<AuditEventTable, String> outcome = createColumn(
		"outcome", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<AuditEventTable, String> detail = createColumn(
		"detail", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);

	private AuditEventTable() {
		super("Preau_AuditEvent", AuditEventTable::new);
	}

}