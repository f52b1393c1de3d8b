package org.preau.liferay.web.internal.portlet;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

import javax.portlet.MutableRenderParameters;

import org.preau.web.http.Urls;

/**
 * The shared pages' URLs while a portlet processes an action, which has no response to create URLs from: a page is
 * written as its route and parameters, and the redirect a controller answers becomes the render parameters of the
 * render that follows the action, as the portlet specification has it.
 */
public class ActionUrls implements Urls {

	/**
	 * Sets the render parameters of the page a controller redirected to.
	 *
	 * @throws IllegalArgumentException if the location is not a page of these URLs
	 */
	public static void redirect(
		String location, MutableRenderParameters mutableRenderParameters) {

		if (!location.startsWith(_PREFIX)) {
			throw new IllegalArgumentException(
				"not a page of the portlet: " + location);
		}

		String[] parts = location.substring(
			_PREFIX.length()
		).split(
			"\\?", 2
		);

		mutableRenderParameters.setValue(
			PortletUrls.ROUTE_PARAMETER, _decode(parts[0]));

		if (parts.length == 1) {
			return;
		}

		for (String pair : parts[1].split("&")) {
			String[] keyAndValue = pair.split("=", 2);

			mutableRenderParameters.setValue(
				_decode(keyAndValue[0]),
				(keyAndValue.length == 1) ? "" : _decode(keyAndValue[1]));
		}
	}

	@Override
	public String action(String route, Map<String, String> parameters) {
		return page(route, parameters);
	}

	@Override
	public String page(String route, Map<String, String> parameters) {
		StringBuilder sb = new StringBuilder(_PREFIX);

		sb.append(_encode(route));

		String separator = "?";

		for (Map.Entry<String, String> entry :
				new TreeMap<>(parameters).entrySet()) {

			sb.append(separator);
			sb.append(_encode(entry.getKey()));
			sb.append('=');
			sb.append(_encode(entry.getValue()));

			separator = "&";
		}

		return sb.toString();
	}

	@Override
	public String staticFile(String name) {
		return _PREFIX + _encode(name);
	}

	private static String _decode(String value) {
		return URLDecoder.decode(value, StandardCharsets.UTF_8);
	}

	private static String _encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static final String _PREFIX = "portlet:";

}
