package org.preau.bench.feeds;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;

import javax.sql.DataSource;

import org.preau.core.audit.service.Auditor;
import org.preau.core.directory.model.Establishment;
import org.preau.core.directory.model.Source;
import org.preau.core.directory.port.out.Establishments;
import org.preau.core.imports.model.DirectorySnapshot;
import org.preau.core.imports.model.EstablishmentSnapshots;
import org.preau.core.imports.model.ImportReport;
import org.preau.core.imports.model.LifecyclePolicy;
import org.preau.core.imports.port.in.ImportCommand;
import org.preau.core.imports.service.ImportService;
import org.preau.core.security.Actor;
import org.preau.feeds.FeedException;
import org.preau.feeds.aaf.AafReader;
import org.preau.feeds.aaf.AafReaderOptions;
import org.preau.store.jdbc.H2Database;
import org.preau.store.jdbc.JdbcStore;

/**
 * The import as the embedded host wires it: the core's feed import use case (reconcile, then apply one transaction
 * per establishment), audited, on the JDBC store of an H2 file database.
 */
public final class DirectoryImport implements AutoCloseable {

	/**
	 * Opens the database of the folder, creating it and its schema in an empty one.
	 */
	public static DirectoryImport open(Path folder) {
		return new DirectoryImport(H2Database.open(folder));
	}

	/**
	 * Applies a complete feed.
	 *
	 * @throws IllegalStateException if an establishment could not be imported: a benchmark that skipped work would
	 *         report a figure for less than it claims
	 */
	public ImportReport apply(DirectorySnapshot directorySnapshot, Source source) {
		ImportReport importReport = _importService.run(
			Actor.system(), ImportCommand.apply(directorySnapshot, source));

		if (!importReport.errors().isEmpty()) {
			throw new IllegalStateException(
				importReport + ": " + importReport.errors());
		}

		return importReport;
	}

	/**
	 * Reads an AAF export once, then imports it establishment by establishment, as {@code feeds.aaf} measures it.
	 *
	 * @return the number of people read
	 */
	public long applyAaf(Path folder) throws FeedException {
		EstablishmentSnapshots establishmentSnapshots =
			new EstablishmentSnapshots();

		new AafReader(
			AafReaderOptions.defaults(
			).withValidateFirst(
				false
			)
		).read(
			folder, establishmentSnapshots
		);

		long people = establishmentSnapshots.people();

		establishmentSnapshots.drain(
			directorySnapshot -> apply(directorySnapshot, Source.AAF));

		return people;
	}

	/**
	 * The database, for a benchmark that measures what is done with the directory once imported.
	 */
	public DataSource dataSource() {
		return _h2Database.dataSource();
	}

	/**
	 * Records an establishment, as the académie's AAF or an administrator does before a school's own exports are
	 * imported: SIECLE and STSweb name an establishment only by its UAI.
	 */
	void describe(Establishment establishment) {
		_establishments.save(establishment);
	}

	/**
	 * Closes the database, which writes what it still holds to its file; closing again does nothing.
	 */
	@Override
	public void close() {
		if (!_closed) {
			_closed = true;

			_h2Database.close();
		}
	}

	/**
	 * Counts the rows of a table, to check that a run imported what the data set holds. The table name is one of the
	 * benchmark's constants, never input.
	 */
	long count(String table) throws SQLException {
		try (Connection connection =
				_h2Database.dataSource().getConnection();
			Statement statement = connection.createStatement();
			ResultSet resultSet = statement.executeQuery(
				"select count(*) from " + table)) {

			resultSet.next();

			return resultSet.getLong(1);
		}
	}

	private DirectoryImport(H2Database h2Database) {
		_h2Database = h2Database;

		try {
			Clock clock = Clock.systemUTC();

			JdbcStore jdbcStore = new JdbcStore(
				h2Database.dataSource(), clock);

			_establishments = jdbcStore.establishments();

			_importService = new ImportService(
				jdbcStore.establishments(), jdbcStore.people(),
				jdbcStore.structures(), jdbcStore.links(),
				jdbcStore.importRuns(), jdbcStore.directoryState(),
				jdbcStore.directoryUpdates(), jdbcStore.directoryInserts(),
				jdbcStore.transactions(),
				new Auditor(jdbcStore.auditLog(), clock), clock,
				LifecyclePolicy.defaults());
		}
		catch (RuntimeException runtimeException) {
			h2Database.close();

			throw runtimeException;
		}
	}

	private boolean _closed;
	private final Establishments _establishments;
	private final H2Database _h2Database;
	private final ImportService _importService;

}
