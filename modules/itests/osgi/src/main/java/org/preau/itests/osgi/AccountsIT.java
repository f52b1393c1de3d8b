package org.preau.itests.osgi;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.osgi.framework.Filter;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The account pages over real HTTP in the embedded runtime: sheets printed by the administrator, activation by a
 * pupil with the printed code, suspension, and the 403 that teachers and pupils get on every account action.
 */
public class AccountsIT {

	@BeforeEach
	public void setUp() throws Exception {
		ItestRuntime.awaitServing();

		_admin = _signIn(ItestRuntime.adminLogin(), ItestRuntime.adminPassword());
	}

	@Test
	public void givenAClassPrinted_thenAPagePerPupil_andAPupilActivatesWithThePrintedCode()
		throws Exception {

		String classCode = _classCodes().get(5);

		Map<String, String> form = _form(
			"uai", _UAI, "profile", "pupil", "class", classCode, "format", "pdf");

		form.put(
			"csrfToken", WebClient.csrfToken(WebClient.parse(_admin.get("home"))));

		HttpResponse<byte[]> httpResponse = _admin.postForBytes(
			"accounts/credentials", form);

		Assertions.assertEquals(200, httpResponse.statusCode());
		Assertions.assertEquals(
			"application/pdf",
			httpResponse.headers().firstValue("Content-Type").orElse(""));
		Assertions.assertEquals(
			"no-store",
			httpResponse.headers().firstValue("Cache-Control").orElse(""));

		List<String[]> sheets = new ArrayList<>();

		try (PDDocument document = Loader.loadPDF(httpResponse.body())) {
			PDFTextStripper pdfTextStripper = new PDFTextStripper();

			for (int i = 1; i <= document.getNumberOfPages(); i++) {
				pdfTextStripper.setStartPage(i);
				pdfTextStripper.setEndPage(i);

				String page = pdfTextStripper.getText(document);

				Matcher login = _LOGIN.matcher(page);
				Matcher code = _CODE.matcher(page);

				Assertions.assertTrue(login.find(), page);
				Assertions.assertTrue(code.find(), page);
				Assertions.assertTrue(page.contains("Classe " + classCode), page);

				sheets.add(new String[] {login.group(1), code.group()});
			}
		}

		Assertions.assertTrue(sheets.size() > 10, "pages: " + sheets.size());

		String login = sheets.get(0)[0];
		String code = sheets.get(0)[1];

		WebClient pupil = new WebClient(ItestRuntime.baseUri());

		HttpResponse<String> signIn = _post(
			pupil, "login", _form("login", login, "password", code));

		Assertions.assertEquals(303, signIn.statusCode());
		Assertions.assertTrue(
			signIn.headers().firstValue("Location").orElse("").endsWith(
				"/activate"));

		Assertions.assertEquals(
			422,
			_post(
				pupil, "activate",
				_form("password", "Court-1", "confirmation", "Court-1")
			).statusCode());
		Assertions.assertEquals(
			422,
			_post(
				pupil, "activate",
				_form(
					"password", "Mon-Passe-2026", "confirmation",
					"Mon-Passe-2027")
			).statusCode());

		HttpResponse<String> activated = _post(
			pupil, "activate",
			_form(
				"password", "Mon-Passe-2026", "confirmation", "Mon-Passe-2026"));

		Assertions.assertEquals(303, activated.statusCode());
		Assertions.assertEquals(200, pupil.get("home").statusCode());

		// The code is spent; the chosen password signs in

		Assertions.assertEquals(
			401,
			_post(
				new WebClient(ItestRuntime.baseUri()), "login",
				_form("login", login, "password", code)
			).statusCode());

		_signIn(login, "Mon-Passe-2026");

		String history = _admin.get("accounts?uai=" + _UAI).body();

		Assertions.assertTrue(
			history.contains(_UAI + " pupil class " + classCode), history);
		Assertions.assertFalse(history.contains(code));
	}

