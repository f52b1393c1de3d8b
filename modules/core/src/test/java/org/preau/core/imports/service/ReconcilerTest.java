package org.preau.core.imports.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.preau.core.audit.model.Outcome;
import org.preau.core.audit.service.Auditor;
import org.preau.core.directory.model.DirectoryCounts;
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
import org.preau.core.imports.model.ActionKind;
import org.preau.core.imports.model.Anomaly;
import org.preau.core.imports.model.AnomalyKind;
import org.preau.core.imports.model.DirectorySnapshot;
import org.preau.core.imports.model.EstablishmentPlan;
import org.preau.core.imports.model.ImportPlan;
import org.preau.core.imports.model.ImportReport;
import org.preau.core.imports.model.LifecyclePolicy;
import org.preau.core.imports.model.PersonRecord;
import org.preau.core.imports.model.PlannedAction;
import org.preau.core.imports.port.in.ImportCommand;
import org.preau.core.security.AccessDeniedException;
import org.preau.core.security.Actor;
import org.preau.core.security.AdminGrant;

/**
 * The reconciler on plain in-memory feeds, its plans applied by the import service to in-memory ports.
 */
public class ReconcilerTest {

	@BeforeEach
	public void setUp() {
		_clock = new MutableClock(Instant.parse("2026-09-01T06:00:00Z"));
		_directory = new InMemoryDirectory();
		_service = new ImportService(
			_directory, _directory, _directory, _directory, _directory,
			_directory, _directory, _directory,
			new Auditor(_directory, _clock), _clock,
			LifecyclePolicy.of(30, 365));
	}

	@Test
	public void givenActorAdministersAnotherSchool_thenDeniedAndNothingWritten() {
		Actor actor = Actor.of(
			"prof", "Prof",
			Collections.singleton(
				AdminGrant.establishment(Uai.of("0310002B"))));

		assertThrows(
			AccessDeniedException.class,
			() -> _service.run(
				actor, ImportCommand.apply(_feed(), Source.AAF)));

		assertEquals(0, _directory.writes());
		assertEquals(
			Outcome.DENIED, _directory.auditEvents().get(0).outcome());
	}

	@Test
	public void givenAdministratorSuspendedAnAccount_thenTheFeedDoesNotRestoreIt() {
		_run(_feed(), Source.AAF);

		_directory.save(
			_directory.people(
			).get(
				"P1"
			).toBuilder(
			).state(
				PersonState.SUSPENDED
			).build());

		assertTrue(_plan(_feed(), Source.AAF).isEmpty());

		_clock.plusDays(400);

		assertTrue(_plan(_withoutPerson(_feed(), "P1"), Source.AAF).isEmpty());
	}

	@Test
	public void givenDryRun_thenReportedButNothingWritten() {
		ImportReport report = _service.run(
			Actor.system(), ImportCommand.dryRun(_feed(), Source.AAF));

		assertTrue(report.dryRun());
		assertEquals(0, _directory.writes());
		assertEquals(
			2, report.establishments().get(0).counts().people(Profile.PUPIL));
		assertEquals(
			ReconcilerTest._CREATED_ON_FIRST_RUN,
			report.establishments(
			).get(
				0
			).actions(
			).get(
				ActionKind.CREATE
			).intValue());
		assertEquals(
			ImportService.DRY_RUN_ACTION,
			_directory.auditEvents().get(0).action());
	}

	@Test
	public void givenEmptyDirectory_whenFeedImported_thenEverythingIsCreatedAndCounted() {
		ImportPlan plan = _plan(_feed(), Source.AAF);

		EstablishmentPlan establishmentPlan = plan.establishments().get(0);

		assertEquals(
			_CREATED_ON_FIRST_RUN,
			establishmentPlan.actionCounts().get(ActionKind.CREATE).intValue());
		assertEquals(
			3,
			establishmentPlan.actionCounts().get(ActionKind.LINK).intValue());
		assertEquals(
			ActionKind.CREATE, establishmentPlan.actions().get(0).kind());
		assertEquals(
			PlannedAction.Target.ESTABLISHMENT,
			establishmentPlan.actions().get(0).target());
		assertEquals(
			2,
			plan.nomenclatureActionCounts().get(ActionKind.CREATE).intValue());

		ImportReport report = _run(_feed(), Source.AAF);

		DirectoryCounts counts = report.establishments().get(0).counts();

		assertEquals(2, counts.people(Profile.PUPIL));
		assertEquals(1, counts.people(Profile.PARENT));
		assertEquals(1, counts.people(Profile.TEACHER));
		assertEquals(2, counts.classes());
		assertEquals(1, counts.groups());
		assertEquals(2, counts.relations());
		assertEquals(1, counts.teachingAssignments());
		assertTrue(report.establishments().get(0).anomalies().isEmpty());
		assertEquals(4, _directory.people().size());
		assertEquals(1, _directory.history(_UAI, 10).size());
	}

