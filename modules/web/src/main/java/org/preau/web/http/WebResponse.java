package org.preau.web.http;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a controller answers: a page rendered from a template and its view model, a redirect, or a file to download.
 */
public final class WebResponse {

	public static final int FORBIDDEN = 403;

	public static final int NOT_FOUND = 404;

	public static final int OK = 200;

	public static final int UNPROCESSABLE = 422;

	public static WebResponse download(Download download) {
		return new WebResponse(
			OK, null, Collections.<String, Object>emptyMap(), null,
			Objects.requireNonNull(download));
	}

	/**
	 * A file to download, made for this response only (it may hold secrets shown once).
	 *
	 * @param fileName a plain file name, without quotes or path
	 */
	public static WebResponse file(
		String contentType, String fileName, byte[] content) {

		byte[] bytes = content.clone();

		return download(
			new Download(
				fileName, contentType,
				outputStream -> outputStream.write(bytes)));
	}

	public static WebResponse redirect(String location) {
		return new WebResponse(
			303, null, Collections.<String, Object>emptyMap(),
			Objects.requireNonNull(location), null);
	}

	public static WebResponse view(
		int status, String template, Map<String, Object> model) {

		return new WebResponse(
			status, Objects.requireNonNull(template), model, null, null);
	}

	public static WebResponse view(String template, Map<String, Object> model) {
		return view(OK, template, model);
	}

	/**
	 * The file to send instead of a page, if the answer is one.
	 */
	public Optional<Download> download() {
		return Optional.ofNullable(_download);
	}

	public Map<String, Object> model() {
		return _model;
	}

	public Optional<String> redirectLocation() {
		return Optional.ofNullable(_redirectLocation);
	}

	public int status() {
		return _status;
	}

	/**
	 * The template's name, relative to the shared templates folder, such as {@code overview.ftlh}.
	 */
	public Optional<String> template() {
		return Optional.ofNullable(_template);
	}

	private WebResponse(
		int status, String template, Map<String, Object> model,
		String redirectLocation, Download download) {

		_status = status;
		_template = template;
		_model = Collections.unmodifiableMap(new LinkedHashMap<>(model));
		_redirectLocation = redirectLocation;
		_download = download;
	}

	private final Download _download;
	private final Map<String, Object> _model;
	private final String _redirectLocation;
	private final int _status;
	private final String _template;

}
