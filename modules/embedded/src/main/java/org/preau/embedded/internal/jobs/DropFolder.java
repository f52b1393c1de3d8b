package org.preau.embedded.internal.jobs;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.preau.core.directory.model.Uai;

/**
 * The drop folder: one sub-folder per establishment, named after its UAI, where its exports are left to be imported.
 * A sub-folder is found only by a well-formed UAI, and only if it really lies in the drop folder: no path segments,
 * no link leading out of it.
 */
public class DropFolder {

	public DropFolder(Path root) {
		_root = root.toAbsolutePath().normalize();
	}

	/**
	 * The files of an establishment's sub-folder (regular files and folders directly in it, which the feed readers
	 * walk), sorted by name.
	 *
	 * @throws IllegalArgumentException if the UAI is malformed, if the sub-folder is missing, empty, or leads out of
	 *         the drop folder
	 */
	public List<Path> files(String uai) {
		Path folder = folder(uai);

		try {
			Path realRoot = _root.toRealPath();
			Path realFolder = folder.toRealPath();

			if (!realFolder.getParent().equals(realRoot)) {
				throw new IllegalArgumentException(
					"the drop folder of " + uai + " leads out of the drop folder");
			}

			List<Path> files = new ArrayList<>();

			try (DirectoryStream<Path> directoryStream =
					Files.newDirectoryStream(realFolder)) {

				for (Path path : directoryStream) {
					Path realPath = path.toRealPath();

					if (!realPath.startsWith(realFolder)) {
						throw new IllegalArgumentException(
							"the file " + path.getFileName() +
								" of the drop folder of " + uai +
									" leads out of it");
					}

					if (!path.getFileName().toString().startsWith(".")) {
						files.add(realPath);
					}
				}
			}

			if (files.isEmpty()) {
				throw new IllegalArgumentException(
					"the drop folder of " + uai + " holds no file");
			}

			Collections.sort(files);

			return files;
		}
		catch (IOException ioException) {
			throw new IllegalArgumentException(
				"the drop folder of " + uai + " cannot be read: " +
					ioException.getMessage(),
				ioException);
		}
	}

	/**
	 * The sub-folder of an establishment, where it should be.
	 *
	 * @throws IllegalArgumentException if the UAI is malformed or the sub-folder is not a folder
	 */
	public Path folder(String uai) {
		if ((uai == null) || !Uai.isValid(uai) ||
			!Uai.of(uai).value().equals(uai)) {

			throw new IllegalArgumentException(
				"\"" + uai + "\" is not the UAI of a drop folder");
		}

		Path folder = _root.resolve(uai).normalize();

		if (!_root.equals(folder.getParent())) {
			throw new IllegalArgumentException(
				"\"" + uai + "\" is not the UAI of a drop folder");
		}

		if (!Files.isDirectory(folder)) {
			throw new IllegalArgumentException(
				"the drop folder of " + uai + " is missing");
		}

		return folder;
	}

	public Path root() {
		return _root;
	}

	private final Path _root;

}
