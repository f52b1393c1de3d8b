package org.preau.store.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

/**
 * What the store tests share: a ticking clock, so that any rewrite of a row shows in its modified date, and a dump of
 * every row of every table.
 */
final class StoreFixture {

	/**
	 * Returns every row of every table of the schema, tables and rows in a stable order.
	 */
	static List<String> dump(DataSource dataSource) throws SQLException {
		List<String> lines = new ArrayList<>();

		try (Connection connection = dataSource.getConnection();
			Statement statement = connection.createStatement()) {

			List<String> tables = new ArrayList<>();

			try (ResultSet resultSet = statement.executeQuery(
					"select table_name from information_schema.tables where " +
						"table_schema = 'PUBLIC' order by table_name")) {

				while (resultSet.next()) {
					tables.add(resultSet.getString(1));
				}
			}

			for (String table : tables) {
				// Sorted as text rather than by columns, so that a table of a single column dumps too

				List<String> rows = new ArrayList<>();

				try (ResultSet resultSet = statement.executeQuery(
						"select * from " + table)) {

					ResultSetMetaData metaData = resultSet.getMetaData();

					while (resultSet.next()) {
						StringBuilder sb = new StringBuilder(table);

						for (int i = 1; i <= metaData.getColumnCount(); i++) {
							sb.append(" | ");
							sb.append(resultSet.getString(i));
						}

						rows.add(sb.toString());
					}
				}

				Collections.sort(rows);

				lines.addAll(rows);
			}
		}

		return lines;
	}

	static int rowCount(DataSource dataSource, String table)
		throws SQLException {

		try (Connection connection = dataSource.getConnection();
			Statement statement = connection.createStatement();
			ResultSet resultSet = statement.executeQuery(
				"select count(*) from " + table)) {

			resultSet.next();

			return resultSet.getInt(1);
		}
	}

	static Clock tickingClock() {
		return new TickingClock(Instant.parse("2026-09-01T08:00:00Z"));
	}

	private StoreFixture() {
	}

	/**
	 * A clock one second further on each time it is read.
	 */
	private static final class TickingClock extends Clock {

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Instant instant() {
			return _start.plusSeconds(_ticks.getAndIncrement());
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		private TickingClock(Instant start) {
			_start = start;
		}

		private final Instant _start;
		private final AtomicLong _ticks = new AtomicLong();

	}

}