	@Test
	public void givenTeacherOrPupil_thenEveryAccountActionIsForbiddenAndChangesNothing()
		throws Exception {

		List<String[]> teachers = _cliCredentials("teacher", null);
		List<String[]> pupils = _cliCredentials(
			"pupil", _classCodes().get(6));
		List<String[]> parents = _cliCredentials(
			"parent", _classCodes().get(6));

		WebClient teacher = _activate(teachers.get(0)[0], teachers.get(0)[1]);
		WebClient pupil = _activate(pupils.get(0)[0], pupils.get(0)[1]);

		// A parent: a teacher may reset the pupils of a class they teach, never an adult

		String victim = parents.get(0)[0];

		_activate(victim, parents.get(0)[1]);

		HttpResponse<String> guestCreated = _post(
			_admin, "accounts/guests/create",
			_form(
				"uai", _UAI, "firstName", "Camille", "lastName", "Invitée",
				"kind", "partner", "until", LocalDate.now().plusDays(30).toString()));

		Assertions.assertEquals(200, guestCreated.statusCode());

		String guest = WebClient.parse(
			guestCreated
		).selectFirst(
			".preau-login-value"
		).text();

		List<Map.Entry<String, Map<String, String>>> actions =
			new ArrayList<>();

		actions.add(
			_action(
				"accounts/credentials", "uai", _UAI, "profile", "pupil",
				"format", "csv"));
		actions.add(
			_action(
				"accounts/credentials", "uai", _UAI, "profile", "pupil",
				"format", "pdf", "reset", "true"));
		actions.add(_action("accounts/reset", "uai", _UAI, "login", victim));
		actions.add(
			_action(
				"accounts/suspend", "uai", _UAI, "login", victim, "reason",
				"test"));
		actions.add(
			_action(
				"accounts/suspend", "uai", _UAI, "profile", "pupil", "reason",
				"test"));
		actions.add(
			_action(
				"accounts/reactivate", "uai", _UAI, "login", victim, "reason",
				"test"));
		actions.add(
			_action(
				"accounts/guests/create", "uai", _UAI, "firstName", "Intrus",
				"lastName", "Test", "until", "2099-01-01"));
		actions.add(
			_action(
				"accounts/guests/extend", "uai", _UAI, "login", guest, "until",
				"2099-01-01"));
		actions.add(
			_action("accounts/guests/end", "uai", _UAI, "login", guest));

		for (WebClient webClient : List.of(teacher, pupil)) {
			Assertions.assertEquals(
				403, webClient.get("accounts?uai=" + _UAI).statusCode());

			for (Map.Entry<String, Map<String, String>> entry :
					actions) {

				Assertions.assertEquals(
					403,
					_post(
						webClient, entry.getKey(), entry.getValue()
					).statusCode(),
					entry.getKey() + " " + entry.getValue());
			}
		}

		// The parent still signs in with their password, the guest is unchanged

		_signIn(victim, "Victime-2026!");

		String page = _admin.get("accounts?uai=" + _UAI).body();

		Assertions.assertTrue(page.contains(guest), page);
		Assertions.assertFalse(page.contains("2099-01-01"), page);
		Assertions.assertFalse(page.contains("Intrus"), page);
	}

	@Test
	public void givenUserSuspendedByTheAdministrator_thenCannotSignInUntilReactivated()
		throws Exception {

		List<String[]> pupils = _cliCredentials("pupil", _classCodes().get(7));

		String login = pupils.get(0)[0];

		_activate(login, pupils.get(0)[1]);

		HttpResponse<String> suspended = _post(
			_admin, "accounts/suspend",
			_form(
				"uai", _UAI, "login", login, "reason", "Conseil de discipline"));

		Assertions.assertEquals(303, suspended.statusCode());

		Assertions.assertEquals(
			401,
			_post(
				new WebClient(ItestRuntime.baseUri()), "login",
				_form("login", login, "password", "Victime-2026!")
			).statusCode());

		Assertions.assertEquals(
			303,
			_post(
				_admin, "accounts/reactivate",
				_form("uai", _UAI, "login", login, "reason", "Retour")
			).statusCode());

		_signIn(login, "Victime-2026!");

		String page = _admin.get("accounts?uai=" + _UAI).body();

		Assertions.assertTrue(page.contains("Conseil de discipline"), page);
	}

	private static Map.Entry<String, Map<String, String>> _action(
		String path, String... keysAndValues) {

		return Map.entry(path, _form(keysAndValues));
	}