	@Test
	public void givenFeedNamingItsEstablishmentByUaiOnly_thenItIsCreatedUnderAProvisionalNameAndReported() {
		DirectorySnapshot feed = new DirectorySnapshot();

		for (Person person : _feed().people()) {
			feed.person(person);
		}

		ImportReport report = _run(feed, Source.SIECLE);

		assertTrue(report.errors().isEmpty(), report.errors().toString());
		assertEquals(
			"Établissement 0310001A",
			_directory.find(_UAI).get().name());

		List<AnomalyKind> kinds = new ArrayList<>();

		for (Anomaly anomaly : report.establishments().get(0).anomalies()) {
			kinds.add(anomaly.kind());
		}

		assertTrue(
			kinds.contains(AnomalyKind.ESTABLISHMENT_WITHOUT_NAME),
			kinds.toString());

		_run(_feed(), Source.AAF);

		assertEquals(
			"Collège Jean Jaurès", _directory.find(_UAI).get().name());
	}

	@Test
	public void givenIdentifierTakenBySomeoneOfAnotherSource_thenTheNewcomerIsNamedAfterItsSource() {
		_run(_feed(), Source.AAF);

		DirectorySnapshot siecle = _establishmentOnly();

		siecle.person(
			_pupil(
				"T1", "Zoé", "Petit", "3A", "999999999ZZ",
				LocalDate.of(2012, 1, 1)));

		ImportPlan plan = _plan(siecle, Source.SIECLE);

		assertEquals(
			"SIECLE:T1", _personActions(plan, ActionKind.CREATE).get(0));

		_run(siecle, Source.SIECLE);

		assertEquals(
			Profile.TEACHER, _directory.people().get("T1").profile());
		assertTrue(_plan(siecle, Source.SIECLE).isEmpty());
	}

	@Test
	public void givenIncompleteFeed_thenAnomaliesListWhatTheAdministratorMustCheck() {
		DirectorySnapshot feed = _feed();

		feed.person(
			_pupil("P3", "Léa", "Roux", null, "333333333CC", null));
		feed.person(
			Person.builder(
			).externalId(
				"R2"
			).profile(
				Profile.PARENT
			).uai(
				_UAI
			).lastName(
				"Roux"
			).firstName(
				"Marc"
			).build());
		feed.relation(
			new ParentRelation(_UAI, "R2", "P3", LegalLevel.LEGAL, "20"));
		feed.relation(
			new ParentRelation(_UAI, "R9", "P1", LegalLevel.LEGAL, "10"));
		feed.teachingAssignment(
			new TeachingAssignment(_UAI, "T1", "3B", false, "999999", false));

		ImportReport report = _run(feed, Source.AAF);

		List<AnomalyKind> kinds = new ArrayList<>();

		for (Anomaly anomaly : report.establishments().get(0).anomalies()) {
			kinds.add(anomaly.kind());
		}

		assertTrue(
			kinds.contains(AnomalyKind.PUPIL_WITHOUT_CLASS), kinds.toString());
		assertTrue(kinds.contains(AnomalyKind.PARENT_WITHOUT_EMAIL));
		assertTrue(kinds.contains(AnomalyKind.UNKNOWN_SUBJECT));
		assertTrue(kinds.contains(AnomalyKind.RELATION_TO_UNKNOWN_PERSON));
		assertEquals(4, kinds.size(), kinds.toString());
		assertFalse(_directory.relations().containsKey("R9|P1"));
		assertEquals(
			3, report.establishments().get(0).counts().relations());

		// Anomalies are reported on every run until someone fixes them, but they are not changes

		ImportReport second = _run(feed, Source.AAF);

		assertEquals(0, second.totalActions());
		assertEquals(4, second.establishments().get(0).anomalies().size());
	}

