package org.preau.standalone;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;

/**
 * Starts the embedded runtime. With no command it serves the web pages until it is stopped (SIGTERM or Ctrl-C); with
 * a command ({@code help} lists them) it runs that command in the same runtime, without HTTP, and exits with its
 * status.
 */
public class Main {

	public static void main(String[] args) {
		int status;

		try {
			status = run(args);
		}
		catch (IllegalArgumentException illegalArgumentException) {
			System.err.println("preau: " + illegalArgumentException.getMessage());

			status = 2;
		}
		catch (Exception exception) {
			System.err.println("preau: " + exception);

			status = 1;
		}

		if (status != _SERVING) {
			System.exit(status);
		}
	}

	public static int run(String[] args) throws Exception {
		Settings settings = Settings.parse(args, System.getenv());

		_SPI_FLY_LOGGER.setLevel(Level.WARNING);

		boolean serving = settings.command().isEmpty();

		Files.createDirectories(settings.dataDir());

		Framework framework = _newFramework(settings, serving);

		framework.start();

		try {
			_installBundles(framework.getBundleContext());
		}
		catch (BundleException bundleException) {
			_stop(framework);

			throw bundleException;
		}

		if (serving) {
			Runtime.getRuntime().addShutdownHook(
				new Thread(() -> _stop(framework), "preau-shutdown"));

			System.out.println(
				"Préau serves http://" + _displayHost(settings.host()) + ":" +
					settings.port() + "/ (data in " + settings.dataDir() + ")");

			return _SERVING;
		}

		try {
			return _runCommand(framework.getBundleContext(), settings.command());
		}
		finally {
			_stop(framework);
		}
	}

	private static String _displayHost(String host) {
		if (host.equals("0.0.0.0") || host.equals("127.0.0.1")) {
			return "localhost";
		}

		return host;
	}

	private static void _installBundles(BundleContext bundleContext)
		throws BundleException, IOException {

		List<Bundle> bundles = new ArrayList<>();

		for (String name : _bundleNames()) {
			InputStream inputStream = Main.class.getResourceAsStream(
				"/bundles/" + name);

			if (inputStream == null) {
				throw new IllegalStateException(
					"the jar lacks the bundle " + name);
			}

			try (InputStream closeable = inputStream) {
				bundles.add(
					bundleContext.installBundle("preau:" + name, closeable));
			}
		}

		for (Bundle bundle : bundles) {
			if (bundle.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
				bundle.start();
			}
		}
	}

	private static List<String> _bundleNames() throws IOException {
		List<String> names = new ArrayList<>();

		try (BufferedReader bufferedReader = new BufferedReader(
				new InputStreamReader(
					Main.class.getResourceAsStream("bundles.txt"),
					StandardCharsets.UTF_8))) {

			String line;

			while ((line = bufferedReader.readLine()) != null) {
				line = line.trim();

				if (!line.isEmpty() && !line.startsWith("#")) {
					names.add(line);
				}
			}
		}

		return names;
	}

	private static Framework _newFramework(Settings settings, boolean serving) {
		Map<String, String> configuration = new HashMap<>();

		for (String key : settings.properties().stringPropertyNames()) {
			configuration.put(
				"preau." + key, settings.properties().getProperty(key));
		}

		configuration.put("preau.data", settings.dataDir().toString());
		configuration.put("preau.serving", String.valueOf(serving));
		configuration.put("ds.loglevel", "warn");
		configuration.put("felix.log.level", "1");
		configuration.put(
			Constants.FRAMEWORK_STORAGE,
			settings.dataDir().resolve("osgi-cache").toString());
		configuration.put(
			Constants.FRAMEWORK_STORAGE_CLEAN,
			Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
		configuration.put("org.apache.felix.http.enable", String.valueOf(serving));
		configuration.put("org.apache.felix.http.host", settings.host());
		configuration.put(
			"org.osgi.service.http.port", String.valueOf(settings.port()));
		configuration.put("org.apache.felix.http.jetty.sendServerHeader", "false");
		configuration.put("org.eclipse.jetty.LEVEL", "WARN");

		System.setProperty(
			"org.slf4j.simpleLogger.defaultLogLevel",
			settings.get("log.level", "warn"));

		if (!serving) {

			// A command runs without HTTP on purpose: the HTTP bundle's warning about it would only confuse

			System.setProperty(
				"org.slf4j.simpleLogger.log.org.apache.felix.http", "error");
		}

		FrameworkFactory frameworkFactory = ServiceLoader.load(
			FrameworkFactory.class
		).iterator(
		).next();

		return frameworkFactory.newFramework(configuration);
	}

	@SuppressWarnings("unchecked")
	private static int _runCommand(
			BundleContext bundleContext, List<String> command)
		throws Exception {

		long deadline = System.currentTimeMillis() + 60_000;

		while (true) {
			ServiceReference<?>[] serviceReferences =
				bundleContext.getServiceReferences(
					Function.class.getName(), "(preau.command.line=true)");

			if (serviceReferences != null) {
				Function<String[], Integer> commandLine =
					(Function<String[], Integer>)bundleContext.getService(
						serviceReferences[0]);

				try {
					return commandLine.apply(command.toArray(new String[0]));
				}
				finally {
					bundleContext.ungetService(serviceReferences[0]);
				}
			}

			if (System.currentTimeMillis() > deadline) {
				System.err.println(
					"preau: the runtime did not start its command line; " +
						"see the messages above");

				return 1;
			}

			Thread.sleep(50);
		}
	}

	private static void _stop(Framework framework) {
		try {
			framework.stop();

			FrameworkEvent frameworkEvent = framework.waitForStop(30_000);

			if (frameworkEvent.getType() == FrameworkEvent.WAIT_TIMEDOUT) {
				System.err.println("preau: the runtime did not stop in 30 s");
			}
		}
		catch (BundleException | InterruptedException exception) {
			System.err.println("preau: " + exception);
		}
	}

	private static final int _SERVING = -1;

	// Held here so that the level set on it is not lost to garbage collection

	private static final Logger _SPI_FLY_LOGGER = Logger.getLogger(
		"org.apache.aries.spifly");

}
