package org.preau.core.directory.model;

import java.time.LocalDate;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

public class SchoolYearTest {

	@Test
	public void givenDatesAroundTheFirstOfAugust_thenTheYearChanges() {
		Assertions.assertEquals(
			SchoolYear.of(2025), SchoolYear.containing(LocalDate.of(2026, 7, 31)));
		Assertions.assertEquals(
			SchoolYear.of(2026), SchoolYear.containing(LocalDate.of(2026, 8, 1)));
		Assertions.assertEquals(
			SchoolYear.of(2026), SchoolYear.containing(LocalDate.of(2027, 2, 1)));
	}

	@Test
	public void givenTextForms_thenParsedOrRefused() {
		Assertions.assertEquals(SchoolYear.of(2026), SchoolYear.parse("2026-2027"));
		Assertions.assertEquals(SchoolYear.of(2026), SchoolYear.parse("2026/2027"));
		Assertions.assertEquals(SchoolYear.of(2026), SchoolYear.parse("2026"));
		Assertions.assertEquals("2026-2027", SchoolYear.of(2026).toString());

		for (String text : new String[] {"2026-2028", "20262027", "abcd", "", null}) {
			Assertions.assertThrows(
				IllegalArgumentException.class, () -> SchoolYear.parse(text),
				String.valueOf(text));
		}
	}

}
