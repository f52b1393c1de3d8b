package org.preau.itests.arquillian;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import javax.servlet.ServletContext;
import javax.servlet.ServletContextEvent;
import javax.servlet.ServletContextListener;
import javax.servlet.MultipartConfigElement;
import javax.servlet.ServletRegistration;

import org.preau.core.accounts.model.Account;
import org.preau.core.directory.model.DirectorySearch;
import org.preau.core.directory.model.Person;
import org.preau.core.directory.model.Profile;
import org.preau.core.directory.model.Uai;
import org.preau.embedded.PreauApplication;
import org.preau.embedded.internal.security.Pbkdf2PasswordHasher;
import org.preau.store.jdbc.H2Database;
import org.preau.store.jdbc.JdbcSearchPeople;
import org.preau.store.jdbc.JdbcStore;

/**
 * Starts Préau in the web application as a non-OSGi host would: {@link PreauApplication} over a fresh data folder
 * with the demo school, its servlet at the root of the context. Declared in the test WAR's web.xml.
 */
public class PreauApplicationListener implements ServletContextListener {

	public static final String ADMIN_LOGIN = "admin";

	public static final String ADMIN_PASSWORD = "Arquillian-Preau-2026";

	/**
	 * A teacher of the demo school who signs in with the login the directory gave them, and administers nothing.
	 */
	public static final String TEACHER_LOGIN = "prof.demo";

	public static final String TEACHER_PASSWORD = "Teacher-Preau-2026";

	@Override
	public void contextDestroyed(ServletContextEvent servletContextEvent) {
		try {
			if (_preauApplication != null) {
				_preauApplication.close();
			}
		}
		finally {
			_deregisterDrivers(servletContextEvent.getServletContext());
			_deleteDataFolder(servletContextEvent.getServletContext());
		}
	}

	@Override
	public void contextInitialized(ServletContextEvent servletContextEvent) {
		try {
			_dataFolder = Files.createTempDirectory("preau-arquillian-");
		}
		catch (IOException ioException) {
			throw new UncheckedIOException(ioException);
		}

		_preauApplication = PreauApplication.start(
			Map.of(
				"admin.login", ADMIN_LOGIN, "admin.password", ADMIN_PASSWORD,
				"data", _dataFolder.toString(), "demo", "true",
				"session.timeout.minutes", "10"));

		_addTeacher();

		ServletContext servletContext = servletContextEvent.getServletContext();

		ServletRegistration.Dynamic dynamic = servletContext.addServlet(
			"preau", _preauApplication.servlet());

		dynamic.addMapping("/*");

		// As the embedded runtime registers it: the imports page takes uploaded feed files

		dynamic.setMultipartConfig(
			new MultipartConfigElement(
				"", 64L * 1024 * 1024,
				64L * 1024 * 1024, 0));
	}

	/**
	 * Gives the first teacher of the demo school a login and an account of that login without any grant, through a
	 * second pool on the same database, which H2 shares within the JVM.
	 */
	private void _addTeacher() {
		try (H2Database h2Database = H2Database.open(_dataFolder)) {
			JdbcStore jdbcStore = new JdbcStore(h2Database.dataSource());

			Person teacher = new JdbcSearchPeople(
				jdbcStore
			).search(
				DirectorySearch.builder(
				).pageSize(
					1
				).profile(
					Profile.TEACHER
				).uai(
					Uai.of("0310001A")
				).build()
			).entries(
			).get(
				0
			).person();

			try {
				_takeBackLogin(h2Database, teacher.externalId());
			}
			catch (SQLException sqlException) {
				throw new IllegalStateException(sqlException);
			}

			if (!jdbcStore.personLogins(
				).give(
					TEACHER_LOGIN, teacher.externalId()
				)) {

				throw new IllegalStateException(
					TEACHER_LOGIN + " was not given to " + teacher);
			}

			jdbcStore.accounts().save(
				new Account(
					TEACHER_LOGIN, teacher.displayName(),
					new Pbkdf2PasswordHasher(
						new SecureRandom(), 1000
					).hash(
						TEACHER_PASSWORD.toCharArray()
					),
					Set.of(), true));
		}
	}

	/**
	 * Takes back the login the demo school gave a person, so that the test can give them the one it names.
	 */
	private static void _takeBackLogin(H2Database h2Database, String externalId)
		throws SQLException {

		try (Connection connection = h2Database.dataSource(
			).getConnection();
			PreparedStatement preparedStatement = connection.prepareStatement(
				"delete from Preau_Login where externalId = ?")) {

			preparedStatement.setString(1, externalId);
			preparedStatement.executeUpdate();

			if (!connection.getAutoCommit()) {
				connection.commit();
			}
		}
	}

	private void _deleteDataFolder(ServletContext servletContext) {
		if (_dataFolder == null) {
			return;
		}

		try (Stream<Path> paths = Files.walk(_dataFolder)) {
			paths.sorted(
				Comparator.reverseOrder()
			).forEach(
				path -> path.toFile(
				).delete()
			);
		}
		catch (IOException ioException) {
			servletContext.log("Could not delete " + _dataFolder, ioException);
		}
	}

	/**
	 * H2's driver registers itself with the JVM-wide DriverManager when its class loads; a web application that
	 * brought it deregisters it, else its class loader leaks on every redeploy.
	 */
	private void _deregisterDrivers(ServletContext servletContext) {
		ClassLoader classLoader = servletContext.getClassLoader();

		for (Driver driver : Collections.list(DriverManager.getDrivers())) {
			Class<?> driverClass = driver.getClass();

			if (driverClass.getClassLoader() != classLoader) {
				continue;
			}

			try {
				DriverManager.deregisterDriver(driver);
			}
			catch (SQLException sqlException) {
				servletContext.log(
					"Could not deregister " + driver, sqlException);
			}
		}
	}

	private Path _dataFolder;
	private PreauApplication _preauApplication;

}
