package org.preau.itests.arquillian;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import javax.servlet.ServletContext;
import javax.servlet.ServletContextEvent;
import javax.servlet.ServletContextListener;
import javax.servlet.MultipartConfigElement;
import javax.servlet.ServletRegistration;

import org.preau.embedded.PreauApplication;

/**
 * Starts Préau in the web application as a non-OSGi host would: {@link PreauApplication} over a fresh data folder
 * with the demo school, its servlet at the root of the context. Declared in the test WAR's web.xml.
 */
public class PreauApplicationListener implements ServletContextListener {

	public static final String ADMIN_LOGIN = "admin";

	public static final String ADMIN_PASSWORD = "Arquillian-Preau-2026";

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
