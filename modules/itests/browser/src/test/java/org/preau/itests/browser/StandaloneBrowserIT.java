package org.preau.itests.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.preau.feeds.generator.FeedGenerator;
import org.preau.feeds.generator.GenerationReport;
import org.preau.feeds.generator.GeneratorOptions;

/**
 * The product as a user meets it: the executable jar started on its own, signed into with a real browser.
 */
public class StandaloneBrowserIT {

	@Test
	public void givenStandaloneJar_whenAdminSignsInWithChromium_thenOverviewShowsTheDemoSchoolAndSignOutReturnsToLogin()
		throws Exception {

		Path outputDir = Paths.get(_property("preau.output.dir"));

		try (StandaloneProcess standaloneProcess = StandaloneProcess.start(
				Paths.get(_property("preau.standalone.jar")),
				outputDir.resolve("standalone.log"),
				Map.of("PREAU_ADMIN_PASSWORD", _ADMIN_PASSWORD))) {

			standaloneProcess.awaitLoginPage(Duration.ofSeconds(60));

			Assertions.assertTrue(
				standaloneProcess.output(
				).contains(
					"Préau serves " + standaloneProcess.baseUri()
				),
				"The runtime did not say where it serves:\n" +
					standaloneProcess.output());

			ChromeDriver chromeDriver = HeadlessChromium.start(outputDir);

			try {
				_signInAndOut(chromeDriver, standaloneProcess, outputDir);
			}
			finally {
				chromeDriver.quit();
			}

			Assertions.assertTrue(
				standaloneProcess.stop(Duration.ofSeconds(30)),
				"The runtime did not stop within 30 s of SIGTERM:\n" +
					standaloneProcess.output());
			Assertions.assertFalse(
				standaloneProcess.output(
				).contains(
					"Exception"
				),
				"The runtime did not run or stop cleanly:\n" +
					standaloneProcess.output());
		}
	}

	private static int _count(WebDriver webDriver, String id) {
		return Integer.parseInt(
			webDriver.findElement(
				By.cssSelector(
					"li.preau-card[data-count=" + id + "] .preau-count")
			).getText(
			).trim());
	}

	private static String _property(String key) {
		String value = System.getProperty(key);

		Assertions.assertNotNull(
			value, "The system property " + key + " is not set (see pom.xml)");

		return value;
	}

	private void _signInAndOut(
			ChromeDriver chromeDriver, StandaloneProcess standaloneProcess,
			Path outputDir)
		throws Exception {

		WebDriverWait webDriverWait = new WebDriverWait(
			chromeDriver, Duration.ofSeconds(15));

		chromeDriver.get(
			standaloneProcess.baseUri(
			).toString());

		webDriverWait.until(ExpectedConditions.urlContains("/login"));

		Assertions.assertEquals(
			"fr",
			chromeDriver.findElement(
				By.tagName("html")
			).getAttribute(
				"lang"
			),
			"A French browser gets the French pages");

		chromeDriver.findElement(
			By.id("login")
		).sendKeys(
			_ADMIN_LOGIN
		);
		chromeDriver.findElement(
			By.id("password")
		).sendKeys(
			_ADMIN_PASSWORD
		);
		chromeDriver.findElement(
			By.cssSelector("form.preau-form button[type=submit]")
		).click();

		webDriverWait.until(ExpectedConditions.urlContains("/home"));

		chromeDriver.findElement(
			By.cssSelector("nav.preau-nav a[href*='/overview']")
		).click();

		webDriverWait.until(
			ExpectedConditions.visibilityOfElementLocated(
				By.cssSelector("section.preau-establishment[data-uai]")));

		int pupils = _count(chromeDriver, "pupil");
		int parents = _count(chromeDriver, "parent");
		int teachers = _count(chromeDriver, "teacher");
		int staff = _count(chromeDriver, "staff");
		int classes = _count(chromeDriver, "classes");

		Path screenshot = outputDir.resolve("overview.png");

		Files.copy(
			chromeDriver.getScreenshotAs(
				OutputType.FILE
			).toPath(),
			screenshot, StandardCopyOption.REPLACE_EXISTING);

		GenerationReport generationReport = new FeedGenerator(
			GeneratorOptions.demo()
		).report();

		String counts = String.format(
			"The overview shows pupils %d, parents %d, teachers %d, staff %d, " +
				"classes %d (see %s); the generator's report: %s",
			pupils, parents, teachers, staff, classes, screenshot,
			generationReport);

		Assertions.assertTrue((pupils >= 500) && (pupils <= 700), counts);
		Assertions.assertTrue(parents > pupils, counts);
		Assertions.assertTrue(teachers > 0, counts);
		Assertions.assertTrue(classes > 0, counts);
		Assertions.assertEquals(generationReport.pupils(), pupils, counts);
		Assertions.assertEquals(generationReport.parents(), parents, counts);
		Assertions.assertEquals(generationReport.teachers(), teachers, counts);
		Assertions.assertEquals(generationReport.staff(), staff, counts);
		Assertions.assertEquals(generationReport.classes(), classes, counts);

		chromeDriver.findElement(
			By.cssSelector("form.preau-logout button[type=submit]")
		).click();

		webDriverWait.until(ExpectedConditions.urlContains("/login"));

		Assertions.assertTrue(
			chromeDriver.findElement(
				By.id("password")
			).isDisplayed());
		Assertions.assertTrue(
			chromeDriver.findElements(
				By.cssSelector("form.preau-logout")
			).isEmpty(),
			"A sign-out button is still shown after signing out");
	}

	/**
	 * The login of the first administrator in the shipped settings (configs/standalone/preau.properties).
	 */
	private static final String _ADMIN_LOGIN = "admin";

	private static final String _ADMIN_PASSWORD = "Browser-Preau-2026";

}
