package org.preau.itests.osgi;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A user agent over real HTTP that keeps its cookies (the session cookie) and does not follow redirects, so that the
 * tests see every status the servlet answers.
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

	public WebClient(URI baseUri) {
		_baseUri = baseUri;
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

		String body = _form(form);

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
	 * Posts a form whose answer is a file.
	 */
	public HttpResponse<byte[]> postForBytes(
			String path, Map<String, String> form)
		throws IOException, InterruptedException {

		return _httpClient.send(
			_request(
				path
			).header(
				"Content-Type", "application/x-www-form-urlencoded"
			).POST(
				HttpRequest.BodyPublishers.ofString(_form(form))
			).build(),
			HttpResponse.BodyHandlers.ofByteArray());
	}

	private static String _encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static String _form(Map<String, String> form) {
		return form.entrySet(
		).stream(
		).map(
			entry -> _encode(entry.getKey()) + "=" + _encode(entry.getValue())
		).collect(
			Collectors.joining("&")
		);
	}

	private HttpRequest.Builder _request(String path) {
		return HttpRequest.newBuilder(
			_baseUri.resolve(path)
		).timeout(
			Duration.ofSeconds(30)
		).header(
			"Accept-Language", "fr-FR,fr;q=0.9"
		);
	}

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