	@Test
	public void givenParentLinkDisappears_thenOnlyThatLinkIsRemoved() {
		_run(_feed(), Source.AAF);

		DirectorySnapshot feed = _feed(
			snapshot -> {
			},
			relation -> !relation.pupilId().equals("P2"));

		ImportPlan plan = _plan(feed, Source.AAF);

		assertEquals(1, plan.totalActions());

		PlannedAction action = plan.establishments().get(0).actions().get(0);

		assertEquals(ActionKind.UNLINK, action.kind());
		assertEquals("R1->P2", action.targetId());

		ImportReport report = _run(feed, Source.AAF);

		assertEquals(1, report.establishments().get(0).counts().relations());
		assertEquals(Set.of("R1|P1"), _directory.relations().keySet());
	}

	@Test
	public void givenPersonMissing_thenDetachedSuspendedAfterNDaysDeletionProposedAfterMDaysAndRestoredWhenBack() {
		_run(_feed(), Source.AAF);

		DirectorySnapshot withoutP2 = _withoutPerson(_feed(), "P2");

		_clock.plusDays(1);

		ImportPlan detach = _plan(withoutP2, Source.AAF);

		assertEquals(List.of("P2"), _personActions(detach, ActionKind.DETACH));
		assertEquals(1, detach.totalActions());

		ImportReport report = _run(withoutP2, Source.AAF);

		assertEquals(
			1, report.establishments().get(0).counts().people(Profile.PUPIL));
		assertEquals(
			PersonState.DETACHED, _directory.people().get("P2").state());
		assertEquals(
			LocalDate.of(2026, 9, 2), _directory.lifecycle("P2")[0]);

		// Links survive the absence: the parent still sees the child when they come back

		assertTrue(_directory.relations().containsKey("R1|P2"));

		_clock.plusDays(29);

		assertTrue(_plan(withoutP2, Source.AAF).isEmpty());

		_clock.plusDays(1);

		assertEquals(
			List.of("P2"),
			_personActions(_plan(withoutP2, Source.AAF), ActionKind.SUSPEND));

		_run(withoutP2, Source.AAF);

		assertEquals(
			PersonState.SUSPENDED, _directory.people().get("P2").state());

		_clock.plusDays(300);

		assertTrue(_plan(withoutP2, Source.AAF).isEmpty());

		_clock.plusDays(35);

		assertEquals(
			List.of("P2"),
			_personActions(
				_plan(withoutP2, Source.AAF), ActionKind.DELETE_PROPOSED));

		_run(withoutP2, Source.AAF);

		assertEquals(
			_clock.instant().atZone(_clock.getZone()).toLocalDate(),
			_directory.lifecycle("P2")[1]);
		assertTrue(_directory.people().containsKey("P2"));

		_clock.plusDays(100);

		assertTrue(_plan(withoutP2, Source.AAF).isEmpty());

		ImportPlan back = _plan(_feed(), Source.AAF);

		assertEquals(List.of("P2"), _personActions(back, ActionKind.RESTORE));
		assertEquals(1, back.totalActions());

		_run(_feed(), Source.AAF);

		assertEquals(PersonState.ACTIVE, _directory.people().get("P2").state());
		assertEquals(null, _directory.lifecycle("P2")[0]);
		assertEquals(null, _directory.lifecycle("P2")[1]);
		assertTrue(_plan(_feed(), Source.AAF).isEmpty());
	}

	@Test
	public void givenPupilChangesClass_thenOneMove() {
		_run(_feed(), Source.AAF);

		DirectorySnapshot feed = _feed(
			snapshot -> snapshot.person(
				_pupil(
					"P1", "Jules", "Martin", "3B", "111111111AA",
					LocalDate.of(2012, 3, 4))),
			relation -> true);

		ImportPlan plan = _plan(feed, Source.AAF);

		assertEquals(1, plan.totalActions());
		assertEquals(List.of("P1"), _personActions(plan, ActionKind.MOVE));

		PlannedAction move = plan.establishments().get(0).actions().get(0);

		assertEquals(
			"3A",
			move.beforeValue(
				PersonRecord.class
			).person(
			).classCode(
			).get());
		assertTrue(move.after().contains("class 3B"), move.after());
	}

