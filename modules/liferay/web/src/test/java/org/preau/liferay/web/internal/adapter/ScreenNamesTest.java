package org.preau.liferay.web.internal.adapter;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

public class ScreenNamesTest {

	@Test
	public void givenFrenchNames_thenTheLoginIsFirstNameDotLastNameInLowerCaseWithoutAccents() {
		Assertions.assertEquals(
			"eloise.daubigne", ScreenNames.base("Éloïse", "D'Aubigné"));
		Assertions.assertEquals(
			"jean-pierre.le-gall", ScreenNames.base("Jean Pierre", "Le Gall"));
		Assertions.assertEquals(
			"anne-sophie.coeur", ScreenNames.base("Anne--Sophie", "Cœur "));
		Assertions.assertEquals("x.x", ScreenNames.base("李", "王"));
	}

	@Test
	public void givenAVeryLongName_thenTheLoginLeavesRoomForASuffix() {
		String base = ScreenNames.base(
			"Marie-Christine-Alexandra",
			"de La Rochefoucauld-Montmorency-Laval");

		Assertions.assertTrue(base.length() <= 64, base);
		Assertions.assertTrue(base.startsWith("marie-christine-alexandra.de-"));
		Assertions.assertFalse(base.endsWith("-"), base);
	}

	@Test
	public void givenTakenLogins_thenTheNextFreeNumberIsAppended() {
		Set<String> taken = new HashSet<>();

		ScreenNames screenNames = new ScreenNames(taken::contains);

		for (int i = 0; i < 3; i++) {
			taken.add(screenNames.unique("Jean", "Dupont"));
		}

		Assertions.assertEquals(
			Set.of("jean.dupont", "jean.dupont2", "jean.dupont3"), taken);
	}

}
