package org.preau.itests.browser;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.preau.core.directory.model.Person;
import org.preau.core.directory.model.Profile;
import org.preau.core.directory.model.StaffFunction;
import org.preau.core.directory.model.Uai;
import org.preau.embedded.PreauApplication;
import org.preau.store.jdbc.H2Database;
import org.preau.store.jdbc.JdbcStore;

/**
 * The rights matrix in a real browser against the executable jar: the académie leaves the cahier de textes to each
 * school's choice, the demo school's admin grants it to its social worker, sees it on their card and asks the
 * explainer from there; the social worker then finds it among their services with the override cited by the explainer;
 * closing the module hides it for everyone.
 */
public class RightsBrowserIT {

	@Test
	public void givenAdminGrantsCahierDeTextesToTheSocialWorker_thenTheySeeItUntilTheModuleIsClosed()
		throws Exception {

		Path outputDir = Paths.get(_property("preau.output.dir"));
		Path dataFolder = Files.createTempDirectory("preau-rights-");

		_prepare(dataFolder);

		try (StandaloneProcess standaloneProcess = StandaloneProcess.start(
				Paths.get(_property("preau.standalone.jar")),
				outputDir.resolve("rights.log"),
				Map.of("PREAU_ADMIN_PASSWORD", _PASSWORD), dataFolder)) {

			standaloneProcess.awaitLoginPage(Duration.ofSeconds(60));

			ChromeDriver chromeDriver = HeadlessChromium.start(outputDir);

			try {
				_run(chromeDriver, standaloneProcess.baseUri().toString());
			}
			finally {
				chromeDriver.quit();
			}

			Assertions.assertTrue(standaloneProcess.stop(Duration.ofSeconds(30)));
		}
	}

	/**
	 * Loads the demo school into the data folder, and issues activation codes to its social worker and one of its
	 * pupils with the command line, as an administrator does before handing them over.
	 */
	private void _prepare(Path dataFolder) throws Exception {
		try (PreauApplication preauApplication = PreauApplication.start(
				Map.of(
					"admin.password", _PASSWORD, "data", dataFolder.toString(),
					"demo", "true"))) {

			_socialWorker = _issueCode(
				preauApplication, dataFolder, Profile.STAFF, StaffFunction.SOC);
			_pupil = _issueCode(
				preauApplication, dataFolder, Profile.PUPIL, null);
		}
	}

	/**
	 * Returns the login the demo load gave to the first person of the profile (and function), its new activation
	 * code, which {@code reset} prints once, and the person's identifier in the directory.
	 */
	private static String[] _issueCode(
		PreauApplication preauApplication, Path dataFolder, Profile profile,
		StaffFunction function) {

		String login = null;
		String externalId = null;

		try (H2Database h2Database = H2Database.open(dataFolder)) {
			JdbcStore jdbcStore = new JdbcStore(h2Database.dataSource());

			for (int offset = 0; login == null; offset++) {
				Person person = jdbcStore.people(
				).list(
					_UAI, profile, offset, 1
				).get(
					0
				);

				if ((function == null) ||
					person.functions().contains(function)) {

					login = jdbcStore.personLogins(
					).loginOf(
						person.externalId()
					).orElseThrow();
					externalId = person.externalId();
				}
			}
		}

		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();

		Assertions.assertEquals(
			0,
			preauApplication.commandLine(
				new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8)
			).apply(
				new String[] {"reset", "--login", login}
			),
			err.toString(StandardCharsets.UTF_8));

		String[] printed = out.toString(
			StandardCharsets.UTF_8
		).trim(
		).split(
			" "
		);

		Assertions.assertEquals(login, printed[0]);

