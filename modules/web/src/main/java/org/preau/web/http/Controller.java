package org.preau.web.http;

/**
 * Handles one route: parses the request, calls one use case, and answers with a view model and its template, mapping
 * the use case's errors to pages.
 */
public interface Controller {

	WebResponse handle(WebRequest request);

}
