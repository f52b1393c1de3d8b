package org.preau.web.directory;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.preau.core.directory.model.DirectorySearch;
import org.preau.core.directory.model.Uai;
import org.preau.web.http.WebRequest;

/**
 * The criteria of a directory search as the search form sends them, and back: the directory page, its pages and its
 * export all read and write the same parameters.
 */
public final class DirectorySearchParameters {

	/**
	 * Returns the search of the request's parameters in the establishment, at the page of its {@code page} parameter.
	 *
	 * @throws IllegalArgumentException naming the parameter that is not valid
	 */
	public static DirectorySearch parse(
		WebRequest request, Uai uai, int pageSize) {

		return DirectorySearch.builder(
		).classCode(
			_parameter(request, "class")
		).function(
			_parameter(request, "function")
		).groupCode(
			_parameter(request, "group")
		).level(
			_parameter(request, "level")
		).name(
			_parameter(request, "name")
		).page(
			_page(request.parameter("page"))
		).pageSize(
			pageSize
		).profile(
			_parameter(request, "profile")
		).source(
			_parameter(request, "source")
		).state(
			_parameter(request, "state")
		).subject(
			_parameter(request, "subject")
		).uai(
			uai
		).build();
	}

	/**
	 * Returns the parameters that ask for the search again, its establishment first and without its page.
	 */
	public static Map<String, String> of(DirectorySearch search) {
		Map<String, String> parameters = new LinkedHashMap<>();

		if (search.uais().size() == 1) {
			parameters.put("uai", search.uais().iterator().next().value());
		}

		_put(parameters, "name", search.name());
		_put(parameters, "profile", search.profile().map(Enum::name));
		_put(parameters, "function", search.function().map(Enum::name));
		_put(parameters, "subject", search.subject());
		_put(parameters, "level", search.mefCode());
		_put(parameters, "class", search.classCode());
		_put(parameters, "group", search.groupCode());
		_put(parameters, "state", search.state().map(Enum::name));
		_put(parameters, "source", search.source().map(Enum::name));

		return Collections.unmodifiableMap(parameters);
	}

	private static int _page(Optional<String> page) {
		if (page.isEmpty()) {
			return 0;
		}

		try {
			return Integer.parseInt(page.get());
		}
		catch (NumberFormatException numberFormatException) {
			throw new IllegalArgumentException(
				"the page \"" + page.get() + "\" is not a number");
		}
	}

	private static String _parameter(WebRequest request, String name) {
		return request.parameter(name).orElse(null);
	}

	private static void _put(
		Map<String, String> parameters, String name, Optional<String> value) {

		value.ifPresent(
			text -> parameters.put(
				name,
				(name.equals("profile") || name.equals("state") ||
				 name.equals("source")) ? text.toLowerCase(Locale.ROOT) :
					 text));
	}

	private DirectorySearchParameters() {
	}

}
