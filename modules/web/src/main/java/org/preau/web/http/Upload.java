package org.preau.web.http;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file sent with a form. The host keeps it under its original name (reduced to a safe base name), in a folder of
 * its own that it deletes when the request ends.
 */
public final class Upload {

	public Upload(Path file) {
		_file = Objects.requireNonNull(file);
	}

	public Path file() {
		return _file;
	}

	public String fileName() {
		return _file.getFileName().toString();
	}

	@Override
	public String toString() {
		return fileName();
	}

	private final Path _file;

}
