package org.preau.liferay.web.internal.portlet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.portlet.ActionRequest;
import javax.portlet.ClientDataRequest;
import javax.portlet.PortletRequest;
import javax.portlet.ResourceRequest;

import org.preau.core.security.Actor;
import org.preau.web.http.Upload;
import org.preau.web.http.Urls;
import org.preau.web.http.WebRequest;

/**
 * A portlet request as the shared controllers see it. The portal has already authenticated the user and checked the
 * CSRF token of actions (p_auth) before the portlet runs.
 */
public class PortletWebRequest implements WebRequest {

	public PortletWebRequest(
		PortletRequest portletRequest, Locale locale, Optional<Actor> actor,
		String csrfToken, Urls urls) {

		this(portletRequest, locale, actor, csrfToken, urls, Map.of(), Map.of());
	}

	/**
	 * @param formParameters the fields of a multipart action's form, which the portal reads with the files
	 * @param uploads the files of a multipart action, by field, which the action's command has read and copied
	 */
	public PortletWebRequest(
		PortletRequest portletRequest, Locale locale, Optional<Actor> actor,
		String csrfToken, Urls urls, Map<String, List<String>> formParameters,
		Map<String, List<Upload>> uploads) {

		_portletRequest = portletRequest;
		_locale = locale;
		_actor = actor;
		_csrfToken = csrfToken;
		_urls = urls;
		_formParameters = Map.copyOf(formParameters);
		_uploads = Map.copyOf(uploads);
	}

	@Override
	public Optional<Actor> actor() {
		return _actor;
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
		if (_portletRequest instanceof ClientDataRequest) {
			return ((ClientDataRequest)_portletRequest).getMethod();
		}

		return "GET";
	}

	@Override
	public Optional<String> parameter(String name) {
		for (String value : _values(name)) {
			if ((value != null) && !value.isBlank()) {
				return Optional.of(value.trim());
			}
		}

		return Optional.empty();
	}

	@Override
	public List<String> parameters(String name) {
		List<String> values = new ArrayList<>();

		for (String value : _values(name)) {
			if (value != null) {
				values.add(value);
			}
		}

		return Collections.unmodifiableList(values);
	}

	@Override
	public List<Upload> uploads(String name) {
		return _uploads.getOrDefault(name, List.of());
	}

	@Override
	public Urls urls() {
		return _urls;
	}

	private List<String> _values(String name) {
		if (_formParameters.containsKey(name)) {
			return _formParameters.get(name);
		}

		String[] values = null;

		if (_portletRequest instanceof ActionRequest) {
			values = ((ActionRequest)_portletRequest).getActionParameters(
			).getValues(
				name
			);
		}
		else if (_portletRequest instanceof ResourceRequest) {
			values = ((ResourceRequest)_portletRequest).getResourceParameters(
			).getValues(
				name
			);
		}

		if (values == null) {
			values = _portletRequest.getRenderParameters(
			).getValues(
				name
			);
		}

		if (values == null) {
			return Collections.emptyList();
		}

		return Arrays.asList(values);
	}

	private final Optional<Actor> _actor;
	private final String _csrfToken;
	private final Map<String, List<String>> _formParameters;
	private final Locale _locale;
	private final PortletRequest _portletRequest;
	private final Map<String, List<Upload>> _uploads;
	private final Urls _urls;

}
