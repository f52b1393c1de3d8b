package org.preau.embedded;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;


import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.preau.core.accounts.model.Account;
import org.preau.core.directory.model.Person;
import org.preau.core.directory.model.Profile;
import org.preau.core.directory.model.StaffFunction;
import org.preau.core.directory.model.Uai;
import org.preau.store.jdbc.JdbcStore;

/**
 * The directory card of the demo school's people over real HTTP, on the embedded runtime's database: their services
 * and rights as the matrix gives them, and their account as the accounts know it.
 */
public class UserCardTest {

	@AfterAll
	public static void tearDown() throws Exception {
		_demoSchoolServer.close();
	}

	@BeforeAll
	public static void setUp(@TempDir Path dataDir) throws Exception {
		_dataDir = dataDir;
		_demoSchoolServer = DemoSchoolServer.start(dataDir, _PASSWORD);
		_preauApplication = _demoSchoolServer.preauApplication();
		_baseUri = _demoSchoolServer.baseUri();

		JdbcStore jdbcStore = _preauApplication.jdbcStore();

		_socialWorker = _person(jdbcStore, Profile.STAFF, StaffFunction.SOC);
		_pupil = _person(jdbcStore, Profile.PUPIL, null);
		_teacher = _person(jdbcStore, Profile.TEACHER, null);

		jdbcStore.accounts(
		).save(
			new Account(
				_login(_teacher), _teacher.displayName(),
				_demoSchoolServer.passwordHash(), Set.of(), true)
		);
	}

	@Test
	public void givenAnotherSchoolsAdminOrATeacher_thenTheCardIsForbidden()
		throws Exception {

		for (String login : new String[] {"other.head", _login(_teacher)}) {
			HttpResponse<String> httpResponse = _signIn(
				login
			).get(
				"/directory/card?id=" + _socialWorker.externalId()
			);

			Assertions.assertEquals(403, httpResponse.statusCode(), login);
			Assertions.assertFalse(
				httpResponse.body().contains(_login(_socialWorker)), login);
		}
	}

	@Test
	public void givenASuspendedPupilWhoseClassGotCodes_thenTheCardShowsTheSuspensionItsReasonAndTheDistribution()
		throws Exception {

		Client admin = _signIn("admin");

		Document before = _card(admin, _pupil);

		Assertions.assertEquals(
			"Peut se connecter", before.select(".preau-account-state").text());
		Assertions.assertTrue(before.select(".preau-suspension-reason").isEmpty());
		Assertions.assertEquals(
			"Aucune parmi les 0 dernières distributions de l'établissement",
			before.select(".preau-last-distribution").text());

		String classCode = _pupil.classCode().get();

		_run(
			"credentials", "--uai", _UAI.value(), "--class", classCode, "--out",
			_dataDir.resolve("class.pdf").toString());
		_run(
			"credentials", "--uai", _UAI.value(), "--profile", "teacher",
			"--out", _dataDir.resolve("teachers.pdf").toString());
		_run(
			"suspend", "--login", _login(_pupil), "--reason",
			"Exclusion <temporaire>", "--until", "2099-09-01");

		Document after = _card(admin, _pupil);

		Assertions.assertEquals(
			"Suspendu : ne peut pas se connecter",
			after.select(".preau-account-state").text());
		Assertions.assertEquals(
			"Exclusion <temporaire>",
			after.select(".preau-suspension-reason").text());
		Assertions.assertTrue(
			after.select(".preau-card-account dd").eachText().contains(
				"2099-09-01"));

		String distribution = after.select(".preau-last-distribution").text();

		Assertions.assertTrue(
			distribution.startsWith("Imprimés "), distribution);
		Assertions.assertTrue(
			distribution.endsWith(
				"· Par system · " + _UAI + " pupil class " + classCode),
			distribution);
		Assertions.assertFalse(after.html().contains("code\""));
	}

	@Test
	public void givenTheSocialWorker_thenTheCardShowsTheServicesOfTheDefaultMatrix_andAnOverrideChangesThem()
		throws Exception {

		Client admin = _signIn("admin");

		Document card = _card(admin, _socialWorker);

		Map<String, List<String>> expected = new LinkedHashMap<>();

		expected.put("cahier-de-textes", List.of("consult"));
		expected.put("evaluations", List.of("consult"));
		expected.put("vie-de-l-eleve", List.of("consult"));
		expected.put("messagerie", List.of("consult", "contribute"));
		expected.put("annuaire", List.of("consult"));
		expected.put("reservation-ressources", List.of("consult"));
		expected.put("emploi-du-temps", List.of("consult"));
		expected.put("rubriques", List.of("consult"));

		Assertions.assertEquals(expected, _services(card));
		Assertions.assertEquals(
			"N'administre rien.",
			card.select("#services-and-rights ~ p").last().text());

		String explain = card.select(
			".preau-card-services tr[data-service=evaluations] a"
		).attr(
			"href"
		);

		Document explanation = Jsoup.parse(admin.get(explain).body());

		Assertions.assertEquals(
			"true",
			explanation.select(".preau-decision").attr("data-allowed"));

		Document matrix = Jsoup.parse(
			admin.get("/rights?uai=" + _UAI).body());

		Element form = matrix.selectFirst("form.preau-matrix-form");

		Map<String, List<String>> parameters = new LinkedHashMap<>();

		for (Element input : form.select("input[type=hidden]")) {
			parameters.computeIfAbsent(
				input.attr("name"), name -> new ArrayList<>()
			).add(
				input.attr("value")
			);
		}

		List<String> cells = new ArrayList<>(
			form.select("input[name=cell][checked]").eachAttr("value"));

		Assertions.assertFalse(
			cells.contains("social-worker|sanctions|consult"), cells.toString());

		cells.add("social-worker|sanctions|consult");

		parameters.put("cell", cells);
		parameters.put("reason", List.of("Suivi des exclusions"));

		Assertions.assertEquals(
			303,
			admin.post(
				form.attr("action"), parameters
			).statusCode());

		expected.put("sanctions", List.of("consult"));

		Assertions.assertEquals(
			new TreeMap<>(expected),
			new TreeMap<>(_services(_card(admin, _socialWorker))));
	}