	@Test
	public void givenPupilMovesToAnotherSchoolOfTheFeed_thenOneMoveCountedInTheNewSchoolOnly() {
		Uai other = Uai.of("0310002B");

		DirectorySnapshot feed = _feed();

		feed.establishment(
			new Establishment(
				other, "Lycée Bellevue", EstablishmentKind.LYCEE, "Albi"));
		feed.schoolClass(new SchoolClass(other, "2A", null));

		_run(feed, Source.AAF);

		DirectorySnapshot moved = _feed(
			snapshot -> snapshot.person(
				_pupil(
					"P2", "Inès", "Martin", "3A", "222222222BB",
					LocalDate.of(2013, 5, 6)
				).toBuilder(
				).uai(
					other
				).classCode(
					"2A"
				).build()),
			relation -> true);

		moved.establishment(
			new Establishment(
				other, "Lycée Bellevue", EstablishmentKind.LYCEE, "Albi"));
		moved.schoolClass(new SchoolClass(other, "2A", null));

		ImportPlan plan = _plan(moved, Source.AAF);

		assertEquals(List.of("P2"), _personActions(plan, ActionKind.MOVE));
		assertEquals(1, plan.totalActions());

		ImportReport report = _run(moved, Source.AAF);

		assertEquals(
			1, report.establishments().get(0).counts().people(Profile.PUPIL));
		assertEquals(
			1, report.establishments().get(1).counts().people(Profile.PUPIL));
		assertEquals(other, _directory.people().get("P2").uai());
		assertTrue(_plan(moved, Source.AAF).isEmpty());
	}

	@Test
	public void givenPupilOfAnotherSourceWithTheSameIne_thenSamePersonKnownUnderBothKeys() {
		_run(_feed(), Source.AAF);

		DirectorySnapshot siecle = _establishmentOnly();

		siecle.person(
			_pupil(
				"4242", "JULES", "MARTIN", "3A", "111111111AA",
				LocalDate.of(2012, 3, 4)));

		ImportPlan plan = _plan(siecle, Source.SIECLE);

		assertEquals(List.of("P1"), _personActions(plan, ActionKind.UPDATE));
		assertEquals(1, plan.totalActions());

		_run(siecle, Source.SIECLE);

		assertEquals(4, _directory.people().size());
		assertTrue(_plan(siecle, Source.SIECLE).isEmpty());
		assertTrue(_plan(_feed(), Source.AAF).isEmpty());

		// A relation of the SIECLE export names the pupil by its SIECLE identifier

		DirectorySnapshot siecleWithParent = _establishmentOnly();

		siecleWithParent.person(
			_pupil(
				"4242", "JULES", "MARTIN", "3A", "111111111AA",
				LocalDate.of(2012, 3, 4)));
		siecleWithParent.person(
			Person.builder(
			).externalId(
				"9001"
			).profile(
				Profile.PARENT
			).uai(
				_UAI
			).lastName(
				"Martin"
			).firstName(
				"Claire"
			).email(
				"claire.martin@example.fr"
			).build());
		siecleWithParent.relation(
			new ParentRelation(_UAI, "9001", "4242", LegalLevel.LEGAL, "10"));

		_run(siecleWithParent, Source.SIECLE);

		assertTrue(_directory.relations().containsKey("9001|P1"));

		// Each source keeps its own links: the AAF feed, which does not know this parent, leaves the link alone

		assertTrue(_plan(_feed(), Source.AAF).isEmpty());
		assertTrue(_plan(siecleWithParent, Source.SIECLE).isEmpty());
	}

