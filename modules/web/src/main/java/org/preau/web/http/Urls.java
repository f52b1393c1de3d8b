package org.preau.web.http;

import java.util.Map;

/**
 * Builds the URLs of the shared pages. Each host maps a route such as {@link Routes#OVERVIEW} to its own addresses: a
 * servlet path in the embedded runtime, a render or action URL of the portlet in the portal.
 */
public interface Urls {

	/**
	 * The target of a form that changes something (sent with POST and the CSRF token).
	 */
	String action(String route, Map<String, String> parameters);

	/**
	 * A link to a page.
	 */
	String page(String route, Map<String, String> parameters);

	/**
	 * A static file of the shared web bundle, such as {@code preau.css}.
	 */
	String staticFile(String name);

}
