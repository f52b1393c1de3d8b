package org.preau.embedded.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import javax.servlet.ServletException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.Part;

import org.preau.web.http.Upload;

/**
 * The files of a multipart request, written to a folder of their own under safe base names, and deleted with it when
 * the request ends. Feed readers recognise a file by its name, so the name is kept as far as it is safe.
 */
public class Uploads implements AutoCloseable {

	public Uploads(HttpServletRequest httpServletRequest) {
		_httpServletRequest = httpServletRequest;
	}

	@Override
	public void close() {
		if (_folder == null) {
			return;
		}

		try (Stream<Path> paths = Files.walk(_folder)) {
			paths.sorted(
				Comparator.reverseOrder()
			).forEach(
				path -> path.toFile().delete()
			);
		}
		catch (IOException ioException) {
			throw new UncheckedIOException(ioException);
		}
	}

	public List<Upload> get(String name) {
		String contentType = _httpServletRequest.getContentType();

		if ((contentType == null) ||
			!contentType.toLowerCase().startsWith("multipart/form-data")) {

			return Collections.emptyList();
		}

		List<Upload> uploads = new ArrayList<>();

		try {
			for (Part part : _httpServletRequest.getParts()) {
				String fileName = _submittedFileName(part);

				if (!part.getName().equals(name) || (fileName == null) ||
					(part.getSize() == 0)) {

					continue;
				}

				if (uploads.size() >= MAX_FILES) {
					throw new IllegalArgumentException(
						"more than " + MAX_FILES + " files were sent");
				}

				Path file = _folder().resolve(
					_safeName(fileName, uploads.size()));

				try (InputStream inputStream = part.getInputStream()) {
					Files.copy(inputStream, file);
				}

				uploads.add(new Upload(file));
			}
		}
		catch (IOException | ServletException exception) {
			throw new IllegalArgumentException(
				"the files could not be received: " + exception.getMessage(),
				exception);
		}

		return uploads;
	}

	public static final int MAX_FILES = 50;

	/**
	 * Keeps the base name (browsers may send a whole path) and its letters, digits, dots, hyphens and underscores;
	 * a name already taken gets the upload's number in front.
	 */
	static String safeName(String submitted) {
		String baseName = submitted.substring(
			Math.max(submitted.lastIndexOf('/'), submitted.lastIndexOf('\\')) +
				1);

		String safe = baseName.replaceAll("[^A-Za-z0-9._-]", "_");

		if (safe.isEmpty() || safe.startsWith(".")) {
			safe = "upload" + safe;
		}

		if (safe.length() > 200) {
			safe = safe.substring(safe.length() - 200);
		}

		return safe;
	}

	private Path _folder() throws IOException {
		if (_folder == null) {
			_folder = Files.createTempDirectory("preau-upload");
		}

		return _folder;
	}

	private String _safeName(String submitted, int index) throws IOException {
		String safe = safeName(submitted);

		if (Files.exists(_folder().resolve(safe))) {
			safe = index + "-" + safe;
		}

		return safe;
	}

	private String _submittedFileName(Part part) {
		String contentDisposition = part.getHeader("content-disposition");

		if (contentDisposition == null) {
			return null;
		}

		for (String element : contentDisposition.split(";")) {
			String trimmed = element.trim();

			if (trimmed.startsWith("filename=")) {
				String value = trimmed.substring("filename=".length());

				if (value.startsWith("\"") && value.endsWith("\"") &&
					(value.length() >= 2)) {

					value = value.substring(1, value.length() - 1);
				}

				return value.isEmpty() ? null : value;
			}
		}

		return null;
	}

	private Path _folder;
	private final HttpServletRequest _httpServletRequest;

}
