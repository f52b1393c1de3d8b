package org.preau.embedded.internal.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.preau.web.http.Download;

/**
 * The files the commands write (reports, exports, credential sheets), written whole or not at all.
 */
final class AtomicFiles {

	/**
	 * Writes the file beside its final place, then moves it there, so that a reader never sees half of it and a failed
	 * write leaves nothing behind.
	 *
	 * @throws IllegalArgumentException if the file's folder does not exist
	 */
	static void write(Path path, Download.Body body) {
		Path absolute = path.toAbsolutePath();

		if (!Files.isDirectory(absolute.getParent())) {
			throw new IllegalArgumentException(
				"no such folder: " + absolute.getParent());
		}

		try {
			Path temporary = Files.createTempFile(
				absolute.getParent(), ".preau-", ".tmp");

			try {
				try (OutputStream outputStream = Files.newOutputStream(
						temporary)) {

					body.writeTo(outputStream);
				}

				Files.move(
					temporary, absolute, StandardCopyOption.REPLACE_EXISTING,
					StandardCopyOption.ATOMIC_MOVE);
			}
			finally {
				Files.deleteIfExists(temporary);
			}
		}
		catch (IOException ioException) {
			throw new UncheckedIOException(
				"unable to write " + path, ioException);
		}
	}

	private AtomicFiles() {
	}

}