	@Test
	public void givenSameFeedTwice_thenTheSecondRunPlansAndWritesNothing() {
		_run(_feed(), Source.AAF);

		int writes = _directory.writes();

		assertTrue(_plan(_feed(), Source.AAF).isEmpty());

		ImportReport second = _run(_feed(), Source.AAF);

		assertEquals(0, second.totalActions());
		assertEquals(writes, _directory.writes());
		assertEquals(
			2, second.establishments().get(0).counts().people(Profile.PUPIL));
	}

	@Test
	public void givenSiecleFeedWithoutTheAafPeople_thenItDetachesNobodyItDoesNotOwn() {
		_run(_feed(), Source.AAF);

		ImportPlan plan = _plan(_establishmentOnly(), Source.SIECLE);

		assertTrue(
			plan.isEmpty(),
			plan.establishments().get(0).actions().toString());
	}

	@Test
	public void givenSiecleRecordOfAnAafPupil_thenItOnlyFillsEmptyFields() {
		_run(_feed(), Source.AAF);

		DirectorySnapshot siecle = _establishmentOnly();

		siecle.person(
			Person.builder(
			).externalId(
				"4242"
			).profile(
				Profile.PUPIL
			).uai(
				_UAI
			).lastName(
				"MARTIN-DURAND"
			).firstName(
				"Jules"
			).classCode(
				"3B"
			).ine(
				"111111111AA"
			).email(
				"jules@example.fr"
			).birthDate(
				LocalDate.of(2012, 4, 3)
			).build());

		_run(siecle, Source.SIECLE);

		Person pupil = _directory.people().get("P1");

		assertEquals("Martin", pupil.lastName());
		assertEquals("3A", pupil.classCode().get());
		assertEquals(LocalDate.of(2012, 3, 4), pupil.birthDate().get());
		assertEquals("jules@example.fr", pupil.email().get());
		assertEquals(Source.AAF, pupil.source());

		// The owner's next feed, which has no e-mail for the pupil, keeps the one SIECLE filled in

		assertTrue(_plan(_feed(), Source.AAF).isEmpty());
		assertTrue(_plan(siecle, Source.SIECLE).isEmpty());
	}

	@Test
	public void givenTwoAdultsWithTheSameFoldedNamesAndBirthDate_thenDuplicateSuspectAndNoMerge() {
		_run(_feed(), Source.AAF);

		DirectorySnapshot sts = _establishmentOnly();

		sts.person(
			Person.builder(
			).externalId(
				"STS-77"
			).profile(
				Profile.TEACHER
			).uai(
				_UAI
			).lastName(
				"ABEL"
			).firstName(
				"Élodie"
			).birthDate(
				LocalDate.of(1980, 1, 1)
			).function(
				StaffFunction.ENS
			).build());

		ImportReport report = _run(sts, Source.STS);

		assertEquals(
			1,
			report.establishments(
			).get(
				0
			).actions(
			).get(
				ActionKind.CREATE
			).intValue());
		assertEquals(5, _directory.people().size());

		List<Anomaly> anomalies = report.establishments().get(0).anomalies();

		assertEquals(1, anomalies.size());
		assertEquals(AnomalyKind.DUPLICATE_SUSPECT, anomalies.get(0).kind());
		assertEquals("STS-77", anomalies.get(0).personId().get());
		assertEquals(
			2,
			report.establishments().get(0).counts().people(Profile.TEACHER));
	}

	private static Person _pupil(
		String id, String firstName, String lastName, String classCode,
		String ine, LocalDate birthDate) {

		return Person.builder(
		).externalId(
			id
		).profile(
			Profile.PUPIL
		).uai(
			_UAI
		).lastName(
			lastName
		).firstName(
			firstName
		).classCode(
			classCode
		).ine(
			ine
		).birthDate(
			birthDate
		).build();
	}

	private DirectorySnapshot _establishmentOnly() {
		DirectorySnapshot snapshot = new DirectorySnapshot();

		snapshot.establishment(
			new Establishment(
				_UAI, "Collège Jean Jaurès", EstablishmentKind.COLLEGE,
				"Albi"));

		return snapshot;
	}

	private DirectorySnapshot _feed() {
		return _feed(
			snapshot -> {
			},
			relation -> true);
	}

