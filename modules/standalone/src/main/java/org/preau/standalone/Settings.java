package org.preau.standalone;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The settings of one run, from lowest to highest precedence: the defaults shipped in the jar, {@code
 * <data>/preau.properties}, the {@code PREAU_*} environment variables, and the command line options that come before
 * the command. {@code --data DIR} may also follow the command ({@code search --data DIR --name X}): no command takes
 * an option of that name, and the data folder must be known before the runtime starts.
 */
public final class Settings {

	public static Settings parse(String[] args, Map<String, String> environment)
		throws IOException {

		Properties properties = new Properties();

		try (InputStream inputStream = Settings.class.getResourceAsStream(
				"preau.properties")) {

			if (inputStream != null) {
				try (Reader reader = new InputStreamReader(
						inputStream, StandardCharsets.UTF_8)) {

					properties.load(reader);
				}
			}
		}

		Properties overrides = new Properties();

		for (Map.Entry<String, String> entry : _ENVIRONMENT.entrySet()) {
			String value = environment.get(entry.getKey());

			if ((value != null) && !value.isEmpty()) {
				overrides.setProperty(entry.getValue(), value);
			}
		}

		List<String> command = new ArrayList<>();

		for (int i = 0; i < args.length; i++) {
			String arg = args[i];

			if (!command.isEmpty() && !arg.equals("--data")) {
				command.add(arg);
			}
			else if (arg.equals("--port") || arg.equals("--data") ||
					 arg.equals("--host")) {

				if ((i + 1) >= args.length) {
					throw new IllegalArgumentException(arg + " needs a value");
				}

				overrides.setProperty(arg.substring(2), args[++i]);
			}
			else if (arg.equals("--help") || arg.equals("-h")) {
				command.add("help");
			}
			else if (arg.startsWith("--")) {
				throw new IllegalArgumentException(
					"unknown option " + arg + "; try: help");
			}
			else {
				command.add(arg);
			}
		}

		Path dataDir = Paths.get(
			overrides.getProperty("data", properties.getProperty("data", "data")));

		Path dataProperties = dataDir.resolve("preau.properties");

		if (Files.isRegularFile(dataProperties)) {
			try (Reader reader = Files.newBufferedReader(
					dataProperties, StandardCharsets.UTF_8)) {

				properties.load(reader);
			}
		}

		properties.putAll(overrides);

		return new Settings(properties, dataDir.toAbsolutePath(), command);
	}

	public List<String> command() {
		return _command;
	}

	public Path dataDir() {
		return _dataDir;
	}

	public String get(String key, String defaultValue) {
		return _properties.getProperty(key, defaultValue);
	}

	public String host() {
		return get("host", "127.0.0.1");
	}

	public int port() {
		String value = get("port", "8080");

		try {
			int port = Integer.parseInt(value.trim());

			if ((port > 0) && (port < 65536)) {
				return port;
			}
		}
		catch (NumberFormatException numberFormatException) {
		}

		throw new IllegalArgumentException(
			"the port \"" + value + "\" is not a number from 1 to 65535");
	}

	public Properties properties() {
		return _properties;
	}

	private Settings(Properties properties, Path dataDir, List<String> command) {
		_properties = properties;
		_dataDir = dataDir;
		_command = command;
	}

	private static final Map<String, String> _ENVIRONMENT = Map.of(
		"PREAU_ADMIN_LOGIN", "admin.login", "PREAU_ADMIN_PASSWORD",
		"admin.password", "PREAU_DATA", "data", "PREAU_DEMO", "demo",
		"PREAU_HOST", "host", "PREAU_PORT", "port");

	private final List<String> _command;
	private final Path _dataDir;
	private final Properties _properties;

}
