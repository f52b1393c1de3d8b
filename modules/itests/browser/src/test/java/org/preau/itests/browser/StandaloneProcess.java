package org.preau.itests.browser;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The executable jar of modules/standalone, run as its own Java process on a free port with a fresh data folder, as
 * a user runs it: {@code java -jar preau-standalone.jar --port N --data DIR}.
 */
final class StandaloneProcess implements AutoCloseable {

	public static StandaloneProcess start(
			Path jar, Path logFile, Map<String, String> environment)
		throws IOException {

		return start(
			jar, logFile, environment,
			Files.createTempDirectory("preau-browser-"));
	}

	/**
	 * Runs the jar on a data folder that the test prepared; closing the process deletes it.
	 */
	public static StandaloneProcess start(
			Path jar, Path logFile, Map<String, String> environment,
			Path dataFolder)
		throws IOException {

		if (!Files.isRegularFile(jar)) {
			throw new AssertionError(
				"The executable jar " + jar + " does not exist: build " +
					"modules/standalone first (mvn install from the root)");
		}

		int port = _freePort();

		List<String> command = new ArrayList<>();

		command.add(
			Paths.get(
				System.getProperty("java.home"), "bin", "java"
			).toString());
		command.add("-jar");
		command.add(jar.toString());
		command.add("--port");
		command.add(String.valueOf(port));
		command.add("--data");
		command.add(dataFolder.toString());

		ProcessBuilder processBuilder = new ProcessBuilder(command);

		Map<String, String> processEnvironment = processBuilder.environment();

		processEnvironment.keySet(
		).removeIf(
			name -> name.startsWith("PREAU_")
		);
		processEnvironment.putAll(environment);

		Files.createDirectories(logFile.getParent());

		processBuilder.redirectErrorStream(true);
		processBuilder.redirectOutput(logFile.toFile());

		return new StandaloneProcess(
			processBuilder.start(), port, dataFolder, logFile);
	}

	/**
	 * Waits until the runtime answers its sign-in page, polling, and fails early with its output if the process ends.
	 */
	public void awaitLoginPage(Duration timeout) throws Exception {
		HttpClient httpClient = HttpClient.newBuilder(
		).connectTimeout(
			Duration.ofSeconds(2)
		).build();

		HttpRequest httpRequest = HttpRequest.newBuilder(
			baseUri().resolve("login")
		).timeout(
			Duration.ofSeconds(5)
		).build();

		long deadline = System.nanoTime() + timeout.toNanos();

		String last = "no answer";

		while (System.nanoTime() < deadline) {
			if (!_process.isAlive()) {
				throw new AssertionError(
					"The runtime ended with status " + _process.exitValue() +
						" before serving:\n" + output());
			}

			try {
				HttpResponse<Void> httpResponse = httpClient.send(
					httpRequest, HttpResponse.BodyHandlers.discarding());

				if (httpResponse.statusCode() == 200) {
					return;
				}

				last = "status " + httpResponse.statusCode();
			}
			catch (ConnectException connectException) {
				last = connectException.toString();
			}

			Thread.sleep(250);
		}

		throw new AssertionError(
			baseUri() + "login did not answer 200 within " + timeout +
				" (last: " + last + "); the runtime wrote:\n" + output());
	}

	public URI baseUri() {
		return URI.create("http://localhost:" + _port + "/");
	}

	/**
	 * Forces the process down if a test left it running, then deletes its data folder.
	 */
	@Override
	public void close() throws Exception {
		if (_process.isAlive()) {
			_process.destroyForcibly(
			).waitFor(
				10, TimeUnit.SECONDS
			);
		}

		try (Stream<Path> paths = Files.walk(_dataFolder)) {
			paths.sorted(
				Comparator.reverseOrder()
			).forEach(
				path -> path.toFile(
				).delete()
			);
		}
	}

	public String output() throws IOException {
		return new String(
			Files.readAllBytes(_logFile), StandardCharsets.UTF_8);
	}

	public int port() {
		return _port;
	}

	/**
	 * Asks the runtime to stop as an operator would, with SIGTERM ({@link Process#destroy()} on Unix).
	 *
	 * @return whether the process ended within the timeout
	 */
	public boolean stop(Duration timeout) throws InterruptedException {
		_process.destroy();

		return _process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
	}

	private static int _freePort() throws IOException {
		try (ServerSocket serverSocket = new ServerSocket(0)) {
			return serverSocket.getLocalPort();
		}
	}

	private StandaloneProcess(
		Process process, int port, Path dataFolder, Path logFile) {

		_process = process;
		_port = port;
		_dataFolder = dataFolder;
		_logFile = logFile;
	}

	private final Path _dataFolder;
	private final Path _logFile;
	private final int _port;
	private final Process _process;

}
