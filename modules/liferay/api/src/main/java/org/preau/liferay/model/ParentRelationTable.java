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
 * The table class for the &quot;Preau_ParentRelation&quot; database table.
 *
 * @author Préau
 * @see ParentRelation
 * @generated
 */
public class ParentRelationTable extends BaseTable<ParentRelationTable> {

	public static final ParentRelationTable INSTANCE =
		new ParentRelationTable();

	public final Column<ParentRelationTable, Long> parentRelationId =
		createColumn(
			"parentRelationId", Long.class, Types.BIGINT, Column.FLAG_PRIMARY);
	public final Column<ParentRelationTable, Long> companyId = createColumn(
		"companyId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<ParentRelationTable, Date> createDate = createColumn(
		"createDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<ParentRelationTable, Date> modifiedDate = createColumn(
		"modifiedDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<ParentRelationTable, String> uai = createColumn(
		"uai", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<ParentRelationTable, String> parentExternalId =
		createColumn(
			"parentExternalId", String.class, Types.VARCHAR,
			Column.FLAG_DEFAULT);
	public final Column<ParentRelationTable, String> pupilExternalId =
		createColumn(
			"pupilExternalId", String.class, Types.VARCHAR,
			Column.FLAG_DEFAULT);
	public final Column<ParentRelationTable, Integer> legalLevel = createColumn(
		"legalLevel", Integer.class, Types.INTEGER, Column.FLAG_DEFAULT);
	public final Column<ParentRelationTable, String> kinshipCode = createColumn(
		"kinshipCode", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);

	private ParentRelationTable() {
		super("Preau_ParentRelation", ParentRelationTable::new);
	}

}