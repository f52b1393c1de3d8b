package org.preau.core.directory.model;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

public class UaiTest {

	@Test
	public void givenLowerCaseWithSpaces_thenNormalised() {
		Assertions.assertEquals("0310001A", Uai.of(" 0310001a ").value());
		Assertions.assertEquals(Uai.of("0310001A"), Uai.of("0310001a"));
	}

	@Test
	public void givenMalformedValues_thenRefusedWithTheValueInTheMessage() {
		for (String value :
				new String[] {"", "031000A", "03100011", "0310001AB", "ABCDEFGH"}) {

			IllegalArgumentException illegalArgumentException =
				Assertions.assertThrows(
					IllegalArgumentException.class, () -> Uai.of(value));

			Assertions.assertTrue(
				illegalArgumentException.getMessage().contains(
					"\"" + value + "\""));
			Assertions.assertFalse(Uai.isValid(value));
		}

		Assertions.assertThrows(
			IllegalArgumentException.class, () -> Uai.of(null));
	}

}
