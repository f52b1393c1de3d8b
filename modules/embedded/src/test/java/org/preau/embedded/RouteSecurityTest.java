package org.preau.embedded;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.sql.DataSource;


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
 * Every route the wiring gives the servlet, called by every profile with GET and POST over real HTTP: nobody but the
 * administrators of the demo school (and the platform's) gets its data or changes anything, and no POST goes through
 * without the session's CSRF token. The routes are read from the application, so routes added later are covered.
 */
public class RouteSecurityTest {

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

		String hash = _demoSchoolServer.passwordHash();

		jdbcStore.accounts(
		).save(
			new Account("local.admin", "Local admin", hash, Set.of(), true)
		);

		_person(jdbcStore, hash, "teacher", Profile.TEACHER, null);
		_person(jdbcStore, hash, "pupil", Profile.PUPIL, null);
		_person(jdbcStore, hash, "parent", Profile.PARENT, null);
		_person(
			jdbcStore, hash, "social.worker", Profile.STAFF, StaffFunction.SOC);

		Person victim = jdbcStore.people(
		).list(
			_UAI, Profile.PUPIL, 1, 1
		).get(
			0
		);

		jdbcStore.personLogins().give(_VICTIM, victim.externalId());
	}

	@Test
	public void givenEveryPostRoute_whenTheCsrfTokenIsMissingOrWrong_thenRefusedAndNothingChanges()
		throws Exception {

		Client client = _signIn("admin");

		List<String> problems = new ArrayList<>();

		for (String route : _sorted(_preauApplication.postRoutes())) {
			for (String token : new String[] {null, "forged-token"}) {
				List<String> before = _state();

				HttpResponse<String> httpResponse = client.post(
					route, _postParameters(token));

				if (httpResponse.statusCode() != 403) {
					problems.add(
						"POST " + route + " with token " + token + " answered " +
							httpResponse.statusCode());
				}

				if (!before.equals(_state())) {
					problems.add(
						"POST " + route + " with token " + token +
							" changed something");
				}
			}
		}

		Assertions.assertTrue(
			problems.isEmpty(), String.join("\n", problems));
	}

	@Test
	public void givenEveryRouteAndProfile_thenNoUnauthorisedCallSucceedsNorChangesAnything()
		throws Exception {

		Assertions.assertTrue(
			_preauApplication.routes().containsAll(
				Set.of("/rights", "/rights/modules", "/messaging", "/explain")),
			"the wiring gives the rights pages: " + _preauApplication.routes());

		List<String> problems = new ArrayList<>();

		for (String profile :
				new String[] {
					"other.head", "teacher", "pupil", "parent",
					"social.worker", null
				}) {

			Client client = new Client();

			if (profile == null) {

				// A visitor's session has a CSRF token too: only the missing sign-in stops them

				client.get("/login", Map.of());
			}
			else {
				client = _signIn(profile);
			}

			String name = (profile == null) ? "anonymous" : profile;

			for (String route : _sorted(_preauApplication.routes())) {
				List<String> before = _state();

				_check(
					problems, "GET " + route + " as " + name,
					client.get(route, _getParameters()), before);

				for (String operation : _OPERATIONS) {
					Map<String, String> parameters = _postParameters(
						client.csrfToken());

					parameters.put("operation", operation);

					_check(
						problems,
						"POST " + route + " (" + operation + ") as " + name,
						client.post(route, parameters), before);
				}
			}
		}

		Assertions.assertTrue(
			problems.isEmpty(), String.join("\n", problems));
	}

	@Test
	public void givenLocalAdministratorAppointed_thenTheirOpenSessionAdministersTheSchoolUntilRevoked()
		throws Exception {

		Client delegate = _signIn("local.admin");

		Assertions.assertEquals(
			403,
			delegate.get(
				"/overview", Map.of("uai", _UAI.value())
			).statusCode());

		Client admin = _signIn("admin");

		Map<String, String> parameters = new LinkedHashMap<>();

		parameters.put("csrfToken", admin.csrfToken());
		parameters.put("login", "local.admin");
		parameters.put("operation", "local-administrator");
		parameters.put("reason", "ENT administrator");
		parameters.put("uai", _UAI.value());

		Assertions.assertEquals(
			303, admin.post("/rights/delegations", parameters).statusCode());

		Assertions.assertEquals(
			200,
			delegate.get(
				"/overview", Map.of("uai", _UAI.value())
			).statusCode(),
			"the delegation applies from the next request, without signing in " +
				"again");

		HttpResponse<String> delegations = admin.get(
			"/rights/delegations", Map.of("uai", _UAI.value()));

		Matcher matcher = Pattern.compile(
			"name=\"id\" value=\"([0-9]+)\""
		).matcher(
			delegations.body()
		);

		Assertions.assertTrue(matcher.find(), delegations.body());

		parameters.put("csrfToken", admin.csrfToken());
		parameters.put("id", matcher.group(1));
		parameters.put("operation", "revoke");

		Assertions.assertEquals(
			303, admin.post("/rights/delegations", parameters).statusCode());
		Assertions.assertEquals(
			403,
			delegate.get(
				"/overview", Map.of("uai", _UAI.value())
			).statusCode());
	}

	@Test
	public void givenPlatformAdministrator_whenTheSameCallsAreMade_thenTheySucceedAndChangeTheRules()
		throws Exception {

		Client client = _signIn("admin");

		HttpResponse<String> page = client.get(
			"/rights", Map.of("uai", _UAI.value()));

		Assertions.assertEquals(200, page.statusCode());
		Assertions.assertTrue(page.body().contains(_UAI.value()));

		List<String> before = _state();

		Map<String, String> parameters = new LinkedHashMap<>(
			_postParameters(client.csrfToken()));

		parameters.put("service", "ressources-numeriques");

		HttpResponse<String> httpResponse = client.post(
			"/rights/modules", parameters);

		Assertions.assertEquals(303, httpResponse.statusCode());
		Assertions.assertNotEquals(
			before, _state(),
			"the detector of changes sees the change of an allowed call");
	}

	private static void _check(
			List<String> problems, String call,
			HttpResponse<String> httpResponse, List<String> before)
		throws IOException, SQLException {

		String problem = _unauthorisedSuccess(httpResponse);

		if (problem != null) {
			problems.add(call + ": " + problem);
		}

		if (!before.equals(_state())) {
			problems.add(call + ": changed something");
		}
	}

	private static Map<String, String> _getParameters() {
		Map<String, String> parameters = new LinkedHashMap<>();

		parameters.put("action", "consult");
		parameters.put("from", _VICTIM);
		parameters.put("login", _VICTIM);
		parameters.put("service", "cahier-de-textes");
		parameters.put("to", "teacher");
		parameters.put("uai", _UAI.value());

		return parameters;
	}

	private static void _person(
		JdbcStore jdbcStore, String hash, String login, Profile profile,
		StaffFunction function) {

		for (int offset = 0;; offset++) {
			Person person = jdbcStore.people(
			).list(
				_UAI, profile, offset, 1
			).get(
				0
			);

			if ((function == null) || person.functions().contains(function)) {
				jdbcStore.personLogins().give(login, person.externalId());
				jdbcStore.accounts(
				).save(
					new Account(
						login, person.displayName(), hash, Set.of(), true)
				);

				return;
			}
		}
	}

	/**
	 * A form that every POST route would take as a change of the demo school, were the caller allowed.
	 */
	private static Map<String, String> _postParameters(String csrfToken) {
		Map<String, String> parameters = new LinkedHashMap<>();

		if (csrfToken != null) {
			parameters.put("csrfToken", csrfToken);
		}

		parameters.put("allowed", "true");
		parameters.put("apply", "true");
		parameters.put("cell", "social-worker|sanctions|consult");
		parameters.put("code", "");
		parameters.put("id", "1");
		parameters.put("login", "intruder");
		parameters.put("operation", "close");
		parameters.put("other", DemoSchoolServer.OTHER_UAI.value());
		parameters.put("reason", "security test");
		parameters.put("scope", "all-pupils");
		parameters.put("service", "cahier-de-textes");
		parameters.put("source", "drop-folder");
		parameters.put("step", "apply");
		parameters.put("targets", DemoSchoolServer.OTHER_UAI.value());
		parameters.put("until", "2030-01-01");
		parameters.put("uai", _UAI.value());

		return parameters;
	}

	private static Client _signIn(String login) throws Exception {
		Client client = new Client();

		client.get("/login", Map.of());

		Map<String, String> parameters = new LinkedHashMap<>();

		parameters.put("csrfToken", client.csrfToken());
		parameters.put("login", login);
		parameters.put("password", _PASSWORD);

		HttpResponse<String> httpResponse = client.post("/login", parameters);

		Assertions.assertEquals(
			303, httpResponse.statusCode(), login + " could not sign in");

		client.get("/home", Map.of());

		return client;
	}

	private static List<String> _sorted(Set<String> routes) {
		return new ArrayList<>(new TreeSet<>(routes));
	}

	/**
	 * Every row of every table but the audit trail (where refused calls are rightly recorded), and the files of the
	 * data folder's imports.
	 */
	private static List<String> _state() throws IOException, SQLException {
		List<String> lines = new ArrayList<>();

		DataSource dataSource = _preauApplication.dataSource();

		try (Connection connection = dataSource.getConnection();
			Statement statement = connection.createStatement()) {

			List<String> tables = new ArrayList<>();

			try (ResultSet resultSet = statement.executeQuery(
					"select table_name from information_schema.tables where " +
						"table_schema = 'PUBLIC' and table_name <> " +
							"'PREAU_AUDITEVENT' order by table_name")) {

				while (resultSet.next()) {
					tables.add(resultSet.getString(1));
				}
			}

			for (String table : tables) {
				try (ResultSet resultSet = statement.executeQuery(
						"select * from " + table)) {

					ResultSetMetaData metaData = resultSet.getMetaData();

					while (resultSet.next()) {
						StringBuilder sb = new StringBuilder(table);

						for (int i = 1; i <= metaData.getColumnCount(); i++) {
							sb.append('|');
							sb.append(resultSet.getString(i));
						}

						lines.add(sb.toString());
					}
				}
			}
		}

		Path imports = _dataDir.resolve("imports");

		if (Files.isDirectory(imports)) {
			try (Stream<Path> paths = Files.walk(imports)) {
				lines.addAll(
					paths.map(
						Path::toString
					).collect(
						Collectors.toList()
					));
			}
		}

		lines.sort(null);

		return lines;
	}

	/**
	 * Why the answer to an unauthorised call is a success, or null if it is not: any 2xx page that shows the demo
	 * school or the person asked about, and any redirect elsewhere than to the sign-in page (a POST that went through).
	 */
	private static String _unauthorisedSuccess(
		HttpResponse<String> httpResponse) {

		int status = httpResponse.statusCode();

		if ((status >= 200) && (status < 300)) {
			String body = httpResponse.body();

			if (body.contains(_UAI.value()) ||
				body.contains("Collège Marie Curie")) {

				return "answered " + status + " with the school's data";
			}

			if (body.contains("preau-decision")) {
				return "answered " + status + " with a decision about " +
					_VICTIM;
			}

			return null;
		}

		if ((status >= 300) && (status < 400)) {
			String location = httpResponse.headers(
			).firstValue(
				"Location"
			).orElse(
				""
			);

			if (!location.endsWith("/login")) {
				return "answered " + status + " to " + location;
			}
		}

		return null;
	}

	private static final Pattern _CSRF_TOKEN = Pattern.compile(
		"name=\"csrfToken\" value=\"([^\"]+)\"");

	/**
	 * The operations of the forms that take one, so that each POST route is tried with each of its actions.
	 */
	private static final String[] _OPERATIONS = {
		"close", "open", "link", "unlink", "local-administrator", "dane",
		"class-administration", "revoke"
	};

	private static final String _PASSWORD = "Route-Security-2026";

	private static final Uai _UAI = Uai.of("0310001A");

	private static final String _VICTIM = "victim.pupil";

	private static URI _baseUri;
	private static Path _dataDir;
	private static DemoSchoolServer _demoSchoolServer;
	private static PreauApplication _preauApplication;

	/**
	 * One browser: its cookies, the last CSRF token its pages carried, no redirect followed.
	 */
	private static final class Client {

		private String csrfToken() {
			return _csrfToken;
		}

		private HttpResponse<String> get(
				String route, Map<String, String> parameters)
			throws IOException, InterruptedException {

			String query = _form(parameters);

			return _send(
				HttpRequest.newBuilder(
					_baseUri.resolve(
						route.substring(1) +
							(query.isEmpty() ? "" : "?" + query))
				).GET(
				).build());
		}

		private HttpResponse<String> post(
				String route, Map<String, String> parameters)
			throws IOException, InterruptedException {

			return _send(
				HttpRequest.newBuilder(
					_baseUri.resolve(route.substring(1))
				).header(
					"Content-Type", "application/x-www-form-urlencoded"
				).POST(
					HttpRequest.BodyPublishers.ofString(_form(parameters))
				).build());
		}

		private String _form(Map<String, String> parameters) {
			return parameters.entrySet(
			).stream(
			).map(
				entry ->
					URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) +
						"=" +
							URLEncoder.encode(
								entry.getValue(), StandardCharsets.UTF_8)
			).collect(
				Collectors.joining("&")
			);
		}

		private HttpResponse<String> _send(HttpRequest httpRequest)
			throws IOException, InterruptedException {

			HttpResponse<String> httpResponse = _httpClient.send(
				httpRequest, HttpResponse.BodyHandlers.ofString());

			Matcher matcher = _CSRF_TOKEN.matcher(httpResponse.body());

			if (matcher.find()) {
				_csrfToken = matcher.group(1);
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
