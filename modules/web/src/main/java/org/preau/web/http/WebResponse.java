package org.preau.web.http;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a controller answers: a page rendered from a template and its view model, or a redirect.
 */
public final class WebResponse {

	public static final int FORBIDDEN = 403;

	public static final int NOT_FOUND = 404;

	public static final int OK = 200;

	public static final int UNPROCESSABLE = 422;

	/**
	 * A file to download, made for this response only (it may hold secrets shown once).
	 *
	 * @param fileName a plain file name, without quotes or path
	 */
	public static WebResponse file(
		String contentType, String fileName, byte[] content) {

		if (!fileName.matches("[A-Za-z0-9._-]+")) {
			throw new IllegalArgumentException(
				"\"" + fileName + "\" is not a plain file name");
		}

		WebResponse webResponse = new WebResponse(
			OK, null, Collections.<String, Object>emptyMap(), null);

		webResponse._file = new File(
			Objects.requireNonNull(contentType), fileName, content.clone());

		return webResponse;
	}

	public static WebResponse redirect(String location) {
		return new WebResponse(
			303, null, Collections.<String, Object>emptyMap(),
			Objects.requireNonNull(location));
	}

	/**
	 * The file to download, if this response is one.
	 */
	public Optional<File> file() {
		return Optional.ofNullable(_file);
	}

	public static WebResponse view(
		int status, String template, Map<String, Object> model) {

		return new WebResponse(
			status, Objects.requireNonNull(template), model, null);
	}

	public static WebResponse view(String template, Map<String, Object> model) {
		return view(OK, template, model);
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
		String redirectLocation) {

		_status = status;
		_template = template;
		_model = Collections.unmodifiableMap(new LinkedHashMap<>(model));
		_redirectLocation = redirectLocation;
	}

	/**
	 * A file to download: its content type, name and bytes.
	 */
	public static final class File {

		public byte[] content() {
			return _content.clone();
		}

		public String contentType() {
			return _contentType;
		}

		public String fileName() {
			return _fileName;
		}

		private File(String contentType, String fileName, byte[] content) {
			_contentType = contentType;
			_fileName = fileName;
			_content = content;
		}

		private final byte[] _content;
		private final String _contentType;
		private final String _fileName;

	}

	private File _file;
	private final Map<String, Object> _model;
	private final String _redirectLocation;
	private final int _status;
	private final String _template;

}
