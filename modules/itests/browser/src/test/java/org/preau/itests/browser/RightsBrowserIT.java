package org.preau.itests.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.preau.core.accounts.model.Account;
import org.preau.core.directory.model.Person;
import org.preau.core.directory.model.Profile;
import org.preau.core.directory.model.StaffFunction;
import org.preau.core.directory.model.Uai;
import org.preau.embedded.PreauApplication;
import org.preau.embedded.internal.security.Pbkdf2PasswordHasher;
import org.preau.store.jdbc.H2Database;
import org.preau.store.jdbc.JdbcStore;

/**
 * The rights matrix in a real browser against the executable jar: the académie leaves the cahier de textes to each
 * school's choice, the demo school's admin grants it to its social worker, who then finds it among their services
 * with the override cited by the explainer; closing the module hides it for everyone.
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
	 * Loads the demo school into the data folder, and gives its social worker and one of its pupils a login and an
	 * account, as the person sign-in will once people activate their accounts.
	 */
	private static void _prepare(Path dataFolder) throws Exception {
		PreauApplication.start(
			Map.of(
				"admin.password", _PASSWORD, "data", dataFolder.toString(),
				"demo", "true")
		).close();

		try (H2Database h2Database = H2Database.open(dataFolder)) {
			JdbcStore jdbcStore = new JdbcStore(h2Database.dataSource());

			String hash = new Pbkdf2PasswordHasher(
				new SecureRandom(), 10_000
			).hash(
				_PASSWORD.toCharArray()
			);

			_account(
				h2Database, jdbcStore, hash, _SOCIAL_WORKER, Profile.STAFF,
				StaffFunction.SOC);
			_account(
				h2Database, jdbcStore, hash, _PUPIL, Profile.PUPIL, null);
		}
	}

	private static void _account(
			H2Database h2Database, JdbcStore jdbcStore, String hash,
			String login, Profile profile, StaffFunction function)
		throws SQLException {

		for (int offset = 0;; offset++) {
			Person person = jdbcStore.people(
			).list(
				_UAI, profile, offset, 1
			).get(
				0
			);

			if ((function == null) || person.functions().contains(function)) {
				_takeBackLogin(h2Database, person.externalId());

				Assertions.assertTrue(
					jdbcStore.personLogins().give(login, person.externalId()));

				jdbcStore.accounts(
				).save(
					new Account(
						login, person.displayName(), hash, Set.of(), true)
				);

				return;
			}
		}
	}

	private static String _property(String key) {
		String value = System.getProperty(key);

		Assertions.assertNotNull(
			value, "The system property " + key + " is not set (see pom.xml)");

		return value;
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
		_signIn(chromeDriver, baseUri, "admin");

		chromeDriver.get(baseUri + "rights/defaults");

		_saveCell(chromeDriver, false, "laissé au choix des établissements");

		_signOut(chromeDriver);
		_signIn(chromeDriver, baseUri, _SOCIAL_WORKER);

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

		_signOut(chromeDriver);
		_signIn(chromeDriver, baseUri, _SOCIAL_WORKER);

		Assertions.assertTrue(_hasCahierDeTextes(chromeDriver, baseUri));

		_explain(
			chromeDriver, baseUri, _SOCIAL_WORKER, true,
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
			chromeDriver, baseUri, _PUPIL, false,
			"the module cahier-de-textes is closed in 0310001A");

		_signOut(chromeDriver);
		_signIn(chromeDriver, baseUri, _SOCIAL_WORKER);

		Assertions.assertFalse(_hasCahierDeTextes(chromeDriver, baseUri));

		_explain(
			chromeDriver, baseUri, _SOCIAL_WORKER, false,
			"the module cahier-de-textes is closed in 0310001A");

		_signOut(chromeDriver);
		_signIn(chromeDriver, baseUri, _PUPIL);

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

	private static final String _CELL =
		"cell-social-worker-cahier-de-textes-consult";

	private static final String _PASSWORD = "Browser-Preau-2026";

	private static final String _PUPIL = "eleve.test";

	private static final String _SOCIAL_WORKER = "assistante.sociale";

	private static final Uai _UAI = Uai.of("0310001A");

}
