package org.preau.web.http;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A file a page answers with instead of HTML, such as a CSV export: its name, its type, and what writes it, run by
 * the host once the headers are sent.
 */
public final class Download {

	public Download(String fileName, String contentType, Body body) {
		if (!_FILE_NAME.matcher(fileName).matches()) {
			throw new IllegalArgumentException(
				"the file name \"" + fileName + "\" is not a plain file name");
		}

		_fileName = fileName;
		_contentType = Objects.requireNonNull(contentType);
		_body = Objects.requireNonNull(body);
	}

	public Body body() {
		return _body;
	}

	public String contentType() {
		return _contentType;
	}

	/**
	 * A name of letters, digits, dots, hyphens and underscores only, so that it needs no quoting in a header.
	 */
	public String fileName() {
		return _fileName;
	}

	@FunctionalInterface
	public interface Body {

		void writeTo(OutputStream outputStream) throws IOException;

	}

	private static final Pattern _FILE_NAME = Pattern.compile(
		"[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

	private final Body _body;
	private final String _contentType;
	private final String _fileName;

}
