package org.preau.feeds;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.function.Executable;
import org.preau.core.directory.model.Profile;
import org.preau.core.imports.model.DirectorySnapshot;

/**
 * What the readers' tests share: hostile documents and the checks of a refusal.
 */
public final class FeedTestSupport {

	/**
	 * Entities nested ten deep, each ten times the one below: a billion "lol"s if expanded.
	 */
	public static String billionLaughs(String root) {
		StringBuilder sb = new StringBuilder(
			"<?xml version=\"1.0\"?>\n<!DOCTYPE " + root + " [\n" +
				"<!ENTITY lol \"lol\">\n");

		for (int i = 1; i < 10; i++) {
			sb.append("<!ENTITY lol" + i + " \"");

			for (int j = 0; j < 10; j++) {
				sb.append((i == 1) ? "&lol;" : "&lol" + (i - 1) + ";");
			}

			sb.append("\">\n");
		}

		sb.append("]>\n<" + root + ">&lol9;</" + root + ">\n");

		return sb.toString();
	}

	public static long count(
		DirectorySnapshot directorySnapshot, Profile profile) {

		return directorySnapshot.people(
		).stream(
		).filter(
			person -> person.profile() == profile
		).count();
	}

	/**
	 * Asserts that the read fails with an error that names the file, a line and a column, and the problem.
	 */
	public static FeedException assertLocatedRefusal(
		Executable executable, String source, String problem) {

		FeedException feedException = Assertions.assertThrows(
			FeedException.class, executable);

		Assertions.assertEquals(
			source, feedException.source(), feedException.getMessage());
		Assertions.assertTrue(
			feedException.line() > 0, feedException.getMessage());
		Assertions.assertTrue(
			feedException.column() > 0, feedException.getMessage());
		Assertions.assertTrue(
			feedException.getMessage().startsWith(
				source + ":" + feedException.line() + ":" +
					feedException.column() + ": "),
			feedException.getMessage());
		Assertions.assertTrue(
			feedException.getMessage().contains(problem),
			feedException.getMessage());

		return feedException;
	}

	public static void assertNothingHanded(
		DirectorySnapshot directorySnapshot) {

		Assertions.assertTrue(directorySnapshot.people().isEmpty());
		Assertions.assertTrue(directorySnapshot.classes().isEmpty());
		Assertions.assertTrue(directorySnapshot.groups().isEmpty());
		Assertions.assertTrue(directorySnapshot.levels().isEmpty());
		Assertions.assertTrue(directorySnapshot.subjects().isEmpty());
		Assertions.assertTrue(directorySnapshot.relations().isEmpty());
		Assertions.assertTrue(directorySnapshot.assignments().isEmpty());
	}

	public static String externalEntity(String root, Path secret) {
		return "<?xml version=\"1.0\"?>\n<!DOCTYPE " + root + " [\n" +
			"<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">\n]>\n<" + root +
				">&xxe;</" + root + ">\n";
	}

	public static Path write(
			Path folder, String name, String content, Charset charset)
		throws IOException {

		Path file = folder.resolve(name);

		Files.createDirectories(file.getParent());

		Files.write(file, content.getBytes(charset));

		return file;
	}

	private FeedTestSupport() {
	}

}
