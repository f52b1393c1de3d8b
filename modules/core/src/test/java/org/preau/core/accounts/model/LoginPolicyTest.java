package org.preau.core.accounts.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

public class LoginPolicyTest {

	@Test
	public void givenAccentsApostrophesAndHyphens_thenStrippedButHyphensKept() {
		assertEquals("lea.martin", _policy.base("Léa", "Martin"));
		assertEquals("jean-francois.dornano", _policy.base("Jean-François", "D'Ornano"));
		assertEquals("zoe.le-goff", _policy.base("Zoë", "Le Goff"));
		assertEquals("noemie.oeuvray", _policy.base("Noémie", "Œuvray"));
		assertEquals("anais.nguyen", _policy.base("Anaïs", "N’Guyen"));
		assertEquals("helene.x", _policy.base("Hélène", "王"));
	}

	@Test
	public void givenFormatWithInitial_thenFirstLetterUsed() {
		LoginPolicy policy = new LoginPolicy("{p}{nom}", 20, Set.of());

		assertEquals("edurand", policy.base("Émile", "Durand"));
	}

	@Test
	public void givenHomonyms_thenNumericSuffixFromTwo() {
		assertEquals("lea.martin", _policy.candidate("lea.martin", 1));
		assertEquals("lea.martin2", _policy.candidate("lea.martin", 2));
		assertEquals("lea.martin12", _policy.candidate("lea.martin", 12));
	}

	@Test
	public void givenInvalidSettings_thenRefusedWithTheReason() {
		IllegalArgumentException noName = assertThrows(
			IllegalArgumentException.class,
			() -> new LoginPolicy("eleve", 30, Set.of()));

		assertTrue(noName.getMessage().contains("{prenom}"));

		assertThrows(
			IllegalArgumentException.class,
			() -> new LoginPolicy("{prenom}.{nom}", 4, Set.of()));
		assertThrows(
			IllegalArgumentException.class,
			() -> new LoginPolicy("{prenom} {nom}", 30, Set.of()));
	}

	@Test
	public void givenLongNames_thenCutToMaximumLengthWithSuffixInside() {
		LoginPolicy policy = new LoginPolicy("{prenom}.{nom}", 12, Set.of());

		assertEquals("marie-claire", policy.base("Marie-Claire", "Dupont"));
		assertEquals("anne.duponte", policy.base("Anne", "Dupontel"));
		assertEquals("anne.dupon12", policy.candidate("anne.duponte", 12));

		// A cut never leaves a separator at the end

		assertEquals("jean", policy.base("Jean", "-Dupontel").substring(0, 4));
		assertEquals(
			"jean-pierre", new LoginPolicy("{prenom}.{nom}", 12, Set.of()).base(
				"Jean-Pierre", "Martin"));
	}

	@Test
	public void givenReservedName_thenNeverACandidate() {
		LoginPolicy policy = new LoginPolicy(
			"{nom}", 30, LoginPolicy.parseReserved("admin, root"));

		assertNull(policy.candidate(policy.base("Jean", "Admin"), 1));
		assertEquals("admin2", policy.candidate(policy.base("Jean", "Admin"), 2));
		assertNull(LoginPolicy.defaults().candidate("postmaster", 1));
	}

	private final LoginPolicy _policy = LoginPolicy.defaults();

}
