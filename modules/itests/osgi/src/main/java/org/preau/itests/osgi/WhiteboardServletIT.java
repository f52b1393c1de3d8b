package org.preau.itests.osgi;

import java.net.http.HttpResponse;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.preau.feeds.generator.FeedGenerator;
import org.preau.feeds.generator.GenerationReport;
import org.preau.feeds.generator.GeneratorOptions;

/**
 * The web pages as the HTTP Whiteboard on Jetty serves them, over real HTTP, with the demo school that the runtime
 * loads on its first start.
 */
public class WhiteboardServletIT {

	@BeforeEach
	public void setUp() throws InterruptedException {
		ItestRuntime.awaitServing();

		_webClient = new WebClient(ItestRuntime.baseUri());
	}

	@Test
	public void givenDemoSchool_whenAdminSignsIn_thenOverviewShowsItsPeople()
		throws Exception {

		HttpResponse<String> loginPage = _webClient.get("login");

		Assertions.assertEquals(200, loginPage.statusCode());

		HttpResponse<String> signIn = _webClient.post(
			"login",
			Map.of(
				"csrfToken", WebClient.csrfToken(WebClient.parse(loginPage)),
				"login", ItestRuntime.adminLogin(), "password",
				ItestRuntime.adminPassword()));

		Assertions.assertEquals(
			303, signIn.statusCode(),
			"A successful sign-in answers 303 See Other to /home");
		Assertions.assertEquals(
			"/home",
			signIn.headers(
			).firstValue(
				"Location"
			).map(
				location -> ItestRuntime.baseUri(
				).resolve(
					location
				).getPath()
			).orElse(
				null
			));

		HttpResponse<String> home = _webClient.get("home");

		Assertions.assertEquals(200, home.statusCode(), home.body());

		HttpResponse<String> overview = _webClient.get("overview");

		Assertions.assertEquals(200, overview.statusCode(), overview.body());

		Document document = WebClient.parse(overview);

		Element establishment = document.selectFirst(
			"section.preau-establishment[data-uai]");

		Assertions.assertNotNull(
			establishment,
			"The overview shows no establishment:\n" + overview.body());
		Assertions.assertFalse(
			document.select(
				".preau-establishment-name"
			).text(
			).isBlank());

		GenerationReport generationReport = new FeedGenerator(
			GeneratorOptions.demo()
		).report();

		int pupils = _count(document, "pupil");

		Assertions.assertTrue(
			pupils > 500, "The demo school has " + pupils + " pupils");
		Assertions.assertEquals(
			generationReport.pupils(), pupils,
			"The generator's report: " + generationReport);
		Assertions.assertEquals(
			generationReport.parents(), _count(document, "parent"),
			"The generator's report: " + generationReport);
		Assertions.assertEquals(
			generationReport.teachers(), _count(document, "teacher"),
			"The generator's report: " + generationReport);
		Assertions.assertEquals(
			generationReport.classes(), _count(document, "classes"),
			"The generator's report: " + generationReport);
	}

	@Test
	public void givenWhiteboardServlet_whenLoginPageIsRequested_thenItAnswers200WithTheSignInForm()
		throws Exception {

		HttpResponse<String> httpResponse = _webClient.get("login");

		Assertions.assertEquals(200, httpResponse.statusCode());
		Assertions.assertTrue(
			httpResponse.headers(
			).firstValue(
				"Content-Type"
			).orElse(
				""
			).startsWith(
				"text/html"
			));

		Document document = WebClient.parse(httpResponse);

		Assertions.assertNotNull(document.selectFirst("form input#login"));
		Assertions.assertNotNull(document.selectFirst("form input#password"));
		Assertions.assertFalse(WebClient.csrfToken(document).isEmpty());
	}

	private static int _count(Document document, String id) {
		Element element = document.selectFirst(
			"li.preau-card[data-count=" + id + "] .preau-count");

		Assertions.assertNotNull(
			element, "The overview shows no count " + id);

		return Integer.parseInt(element.text());
	}

	private WebClient _webClient;

}
