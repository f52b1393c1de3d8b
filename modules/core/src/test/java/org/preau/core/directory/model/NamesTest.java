package org.preau.core.directory.model;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

public class NamesTest {

	@Test
	public void givenFrenchNames_thenFoldedWithoutAccentsKeepingHyphensAndApostrophes() {
		Assertions.assertEquals("eloise d'aubigne", Names.fold("Éloïse D’Aubigné"));
		Assertions.assertEquals("jean-baptiste", Names.fold("Jean-Baptiste"));
		Assertions.assertEquals("loeuvre", Names.fold("L\u0152uvre"));
	}

	@Test
	public void givenControlCharactersOrBlank_thenRefused() {
		Assertions.assertThrows(
			IllegalArgumentException.class,
			() -> Names.require("Marie\u0000", "first name"));
		Assertions.assertThrows(
			IllegalArgumentException.class, () -> Names.require("  ", "first name"));
		Assertions.assertEquals("Marie", Names.require(" Marie ", "first name"));
	}

}
