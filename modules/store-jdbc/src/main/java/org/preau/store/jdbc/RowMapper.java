package org.preau.store.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Reads the current row of a result set.
 */
@FunctionalInterface
interface RowMapper<T> {

	T map(ResultSet resultSet) throws SQLException;

}
