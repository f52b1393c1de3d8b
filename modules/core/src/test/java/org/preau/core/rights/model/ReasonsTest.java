package org.preau.core.rights.model;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

public class ReasonsTest {

	@Test
	public void givenAReasonWithBlanksAround_thenItIsKeptWithout() {
		Assertions.assertEquals(
			"support ticket 42",
			Reasons.require("  support ticket 42\n", "a delegation"));
		Assertions.assertEquals(
			"x".repeat(Reasons.MAX_LENGTH),
			Reasons.require("x".repeat(Reasons.MAX_LENGTH), "a delegation"));
	}

	@Test
	public void givenNoReasonOrOneTooLong_thenRefusedSayingWhy() {
		for (String reason : new String[] {null, "", " \t\n"}) {
			IllegalArgumentException illegalArgumentException =
				Assertions.assertThrows(
					IllegalArgumentException.class,
					() -> Reasons.require(reason, "a delegation"));

			Assertions.assertEquals(
				"say why: a delegation needs a reason",
				illegalArgumentException.getMessage());
		}

		IllegalArgumentException illegalArgumentException =
			Assertions.assertThrows(
				IllegalArgumentException.class,
				() -> Reasons.require(
					"x".repeat(Reasons.MAX_LENGTH + 1), "a delegation"));

		Assertions.assertEquals(
			"the reason is longer than 500 characters",
			illegalArgumentException.getMessage());
	}

}