	private static Document _card(Client client, Person person)
		throws Exception {

		HttpResponse<String> httpResponse = client.get(
			"/directory/card?id=" + person.externalId());

		Assertions.assertEquals(
			200, httpResponse.statusCode(), httpResponse.body());

		return Jsoup.parse(httpResponse.body());
	}

	private static String _login(Person person) {
		return _preauApplication.jdbcStore(
		).personLogins(
		).loginOf(
			person.externalId()
		).get();
	}

	private static Person _person(
		JdbcStore jdbcStore, Profile profile, StaffFunction function) {

		for (int offset = 0;; offset++) {
			Person person = jdbcStore.people(
			).list(
				_UAI, profile, offset, 1
			).get(
				0
			);

			if (((function == null) || person.functions().contains(function)) &&
				((profile != Profile.PUPIL) ||
				 person.classCode().isPresent())) {

				return person;
			}
		}
	}

	private static String _run(String... arguments) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();

		int status = _preauApplication.commandLine(
			new PrintStream(out, true, StandardCharsets.UTF_8),
			new PrintStream(err, true, StandardCharsets.UTF_8)
		).apply(
			arguments
		);

		Assertions.assertEquals(
			0, status, err.toString(StandardCharsets.UTF_8));

		return out.toString(StandardCharsets.UTF_8);
	}

	/**
	 * The services of the card, each with the actions granted, in the card's order.
	 */
	private static Map<String, List<String>> _services(Document card) {
		Map<String, List<String>> services = new LinkedHashMap<>();

		for (Element row : card.select(".preau-card-services tbody tr")) {
			List<String> actions = new ArrayList<>();

			for (Element link : row.select("a")) {
				String href = link.attr("href");

				actions.add(
					href.substring(
						href.indexOf("action=") + "action=".length(),
						href.indexOf('&')));
			}

			services.put(row.attr("data-service"), actions);
		}

		return services;
	}

	private static Client _signIn(String login) throws Exception {
		Client client = new Client();

		client.get("/login");

		Map<String, List<String>> parameters = new LinkedHashMap<>();

		parameters.put("csrfToken", List.of(client._csrfToken));
		parameters.put("login", List.of(login));
		parameters.put("password", List.of(_PASSWORD));

		Assertions.assertEquals(
			303, client.post("/login", parameters).statusCode(), login);

		return client;
	}

	private static final String _PASSWORD = "User-Card-Test-2026";

	private static final Uai _UAI = Uai.of("0310001A");

	private static URI _baseUri;
	private static Path _dataDir;
	private static DemoSchoolServer _demoSchoolServer;
	private static PreauApplication _preauApplication;
	private static Person _pupil;
	private static Person _socialWorker;
	private static Person _teacher;

	/**
	 * One browser: its cookies, the CSRF token its last page carried, no redirect followed.
	 */
	private static final class Client {

		private HttpResponse<String> get(String path)
			throws IOException, InterruptedException {

			return _send(
				HttpRequest.newBuilder(
					_baseUri.resolve(path.substring(1))
				).GET(
				).build());
		}

		private HttpResponse<String> post(
				String path, Map<String, List<String>> parameters)
			throws IOException, InterruptedException {

			String form = parameters.entrySet(
			).stream(
			).flatMap(
				entry -> entry.getValue(
				).stream(
				).map(
					value ->
						URLEncoder.encode(
							entry.getKey(), StandardCharsets.UTF_8) + "=" +
								URLEncoder.encode(value, StandardCharsets.UTF_8)
				)
			).collect(
				Collectors.joining("&")
			);

			return _send(
				HttpRequest.newBuilder(
					_baseUri.resolve(path.substring(1))
				).header(
					"Content-Type", "application/x-www-form-urlencoded"
				).POST(
					HttpRequest.BodyPublishers.ofString(form)
				).build());
		}

		private HttpResponse<String> _send(HttpRequest httpRequest)
			throws IOException, InterruptedException {

			HttpResponse<String> httpResponse = _httpClient.send(
				httpRequest, HttpResponse.BodyHandlers.ofString());

			Element token = Jsoup.parse(
				httpResponse.body()
			).selectFirst(
				"input[name=csrfToken]"
			);

			if (token != null) {
				_csrfToken = token.attr("value");
			}

			return httpResponse;
		}

		private String _csrfToken;
		private final HttpClient _httpClient = HttpClient.newBuilder(
		).cookieHandler(
			new CookieManager()
		).followRedirects(
			HttpClient.Redirect.NEVER
		).build();

	}

}
