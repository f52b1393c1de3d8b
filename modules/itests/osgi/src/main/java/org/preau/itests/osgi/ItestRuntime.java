package org.preau.itests.osgi;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * What the tests know of the framework they run in: its bundle context and the settings of embedded-runtime.bndrun,
 * read back from the framework properties so that the .bndrun stays their only source.
 */
final class ItestRuntime {

	/**
	 * How long the runtime may take, from the start of the tests, to serve its pages with the demo school loaded.
	 */
	public static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);

	public static String adminLogin() {
		return property("preau.admin.login");
	}

	public static String adminPassword() {
		return property("preau.admin.password");
	}

	/**
	 * Waits until the whiteboard servlet answers the sign-in page: the tests start as soon as the bundles do, while
	 * the runtime may still be loading the demo school. Once it has waited in vain, it fails at once for the tests
	 * that follow.
	 */
	public static synchronized void awaitServing()
		throws InterruptedException {

		if (_serving) {
			return;
		}

		if (_notServing != null) {
			throw new AssertionError(_notServing);
		}

		long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();

		WebClient webClient = new WebClient(baseUri());

		String last = "no answer";

		while (System.nanoTime() < deadline) {
			try {
				HttpResponse<String> httpResponse = webClient.get("login");

				if (httpResponse.statusCode() == 200) {
					_serving = true;

					return;
				}

				last = "status " + httpResponse.statusCode();
			}
			catch (IOException ioException) {
				last = ioException.toString();
			}

			Thread.sleep(200);
		}

		_notServing =
			baseUri() + "login did not answer 200 within " + STARTUP_TIMEOUT +
				"; last: " + last;

		throw new AssertionError(_notServing);
	}

	public static URI baseUri() {
		return URI.create(
			"http://127.0.0.1:" + property("org.osgi.service.http.port") + "/");
	}

	public static BundleContext bundleContext() {
		return FrameworkUtil.getBundle(
			ItestRuntime.class
		).getBundleContext();
	}

	public static String property(String key) {
		return Objects.requireNonNull(
			bundleContext().getProperty(key),
			"embedded-runtime.bndrun sets no framework property " + key);
	}

	private ItestRuntime() {
	}

	private static String _notServing;
	private static boolean _serving;

}
