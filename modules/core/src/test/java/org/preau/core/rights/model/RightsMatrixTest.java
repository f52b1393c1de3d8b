package org.preau.core.rights.model;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

import org.preau.core.directory.model.Person;
import org.preau.core.directory.model.Profile;
import org.preau.core.directory.model.StaffFunction;
import org.preau.core.directory.model.Uai;

public class RightsMatrixTest {

	@Test
	public void givenAcademyDefaults_thenTheSeedsRecommendationsHold() {
		RightsMatrix matrix = _matrix(List.of(), List.of());

		Assertions.assertTrue(
			_allows(
				matrix, RightsRole.TEACHER, StandardServices.VIE_DE_L_ELEVE,
				ServiceAction.CONSULT));

		for (RightsRole role :
				List.of(
					RightsRole.SOCIAL_WORKER, RightsRole.PSYCHOLOGIST,
					RightsRole.NURSE)) {

			Assertions.assertTrue(
				_allows(
					matrix, role, StandardServices.CAHIER_DE_TEXTES,
					ServiceAction.CONSULT),
				role.key());
		}

		for (RightsRole role :
				List.of(
					RightsRole.EDUCATION, RightsRole.SOCIAL_WORKER,
					RightsRole.PSYCHOLOGIST)) {

			Assertions.assertTrue(
				_allows(
					matrix, role, StandardServices.EVALUATIONS,
					ServiceAction.CONSULT),
				role.key());
		}

		Assertions.assertTrue(
			_allows(
				matrix, RightsRole.EDUCATION, StandardServices.SANCTIONS,
				ServiceAction.MANAGE));
		Assertions.assertFalse(
			_allows(
				matrix, RightsRole.TEACHER, StandardServices.SANCTIONS,
				ServiceAction.MANAGE));
		Assertions.assertFalse(
			_allows(
				matrix, RightsRole.NURSE, StandardServices.EVALUATIONS,
				ServiceAction.CONSULT));
		Assertions.assertTrue(
			_allows(
				matrix, RightsRole.DIRECTION,
				StandardServices.COMMUNICATION_CIBLEE, ServiceAction.MANAGE));
		Assertions.assertFalse(
			_allows(
				matrix, RightsRole.TEACHER,
				StandardServices.COMMUNICATION_CIBLEE, ServiceAction.MANAGE));
	}

	@Test
	public void givenClosedModule_thenNobodyInThatSchoolMayUseItAndTheExplanationSaysSo() {
		RightsMatrix matrix = _matrix(
			List.of(),
			List.of(
				new ModuleClosure(
					_UAI, StandardServices.CAHIER_DE_TEXTES, "admin.ent",
					_AT, "replaced by Pronote")));

		for (RightsRole role : RightsRole.values()) {
			for (ServiceAction action : ServiceAction.values()) {
				Assertions.assertFalse(
					matrix.allows(
						_UAI, EnumSet.of(role),
						StandardServices.CAHIER_DE_TEXTES, action));
			}
		}

		Assertions.assertTrue(
			matrix.allows(
				_OTHER_UAI, EnumSet.of(RightsRole.TEACHER),
				StandardServices.CAHIER_DE_TEXTES, ServiceAction.CONTRIBUTE));

		RightsDecision decision = matrix.explain(
			_UAI, EnumSet.of(RightsRole.TEACHER),
			StandardServices.CAHIER_DE_TEXTES, ServiceAction.CONSULT);

		Assertions.assertFalse(decision.allowed());
		Assertions.assertEquals(
			List.of(
				"the module cahier-de-textes is closed in 0310001A since " +
					"2026-09-01 by admin.ent (replaced by Pronote)"),
			decision.reasons());
	}

	@Test
	public void givenOverride_thenItAppliesToThatSchoolOnlyAndTheExplainerCitesIt() {
		RightsOverride override = new RightsOverride(
			_UAI,
			Grant.of(
				RightsRole.SOCIAL_WORKER, StandardServices.VIE_DE_L_ELEVE,
				ServiceAction.CONTRIBUTE),
			true, "principal", _AT, "suivi des élèves");

		RightsMatrix matrix = _matrix(List.of(override), List.of());

		Assertions.assertTrue(
			matrix.allows(
				_UAI, EnumSet.of(RightsRole.SOCIAL_WORKER),
				StandardServices.VIE_DE_L_ELEVE, ServiceAction.CONTRIBUTE));
		Assertions.assertFalse(
			matrix.allows(
				_OTHER_UAI, EnumSet.of(RightsRole.SOCIAL_WORKER),
				StandardServices.VIE_DE_L_ELEVE, ServiceAction.CONTRIBUTE));

		RightsDecision decision = matrix.explain(
			_UAI, EnumSet.of(RightsRole.SOCIAL_WORKER),
			StandardServices.VIE_DE_L_ELEVE, ServiceAction.CONTRIBUTE);

		Assertions.assertTrue(decision.allowed());
		Assertions.assertEquals(
			List.of(
				"social-worker may contribute vie-de-l-eleve, by the override " +
					"of 0310001A by principal on 2026-09-01 (suivi des " +
						"élèves)"),
			decision.reasons());
	}

