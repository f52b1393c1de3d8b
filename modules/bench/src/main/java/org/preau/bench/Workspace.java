package org.preau.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Where a benchmark writes its data set and its database: a temporary folder removed at the end, or the folder of
 * {@code --data}, which is never removed, so that a big data set is generated once and measured many times.
 */
public final class Workspace implements AutoCloseable {

	/**
	 * Removes a folder and what it holds.
	 */
	public static void delete(Path folder) {
		if (!Files.exists(folder)) {
			return;
		}

		try (Stream<Path> paths = Files.walk(folder)) {
			paths.sorted(
				Comparator.reverseOrder()
			).forEach(
				path -> {
					try {
						Files.delete(path);
					}
					catch (IOException ioException) {
						throw new UncheckedIOException(ioException);
					}
				}
			);
		}
		catch (IOException ioException) {
			throw new UncheckedIOException(ioException);
		}
	}

	public static Workspace open(
			BenchOptions options, String name, PrintStream out)
		throws IOException {

		if (options.data() != null) {
			return new Workspace(
				Files.createDirectories(options.data()), false, out);
		}

		Path folder = Files.createTempDirectory("preau-bench-" + name + "-");

		if (options.keep()) {
			out.println("data set and database kept in " + folder);
		}

		return new Workspace(folder, !options.keep(), out);
	}

	@Override
	public void close() {
		if (!_temporary) {
			return;
		}

		try {
			delete(_folder);
		}
		catch (UncheckedIOException uncheckedIOException) {
			_out.println(
				"could not remove " + _folder + ": " +
					uncheckedIOException.getMessage());
		}
	}

	/**
	 * An empty folder of the workspace, emptied first if an earlier run left it behind.
	 */
	public Path emptyFolder(String name) throws IOException {
		Path folder = _folder.resolve(name);

		delete(folder);

		return Files.createDirectories(folder);
	}

	public Path folder() {
		return _folder;
	}

	/**
	 * Whether {@code name} holds a data set generated with exactly these settings, so that it can be measured again
	 * without generating it again.
	 */
	public boolean holds(String name, Properties settings) throws IOException {
		Path stamp = _stamp(name);

		if (!Files.isRegularFile(stamp)) {
			return false;
		}

		Properties stored = new Properties();

		try (Reader reader = Files.newBufferedReader(
				stamp, StandardCharsets.UTF_8)) {

			stored.load(reader);
		}

		return Objects.equals(stored, settings);
	}

	/**
	 * Records the settings {@code name} was generated with, once it is complete.
	 */
	public void stamp(String name, Properties settings) throws IOException {
		try (Writer writer = Files.newBufferedWriter(
				_stamp(name), StandardCharsets.UTF_8)) {

			settings.store(writer, null);
		}
	}

	private Workspace(Path folder, boolean temporary, PrintStream out) {
		_folder = folder;
		_temporary = temporary;
		_out = out;
	}

	private Path _stamp(String name) {
		return _folder.resolve(name + ".generated.properties");
	}

	private final Path _folder;
	private final PrintStream _out;
	private final boolean _temporary;

}
