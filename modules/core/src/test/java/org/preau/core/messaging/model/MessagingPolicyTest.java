package org.preau.core.messaging.model;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

import org.preau.core.directory.model.LegalLevel;
import org.preau.core.directory.model.ParentRelation;
import org.preau.core.directory.model.Person;
import org.preau.core.directory.model.PersonState;
import org.preau.core.directory.model.Profile;
import org.preau.core.directory.model.SchoolClass;
import org.preau.core.directory.model.StaffFunction;
import org.preau.core.directory.model.TeachingAssignment;
import org.preau.core.directory.model.Uai;

public class MessagingPolicyTest {

	@Test
	public void givenCiteScolaire_whenSchoolsAreLinked_thenTheirStaffWriteToEachOtherOnly() {
		MessagingPolicy unlinked = _policy(List.of(), List.of());

		Assertions.assertFalse(unlinked.canMessage("T-COL", "T-LYC").allowed());

		MessagingPolicy linked = _policy(
			List.of(), List.of(Set.of(_COLLEGE, _LYCEE)));

		MessagingDecision decision = linked.canMessage("T-COL", "T-LYC");

		Assertions.assertTrue(decision.allowed());
		Assertions.assertEquals(
			"staff may write to the staff of the linked school 0310002B " +
				"(cité scolaire)",
			decision.rule());
		Assertions.assertFalse(linked.canMessage("T-COL", "P-LYC").allowed());
	}

	@Test
	public void givenParent_thenChildrenTheirTeachersAndStaffButNotOtherPupils() {
		MessagingPolicy policy = _policy(List.of(), List.of());

		Assertions.assertTrue(policy.canMessage("R1", "P1").allowed());
		Assertions.assertTrue(policy.canMessage("R1", "T1").allowed());
		Assertions.assertTrue(policy.canMessage("R1", "CPE").allowed());
		Assertions.assertFalse(policy.canMessage("R1", "P2").allowed());
		Assertions.assertFalse(policy.canMessage("R1", "T2").allowed());
	}

	@Test
	public void givenPupil_thenClassmatesTheirTeachersParentsAndStaffOnly() {
		MessagingPolicy policy = _policy(List.of(), List.of());

		Assertions.assertEquals(
			"a pupil may write to the pupils of their class",
			policy.canMessage("P1", "P3").rule());
		Assertions.assertTrue(policy.canMessage("P1", "T1").allowed());
		Assertions.assertTrue(policy.canMessage("P1", "R1").allowed());
		Assertions.assertTrue(policy.canMessage("P1", "CPE").allowed());

		MessagingDecision otherClass = policy.canMessage("P1", "P2");

		Assertions.assertFalse(otherClass.allowed());
		Assertions.assertTrue(
			otherClass.rule().startsWith("a pupil may write only to"),
			otherClass.rule());
		Assertions.assertFalse(policy.canMessage("P1", "T2").allowed());
		Assertions.assertFalse(policy.canMessage("P1", "R2").allowed());
		Assertions.assertFalse(
			policy.canMessage("P1", "LEFT").allowed(),
			"nobody writes to an account that is not active");
	}

	@Test
	public void givenPupils_thenExternalMailIsClosedUnlessOpenedForThem() {
		Assertions.assertFalse(
			_policy(List.of(), List.of()).canWriteExternally("P1").allowed());
		Assertions.assertTrue(
			_policy(List.of(), List.of()).canWriteExternally("R1").allowed());

		MessagingPolicy classOpened = _policy(
			List.of(ExternalMailOpening.ofClass(_COLLEGE, "3A")), List.of());

		Assertions.assertTrue(classOpened.canWriteExternally("P1").allowed());
		Assertions.assertFalse(classOpened.canWriteExternally("P2").allowed());

		MessagingPolicy levelOpened = _policy(
			List.of(ExternalMailOpening.ofLevel(_COLLEGE, "10310019110")),
			List.of());

		Assertions.assertTrue(levelOpened.canWriteExternally("P1").allowed());
		Assertions.assertFalse(levelOpened.canWriteExternally("P2").allowed());
		Assertions.assertTrue(
			_policy(
				List.of(ExternalMailOpening.allPupils(_COLLEGE)), List.of()
			).canWriteExternally(
				"P2"
			).allowed());
	}

