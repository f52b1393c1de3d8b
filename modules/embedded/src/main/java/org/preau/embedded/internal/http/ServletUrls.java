package org.preau.embedded.internal.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

import org.preau.web.http.Urls;

/**
 * Routes are servlet paths under the context path; parameters go in the query string.
 */
public class ServletUrls implements Urls {

	public ServletUrls(String contextPath) {
		_contextPath = (contextPath == null) ? "" : contextPath;
	}

	@Override
	public String action(String route, Map<String, String> parameters) {
		return page(route, parameters);
	}

	@Override
	public String page(String route, Map<String, String> parameters) {
		StringBuilder sb = new StringBuilder(_contextPath);

		sb.append(route);

		char separator = '?';

		for (Map.Entry<String, String> entry :
				new TreeMap<>(parameters).entrySet()) {

			sb.append(separator);
			sb.append(_encode(entry.getKey()));
			sb.append('=');
			sb.append(_encode(entry.getValue()));

			separator = '&';
		}

		return sb.toString();
	}

	@Override
	public String staticFile(String name) {
		return _contextPath + STATIC_PATH + name;
	}

	public static final String STATIC_PATH = "/static/";

	private String _encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private final String _contextPath;

}
