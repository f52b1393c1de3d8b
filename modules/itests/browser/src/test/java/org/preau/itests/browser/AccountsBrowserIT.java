package org.preau.itests.browser;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The administrator's September in a real browser against the executable jar: the sheets of a class printed and
 * downloaded, a pupil activating with the printed code, a parent's password reset, a user suspended who then cannot
 * sign in.
 */
public class AccountsBrowserIT {

	@Test
	public void givenAdmin_whenSheetsOfAClassArePrinted_thenAPupilActivates_aParentIsReset_andASuspendedUserCannotSignIn()
		throws Exception {

		Path outputDir = Paths.get(
			System.getProperty("preau.output.dir")
		).resolve(
			"accounts"
		);

		Files.createDirectories(outputDir);

		try (StandaloneProcess standaloneProcess = StandaloneProcess.start(
				Paths.get(System.getProperty("preau.standalone.jar")),
				outputDir.resolve("standalone.log"),
				Map.of("PREAU_ADMIN_PASSWORD", _ADMIN_PASSWORD))) {

			standaloneProcess.awaitLoginPage(Duration.ofSeconds(60));

			ChromeDriver chromeDriver = HeadlessChromium.start(outputDir);

			try {
				_run(
					chromeDriver, standaloneProcess.baseUri().toString(),
					HeadlessChromium.downloads(outputDir));
			}
			finally {
				chromeDriver.quit();
			}

			String output = standaloneProcess.output();

			for (String code : _codes) {
				Assertions.assertFalse(
					output.contains(code), "A code was logged:\n" + output);
			}
		}
	}

	private static String _download(
			WebDriverWait webDriverWait, Path downloads, String suffix)
		throws Exception {

		File[] file = new File[1];

		webDriverWait.until(
			webDriver -> {
				File[] files = downloads.toFile().listFiles(
					(dir, name) -> name.endsWith(suffix));

				if ((files == null) || (files.length == 0)) {
					return false;
				}

				file[0] = files[0];

				return true;
			});

		Path path = file[0].toPath();
		Path kept = path.resolveSibling("done-" + path.getFileName());

		Files.move(path, kept);

		return kept.toString();
	}

	private void _activate(
		ChromeDriver chromeDriver, WebDriverWait webDriverWait, String baseUri,
		String login, String code, String password) {

		_signIn(chromeDriver, baseUri, login, code);

		webDriverWait.until(ExpectedConditions.urlContains("/activate"));

		chromeDriver.findElement(By.id("password")).sendKeys(password);
		chromeDriver.findElement(By.id("confirmation")).sendKeys(password);
		chromeDriver.findElement(
			By.cssSelector("form.preau-form button[type=submit]")
		).click();

		webDriverWait.until(ExpectedConditions.urlContains("/home"));

		_signOut(chromeDriver, webDriverWait);
	}

	private void _print(
		ChromeDriver chromeDriver, String baseUri, String profile,
		String classCode, String format) {

		chromeDriver.get(baseUri + "accounts?uai=" + _UAI);

		new Select(
			chromeDriver.findElement(By.id("credentials-profile"))
		).selectByValue(
			profile
		);
		new Select(
			chromeDriver.findElement(By.id("credentials-class"))
		).selectByValue(
			classCode
		);
		new Select(
			chromeDriver.findElement(By.id("credentials-format"))
		).selectByValue(
			format
		);

		chromeDriver.findElement(
			By.cssSelector("#credentials form button[type=submit]")
		).click();
	}

