package org.preau.liferay.web.internal.adapter;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

public class UploadNamesTest {

	@Test
	public void givenANameWithAPath_thenOnlyItsBaseNameIsKept() {
		Assertions.assertEquals(
			"eleves.csv", UploadNames.safeName("../../etc/eleves.csv"));
		Assertions.assertEquals(
			"sts_emp_0310001A_2026.xml",
			UploadNames.safeName("C:\\Exports\\sts_emp_0310001A_2026.xml"));
	}

	@Test
	public void givenANameWithoutAnythingSafe_thenAPlainNameIsUsed() {
		Assertions.assertEquals("upload", UploadNames.safeName(".."));
		Assertions.assertEquals("upload", UploadNames.safeName(null));
		Assertions.assertEquals("upload", UploadNames.safeName("dir/"));
	}

	@Test
	public void givenCharactersAFileSystemMayRefuse_thenTheyAreReplaced() {
		Assertions.assertEquals(
			"Élèves_6e_.csv", UploadNames.safeName("Élèves:6e?.csv"));
	}

}
