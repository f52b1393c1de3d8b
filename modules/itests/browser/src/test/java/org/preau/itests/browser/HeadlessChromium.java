package org.preau.itests.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Comparator;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium and chromedriver, named explicitly so that Selenium never looks for a browser or a driver of its
 * own (its Selenium Manager downloads them, which cannot work here and is not wanted in CI).
 */
final class HeadlessChromium {

	public static ChromeDriver start(Path outputDir) throws IOException {
		// Debian's Chromium is newer than the DevTools protocol versions that Selenium ships, and Selenium warns so at
		// every start; the test uses no DevTools

		for (Logger logger : _SELENIUM_LOGGERS) {
			logger.setLevel(Level.SEVERE);
		}

		File chromium = _executable("preau.chromium", "chromium");
		File chromedriver = _executable("preau.chromedriver", "chromium-driver");

		Path userDataDir = _emptyFolder(outputDir.resolve("chromium-profile"));

		ChromeOptions chromeOptions = new ChromeOptions();

		chromeOptions.setBinary(chromium);
		chromeOptions.addArguments(
			"--headless=new", "--no-sandbox", "--disable-gpu",
			"--disable-dev-shm-usage", "--disable-background-networking",
			"--disable-component-update", "--disable-sync", "--no-first-run",
			"--window-size=1280,1024",
			"--user-data-dir=" + userDataDir);

		// The browser of a French school's administrator

		chromeOptions.setExperimentalOption(
			"prefs",
			Map.of(
				"download.default_directory",
				_emptyFolder(
					downloads(outputDir)
				).toString(),
				"download.prompt_for_download", false, "intl.accept_languages",
				"fr-FR,fr", "plugins.always_open_pdf_externally", true));

		ChromeDriverService chromeDriverService =
			new ChromeDriverService.Builder(
			).usingDriverExecutable(
				chromedriver
			).usingAnyFreePort(
			).withLogFile(
				outputDir.resolve(
					"chromedriver.log"
				).toFile()
			).build();

		return new ChromeDriver(chromeDriverService, chromeOptions);
	}

	/**
	 * The folder where the browser saves the files it downloads.
	 */
	public static Path downloads(Path outputDir) {
		return outputDir.resolve("downloads");
	}

	private static Path _emptyFolder(Path folder) throws IOException {
		if (Files.exists(folder)) {
			try (Stream<Path> paths = Files.walk(folder)) {
				for (Path path :
						paths.sorted(
							Comparator.reverseOrder()
						).collect(
							Collectors.toList()
						)) {

					Files.delete(path);
				}
			}
		}

		return Files.createDirectories(folder);
	}

	private static File _executable(String property, String debianPackage) {
		String path = System.getProperty(property);

		if (path == null) {
			throw new AssertionError(
				"The system property " + property + " is not set (see pom.xml)");
		}

		File file = Paths.get(
			path
		).toFile();

		if (!file.canExecute()) {
			throw new AssertionError(
				file + " is missing: install it with \"apt-get install -y " +
					debianPackage + "\" (the browser test needs Debian's " +
						"chromium and chromium-driver)");
		}

		return file;
	}

	private HeadlessChromium() {
	}

	private static final Logger[] _SELENIUM_LOGGERS = {
		Logger.getLogger("org.openqa.selenium.chromium"),
		Logger.getLogger("org.openqa.selenium.devtools")
	};

}