	private void _run(ChromeDriver chromeDriver, String baseUri, Path downloads)
		throws Exception {

		WebDriverWait webDriverWait = new WebDriverWait(
			chromeDriver, Duration.ofSeconds(20));

		_signIn(chromeDriver, baseUri, "admin", _ADMIN_PASSWORD);

		webDriverWait.until(ExpectedConditions.urlContains("/home"));

		chromeDriver.findElement(
			By.cssSelector("nav.preau-nav a[href*='/accounts']")
		).click();

		webDriverWait.until(ExpectedConditions.urlContains("/accounts"));

		List<String> classCodes = new ArrayList<>();

		for (WebElement option :
				new Select(
					chromeDriver.findElement(By.id("credentials-class"))
				).getOptions()) {

			if (!option.getAttribute("value").isEmpty()) {
				classCodes.add(option.getAttribute("value"));
			}
		}

		String classCode = classCodes.get(0);

		// The class's size, as the directory shows it

		chromeDriver.get(
			baseUri + "directory?uai=" + _UAI + "&profile=pupil&class=" +
				classCode);

		int pupils = Integer.parseInt(
			chromeDriver.findElement(
				By.cssSelector(".preau-result-count")
			).getAttribute(
				"data-total"
			));

		// The sheets of the class: one page per pupil, with their login and code

		_print(chromeDriver, baseUri, "pupil", classCode, "pdf");

		List<String[]> sheets = new ArrayList<>();

		try (PDDocument document = Loader.loadPDF(
				new File(_download(webDriverWait, downloads, ".pdf")))) {

			Assertions.assertEquals(pupils, document.getNumberOfPages());

			PDFTextStripper pdfTextStripper = new PDFTextStripper();

			for (int i = 1; i <= document.getNumberOfPages(); i++) {
				pdfTextStripper.setStartPage(i);
				pdfTextStripper.setEndPage(i);

				String page = pdfTextStripper.getText(document);

				Matcher login = _LOGIN.matcher(page);
				Matcher code = _CODE.matcher(page);

				Assertions.assertTrue(login.find() && code.find(), page);

				sheets.add(new String[] {login.group(1), code.group()});
				_codes.add(code.group());
			}
		}

		// The parents of the class, from the mail-merge file

		_print(chromeDriver, baseUri, "parent", classCode, "csv");

		List<String> lines = Files.readAllLines(
			Paths.get(_download(webDriverWait, downloads, ".csv")),
			StandardCharsets.UTF_8);

		String[] parent = lines.get(1).split(",");
		String parentLogin = parent[7];

		_codes.add(parent[8]);

		_signOut(chromeDriver, webDriverWait);

		// A pupil activates with the printed code, then signs in with the password chosen

		String pupilLogin = sheets.get(0)[0];

		_activate(
			chromeDriver, webDriverWait, baseUri, pupilLogin, sheets.get(0)[1],
			"Eleve-Passe-2026");
		_signIn(chromeDriver, baseUri, pupilLogin, "Eleve-Passe-2026");

		webDriverWait.until(ExpectedConditions.urlContains("/home"));

		_signOut(chromeDriver, webDriverWait);

		// The parent activates too; the administrator resets their password and hands over the new code

		_activate(
			chromeDriver, webDriverWait, baseUri, parentLogin, parent[8],
			"Parent-Passe-2026");

		_signIn(chromeDriver, baseUri, "admin", _ADMIN_PASSWORD);

		webDriverWait.until(ExpectedConditions.urlContains("/home"));

		chromeDriver.get(baseUri + "accounts?uai=" + _UAI);

		chromeDriver.findElement(By.id("reset-login")).sendKeys(parentLogin);
		chromeDriver.findElement(
			By.cssSelector("#reset form button[type=submit]")
		).click();

		String newCode = webDriverWait.until(
			ExpectedConditions.visibilityOfElementLocated(
				By.cssSelector(".preau-secret-value"))
		).getText(
		).trim();

		_codes.add(newCode);

		// The administrator suspends the pupil

		chromeDriver.get(baseUri + "accounts?uai=" + _UAI);

		chromeDriver.findElement(By.id("suspend-login")).sendKeys(pupilLogin);
		chromeDriver.findElement(
			By.id("suspend-reason")
		).sendKeys(
			"Exclusion temporaire"
		);
		chromeDriver.findElement(
			By.cssSelector("#suspend form button[type=submit]")
		).click();

		webDriverWait.until(
			ExpectedConditions.textToBePresentInElementLocated(
				By.cssSelector(".preau-suspensions"), "Exclusion temporaire"));

		_signOut(chromeDriver, webDriverWait);

		// The old password of the parent no longer works, the new code does

		_signIn(chromeDriver, baseUri, parentLogin, "Parent-Passe-2026");

		webDriverWait.until(
			ExpectedConditions.visibilityOfElementLocated(
				By.cssSelector(".preau-alert-error")));

		_activate(
			chromeDriver, webDriverWait, baseUri, parentLogin, newCode,
			"Parent-Nouveau-2026");

		// The suspended pupil cannot sign in

		_signIn(chromeDriver, baseUri, pupilLogin, "Eleve-Passe-2026");

		webDriverWait.until(
			ExpectedConditions.visibilityOfElementLocated(
				By.cssSelector(".preau-alert-error")));

		Assertions.assertTrue(chromeDriver.getCurrentUrl().contains("/login"));
	}

	private void _signIn(
		ChromeDriver chromeDriver, String baseUri, String login,
		String password) {

		chromeDriver.get(baseUri + "login");

		chromeDriver.findElement(By.id("login")).sendKeys(login);
		chromeDriver.findElement(By.id("password")).sendKeys(password);
		chromeDriver.findElement(
			By.cssSelector("form.preau-form button[type=submit]")
		).click();
	}

	private void _signOut(
		ChromeDriver chromeDriver, WebDriverWait webDriverWait) {

		chromeDriver.findElement(
			By.cssSelector("form.preau-logout button[type=submit]")
		).click();

		webDriverWait.until(ExpectedConditions.urlContains("/login"));
	}

	private static final String _ADMIN_PASSWORD = "Browser-Preau-2026";

	private static final Pattern _CODE = Pattern.compile(
		"[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");

	private static final Pattern _LOGIN = Pattern.compile(
		"Identifiant\\s+([a-z0-9][a-z0-9._-]+)");

	private static final String _UAI = "0310001A";

	private final List<String> _codes = new ArrayList<>();

}