		return new String[] {login, printed[1], externalId};
	}

	private static String _property(String key) {
		String value = System.getProperty(key);

		Assertions.assertNotNull(
			value, "The system property " + key + " is not set (see pom.xml)");

		return value;
	}

	/**
	 * Signs in with the login and its activation code, and chooses the password of the test.
	 */
	private void _activate(
		ChromeDriver chromeDriver, String baseUri, String[] loginAndCode) {

		chromeDriver.get(baseUri + "login");

		chromeDriver.findElement(
			By.id("login")
		).sendKeys(
			loginAndCode[0]
		);
		chromeDriver.findElement(
			By.id("password")
		).sendKeys(
			loginAndCode[1]
		);
		chromeDriver.findElement(
			By.cssSelector("form.preau-form button[type=submit]")
		).click();

		_wait(
			chromeDriver
		).until(
			ExpectedConditions.urlContains("/activate")
		);

		chromeDriver.findElement(By.id("password")).sendKeys(_PASSWORD);
		chromeDriver.findElement(By.id("confirmation")).sendKeys(_PASSWORD);
		chromeDriver.findElement(
			By.cssSelector("form.preau-form button[type=submit]")
		).click();

		_wait(
			chromeDriver
		).until(
			ExpectedConditions.urlContains("/home")
		);

		_signOut(chromeDriver);
	}

	/**
	 * The social worker's card, as the admin sees it: the cahier de textes granted by the override, whose link asks
	 * the explainer, and the code that the command line issued to them.
	 */
	private void _card(ChromeDriver chromeDriver, String baseUri) {
		chromeDriver.get(baseUri + "directory/card?id=" + _socialWorker[2]);

		WebElement consult = _wait(
			chromeDriver
		).until(
			ExpectedConditions.visibilityOfElementLocated(
				By.cssSelector(
					".preau-card-services tr[data-service=cahier-de-textes] a"))
		);

		Assertions.assertTrue(
			chromeDriver.findElements(
				By.cssSelector(
					".preau-card-services tr[data-service=sanctions]")
			).isEmpty(),
			"the social worker is not granted the sanctions");

		String distribution = chromeDriver.findElement(
			By.cssSelector(".preau-last-distribution")
		).getText();

		Assertions.assertTrue(
			distribution.endsWith("system · " + _socialWorker[0]),
			distribution);

		consult.click();

		WebElement decision = _wait(
			chromeDriver
		).until(
			ExpectedConditions.visibilityOfElementLocated(
				By.cssSelector("section.preau-decision"))
		);

		Assertions.assertEquals("true", decision.getAttribute("data-allowed"));
		Assertions.assertTrue(
			decision.getText().contains("by the override of 0310001A by admin"),
			decision.getText());
	}

	private void _explain(
		ChromeDriver chromeDriver, String baseUri, String login,
		boolean allowed, String reason) {

		chromeDriver.get(
			baseUri + "explain?login=" + login +
				"&service=cahier-de-textes&action=consult");

		WebElement decision = _wait(
			chromeDriver
		).until(
			ExpectedConditions.visibilityOfElementLocated(
				By.cssSelector("section.preau-decision"))
		);

		Assertions.assertEquals(
			String.valueOf(allowed), decision.getAttribute("data-allowed"),
			decision.getText());
		Assertions.assertTrue(
			decision.getText().contains(reason), decision.getText());
	}

	private boolean _hasCahierDeTextes(ChromeDriver chromeDriver, String baseUri) {
		chromeDriver.get(baseUri + "home");

		_wait(
			chromeDriver
		).until(
			ExpectedConditions.urlContains("/home")
		);

		Assertions.assertFalse(
			chromeDriver.findElements(
				By.cssSelector("section.preau-my-services li")
			).isEmpty(),
			"the social worker has services:\n" + chromeDriver.getPageSource());

		return !chromeDriver.findElements(
			By.cssSelector(
				"section.preau-my-services li[data-service=cahier-de-textes]")
		).isEmpty();
	}

	private void _run(ChromeDriver chromeDriver, String baseUri) {
		_activate(chromeDriver, baseUri, _socialWorker);
		_activate(chromeDriver, baseUri, _pupil);

		_signIn(chromeDriver, baseUri, "admin");

		chromeDriver.get(baseUri + "rights/defaults");

		_saveCell(chromeDriver, false, "laissé au choix des établissements");

		_signOut(chromeDriver);
		_signIn(chromeDriver, baseUri, _socialWorker[0]);

		Assertions.assertFalse(
			_hasCahierDeTextes(chromeDriver, baseUri),
			"the académie no longer gives it by default");

		_signOut(chromeDriver);
		_signIn(chromeDriver, baseUri, "admin");

		chromeDriver.get(baseUri + "rights?uai=" + _UAI.value());

		_saveCell(chromeDriver, true, "suivi des élèves en difficulté");

		Assertions.assertFalse(
			chromeDriver.findElements(
				By.cssSelector("td.preau-override #" + _CELL)
			).isEmpty(),
			"the override is marked against the académie's default");

		_card(chromeDriver, baseUri);

		_signOut(chromeDriver);
		_signIn(chromeDriver, baseUri, _socialWorker[0]);

		Assertions.assertTrue(_hasCahierDeTextes(chromeDriver, baseUri));

		_explain(
			chromeDriver, baseUri, _socialWorker[0], true,
			"by the override of 0310001A by admin");

		_signOut(chromeDriver);
		_signIn(chromeDriver, baseUri, "admin");

		chromeDriver.get(baseUri + "rights/modules?uai=" + _UAI.value());

		WebElement row = chromeDriver.findElement(
			By.cssSelector("tr[data-service=cahier-de-textes]"));

		row.findElement(
			By.name("reason")
		).sendKeys(
			"nouvel outil"
		);
		row.findElement(
			By.cssSelector("button[type=submit]")
		).click();

		_wait(
			chromeDriver
		).until(
			ExpectedConditions.attributeToBe(
				By.cssSelector("tr[data-service=cahier-de-textes]"),
				"data-closed", "true")
		);

		_explain(
			chromeDriver, baseUri, _pupil[0], false,
			"the module cahier-de-textes is closed in 0310001A");

		_signOut(chromeDriver);
		_signIn(chromeDriver, baseUri, _socialWorker[0]);

		Assertions.assertFalse(_hasCahierDeTextes(chromeDriver, baseUri));

		_explain(
			chromeDriver, baseUri, _socialWorker[0], false,
			"the module cahier-de-textes is closed in 0310001A");

		_signOut(chromeDriver);
		_signIn(chromeDriver, baseUri, _pupil[0]);

		Assertions.assertFalse(_hasCahierDeTextes(chromeDriver, baseUri));
	}

	/**
	 * Sets the social worker's "cahier de textes: consult" cell with the keyboard's space bar, as a keyboard user
	 * would, and saves the matrix with a reason.
	 */
	private void _saveCell(
		ChromeDriver chromeDriver, boolean checked, String reason) {

		WebElement cell = _wait(
			chromeDriver
		).until(
			ExpectedConditions.presenceOfElementLocated(By.id(_CELL))
		);

		Assertions.assertNotEquals(checked, cell.isSelected());

		cell.sendKeys(" ");

		Assertions.assertEquals(checked, cell.isSelected());

		chromeDriver.findElement(
			By.id("reason")
		).sendKeys(
			reason
		);
		chromeDriver.findElement(
			By.cssSelector("form.preau-matrix-form button[type=submit]")
		).click();

		_wait(
			chromeDriver
		).until(
			ExpectedConditions.urlContains("changes=1")
		);
	}

	private void _signIn(
		ChromeDriver chromeDriver, String baseUri, String login) {

		chromeDriver.get(baseUri + "login");

		chromeDriver.findElement(
			By.id("login")
		).sendKeys(
			login
		);
		chromeDriver.findElement(
			By.id("password")
		).sendKeys(
			_PASSWORD
		);
		chromeDriver.findElement(
			By.cssSelector("form.preau-form button[type=submit]")
		).click();

		_wait(
			chromeDriver
		).until(
			ExpectedConditions.urlContains("/home")
		);
	}

	private void _signOut(ChromeDriver chromeDriver) {
		chromeDriver.findElement(
			By.cssSelector("form.preau-logout button[type=submit]")
		).click();

		_wait(
			chromeDriver
		).until(
			ExpectedConditions.urlContains("/login")
		);
	}

	private WebDriverWait _wait(ChromeDriver chromeDriver) {
		WebDriverWait webDriverWait = new WebDriverWait(
			chromeDriver, Duration.ofSeconds(15));

		// A form sent reloads the page: an element found just before the reload is looked for again

		webDriverWait.ignoring(StaleElementReferenceException.class);

		return webDriverWait;
	}

	private static final String _CELL =
		"cell-social-worker-cahier-de-textes-consult";

	private static final String _PASSWORD = "Browser-Preau-2026";



	private static final Uai _UAI = Uai.of("0310001A");

	private String[] _pupil;
	private String[] _socialWorker;

}
