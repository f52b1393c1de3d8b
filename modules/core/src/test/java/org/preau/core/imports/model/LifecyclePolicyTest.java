package org.preau.core.imports.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

public class LifecyclePolicyTest {

	@Test
	public void givenDefaults_thenSuspendAfter30DaysAndProposeDeletionAfter365() {
		LifecyclePolicy policy = LifecyclePolicy.defaults();
		LocalDate detachedOn = LocalDate.of(2026, 9, 1);

		assertEquals(30, policy.suspendAfterDays());
		assertEquals(365, policy.proposeDeletionAfterDays());
		assertFalse(policy.suspends(detachedOn, detachedOn.plusDays(29)));
		assertTrue(policy.suspends(detachedOn, detachedOn.plusDays(30)));
		assertFalse(
			policy.proposesDeletion(detachedOn, detachedOn.plusDays(364)));
		assertTrue(
			policy.proposesDeletion(detachedOn, detachedOn.plusDays(365)));
	}

	@Test
	public void givenDeletionBeforeSuspensionOrNegativeDelay_thenRefused() {
		assertThrows(
			IllegalArgumentException.class, () -> LifecyclePolicy.of(30, 10));
		assertThrows(
			IllegalArgumentException.class, () -> LifecyclePolicy.of(-1, 10));
	}

}
