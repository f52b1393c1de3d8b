package org.preau.embedded.internal.jobs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class DropFolderTest {

	@Test
	public void givenEstablishmentFolder_thenItsFilesAreListedByName()
		throws Exception {

		Path folder = Files.createDirectories(_root.resolve("0310001A"));

		Files.writeString(folder.resolve("b.xml"), "<b/>");
		Files.writeString(folder.resolve("a.xml"), "<a/>");
		Files.writeString(folder.resolve(".hidden"), "");

		List<Path> files = new DropFolder(_root).files("0310001A");

		Assertions.assertEquals(2, files.size());
		Assertions.assertEquals(
			"a.xml", files.get(0).getFileName().toString());
	}

	@Test
	public void givenLinkLeadingOutOfTheDropFolder_thenRefused()
		throws Exception {

		Path outside = Files.createDirectories(_outside.resolve("secrets"));

		Files.writeString(outside.resolve("passwd.xml"), "<x/>");

		try {
			Files.createSymbolicLink(_root.resolve("0310002B"), outside);
		}
		catch (IOException | UnsupportedOperationException exception) {
			Assumptions.abort("no symbolic links here");
		}

		IllegalArgumentException illegalArgumentException =
			Assertions.assertThrows(
				IllegalArgumentException.class,
				() -> new DropFolder(_root).files("0310002B"));

		Assertions.assertTrue(
			illegalArgumentException.getMessage().contains("leads out"),
			illegalArgumentException.getMessage());

		Path folder = Files.createDirectories(_root.resolve("0310003C"));

		Files.createSymbolicLink(
			folder.resolve("linked.xml"), outside.resolve("passwd.xml"));

		Assertions.assertThrows(
			IllegalArgumentException.class,
			() -> new DropFolder(_root).files("0310003C"));
	}

	@Test
	public void givenTraversalInTheUai_thenRefusedBeforeAnyFileIsRead()
		throws Exception {

		Files.createDirectories(_root.resolve("0310001A"));
		Files.writeString(_outside.resolve("0310001A.xml"), "<x/>");

		DropFolder dropFolder = new DropFolder(_root);

		for (String uai :
				List.of(
					"../0310001A", "0310001A/..", "0310001A/../..", "..",
					"/etc", "0310001a", " 0310001A", "0310001A\u0000", "",
					"..\\0310001A")) {

			IllegalArgumentException illegalArgumentException =
				Assertions.assertThrows(
					IllegalArgumentException.class, () -> dropFolder.files(uai),
					uai);

			Assertions.assertTrue(
				illegalArgumentException.getMessage().contains(
					"is not the UAI of a drop folder"),
				illegalArgumentException.getMessage());
		}

		Assertions.assertThrows(
			IllegalArgumentException.class, () -> dropFolder.files(null));
	}

	@TempDir
	private Path _outside;

	@TempDir
	private Path _root;

}
