package org.preau.core.imports.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

import org.preau.core.directory.model.Establishment;
import org.preau.core.directory.model.EstablishmentKind;
import org.preau.core.directory.model.Group;
import org.preau.core.directory.model.LegalLevel;
import org.preau.core.directory.model.Level;
import org.preau.core.directory.model.ParentRelation;
import org.preau.core.directory.model.Person;
import org.preau.core.directory.model.PersonState;
import org.preau.core.directory.model.Profile;
import org.preau.core.directory.model.SchoolClass;
import org.preau.core.directory.model.Source;
import org.preau.core.directory.model.StaffFunction;
import org.preau.core.directory.model.Subject;
import org.preau.core.directory.model.TeachingAssignment;
import org.preau.core.directory.model.Uai;

public class EstablishmentSnapshotsTest {

	@Test
	public void givenRecordsOfTwoEstablishmentsInterleaved_whenDrained_thenEachSnapshotHoldsItsOwnRecordsAsTheyWereRead() {
		EstablishmentSnapshots establishmentSnapshots =
			new EstablishmentSnapshots();
		DirectorySnapshot first = new DirectorySnapshot();
		DirectorySnapshot second = new DirectorySnapshot();

		for (ImportSink sink :
				List.of(establishmentSnapshots, first, second)) {

			boolean all = sink == establishmentSnapshots;

			if (all || (sink == first)) {
				sink.establishment(
					new Establishment(
						_UAI, "Collège", EstablishmentKind.COLLEGE, "Albi"));
				sink.level(new Level("10010012110", "6EME"));
				sink.subject(new Subject("030201", "MATHEMATIQUES"));
				sink.schoolClass(new SchoolClass(_UAI, "6A", "10010012110"));
				sink.group(new Group(_UAI, "G1", Set.of("6A")));
				sink.person(
					_pupil(
						_UAI, "E1", "6A", "G1"
					).birthDate(
						LocalDate.of(2014, 3, 1)
					).email(
						"e1@example.org"
					).ine(
						"123456789AB"
					).build());
				sink.person(
					Person.builder(
					).externalId(
						"S1"
					).profile(
						Profile.STAFF
					).source(
						Source.AAF
					).state(
						PersonState.ACTIVE
					).uai(
						_UAI
					).lastName(
						"Abel"
					).firstName(
						"Jean"
					).function(
						StaffFunction.DOC
					).build());
			}

			if (all || (sink == second)) {
				sink.establishment(
					new Establishment(
						_OTHER_UAI, "Lycée", EstablishmentKind.LYCEE, ""));
				sink.person(_pupil(_OTHER_UAI, "E2", "2NDE1").build());
				sink.relation(
					new ParentRelation(
						_OTHER_UAI, "R1", "E2", LegalLevel.IN_CHARGE, "20"));
			}

			if (all || (sink == first)) {
				sink.person(_pupil(_UAI, "E1", "6B").build());
				sink.relation(
					new ParentRelation(_UAI, "R1", "E1", LegalLevel.LEGAL, ""));
				sink.teachingAssignment(
					new TeachingAssignment(_UAI, "T1", "G1", true, "030201", true));
			}
		}

		Assertions.assertEquals(2, establishmentSnapshots.establishments());
		Assertions.assertEquals(4, establishmentSnapshots.people());

		List<DirectorySnapshot> drained = new ArrayList<>();

		establishmentSnapshots.drain(drained::add);

		Assertions.assertEquals(2, drained.size());
		_assertSame(first, drained.get(0));
		_assertSame(second, drained.get(1));
		Assertions.assertThrows(
			IllegalStateException.class,
			() -> establishmentSnapshots.drain(drained::add));
	}

	private static void _assertSame(
		DirectorySnapshot expected, DirectorySnapshot actual) {

		Assertions.assertEquals(
			expected.establishments(), actual.establishments());
		Assertions.assertEquals(expected.levels(), actual.levels());
		Assertions.assertEquals(expected.subjects(), actual.subjects());
		Assertions.assertEquals(expected.classes(), actual.classes());
		Assertions.assertEquals(expected.groups(), actual.groups());
		Assertions.assertEquals(expected.people(), actual.people());
		Assertions.assertEquals(expected.relations(), actual.relations());
		Assertions.assertEquals(expected.assignments(), actual.assignments());
	}

	private static Person.Builder _pupil(
		Uai uai, String externalId, String classCode, String... groupCodes) {

		Person.Builder builder = Person.builder(
		).classCode(
			classCode
		).externalId(
			externalId
		).firstName(
			"Léa"
		).lastName(
			"Durand"
		).profile(
			Profile.PUPIL
		).source(
			Source.AAF
		).uai(
			uai
		);

		for (String groupCode : groupCodes) {
			builder.group(groupCode);
		}

		return builder;
	}

	private static final Uai _OTHER_UAI = Uai.of("0310002B");

	private static final Uai _UAI = Uai.of("0310001A");

}
