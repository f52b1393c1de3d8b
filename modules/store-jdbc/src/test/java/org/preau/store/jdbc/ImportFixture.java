package org.preau.store.jdbc;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import javax.sql.DataSource;

import org.preau.core.audit.service.Auditor;
import org.preau.core.common.Transactions;
import org.preau.core.directory.port.out.People;
import org.preau.core.imports.model.DirectorySnapshot;
import org.preau.core.imports.model.LifecyclePolicy;
import org.preau.core.imports.port.out.DirectoryInserts;
import org.preau.core.imports.service.ImportService;
import org.preau.feeds.FeedException;
import org.preau.feeds.aaf.AafReader;
import org.preau.feeds.generator.FeedGenerator;
import org.preau.feeds.generator.GeneratorOptions;

/**
 * What the import tests on the store share: generated AAF feeds read into snapshots, the import service wired as the
 * embedded host wires it, and a dump of the directory without the keys and dates that differ from one database to
 * another.
 */
final class ImportFixture {

	/**
	 * Returns the directory rows, every table's natural keys instead of its generated ids, without creation and
	 * modification dates, sorted.
	 */
	static List<String> directoryDump(DataSource dataSource)
		throws SQLException {

		List<String> lines = new ArrayList<>();

		for (String[] query : _DIRECTORY_QUERIES) {
			try (Connection connection = dataSource.getConnection();
				Statement statement = connection.createStatement();
				ResultSet resultSet = statement.executeQuery(query[1])) {

				ResultSetMetaData metaData = resultSet.getMetaData();

				while (resultSet.next()) {
					StringBuilder sb = new StringBuilder(query[0]);

					for (int i = 1; i <= metaData.getColumnCount(); i++) {
						sb.append(" | ");
						sb.append(resultSet.getString(i));
					}

					lines.add(sb.toString());
				}
			}
		}

		Collections.sort(lines);

		return lines;
	}

	static Clock fixedClock() {
		return Clock.fixed(
			Instant.parse("2026-09-01T08:00:00Z"), ZoneOffset.UTC);
	}

	static DirectorySnapshot generatedAaf(Path folder, GeneratorOptions options)
		throws FeedException, IOException {

		new FeedGenerator(options).writeAaf(folder);

		DirectorySnapshot snapshot = new DirectorySnapshot();

		new AafReader().read(folder, snapshot);

		return snapshot;
	}

	/**
	 * The import service as the embedded host wires it, with the store's bulk writes of created rows.
	 */
	static ImportService importService(JdbcStore store, Clock clock) {
		return importService(
			store, clock, store.people(), store.directoryInserts(),
			store.transactions());
	}

	/**
	 * The import service with its people, bulk writes and transactions ports replaced, for tests that watch or stop
	 * the apply; null bulk writes save created rows one by one through the people and links ports.
	 */
	static ImportService importService(
		JdbcStore store, Clock clock, People people,
		DirectoryInserts directoryInserts, Transactions transactions) {

		return new ImportService(
			store.establishments(), people, store.structures(), store.links(),
			store.importRuns(), store.directoryState(),
			store.directoryUpdates(), directoryInserts, transactions,
			new Auditor(store.auditLog(), clock), clock,
			LifecyclePolicy.defaults());
	}

	/**
	 * The import service through the per-row ports only, as a host whose store has no bulk writes wires it.
	 */
	static ImportService perRowImportService(JdbcStore store, Clock clock) {
		return new ImportService(
			store.establishments(), store.people(), store.structures(),
			store.links(), store.importRuns(), store.directoryState(),
			store.directoryUpdates(), store.transactions(),
			new Auditor(store.auditLog(), clock), clock,
			LifecyclePolicy.defaults());
	}

	/**
	 * Several schools, a collège and lycées, small enough for a test and large enough that applying one takes a while.
	 */
	static GeneratorOptions schoolSet() {
		return GeneratorOptions.builder(
		).schools(
			4
		).pupilsPerSchool(
			250
		).seed(
			7
		).build();
	}

	private ImportFixture() {
	}

	private static final String[][] _DIRECTORY_QUERIES = {
		{
			"establishment",
			"select uai, name, kind, city from Preau_Establishment"
		},
		{
			"person",
			"select externalId, source, profile, uai, lastName, firstName, " +
				"birthDate, emailAddress, ine, classCode, personState, " +
					"detachedDate, deletionProposedDate from Preau_Person"
		},
		{
			"person group",
			"select person.externalId, personGroup.groupCode from " +
				"Preau_PersonGroup personGroup inner join Preau_Person " +
					"person on person.personId = personGroup.personId"
		},
		{
			"person function",
			"select person.externalId, personFunction.functionCode from " +
				"Preau_PersonFunction personFunction inner join Preau_Person " +
					"person on person.personId = personFunction.personId"
		},
		{
			"source key",
			"select source, sourceId, externalId from Preau_PersonSourceKey"
		},
		{
			"class",
			"select uai, classCode, mefCode from Preau_SchoolClass"
		},
		{
			"group",
			"select teachingGroup.uai, teachingGroup.groupCode, " +
				"teachingGroupClass.classCode from Preau_TeachingGroup " +
					"teachingGroup left join Preau_TeachingGroupClass " +
						"teachingGroupClass on " +
							"teachingGroupClass.teachingGroupId = " +
								"teachingGroup.teachingGroupId"
		},
		{
			"level",
			"select mefCode, label from Preau_Level"
		},
		{
			"subject",
			"select subjectCode, label from Preau_Subject"
		},
		{
			"relation",
			"select companyId, uai, parentExternalId, pupilExternalId, " +
				"legalLevel, kinshipCode from Preau_ParentRelation"
		},
		{
			"assignment",
			"select companyId, uai, teacherExternalId, structureCode, " +
				"groupStructure, subjectCode, headTeacher from " +
					"Preau_TeachingAssignment"
		}
	};

}
