package org.preau.itests.arquillian;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.preau.feeds.generator.FeedGenerator;
import org.preau.feeds.generator.GenerationReport;
import org.preau.feeds.generator.GeneratorOptions;

/**
 * The shared web layer in a plain servlet container: a WAR of Préau's jars on embedded Tomcat 9, started by {@link
 * PreauApplicationListener}, tested over HTTP as a browser would use it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class PreauWebIT {

	@Deployment(testable = false)
	public static WebArchive createDeployment() {
		WebArchive webArchive = ShrinkWrap.create(
			WebArchive.class, "preau.war");

		webArchive.addClass(PreauApplicationListener.class);
		webArchive.setWebXML(new StringAsset(_WEB_XML));

		String libraries = System.getProperty("preau.war.libraries");

		Assertions.assertNotNull(
			libraries, "The system property preau.war.libraries is not set");

		for (String library : libraries.split(",")) {
			File file = new File(library.trim());

			Assertions.assertTrue(
				file.isFile() && file.getName().endsWith(".jar"),
				"Not a jar: " + library);

			webArchive.addAsLibrary(file);
		}

		return webArchive;
	}

	@Test
	public void givenAdminWithWrongPassword_whenSigningIn_thenUnauthorizedWithTheErrorText()
		throws Exception {

		HttpResponse<String> httpResponse = _webClient(
			"fr-FR,fr;q=0.9"
		).signIn(
			PreauApplicationListener.ADMIN_LOGIN, "not-the-password"
		);

		Assertions.assertEquals(401, httpResponse.statusCode());

		Document document = WebClient.parse(httpResponse);

		Element alert = document.selectFirst(".preau-alert-error[role=alert]");

		Assertions.assertNotNull(alert, "No error on the page:\n" + document);
		Assertions.assertEquals(
			_message(Locale.FRANCE, "the-login-or-password-is-wrong"),
			alert.text());
		Assertions.assertNotNull(
			document.selectFirst("form input#password"),
			"The sign-in form is not shown again");
	}

	@Test
	public void givenDemoSchool_whenAdminSignsIn_thenOverviewShowsItsCounts()
		throws Exception {

		WebClient webClient = _signedInWebClient();

		HttpResponse<String> httpResponse = webClient.get("overview");

		Assertions.assertEquals(
			200, httpResponse.statusCode(), httpResponse.body());

		Document document = WebClient.parse(httpResponse);

		Element establishment = document.selectFirst(
			"section.preau-establishment[data-uai]");

		Assertions.assertNotNull(
			establishment, "No establishment on the overview:\n" + document);
		Assertions.assertFalse(
			document.select(
				".preau-establishment-name"
			).text(
			).isBlank(),
			"The establishment has no name");

		GenerationReport generationReport = new FeedGenerator(
			GeneratorOptions.demo()
		).report();

		Map<String, Integer> expectedCounts = new TreeMap<>();

		expectedCounts.put("classes", generationReport.classes());
		expectedCounts.put("groups", generationReport.groups());
		expectedCounts.put("parent", generationReport.parents());
		expectedCounts.put("pupil", generationReport.pupils());
		expectedCounts.put("relations", generationReport.relations());
		expectedCounts.put("staff", generationReport.staff());
		expectedCounts.put("teacher", generationReport.teachers());
		expectedCounts.put(
			"teaching-assignments", generationReport.teachingAssignments());

		Map<String, Integer> counts = new TreeMap<>();

		for (String id : expectedCounts.keySet()) {
			counts.put(id, _count(document, id));
		}

		Assertions.assertEquals(
			expectedCounts, counts,
			"The overview's counts differ from the generator's report " +
				generationReport);

		int pupils = counts.get("pupil");

		Assertions.assertTrue(
			(pupils >= 500) && (pupils <= 700),
			"The demo school has " + pupils + " pupils");
		Assertions.assertTrue(
			counts.get("parent") > pupils,
			"The demo school has fewer parents than pupils");
		Assertions.assertTrue(counts.get("teacher") > 0);
		Assertions.assertTrue(counts.get("classes") > 0);

		HttpResponse<String> byUai = webClient.get(
			"overview?uai=" + establishment.attr("data-uai"));

		Assertions.assertEquals(200, byUai.statusCode(), byUai.body());
		Assertions.assertEquals(
			pupils, _count(WebClient.parse(byUai), "pupil"),
			"The overview of the same UAI shows other counts");
	}

	@Test
	public void givenSiecleAndStsFiles_whenSentForChecking_thenReportPerSourceAndNothingWritten()
		throws Exception {

		Path feeds = Files.createTempDirectory("preau-feeds");

		FeedGenerator feedGenerator = new FeedGenerator(GeneratorOptions.demo());

		List<Path> files = new ArrayList<>(
			feedGenerator.writeSiecle(feeds.resolve("siecle")));

		files.addAll(feedGenerator.writeSts(feeds.resolve("sts")));

		WebClient webClient = _signedInWebClient();

		int parentsBefore = _count(
			WebClient.parse(webClient.get("overview")), "parent");

		HttpResponse<String> importsPage = webClient.get("imports");

		Assertions.assertEquals(200, importsPage.statusCode());

		HttpResponse<String> submitted = webClient.postMultipart(
			"imports",
			Map.of(
				"csrfToken", WebClient.csrfToken(WebClient.parse(importsPage))),
			"files", files);

		Document document = _finishedJob(webClient, submitted, "SUCCEEDED");

		Assertions.assertEquals(
			"true",
			document.select(
				".preau-import-result"
			).attr(
				"data-dry-run"
			));
		Assertions.assertEquals(
			1,
			document.select(
				"article.preau-import-report[data-source=SIECLE]"
			).size());
		Assertions.assertEquals(
			1,
			document.select(
				"article.preau-import-report[data-source=STS]"
			).size());
		Assertions.assertEquals(
			parentsBefore,
			_count(WebClient.parse(webClient.get("overview")), "parent"),
			"a dry run wrote to the directory");
	}

	@Test
	public void givenHostileFeedFile_whenSent_thenRefusedWithItsLocationAndNothingWritten()
		throws Exception {

		Path hostile = Files.createTempDirectory(
			"preau-hostile"
		).resolve(
			"ENT_Complet_20260915_Eleve_0001.xml"
		);

		Files.writeString(
			hostile,
			"<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM " +
				"\"file:///etc/passwd\">]>\n<x>&e;</x>\n");

		WebClient webClient = _signedInWebClient();

		int pupilsBefore = _count(
			WebClient.parse(webClient.get("overview")), "pupil");

		HttpResponse<String> importsPage = webClient.get("imports");

		HttpResponse<String> submitted = webClient.postMultipart(
			"imports",
			Map.of(
				"apply", "true", "csrfToken",
				WebClient.csrfToken(WebClient.parse(importsPage))),
			"files", List.of(hostile));

		Document document = _finishedJob(webClient, submitted, "FAILED");

		String error = document.select(".preau-alert-error").text();

		Assertions.assertTrue(
			error.contains("ENT_Complet_20260915_Eleve_0001.xml:"),
			document.toString());
		Assertions.assertFalse(document.toString().contains("root:x:"));
		Assertions.assertEquals(
			pupilsBefore,
			_count(WebClient.parse(webClient.get("overview")), "pupil"));

		HttpResponse<String> withoutToken = webClient.postMultipart(
			"imports", Map.of("apply", "true"), "files", List.of(hostile));

		Assertions.assertEquals(403, withoutToken.statusCode());
	}

	@Test
	public void givenEnglishBrowser_whenLoginPageIsRequested_thenItIsInEnglish()
		throws Exception {

		_assertLoginPageIn("en-US,en;q=0.9", "en", Locale.ROOT);
	}

	@Test
	public void givenFrenchBrowser_whenLoginPageIsRequested_thenItIsInFrench()
		throws Exception {

		_assertLoginPageIn("fr-FR,fr;q=0.9", "fr", Locale.FRANCE);
	}

	@Test
	public void givenHostileUai_whenOverviewIsRequested_thenItIsShownAsTextOnly()
		throws Exception {

		WebClient webClient = _signedInWebClient();

		String hostile =
			"\"><script>alert(1)</script><img src=x onerror=alert(2)>";

		HttpResponse<String> httpResponse = webClient.get(
			"overview?uai=" +
				URLEncoder.encode(hostile, StandardCharsets.UTF_8));

		Assertions.assertEquals(422, httpResponse.statusCode());

		Document document = WebClient.parse(httpResponse);

		Assertions.assertTrue(
			document.select(
				"script"
			).isEmpty(),
			"A script was injected:\n" + document);
		Assertions.assertTrue(
			document.select(
				"[onerror]"
			).isEmpty(),
			"An event handler was injected:\n" + document);
		Assertions.assertTrue(
			document.select(
				".preau-alert"
			).text(
			).contains(
				hostile
			),
			"The UAI is not shown back as text:\n" + document);
	}

	@Test
	public void givenLoginFormWithoutCsrfToken_whenPosted_thenForbidden()
		throws Exception {

		WebClient webClient = _webClient("fr-FR,fr;q=0.9");

		Assertions.assertEquals(200, webClient.get("login").statusCode());

		HttpResponse<String> httpResponse = webClient.post(
			"login",
			Map.of(
				"login", PreauApplicationListener.ADMIN_LOGIN, "password",
				PreauApplicationListener.ADMIN_PASSWORD));

		Assertions.assertEquals(403, httpResponse.statusCode());
		Assertions.assertTrue(
			httpResponse.headers(
			).firstValue(
				"Location"
			).isEmpty(),
			"A POST without token signed in");
	}

	@Test
	public void givenLoginPage_whenServed_thenSecurityHeadersAreSet()
		throws Exception {

		HttpResponse<String> httpResponse = _webClient(
			"fr-FR,fr;q=0.9"
		).get(
			"login"
		);

		Assertions.assertEquals(200, httpResponse.statusCode());

		String contentSecurityPolicy = httpResponse.headers(
		).firstValue(
			"Content-Security-Policy"
		).orElse(
			""
		);

		Assertions.assertTrue(
			contentSecurityPolicy.contains("default-src 'self'"),
			"Content-Security-Policy: " + contentSecurityPolicy);
		Assertions.assertTrue(
			contentSecurityPolicy.contains("frame-ancestors 'none'"),
			"Content-Security-Policy: " + contentSecurityPolicy);
		Assertions.assertEquals(
			"DENY",
			httpResponse.headers(
			).firstValue(
				"X-Frame-Options"
			).orElse(
				null
			));
		Assertions.assertEquals(
			"nosniff",
			httpResponse.headers(
			).firstValue(
				"X-Content-Type-Options"
			).orElse(
				null
			));
	}

	@Test
	public void givenSignedInAdmin_whenSigningOut_thenPagesAskToSignInAgain()
		throws Exception {

		WebClient webClient = _signedInWebClient();

		HttpResponse<String> home = webClient.get("home");

		Assertions.assertEquals(200, home.statusCode());

		HttpResponse<String> signOut = webClient.post(
			"logout",
			Map.of("csrfToken", WebClient.csrfToken(WebClient.parse(home))));

		_assertRedirectsToLogin(signOut);
		_assertRedirectsToLogin(webClient.get("overview"));
	}

	@Test
	public void givenUnknownUai_whenOverviewIsRequested_thenNotFound()
		throws Exception {

		WebClient webClient = _signedInWebClient();

		String demoUai = WebClient.parse(
			webClient.get("overview")
		).select(
			"section.preau-establishment"
		).attr(
			"data-uai"
		);

		String unknownUai = demoUai.equals("0999999Z") ? "0999998Y" : "0999999Z";

		HttpResponse<String> httpResponse = webClient.get(
			"overview?uai=" + unknownUai);

		Assertions.assertEquals(404, httpResponse.statusCode());
		Assertions.assertTrue(
			WebClient.parse(
				httpResponse
			).select(
				".preau-alert"
			).text(
			).contains(
				unknownUai
			),
			"The page does not name the UAI it did not find");
	}

	@Test
	public void givenUnsupportedLanguage_whenLoginPageIsRequested_thenItIsInFrench()
		throws Exception {

		_assertLoginPageIn("de-DE,de;q=0.9", "fr", Locale.FRANCE);
	}

	private static void _assertRedirectsToLogin(
		HttpResponse<String> httpResponse) {

		int status = httpResponse.statusCode();

		Assertions.assertTrue(
			(status == 302) || (status == 303),
			"Status " + status + " instead of a redirect");
		Assertions.assertTrue(
			httpResponse.headers(
			).firstValue(
				"Location"
			).orElse(
				""
			).endsWith(
				"/login"
			),
			"Not sent to the sign-in page: " + httpResponse.headers());
	}

	/**
	 * Follows a submitted import to its job page, and reads the page again until the job has ended in the expected
	 * state.
	 */
	private static Document _finishedJob(
			WebClient webClient, HttpResponse<String> submitted,
			String expectedState)
		throws Exception {

		Assertions.assertEquals(303, submitted.statusCode(), submitted.body());

		String location = submitted.headers(
		).firstValue(
			"Location"
		).orElseThrow();

		Assertions.assertTrue(
			location.contains("/imports/job?id="), location);

		String path = location.substring(location.indexOf("imports/job"));

		long deadline = System.currentTimeMillis() + 60_000;

		while (true) {
			HttpResponse<String> jobPage = webClient.get(path);

			Assertions.assertEquals(200, jobPage.statusCode(), jobPage.body());

			Document document = WebClient.parse(jobPage);

			String state = document.select(
				".preau-import-job"
			).attr(
				"data-state"
			);

			if (state.equals("SUCCEEDED") || state.equals("FAILED")) {
				Assertions.assertEquals(expectedState, state, document.toString());

				return document;
			}

			Assertions.assertTrue(
				System.currentTimeMillis() < deadline,
				"the import did not end within 60 s: " + state);

			Thread.sleep(100);
		}
	}

	private static int _count(Document document, String id) {
		Element element = document.selectFirst(
			"li.preau-card[data-count=" + id + "] .preau-count");

		Assertions.assertNotNull(
			element, "The overview shows no count " + id + ":\n" + document);

		return Integer.parseInt(element.text());
	}

	/**
	 * A text of the web module's language files, which the test reads from the same jar as the WAR.
	 */
	private static String _message(Locale locale, String key) {
		return ResourceBundle.getBundle(
			"content.Language", locale,
			ResourceBundle.Control.getNoFallbackControl(
				ResourceBundle.Control.FORMAT_PROPERTIES)
		).getString(
			key
		);
	}

	private void _assertLoginPageIn(
			String acceptLanguage, String lang, Locale bundleLocale)
		throws Exception {

		HttpResponse<String> httpResponse = _webClient(
			acceptLanguage
		).get(
			"login"
		);

		Assertions.assertEquals(200, httpResponse.statusCode());

		Document document = WebClient.parse(httpResponse);

		Assertions.assertEquals(lang, document.select("html").attr("lang"));
		Assertions.assertEquals(
			_message(bundleLocale, "sign-in"), document.select("h1").text());
		Assertions.assertEquals(
			_message(bundleLocale, "password"),
			document.select(
				"label[for=password]"
			).text());
	}

	@Test
	public void givenAdmin_whenSearchingTheDirectory_thenLoginFirstACardAndACsvExport()
		throws Exception {

		WebClient webClient = _signedInWebClient();

		HttpResponse<String> search = webClient.get(
			"directory?uai=0310001A&profile=teacher&name=" +
				URLEncoder.encode("É", StandardCharsets.UTF_8));

		Assertions.assertEquals(200, search.statusCode(), search.body());

		Document document = WebClient.parse(search);

		Assertions.assertEquals(
			"Identifiant",
			document.select("table.preau-directory th").first().text());

		HttpResponse<String> teachers = webClient.get(
			"directory?uai=0310001A&profile=teacher");

		Document teachersDocument = WebClient.parse(teachers);

		Element teacherRow = teachersDocument.selectFirst(
			"td.preau-login:containsOwn(" + PreauApplicationListener.TEACHER_LOGIN +
				")");

		Assertions.assertNotNull(teacherRow, teachers.body());

		String cardPath = teacherRow.parent(
		).selectFirst(
			"a"
		).attr(
			"href"
		);

		HttpResponse<String> card = webClient.get(cardPath);

		Assertions.assertEquals(200, card.statusCode(), card.body());
		Assertions.assertEquals(
			PreauApplicationListener.TEACHER_LOGIN,
			WebClient.parse(card).select("dd.preau-login").text());

		HttpResponse<String> export = webClient.get(
			teachersDocument.selectFirst(
				"a.preau-export"
			).attr(
				"href"
			));

		Assertions.assertEquals(200, export.statusCode());
		Assertions.assertEquals(
			"text/csv;charset=UTF-8",
			export.headers().firstValue("Content-Type").orElse(""));
		Assertions.assertTrue(
			export.headers(
			).firstValue(
				"Content-Disposition"
			).orElse(
				""
			).startsWith(
				"attachment"
			));

		String[] lines = export.body().split("\r\n");

		Assertions.assertTrue(
			lines[0].startsWith("\uFEFFIdentifiant;Nom;Prénom;"), lines[0]);
		Assertions.assertEquals(
			teachersDocument.select(".preau-result-count").attr("data-total"),
			String.valueOf(lines.length - 1));
		Assertions.assertTrue(
			export.body().contains(
				"\r\n" + PreauApplicationListener.TEACHER_LOGIN + ";"));
	}

	@Test
	public void givenAdmin_whenSearchingOutOfRange_thenAClearErrorNotAServerError()
		throws Exception {

		WebClient webClient = _signedInWebClient();

		for (String query :
				new String[] {
					"directory?uai=0310001A&page=-5",
					"directory?uai=0310001A&page=99999999999",
					"directory?uai=0310001A&state=asleep",
					"directory/export?uai=0310001A&function=boss",
					"directory?uai=0310001A&name=" + "x".repeat(101),
					"directory/card"
				}) {

			HttpResponse<String> httpResponse = webClient.get(query);

			Assertions.assertEquals(422, httpResponse.statusCode(), query);
			Assertions.assertFalse(
				WebClient.parse(
					httpResponse
				).select(
					".preau-alert-error"
				).text(
				).isEmpty(),
				query);
		}

		Assertions.assertEquals(
			404, webClient.get("directory/card?id=nobody").statusCode());
	}

	@Test
	public void givenTeacherAccount_whenSearchingSeeingACardOrExporting_thenForbidden()
		throws Exception {

		WebClient adminClient = _signedInWebClient();

		String cardPath = WebClient.parse(
			adminClient.get("directory?uai=0310001A&profile=pupil")
		).selectFirst(
			"table.preau-directory tbody a"
		).attr(
			"href"
		);

		WebClient webClient = _webClient("fr-FR,fr;q=0.9");

		Assertions.assertEquals(
			303,
			webClient.signIn(
				PreauApplicationListener.TEACHER_LOGIN,
				PreauApplicationListener.TEACHER_PASSWORD
			).statusCode());

		for (String path :
				new String[] {
					"directory", "directory?uai=0310001A",
					"directory?uai=0310001A&name=a", cardPath,
					"directory/export?uai=0310001A", "directory/export"
				}) {

			HttpResponse<String> httpResponse = webClient.get(path);

			Assertions.assertEquals(403, httpResponse.statusCode(), path);
			Assertions.assertTrue(
				httpResponse.headers(
				).firstValue(
					"Content-Type"
				).orElse(
					""
				).startsWith(
					"text/html"
				),
				path);
		}
	}

	private WebClient _signedInWebClient() throws Exception {
		WebClient webClient = _webClient("fr-FR,fr;q=0.9");

		HttpResponse<String> httpResponse = webClient.signIn(
			PreauApplicationListener.ADMIN_LOGIN,
			PreauApplicationListener.ADMIN_PASSWORD);

		Assertions.assertEquals(
			303, httpResponse.statusCode(),
			"A successful sign-in answers 303 See Other to /home");
		Assertions.assertTrue(
			httpResponse.headers(
			).firstValue(
				"Location"
			).orElse(
				""
			).endsWith(
				"/home"
			));

		return webClient;
	}

	private WebClient _webClient(String acceptLanguage) {
		return new WebClient(URI.create(_url.toString()), acceptLanguage);
	}

	private static final String _WEB_XML = String.join(
		"\n", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
		"<web-app xmlns=\"http://xmlns.jcp.org/xml/ns/javaee\" " +
			"version=\"3.1\" metadata-complete=\"true\">",
		"\t<listener>",
		"\t\t<listener-class>" + PreauApplicationListener.class.getName() +
			"</listener-class>",
		"\t</listener>", "</web-app>");

	@ArquillianResource
	private URL _url;

}
