package org.preau.web.http;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.preau.core.security.Actor;

/**
 * A request as the shared controllers see it, whatever the host: a servlet request in the embedded runtime, a portlet
 * request in the portal. The host authenticates the user and checks the CSRF token of every POST before a controller
 * runs.
 */
public interface WebRequest {

	/**
	 * The authenticated user, or empty for an anonymous visitor.
	 */
	Optional<Actor> actor();

	/**
	 * The token that every form of the page must carry.
	 */
	String csrfToken();

	Locale locale();

	/**
	 * {@code GET} or {@code POST}.
	 */
	String method();

	/**
	 * The value of a parameter, trimmed, or empty if it is missing or blank.
	 */
	Optional<String> parameter(String name);

	List<String> parameters(String name);

	/**
	 * The files sent in a form's field; none where the host takes no uploads.
	 */
	default List<Upload> uploads(String name) {
		return List.of();
	}

	/**
	 * How the host builds the links and form targets of a page.
	 */
	Urls urls();

}
