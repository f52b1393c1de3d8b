package org.preau.embedded.internal.http;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.servlet.http.HttpServletRequest;

import org.preau.core.security.Actor;
import org.preau.web.http.Upload;
import org.preau.web.http.Urls;
import org.preau.web.http.WebRequest;

/**
 * A servlet request as the shared controllers see it.
 */
public class ServletWebRequest implements WebRequest {

	public ServletWebRequest(
		HttpServletRequest httpServletRequest, Actor actor, String csrfToken,
		Locale locale, Uploads uploads) {

		_httpServletRequest = httpServletRequest;
		_uploads = uploads;
		_actor = actor;
		_csrfToken = csrfToken;
		_locale = locale;
		_urls = new ServletUrls(httpServletRequest.getContextPath());
	}

	@Override
	public Optional<Actor> actor() {
		return Optional.ofNullable(_actor);
	}

	@Override
	public String csrfToken() {
		return _csrfToken;
	}

	@Override
	public Locale locale() {
		return _locale;
	}

	@Override
	public String method() {
		return _httpServletRequest.getMethod();
	}

	@Override
	public Optional<String> parameter(String name) {
		String value = _httpServletRequest.getParameter(name);

		if ((value == null) || value.trim().isEmpty()) {
			return Optional.empty();
		}

		return Optional.of(value.trim());
	}

	@Override
	public List<String> parameters(String name) {
		String[] values = _httpServletRequest.getParameterValues(name);

		if (values == null) {
			return Collections.emptyList();
		}

		return Arrays.asList(values);
	}

	@Override
	public List<Upload> uploads(String name) {
		return _uploads.get(name);
	}

	@Override
	public Urls urls() {
		return _urls;
	}

	private final Actor _actor;
	private final String _csrfToken;
	private final HttpServletRequest _httpServletRequest;
	private final Locale _locale;
	private final Uploads _uploads;
	private final Urls _urls;

}
