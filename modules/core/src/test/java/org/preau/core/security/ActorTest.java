package org.preau.core.security;

import java.util.Set;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

import org.preau.core.directory.model.Uai;

public class ActorTest {

	@Test
	public void givenEstablishmentGrant_thenOnlyThatEstablishmentIsAdministered() {
		Actor actor = Actor.of(
			"marie.curie", null,
			Set.of(AdminGrant.parse("establishment:0310001A")));

		Assertions.assertTrue(actor.isAdministratorOf(Uai.of("0310001A")));
		Assertions.assertFalse(actor.isAdministratorOf(Uai.of("0310002B")));
		Assertions.assertThrows(
			AccessDeniedException.class,
			() -> actor.requireAdministratorOf(Uai.of("0310002B")));
		Assertions.assertThrows(
			AccessDeniedException.class, actor::requirePlatformAdministrator);
	}

	@Test
	public void givenGrantTexts_thenRoundTripOrRefusal() {
		Assertions.assertEquals(
			"establishment:0310001A",
			AdminGrant.parse("establishment:0310001A").toString());
		Assertions.assertTrue(AdminGrant.parse("platform").isPlatform());
		Assertions.assertThrows(
			IllegalArgumentException.class, () -> AdminGrant.parse("root"));
		Assertions.assertThrows(
			IllegalArgumentException.class,
			() -> AdminGrant.parse("establishment:123"));
	}

	@Test
	public void givenNoGrant_thenNothingIsAdministered() {
		Actor actor = Actor.of("eleve.un", "Élève Un", Set.of());

		Assertions.assertFalse(actor.isAdministratorOf(Uai.of("0310001A")));
		Assertions.assertFalse(actor.isPlatformAdministrator());
	}

}
