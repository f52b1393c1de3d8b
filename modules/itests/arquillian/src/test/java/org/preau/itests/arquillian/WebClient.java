package org.preau.itests.arquillian;

import java.io.ByteArrayOutputStream;
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
import java.util.List;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A user agent over real HTTP with one language preference, that keeps its cookies (the session cookie) and does not
 * follow redirects, so that the tests see every status the servlet answers.
 */
final class WebClient {

	/**
	 * The CSRF token of the first form of a page, as a browser would send it back.
	 */
	public static String csrfToken(Document document) {
		Element input = document.selectFirst("form input[name=csrfToken]");

		if ((input == null) || input.val().isEmpty()) {
			throw new AssertionError(
				"The page has no form with a csrfToken field:\n" +
					document.outerHtml());
		}

		return input.val();
	}

	public static Document parse(HttpResponse<String> httpResponse) {
		return Jsoup.parse(
			httpResponse.body(),
			httpResponse.uri(
			).toString());
	}

	public WebClient(URI baseUri, String acceptLanguage) {
		_baseUri = baseUri;
		_acceptLanguage = acceptLanguage;
	}

	public HttpResponse<String> get(String path)
		throws IOException, InterruptedException {

		return _httpClient.send(
			_request(
				path
			).GET(
			).build(),
			HttpResponse.BodyHandlers.ofString());
	}

	public HttpResponse<String> post(String path, Map<String, String> form)
		throws IOException, InterruptedException {

		String body = form.entrySet(
		).stream(
		).map(
			entry -> _encode(entry.getKey()) + "=" + _encode(entry.getValue())
		).collect(
			Collectors.joining("&")
		);

		return _httpClient.send(
			_request(
				path
			).header(
				"Content-Type", "application/x-www-form-urlencoded"
			).POST(
				HttpRequest.BodyPublishers.ofString(body)
			).build(),
			HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * Posts a multipart form as a browser sends a form with file fields: each file under its base name.
	 */
	public HttpResponse<String> postMultipart(
			String path, Map<String, String> fields, String fileField,
			List<Path> files)
		throws IOException, InterruptedException {

		String boundary = "----preau" + System.nanoTime();

		ByteArrayOutputStream body = new ByteArrayOutputStream();

		for (Map.Entry<String, String> entry : fields.entrySet()) {
			body.write(
				("--" + boundary + "\r\nContent-Disposition: form-data; " +
					"name=\"" + entry.getKey() + "\"\r\n\r\n" +
						entry.getValue() + "\r\n").getBytes(
							StandardCharsets.UTF_8));
		}

		for (Path file : files) {
			body.write(
				("--" + boundary + "\r\nContent-Disposition: form-data; " +
					"name=\"" + fileField + "\"; filename=\"" +
						file.getFileName() + "\"\r\nContent-Type: " +
							"application/octet-stream\r\n\r\n").getBytes(
								StandardCharsets.UTF_8));
			body.write(Files.readAllBytes(file));
			body.write("\r\n".getBytes(StandardCharsets.UTF_8));
		}

		body.write(
			("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));

		return _httpClient.send(
			_request(
				path
			).header(
				"Content-Type", "multipart/form-data; boundary=" + boundary
			).POST(
				HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())
			).build(),
			HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * Signs in through the sign-in form, with the CSRF token of the page as a browser would.
	 *
	 * @return the answer to the form's POST
	 */
	public HttpResponse<String> signIn(String login, String password)
		throws IOException, InterruptedException {

		HttpResponse<String> loginPage = get("login");

		if (loginPage.statusCode() != 200) {
			throw new AssertionError(
				"GET login answered " + loginPage.statusCode() + ":\n" +
					loginPage.body());
		}

		return post(
			"login",
			Map.of(
				"csrfToken", csrfToken(parse(loginPage)), "login", login,
				"password", password));
	}

	private static String _encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private HttpRequest.Builder _request(String path) {
		return HttpRequest.newBuilder(
			_baseUri.resolve(path)
		).timeout(
			Duration.ofSeconds(30)
		).header(
			"Accept-Language", _acceptLanguage
		);
	}

	private final String _acceptLanguage;
	private final URI _baseUri;
	private final HttpClient _httpClient = HttpClient.newBuilder(
	).connectTimeout(
		Duration.ofSeconds(5)
	).cookieHandler(
		new CookieManager()
	).followRedirects(
		HttpClient.Redirect.NEVER
	).build();

}
