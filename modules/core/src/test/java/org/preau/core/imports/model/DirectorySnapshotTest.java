package org.preau.core.imports.model;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

import org.preau.core.directory.model.Establishment;
import org.preau.core.directory.model.EstablishmentKind;
import org.preau.core.directory.model.LegalLevel;
import org.preau.core.directory.model.ParentRelation;
import org.preau.core.directory.model.Person;
import org.preau.core.directory.model.Profile;
import org.preau.core.directory.model.SchoolClass;
import org.preau.core.directory.model.Source;
import org.preau.core.directory.model.TeachingAssignment;
import org.preau.core.directory.model.Uai;

public class DirectorySnapshotTest {

	@Test
	public void givenSiecleAndStsRecords_thenEachSourceGetsItsPeopleAndLinksAndBothGetTheStructures() {
		DirectorySnapshot snapshot = new DirectorySnapshot();

		snapshot.establishment(
			new Establishment(_UAI, "Collège", EstablishmentKind.COLLEGE, ""));
		snapshot.schoolClass(new SchoolClass(_UAI, "3A", null));
		snapshot.person(_person("E1", Profile.PUPIL, Source.SIECLE, "3A"));
		snapshot.person(_person("R1", Profile.PARENT, Source.SIECLE, null));
		snapshot.person(_person("T1", Profile.TEACHER, Source.STS, null));
		snapshot.relation(
			new ParentRelation(_UAI, "R1", "E1", LegalLevel.LEGAL, "10"));
		snapshot.teachingAssignment(
			new TeachingAssignment(_UAI, "T1", "3A", false, "030201", true));

		Map<Source, DirectorySnapshot> bySource = snapshot.bySource();

		Assertions.assertEquals(Set.of(Source.SIECLE, Source.STS), bySource.keySet());

		DirectorySnapshot siecle = bySource.get(Source.SIECLE);
		DirectorySnapshot sts = bySource.get(Source.STS);

		Assertions.assertEquals(2, siecle.people().size());
		Assertions.assertEquals(1, siecle.relations().size());
		Assertions.assertTrue(siecle.assignments().isEmpty());
		Assertions.assertEquals(1, sts.people().size());
		Assertions.assertEquals(1, sts.assignments().size());
		Assertions.assertTrue(sts.relations().isEmpty());

		for (DirectorySnapshot part : List.of(siecle, sts)) {
			Assertions.assertEquals(1, part.establishments().size());
			Assertions.assertEquals(1, part.classes().size());
		}
	}

	private Person _person(
		String id, Profile profile, Source source, String classCode) {

		return Person.builder(
		).classCode(
			classCode
		).externalId(
			id
		).firstName(
			"Prénom"
		).lastName(
			"Nom"
		).profile(
			profile
		).source(
			source
		).uai(
			_UAI
		).build();
	}

	private static final Uai _UAI = Uai.of("0310001A");

}
