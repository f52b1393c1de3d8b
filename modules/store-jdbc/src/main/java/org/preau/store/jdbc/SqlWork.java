package org.preau.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Work done on one connection, which the caller neither opens nor closes.
 */
@FunctionalInterface
interface SqlWork<T> {

	T run(Connection connection) throws SQLException;

}