	@Test
	public void givenRecipientsOverTheLimit_thenRefusedWithTheWayOut() {
		MessagingPolicy policy = _policy(List.of(), List.of());

		policy.checkRecipientCount(150);

		IllegalArgumentException illegalArgumentException =
			Assertions.assertThrows(
				IllegalArgumentException.class,
				() -> policy.checkRecipientCount(151));

		Assertions.assertTrue(
			illegalArgumentException.getMessage().contains(
				"targeted communication"));
	}

	@Test
	public void givenTeacher_thenTheirPupilsTheirParentsAllStaffAndTheSchoolThroughTheDirectory() {
		MessagingPolicy policy = _policy(List.of(), List.of());

		Assertions.assertEquals(
			"a teacher may write to the pupils they teach",
			policy.canMessage("T1", "P1").rule());
		Assertions.assertEquals(
			"a teacher may write to the parents of the pupils they teach",
			policy.canMessage("T1", "R1").rule());
		Assertions.assertEquals(
			"staff may write to all the staff of their school",
			policy.canMessage("T1", "CPE").rule());
		Assertions.assertEquals(
			"staff may write to anyone of their school found through the " +
				"directory",
			policy.canMessage("T1", "P2").rule());
		Assertions.assertFalse(policy.canMessage("T1", "P-LYC").allowed());
		Assertions.assertFalse(policy.canMessage("GUEST", "T1").allowed());
	}

	private static Person _person(
		String id, Profile profile, Uai uai, String classCode,
		String groupCode) {

		Person.Builder builder = Person.builder(
		).classCode(
			classCode
		).externalId(
			id
		).firstName(
			"Prénom"
		).group(
			groupCode
		).lastName(
			"Nom " + id
		).profile(
			profile
		).uai(
			uai
		);

		if (profile == Profile.STAFF) {
			builder.function(StaffFunction.EDU);
		}

		return builder.build();
	}

	private MessagingPolicy _policy(
		List<ExternalMailOpening> openings, List<Set<Uai>> linkedSchools) {

		List<Person> people = List.of(
			_person("P1", Profile.PUPIL, _COLLEGE, "3A", "3LAT"),
			_person("P2", Profile.PUPIL, _COLLEGE, "4B", null),
			_person("P3", Profile.PUPIL, _COLLEGE, "3A", null),
			_person(
				"LEFT", Profile.PUPIL, _COLLEGE, "3A", null
			).toBuilder(
			).state(
				PersonState.DETACHED
			).build(),
			_person("R1", Profile.PARENT, _COLLEGE, null, null),
			_person("R2", Profile.PARENT, _COLLEGE, null, null),
			_person("T1", Profile.TEACHER, _COLLEGE, null, null),
			_person("T2", Profile.TEACHER, _COLLEGE, null, null),
			_person("CPE", Profile.STAFF, _COLLEGE, null, null),
			_person("GUEST", Profile.GUEST, _COLLEGE, null, null),
			_person("T-COL", Profile.TEACHER, _COLLEGE, null, null),
			_person("T-LYC", Profile.TEACHER, _LYCEE, null, null),
			_person("P-LYC", Profile.PUPIL, _LYCEE, "2A", null));

		return new MessagingPolicy(
			people,
			List.of(
				new SchoolClass(_COLLEGE, "3A", "10310019110"),
				new SchoolClass(_COLLEGE, "4B", "10410019110")),
			List.of(
				new TeachingAssignment(
					_COLLEGE, "T1", "3LAT", true, "020300", false),
				new TeachingAssignment(
					_COLLEGE, "T2", "4B", false, "020700", true)),
			List.of(
				new ParentRelation(_COLLEGE, "R1", "P1", LegalLevel.LEGAL, "10"),
				new ParentRelation(
					_COLLEGE, "R2", "P2", LegalLevel.LEGAL, "20")),
			openings, linkedSchools);
	}

	private static final Uai _COLLEGE = Uai.of("0310001A");

	private static final Uai _LYCEE = Uai.of("0310002B");

}