	/**
	 * The base feed of the tests; {@code change} then replaces records, and only the relations {@code keep} accepts
	 * are listed.
	 */
	private DirectorySnapshot _feed(
		Consumer<DirectorySnapshot> change,
		Predicate<ParentRelation> keep) {

		DirectorySnapshot snapshot = _establishmentOnly();

		snapshot.level(new Level("10310019110", "3EME"));
		snapshot.subject(new Subject("030201", "ANGLAIS LV1"));
		snapshot.schoolClass(new SchoolClass(_UAI, "3A", "10310019110"));
		snapshot.schoolClass(new SchoolClass(_UAI, "3B", "10310019110"));
		snapshot.group(new Group(_UAI, "3A_ANG1", Collections.singleton("3A")));
		snapshot.person(
			_pupil(
				"P1", "Jules", "Martin", "3A", "111111111AA",
				LocalDate.of(2012, 3, 4)));
		snapshot.person(
			_pupil(
				"P2", "Inès", "Martin", "3A", "222222222BB",
				LocalDate.of(2013, 5, 6)));
		snapshot.person(
			Person.builder(
			).externalId(
				"R1"
			).profile(
				Profile.PARENT
			).uai(
				_UAI
			).lastName(
				"Martin"
			).firstName(
				"Paul"
			).email(
				"paul.martin@example.fr"
			).build());
		snapshot.person(
			Person.builder(
			).externalId(
				"T1"
			).profile(
				Profile.TEACHER
			).uai(
				_UAI
			).lastName(
				"Abel"
			).firstName(
				"Elodie"
			).birthDate(
				LocalDate.of(1980, 1, 1)
			).function(
				StaffFunction.ENS
			).build());

		change.accept(snapshot);

		for (String pupilId : List.of("P1", "P2")) {
			ParentRelation relation = new ParentRelation(
				_UAI, "R1", pupilId, LegalLevel.LEGAL, "20");

			if (keep.test(relation)) {
				snapshot.relation(relation);
			}
		}

		snapshot.teachingAssignment(
			new TeachingAssignment(_UAI, "T1", "3A", false, "030201", true));

		return snapshot;
	}

	private List<String> _personActions(ImportPlan plan, ActionKind kind) {
		List<String> ids = new ArrayList<>();

		for (EstablishmentPlan establishmentPlan : plan.establishments()) {
			for (PlannedAction action : establishmentPlan.actions()) {
				if ((action.kind() == kind) &&
					(action.target() == PlannedAction.Target.PERSON)) {

					ids.add(action.targetId());
				}
			}
		}

		return ids;
	}

	private ImportPlan _plan(DirectorySnapshot snapshot, Source source) {
		return _service.plan(ImportCommand.apply(snapshot, source));
	}

	private ImportReport _run(DirectorySnapshot snapshot, Source source) {
		ImportReport report = _service.run(
			Actor.system(), ImportCommand.apply(snapshot, source));

		assertTrue(report.errors().isEmpty(), report.errors().toString());

		return report;
	}

	private DirectorySnapshot _withoutPerson(
		DirectorySnapshot feed, String externalId) {

		DirectorySnapshot snapshot = new DirectorySnapshot();

		feed.establishments().forEach(snapshot::establishment);
		feed.levels().forEach(snapshot::level);
		feed.subjects().forEach(snapshot::subject);
		feed.classes().forEach(snapshot::schoolClass);
		feed.groups().forEach(snapshot::group);

		for (Person person : feed.people()) {
			if (!person.externalId().equals(externalId)) {
				snapshot.person(person);
			}
		}

		for (ParentRelation relation : feed.relations()) {
			if (!relation.pupilId().equals(externalId) &&
				!relation.parentId().equals(externalId)) {

				snapshot.relation(relation);
			}
		}

		for (TeachingAssignment assignment : feed.assignments()) {
			if (!assignment.teacherId().equals(externalId)) {
				snapshot.teachingAssignment(assignment);
			}
		}

		return snapshot;
	}

	/**
	 * The establishment, two classes, a group, two pupils, a parent and a teacher.
	 */
	private static final int _CREATED_ON_FIRST_RUN = 8;

	private static final Uai _UAI = Uai.of("0310001A");

	private MutableClock _clock;
	private InMemoryDirectory _directory;
	private ImportService _service;

}
