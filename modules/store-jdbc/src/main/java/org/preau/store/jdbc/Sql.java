package org.preau.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Prepared statements with bound parameters, closed as soon as they are read. Instants are stored as UTC date-times
 * without a zone, as the portal stores its dates, so that the JVM's time zone and its daylight saving gaps never
 * shift them.
 */
final class Sql {

	public static void batch(
			Connection connection, String sql, Collection<Object[]> rows)
		throws SQLException {

		if (rows.isEmpty()) {
			return;
		}

		try (PreparedStatement preparedStatement = connection.prepareStatement(
				sql)) {

			for (Object[] row : rows) {
				_bind(preparedStatement, row);

				preparedStatement.addBatch();
			}

			preparedStatement.executeBatch();
		}
	}

	/**
	 * Binds the parameters of a statement that is executed, or added to a batch, more than once.
	 */
	public static void bind(
			PreparedStatement preparedStatement, Object... parameters)
		throws SQLException {

		_bind(preparedStatement, parameters);
	}

	public static Instant instant(ResultSet resultSet, String column)
		throws SQLException {

		LocalDateTime localDateTime = resultSet.getObject(
			column, LocalDateTime.class);

		if (localDateTime == null) {
			return null;
		}

		return localDateTime.toInstant(ZoneOffset.UTC);
	}

	public static long nextId(Connection connection) throws SQLException {
		return queryOne(
			connection, "select next value for Preau_IdSequence",
			resultSet -> resultSet.getLong(1)
		).get();
	}

	/**
	 * Returns {@code count} new identifiers of the sequence, in one statement rather than one per row.
	 */
	public static long[] nextIds(Connection connection, int count)
		throws SQLException {

		long[] ids = new long[count];

		if (count == 0) {
			return ids;
		}

		try (PreparedStatement preparedStatement = connection.prepareStatement(
				"select next value for Preau_IdSequence from system_range(1, " +
					"?)")) {

			preparedStatement.setInt(1, count);

			try (ResultSet resultSet = preparedStatement.executeQuery()) {
				for (int i = 0; i < count; i++) {
					if (!resultSet.next()) {
						throw new SQLException(
							"the sequence gave " + i + " identifiers of " +
								count);
					}

					ids[i] = resultSet.getLong(1);
				}
			}
		}

		return ids;
	}

	/**
	 * Returns {@code count} question marks separated by commas, for an {@code in} list whose values are bound.
	 */
	public static String placeholders(int count) {
		StringBuilder sb = new StringBuilder(count * 2);

		for (int i = 0; i < count; i++) {
			if (i > 0) {
				sb.append(',');
			}

			sb.append('?');
		}

		return sb.toString();
	}

	/**
	 * Returns the value cut to fit a column of {@code length} characters, with an ellipsis where it was cut.
	 */
	public static String shorten(String value, int length) {
		if ((value == null) || (value.length() <= length)) {
			return value;
		}

		return value.substring(0, length - 1) + "…";
	}

	public static <T> List<T> query(
			Connection connection, String sql, RowMapper<T> rowMapper,
			Object... parameters)
		throws SQLException {

		try (PreparedStatement preparedStatement = connection.prepareStatement(
				sql)) {

			_bind(preparedStatement, parameters);

			try (ResultSet resultSet = preparedStatement.executeQuery()) {
				List<T> rows = new ArrayList<>();

				while (resultSet.next()) {
					rows.add(rowMapper.map(resultSet));
				}

				return rows;
			}
		}
	}

	public static <T> Optional<T> queryOne(
			Connection connection, String sql, RowMapper<T> rowMapper,
			Object... parameters)
		throws SQLException {

		try (PreparedStatement preparedStatement = connection.prepareStatement(
				sql)) {

			_bind(preparedStatement, parameters);

			try (ResultSet resultSet = preparedStatement.executeQuery()) {
				if (!resultSet.next()) {
					return Optional.empty();
				}

				return Optional.of(rowMapper.map(resultSet));
			}
		}
	}

	public static int update(
			Connection connection, String sql, Object... parameters)
		throws SQLException {

		try (PreparedStatement preparedStatement = connection.prepareStatement(
				sql)) {

			_bind(preparedStatement, parameters);

			return preparedStatement.executeUpdate();
		}
	}

	private static void _bind(
			PreparedStatement preparedStatement, Object[] parameters)
		throws SQLException {

		for (int i = 0; i < parameters.length; i++) {
			Object parameter = parameters[i];

			if (parameter == null) {
				preparedStatement.setNull(i + 1, Types.NULL);
			}
			else if (parameter instanceof Instant) {
				preparedStatement.setObject(
					i + 1,
					LocalDateTime.ofInstant((Instant)parameter, ZoneOffset.UTC));
			}
			else {
				preparedStatement.setObject(i + 1, parameter);
			}
		}
	}

	private Sql() {
	}

}
