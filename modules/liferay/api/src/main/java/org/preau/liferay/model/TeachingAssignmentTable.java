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
 * The table class for the &quot;Preau_TeachingAssignment&quot; database table.
 *
 * @author Préau
 * @see TeachingAssignment
 * @generated
 */
public class TeachingAssignmentTable
	extends BaseTable<TeachingAssignmentTable> {

	public static final TeachingAssignmentTable INSTANCE =
		new TeachingAssignmentTable();

	public final Column<TeachingAssignmentTable, Long> teachingAssignmentId =
		createColumn(
			"teachingAssignmentId", Long.class, Types.BIGINT,
			Column.FLAG_PRIMARY);
	public final Column<TeachingAssignmentTable, Long> companyId = createColumn(
		"companyId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<TeachingAssignmentTable, Date> createDate =
		createColumn(
			"createDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<TeachingAssignmentTable, Date> modifiedDate =
		createColumn(
			"modifiedDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<TeachingAssignmentTable, String> uai = createColumn(
		"uai", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<TeachingAssignmentTable, String> teacherExternalId =
		createColumn(
			"teacherExternalId", String.class, Types.VARCHAR,
			Column.FLAG_DEFAULT);
	public final Column<TeachingAssignmentTable, String> structureCode =
		createColumn(
			"structureCode", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<TeachingAssignmentTable, Boolean> groupStructure =
		createColumn(
			"groupStructure", Boolean.class, Types.BOOLEAN,
			Column.FLAG_DEFAULT);
	public final Column<TeachingAssignmentTable, String> subjectCode =
		createColumn(
			"subjectCode", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<TeachingAssignmentTable, Boolean> headTeacher =
		createColumn(
			"headTeacher", Boolean.class, Types.BOOLEAN, Column.FLAG_DEFAULT);

	private TeachingAssignmentTable() {
		super("Preau_TeachingAssignment", TeachingAssignmentTable::new);
	}

}