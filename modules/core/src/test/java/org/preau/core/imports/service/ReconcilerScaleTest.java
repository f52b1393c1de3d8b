package org.preau.core.imports.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import org.preau.core.directory.model.Establishment;
import org.preau.core.directory.model.EstablishmentKind;
import org.preau.core.directory.model.LegalLevel;
import org.preau.core.directory.model.ParentRelation;
import org.preau.core.directory.model.Person;
import org.preau.core.directory.model.Profile;
import org.preau.core.directory.model.SchoolClass;
import org.preau.core.directory.model.Source;
import org.preau.core.directory.model.StaffFunction;
import org.preau.core.directory.model.Subject;
import org.preau.core.directory.model.TeachingAssignment;
import org.preau.core.directory.model.Uai;
import org.preau.core.imports.model.ActionKind;
import org.preau.core.imports.model.CurrentDirectory;
import org.preau.core.imports.model.DirectorySnapshot;
import org.preau.core.imports.model.ImportPlan;
import org.preau.core.imports.model.LifecyclePolicy;
import org.preau.core.imports.model.OwnershipPolicy;
import org.preau.core.imports.model.PersonRecord;

/**
 * The reconciler on a whole académie of synthetic accounts, in memory: 20,000 by default, as many as
 * {@code -Dpreau.reconciler.accounts=1000000} asks. The directory holds what the feed describes, less one pupil who
 * moved class; planning must find that one change, and nothing else.
 */
public class ReconcilerScaleTest {

	@Test
	public void givenAcademyWhoseDirectoryMatchesTheFeedButOneMove_thenThePlanHoldsThatMoveOnly() {
		int accounts = Integer.getInteger("preau.reconciler.accounts", 20_000);

		DirectorySnapshot snapshot = _academy(accounts);

		Set<Uai> covered = new LinkedHashSet<>();

		snapshot.establishments().forEach(
			establishment -> covered.add(establishment.uai()));

		List<PersonRecord> people = new ArrayList<>(accounts);

		for (Person person : snapshot.people()) {
			if (person.externalId().equals("P-0-0")) {
				person = person.toBuilder().classCode("C1").build();
			}

			people.add(new PersonRecord(person, null, null, Set.of()));
		}

		CurrentDirectory current = new CurrentDirectory(
			snapshot.establishments(), people, snapshot.relations(),
			snapshot.assignments(), snapshot.classes(), snapshot.groups(),
			snapshot.levels(), snapshot.subjects());

		Reconciler reconciler = new Reconciler(
			LifecyclePolicy.defaults(),
			OwnershipPolicy.OWNER_WRITES_OTHERS_FILL_EMPTY);

		ImportPlan empty = _timed(
			"create " + accounts + " accounts",
			() -> reconciler.plan(
				snapshot, Source.AAF, covered, CurrentDirectory.empty(),
				_TODAY));

		assertEquals(
			snapshot.people().size(),
			empty.establishments(
			).stream(
			).mapToInt(
				establishmentPlan -> establishmentPlan.actionCounts(
				).get(
					ActionKind.CREATE
				)
			).sum() - snapshot.establishments().size() -
				snapshot.classes().size());

		ImportPlan plan = _timed(
			"reconcile " + accounts + " accounts",
			() -> reconciler.plan(
				snapshot, Source.AAF, covered, current, _TODAY));

		assertEquals(1, plan.totalActions());
		assertEquals(
			ActionKind.MOVE,
			plan.establishments().get(0).actions().get(0).kind());
	}

	private static DirectorySnapshot _academy(int accounts) {
		DirectorySnapshot snapshot = new DirectorySnapshot();

		snapshot.subject(new Subject("030201", "ANGLAIS LV1"));

		int schools = Math.max(1, accounts / _ACCOUNTS_PER_SCHOOL);
		int count = 0;

		for (int school = 0; (school < schools) && (count < accounts);
			 school++) {

			Uai uai = Uai.of(String.format("%07dA", 1000000 + school));

			snapshot.establishment(
				new Establishment(
					uai, "Collège " + school, EstablishmentKind.COLLEGE,
					"Toulouse"));

			for (int c = 0; c < 20; c++) {
				snapshot.schoolClass(new SchoolClass(uai, "C" + c, null));
			}

			for (int i = 0;
				 (i < (_ACCOUNTS_PER_SCHOOL / 2)) && (count < accounts); i++) {

				String pupilId = "P-" + school + "-" + i;
				String parentId = "R-" + school + "-" + i;

				snapshot.person(
					Person.builder(
					).externalId(
						pupilId
					).profile(
						Profile.PUPIL
					).uai(
						uai
					).lastName(
						"Nom" + i
					).firstName(
						"Prénom" + school
					).classCode(
						"C" + (i % 20)
					).ine(
						"INE" + school + "-" + i
					).birthDate(
						LocalDate.of(2012, 1, 1).plusDays(i % 700)
					).source(
						Source.AAF
					).build());
				boolean teacher = (i % 25) == 0;

				Person.Builder adult = Person.builder(
				).externalId(
					parentId
				).profile(
					teacher ? Profile.TEACHER : Profile.PARENT
				).uai(
					uai
				).lastName(
					"Nom" + i
				).firstName(
					"Adulte" + school
				).email(
					parentId + "@example.fr"
				).source(
					Source.AAF
				);

				if (teacher) {
					adult.function(StaffFunction.ENS);
				}

				snapshot.person(adult.build());

				if (teacher) {
					snapshot.teachingAssignment(
						new TeachingAssignment(
							uai, parentId, "C" + (i % 20), false, "030201",
							false));
				}
				else {
					snapshot.relation(
						new ParentRelation(
							uai, parentId, pupilId, LegalLevel.LEGAL, "10"));
				}

				count += 2;
			}
		}

		return snapshot;
	}

	private static <T> T _timed(String what, Supplier<T> work) {
		long start = System.nanoTime();

		T result = work.get();

		long millis = (System.nanoTime() - start) / 1_000_000;

		System.out.println(what + ": " + millis + " ms");

		assertTrue(millis >= 0);

		return result;
	}

	private static final int _ACCOUNTS_PER_SCHOOL = 1500;

	private static final LocalDate _TODAY = LocalDate.of(2026, 9, 1);

}