	private static Map<String, String> _form(String... keysAndValues) {
		Map<String, String> form = new LinkedHashMap<>();

		for (int i = 0; i < keysAndValues.length; i += 2) {
			form.put(keysAndValues[i], keysAndValues[i + 1]);
		}

		return form;
	}

	/**
	 * Posts a form with the CSRF token of the client's session, read from its home page (or the sign-in page).
	 */
	private static HttpResponse<String> _post(
			WebClient webClient, String path, Map<String, String> form)
		throws Exception {

		HttpResponse<String> page = webClient.get("home");

		if (page.statusCode() != 200) {
			page = webClient.get("login");
		}

		Map<String, String> withToken = new HashMap<>(form);

		withToken.put(
			"csrfToken", WebClient.csrfToken(WebClient.parse(page)));

		return webClient.post(path, withToken);
	}

	/**
	 * Signs in with a printed code and chooses the password every activated account of these tests has.
	 */
	private WebClient _activate(String login, String code) throws Exception {
		WebClient webClient = new WebClient(ItestRuntime.baseUri());

		Assertions.assertEquals(
			303,
			_post(
				webClient, "login", _form("login", login, "password", code)
			).statusCode());
		Assertions.assertEquals(
			303,
			_post(
				webClient, "activate",
				_form(
					"password", "Victime-2026!", "confirmation",
					"Victime-2026!")
			).statusCode());

		return webClient;
	}

	private List<String> _classCodes() throws Exception {
		Document document = WebClient.parse(
			_admin.get("accounts?uai=" + _UAI));

		List<String> classCodes = new ArrayList<>();

		for (Element option :
				document.select("#credentials-class option[value]")) {

			if (!option.val().isEmpty()) {
				classCodes.add(option.val());
			}
		}

		Assertions.assertTrue(classCodes.size() > 8, classCodes.toString());

		return classCodes;
	}

	/**
	 * Issues codes with the command line, as an administrator of the data folder does, and reads them from its CSV.
	 */
	@SuppressWarnings("unchecked")
	private List<String[]> _cliCredentials(String profile, String classCode)
		throws Exception {

		Path folder = Files.createTempDirectory("preau-accounts-it");

		List<String> arguments = new ArrayList<>(
			List.of(
				"credentials", "--uai", _UAI, "--profile", profile, "--out",
				folder.resolve("sheets.pdf").toString(), "--csv",
				folder.resolve("sheets.csv").toString()));

		if (classCode != null) {
			arguments.add("--class");
			arguments.add(classCode);
		}

		Filter filter = FrameworkUtil.createFilter(
			"(&(objectClass=" + Function.class.getName() +
				")(preau.command.line=true))");

		ServiceTracker<Object, Object> serviceTracker = new ServiceTracker<>(
			ItestRuntime.bundleContext(), filter, null);

		serviceTracker.open();

		try {
			Function<String[], Integer> commandLine =
				(Function<String[], Integer>)serviceTracker.waitForService(
					ItestRuntime.STARTUP_TIMEOUT.toMillis());

			Assertions.assertEquals(
				0, commandLine.apply(arguments.toArray(new String[0])));
		}
		finally {
			serviceTracker.close();
		}

		List<String[]> credentials = new ArrayList<>();

		List<String> lines = Files.readAllLines(
			folder.resolve("sheets.csv"), StandardCharsets.UTF_8);

		for (String line : lines.subList(1, lines.size())) {
			String[] fields = line.split(",");

			credentials.add(new String[] {fields[7], fields[8]});
		}

		Assertions.assertFalse(credentials.isEmpty());

		return credentials;
	}

	private WebClient _signIn(String login, String password) throws Exception {
		WebClient webClient = new WebClient(ItestRuntime.baseUri());

		HttpResponse<String> httpResponse = _post(
			webClient, "login", _form("login", login, "password", password));

		Assertions.assertEquals(
			303, httpResponse.statusCode(), login + " could not sign in");
		Assertions.assertTrue(
			httpResponse.headers().firstValue("Location").orElse("").endsWith(
				"/home"));

		return webClient;
	}

	private static final Pattern _CODE = Pattern.compile(
		"[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");

	private static final Pattern _LOGIN = Pattern.compile(
		"Identifiant\\s+([a-z0-9][a-z0-9._-]+)");

	private static final String _UAI = "0310001A";

	private WebClient _admin;

}