	@Test
	public void givenOverrideThatRefuses_thenItRemovesADefaultRight() {
		RightsMatrix matrix = _matrix(
			List.of(
				new RightsOverride(
					_UAI,
					Grant.of(
						RightsRole.PARENT, StandardServices.EVALUATIONS,
						ServiceAction.CONSULT),
					false, "principal", _AT, "")),
			List.of());

		RightsDecision decision = matrix.explain(
			_UAI, EnumSet.of(RightsRole.PARENT), StandardServices.EVALUATIONS,
			ServiceAction.CONSULT);

		Assertions.assertFalse(decision.allowed());
		Assertions.assertTrue(
			decision.reasons().get(0).startsWith(
				"parent may not consult evaluations, by the override of " +
					"0310001A"),
			decision.toString());
	}

	@Test
	public void givenPersonWithSeveralRoles_thenAnyGrantingRoleAllowsAndIsCited() {
		Person cpe = Person.builder(
		).externalId(
			"S1"
		).firstName(
			"Claire"
		).function(
			StaffFunction.EDU
		).lastName(
			"Martin"
		).profile(
			Profile.STAFF
		).uai(
			_UAI
		).build();

		Set<RightsRole> roles = RightsRole.of(cpe, false);

		Assertions.assertEquals(EnumSet.of(RightsRole.EDUCATION), roles);

		Person teacher = cpe.toBuilder(
		).profile(
			Profile.TEACHER
		).function(
			StaffFunction.ENS
		).build();

		Set<RightsRole> teacherRoles = RightsRole.of(teacher, true);

		Assertions.assertEquals(
			EnumSet.of(
				RightsRole.TEACHER, RightsRole.HEAD_TEACHER,
				RightsRole.EDUCATION),
			teacherRoles);

		RightsDecision decision = _matrix(
			List.of(), List.of()
		).explain(
			_UAI, teacherRoles, StandardServices.SANCTIONS, ServiceAction.MANAGE
		);

		Assertions.assertTrue(decision.allowed());
		Assertions.assertEquals(
			List.of(
				"education may manage sanctions, by the académie's default"),
			decision.reasons());
	}

	@Test
	public void givenUnknownServiceOrAction_thenRefusedWithAClearMessage() {
		RightsMatrix matrix = _matrix(List.of(), List.of());

		IllegalArgumentException unknownService = Assertions.assertThrows(
			IllegalArgumentException.class,
			() -> matrix.cell("cantine", ServiceAction.CONSULT));

		Assertions.assertEquals(
			"unknown service \"cantine\"", unknownService.getMessage());

		Assertions.assertThrows(
			IllegalArgumentException.class,
			() -> matrix.cell(
				StandardServices.COMMUNICATION_CIBLEE, ServiceAction.CONSULT));
		Assertions.assertThrows(
			IllegalArgumentException.class,
			() -> _matrix(
				List.of(
					new RightsOverride(
						_UAI,
						Grant.of(
							RightsRole.PUPIL, "cantine", ServiceAction.CONSULT),
						true, "x", _AT, "")),
				List.of()));
		Assertions.assertThrows(
			IllegalArgumentException.class,
			() -> ServiceAction.parse("delete"));
	}

	private boolean _allows(
		RightsMatrix matrix, RightsRole role, String serviceKey,
		ServiceAction action) {

		return matrix.allows(_UAI, EnumSet.of(role), serviceKey, action);
	}

	private RightsMatrix _matrix(
		List<RightsOverride> overrides, List<ModuleClosure> closures) {

		return new RightsMatrix(
			StandardServices.all(), StandardServices.defaults(), overrides,
			closures);
	}

	private static final Instant _AT = Instant.parse("2026-09-01T10:00:00Z");

	private static final Uai _OTHER_UAI = Uai.of("0310002B");

	private static final Uai _UAI = Uai.of("0310001A");

}
