package org.preau.store.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.preau.core.accounts.model.Account;
import org.preau.core.audit.model.AuditEvent;
import org.preau.core.audit.model.Outcome;
import org.preau.core.audit.service.Auditor;
import org.preau.core.directory.model.Establishment;
import org.preau.core.directory.model.EstablishmentKind;
import org.preau.core.directory.model.LegalLevel;
import org.preau.core.directory.model.ParentRelation;
import org.preau.core.directory.model.Person;
import org.preau.core.directory.model.PersonState;
import org.preau.core.directory.model.Profile;
import org.preau.core.directory.model.SchoolClass;
import org.preau.core.directory.model.Source;
import org.preau.core.directory.model.StaffFunction;
import org.preau.core.directory.model.TeachingAssignment;
import org.preau.core.directory.model.Uai;
import org.preau.core.messaging.model.ExternalMailOpening;
import org.preau.core.messaging.model.MessagingDecision;
import org.preau.core.messaging.service.MessagingRulesService;
import org.preau.core.rights.model.AdminLevel;
import org.preau.core.rights.model.CopyDifference;
import org.preau.core.rights.model.Delegation;
import org.preau.core.rights.model.EntService;
import org.preau.core.rights.model.Grant;
import org.preau.core.rights.model.PersonRights;
import org.preau.core.rights.model.RightsChange;
import org.preau.core.rights.model.RightsDecision;
import org.preau.core.rights.model.RightsMatrix;
import org.preau.core.rights.model.RightsRole;
import org.preau.core.rights.model.ServiceAction;
import org.preau.core.rights.model.StandardServices;
import org.preau.core.rights.port.out.EntServiceProvider;
import org.preau.core.rights.service.DecisionService;
import org.preau.core.rights.service.DelegationService;
import org.preau.core.rights.service.RightsService;
import org.preau.core.rights.service.RulesWatch;
import org.preau.core.rights.service.ServiceCatalogue;
import org.preau.core.security.AccessDeniedException;
import org.preau.core.security.Actor;
import org.preau.core.security.AdminGrant;

/**
 * The rights, delegation, messaging and decision use cases on the store, as the embedded host wires them.
 */
public class RightsServicesOnJdbcTest {

	@AfterEach
	public void tearDown() {
		_database.close();
	}

	@BeforeEach
	public void setUp() {
		_database = H2Database.inMemory("rights");
		_clock = new MovableClock(Instant.parse("2026-09-01T08:00:00Z"));
		_store = new JdbcStore(_database.dataSource(), _clock);

		Auditor auditor = new Auditor(_store.auditLog(), _clock);

		_rulesWatch = new RulesWatch(
			_store.rightsHistory(), _clock, RulesWatch.DEFAULT_INTERVAL);
		_delegationService = new DelegationService(
			_store.delegations(), _store.rightsRules(), _store.rightsHistory(),
			_store.establishments(), _rulesWatch, _store.transactions(),
			auditor, _clock);
		_rightsService = new RightsService(
			ServiceCatalogue.standard(), _store.rightsRules(),
			_store.rightsHistory(), _store.establishments(), _delegationService,
			_rulesWatch, _store.transactions(), auditor, _clock);
		_messagingRulesService = new MessagingRulesService(
			_store.messagingRules(), _store.rightsHistory(),
			_store.establishments(), _store.structures(), _delegationService,
			_rulesWatch, _store.transactions(), auditor, _clock);
		_decisionService = new DecisionService(
			_store.personLogins(), _store.people(), _store.directoryState(),
			_rightsService, _messagingRulesService, _delegationService,
			_store.accountGrants(), auditor, _clock);

		_school(_UAI, "Collège Marie Curie");
		_school(_OTHER_UAI, "Lycée Jean Jaurès");
	}

	@Test
	public void givenAcademieDefault_whenOnlyThePlatformChangesIt_thenTheSchoolsFollowUnlessOverridden()
		throws SQLException {

		Grant grant = Grant.of(
			RightsRole.SOCIAL_WORKER, StandardServices.CAHIER_DE_TEXTES,
			ServiceAction.CONSULT);

		Set<Grant> defaults = new HashSet<>(StandardServices.defaults());

		defaults.remove(grant);

		assertThrows(
			AccessDeniedException.class,
			() -> _rightsService.setDefaults(_head, defaults, "not for us"));

		assertEquals(
			1, _rightsService.setDefaults(_platform, defaults, "schools decide"));

		assertFalse(
			_rightsService.matrix(
				_head, _UAI
			).allows(
				_UAI, Set.of(RightsRole.SOCIAL_WORKER),
				StandardServices.CAHIER_DE_TEXTES, ServiceAction.CONSULT
			));

		RightsChange change = _rightsService.history(
			_platform, Optional.empty(), 1
		).get(
			0
		);

		assertEquals(RightsChange.Kind.DEFAULT, change.kind());
		assertEquals("allowed", change.before());
		assertEquals("refused", change.after());
		assertTrue(change.uai().isEmpty());

		defaults.add(grant);

		assertEquals(
			1, _rightsService.setDefaults(_platform, defaults, "back to shipped"));
		assertEquals(
			0, StoreFixture.rowCount(_database.dataSource(), "Preau_RightsDefault"),
			"a cell back to what Préau ships keeps no académie rule");
	}

	@Test
	public void givenServiceLeavesWithItsBundle_thenItsRulesWaitForItsReturn() {
		ServiceCatalogue serviceCatalogue = ServiceCatalogue.standard();

		EntServiceProvider laboratory = new EntServiceProvider() {

			@Override
			public Set<Grant> defaults() {
				return Set.of();
			}

			@Override
			public List<EntService> services() {
				return List.of(
					new EntService(
						"laboratory", EnumSet.of(ServiceAction.CONSULT)));
			}

		};

		serviceCatalogue.add(laboratory);

		Auditor auditor = new Auditor(_store.auditLog(), _clock);

		RightsService rightsService = new RightsService(
			serviceCatalogue, _store.rightsRules(), _store.rightsHistory(),
			_store.establishments(), _delegationService, _rulesWatch,
			_store.transactions(), auditor, _clock);

		Grant grant = Grant.of(
			RightsRole.PUPIL, "laboratory", ServiceAction.CONSULT);

		Set<Grant> cells = new HashSet<>(_cells(_UAI));

		cells.add(grant);

		rightsService.setSchoolCells(_head, _UAI, cells, "pupils look");
		rightsService.closeModule(_head, _UAI, "laboratory", "holidays");

		serviceCatalogue.remove(laboratory);

		RightsMatrix without = rightsService.matrix(_head, _UAI);

		assertThrows(
			IllegalArgumentException.class,
			() -> without.cell("laboratory", ServiceAction.CONSULT));

		serviceCatalogue.add(laboratory);

		RightsMatrix back = rightsService.matrix(_head, _UAI);

		assertTrue(back.override(_UAI, grant).allowed());
		assertTrue(back.isClosed(_UAI, "laboratory"));
	}

	@Test
	public void givenCopyToSchools_thenPreviewShowsTheDifferencesAndApplyMakesThemEqual() {
		Set<Grant> cells = _cells(_UAI);

		cells.add(
			Grant.of(
				RightsRole.GUEST, StandardServices.ANNUAIRE,
				ServiceAction.CONSULT));

		_rightsService.setSchoolCells(_platform, _UAI, cells, "guests look");
		_rightsService.closeModule(
			_platform, _UAI, StandardServices.SANCTIONS, "not used");

		assertThrows(
			AccessDeniedException.class,
			() -> _rightsService.previewCopy(_head, _UAI, List.of(_OTHER_UAI)),
			"the head of one school may not copy to another");
		assertThrows(
			NoSuchElementException.class,
			() -> _rightsService.previewCopy(
				_platform, _UAI, List.of(Uai.of("0999999Z"))));

		List<CopyDifference> preview = _rightsService.previewCopy(
			_platform, _UAI, List.of(_OTHER_UAI));

		assertEquals(
			List.of(
				"0310002B guest: annuaire consult: refused -> allowed",
				"0310002B module sanctions: open -> closed"),
			preview.stream(
			).map(
				CopyDifference::toString
			).collect(
				Collectors.toList()
			));

		assertEquals(
			preview.toString(),
			_rightsService.applyCopy(
				_platform, _UAI, List.of(_OTHER_UAI), "same settings"
			).toString());

		assertTrue(
			_rightsService.previewCopy(
				_platform, _UAI, List.of(_OTHER_UAI)
			).isEmpty());

		RightsChange change = _rightsService.history(
			_platform, Optional.of(_OTHER_UAI), 10
		).get(
			0
		);

		assertTrue(
			change.reason().equals("copied from 0310001A: same settings"),
			change.reason());
	}

	@Test
	public void givenDaneDelegation_whenItsEndDatePasses_thenItLapsesByItself() {
		Actor dane = Actor.of("dane.support", "DANE", Set.of());

		assertThrows(
			AccessDeniedException.class,
			() -> _rightsService.matrix(dane, _UAI));
		assertThrows(
			IllegalArgumentException.class,
			() -> _delegationService.delegateToDane(
				_head, _UAI, "dane.support", _clock.instant().minusSeconds(1),
				"support"));

		Delegation delegation = _delegationService.delegateToDane(
			_head, _UAI, "dane.support",
			_clock.instant().plus(Duration.ofDays(7)), "support ticket 42");

		assertTrue(delegation.id() > 0);
		assertFalse(_rightsService.matrix(dane, _UAI).catalogue().isEmpty());
		assertFalse(
			_delegationService.effective(dane).isAdministratorOf(_OTHER_UAI));

		_clock.advance(Duration.ofDays(8));

		assertFalse(_delegationService.effective(dane).isAdministratorOf(_UAI));
		assertThrows(
			AccessDeniedException.class,
			() -> _rightsService.matrix(dane, _UAI));

		assertEquals(1, _delegationService.delegations(_head, _UAI).size());

		_delegationService.revoke(_head, _UAI, delegation.id(), "closed");

		assertTrue(_delegationService.delegations(_head, _UAI).isEmpty());
	}

	@Test
	public void givenTwoNodesOnOneDatabase_whenOneChangesTheRules_thenTheOtherFollowsWithinTheWatchInterval() {
		JdbcStore store = new JdbcStore(_database.dataSource(), _clock);

		Auditor auditor = new Auditor(store.auditLog(), _clock);

		RulesWatch rulesWatch = new RulesWatch(
			store.rightsHistory(), _clock, RulesWatch.DEFAULT_INTERVAL);

		DelegationService delegationService = new DelegationService(
			store.delegations(), store.rightsRules(), store.rightsHistory(),
			store.establishments(), rulesWatch, store.transactions(), auditor,
			_clock);
		RightsService rightsService = new RightsService(
			ServiceCatalogue.standard(), store.rightsRules(),
			store.rightsHistory(), store.establishments(), delegationService,
			rulesWatch, store.transactions(), auditor, _clock);
		MessagingRulesService messagingRulesService = new MessagingRulesService(
			store.messagingRules(), store.rightsHistory(),
			store.establishments(), store.structures(), delegationService,
			rulesWatch, store.transactions(), auditor, _clock);

		Grant grant = Grant.of(
			RightsRole.GUEST, StandardServices.ANNUAIRE, ServiceAction.CONSULT);
		Actor local = Actor.of("local.admin", "Local", Set.of());

		assertFalse(
			rightsService.matrix(
				_platform, _UAI
			).allows(
				_UAI, Set.of(RightsRole.GUEST), StandardServices.ANNUAIRE,
				ServiceAction.CONSULT
			));
		assertFalse(
			delegationService.effective(
				local
			).isAdministratorOf(
				_UAI
			));
		assertEquals(
			0,
			messagingRulesService.currentRules(
			).openings(
				_UAI
			).size());

		Set<Grant> cells = _cells(_UAI);

		cells.add(grant);

		_rightsService.setSchoolCells(_platform, _UAI, cells, "guests look");
		_delegationService.appointLocalAdministrator(
			_platform, _UAI, "local.admin", "ENT administrator");
		_messagingRulesService.openExternalMail(
			_platform, ExternalMailOpening.ofClass(_UAI, "3A"), "pen pals");

		assertTrue(
			_rightsService.matrix(
				_platform, _UAI
			).allows(
				_UAI, Set.of(RightsRole.GUEST), StandardServices.ANNUAIRE,
				ServiceAction.CONSULT
			));

		// The other node still answers from what it built a moment ago

		assertFalse(
			rightsService.matrix(
				_platform, _UAI
			).allows(
				_UAI, Set.of(RightsRole.GUEST), StandardServices.ANNUAIRE,
				ServiceAction.CONSULT
			));
		assertFalse(
			delegationService.effective(
				local
			).isAdministratorOf(
				_UAI
			));

		_clock.advance(RulesWatch.DEFAULT_INTERVAL);

		assertTrue(
			rightsService.matrix(
				_platform, _UAI
			).allows(
				_UAI, Set.of(RightsRole.GUEST), StandardServices.ANNUAIRE,
				ServiceAction.CONSULT
			));
		assertTrue(
			delegationService.effective(
				local
			).isAdministratorOf(
				_UAI
			));
		assertEquals(
			1,
			messagingRulesService.currentRules(
			).openings(
				_UAI
			).size());
	}

	@Test
	public void givenAReasonLongerThanTheHistoryKeeps_thenEveryChangeIsRefusedSayingSoAndNothingIsStored() {
		String reason = "x".repeat(501);

		for (Runnable change :
				List.<Runnable>of(
					() -> _delegationService.appointLocalAdministrator(
						_head, _UAI, "local.admin", reason),
					() -> _messagingRulesService.openExternalMail(
						_head, ExternalMailOpening.ofClass(_UAI, "3A"), reason),
					() -> _rightsService.closeModule(
						_head, _UAI, StandardServices.SANCTIONS, reason))) {

			IllegalArgumentException illegalArgumentException = assertThrows(
				IllegalArgumentException.class, change::run);

			assertEquals(
				"the reason is longer than 500 characters",
				illegalArgumentException.getMessage());
		}

		assertTrue(_delegationService.delegations(_head, _UAI).isEmpty());
		assertTrue(
			_messagingRulesService.rules(
				_head, _UAI
			).openings(
				_UAI
			).isEmpty());
		assertFalse(
			_rightsService.matrix(
				_head, _UAI
			).isClosed(
				_UAI, StandardServices.SANCTIONS
			));
		assertTrue(
			_store.rightsHistory(
			).latest(
				Optional.empty(), 10
			).isEmpty());
	}

	@Test
	public void givenLocalAdministrator_thenTheyAdministerOnlyTheirSchools() {
		Actor local = Actor.of("local.admin", "Local", Set.of());

		assertThrows(
			AccessDeniedException.class,
			() -> _delegationService.appointLocalAdministrator(
				_head, _OTHER_UAI, "local.admin", "not theirs"));

		_delegationService.appointLocalAdministrator(
			_head, _UAI, "local.admin", "ENT administrator");

		Actor effective = _delegationService.effective(local);

		assertTrue(effective.isAdministratorOf(_UAI));
		assertFalse(effective.isAdministratorOf(_OTHER_UAI));

		_rightsService.closeModule(local, _UAI, StandardServices.SANCTIONS, "why");

		assertThrows(
			AccessDeniedException.class,
			() -> _rightsService.closeModule(
				local, _OTHER_UAI, StandardServices.SANCTIONS, "why"));
	}

	@Test
	public void givenOverride_thenTheDecisionCitesItAndTheHistoryKeepsWhoWhenAndWhy()
		throws SQLException {

		Set<Grant> cells = _cells(_UAI);
		Grant grant = Grant.of(
			RightsRole.SOCIAL_WORKER, StandardServices.SANCTIONS,
			ServiceAction.CONSULT);

		cells.add(grant);

		assertThrows(
			IllegalArgumentException.class,
			() -> _rightsService.setSchoolCells(_head, _UAI, cells, " "));
		assertThrows(
			AccessDeniedException.class,
			() -> _rightsService.setSchoolCells(
				Actor.of("teacher", "T", Set.of()), _UAI, cells, "why"));
		assertEquals(
			0,
			StoreFixture.rowCount(
				_database.dataSource(), "Preau_RightsOverride"));

		assertEquals(
			1,
			_rightsService.setSchoolCells(
				_head, _UAI, cells, "follow-up of pupils at risk"));

		RightsDecision decision = _decisionService.can(
			_head, "sophie.social", StandardServices.SANCTIONS,
			ServiceAction.CONSULT);

		assertTrue(decision.allowed(), decision.toString());
		assertTrue(
			decision.reasons().get(0).contains("function SOC"),
			decision.toString());
		assertTrue(
			decision.toString().contains(
				"social-worker may consult sanctions, by the override of " +
					"0310001A by head"),
			decision.toString());
		assertTrue(
			decision.toString().contains("(follow-up of pupils at risk)"),
			decision.toString());

		RightsChange change = _rightsService.history(
			_head, Optional.of(_UAI), 5
		).get(
			0
		);

		assertEquals("head", change.author());
		assertEquals("social-worker: sanctions consult", change.subject());
		assertEquals("follow-up of pupils at risk", change.reason());

		assertThrows(
			AccessDeniedException.class,
			() -> _decisionService.can(
				Actor.of("other.head", "O", Set.of(
					AdminGrant.establishment(_OTHER_UAI))),
				"sophie.social", StandardServices.SANCTIONS,
				ServiceAction.CONSULT));

		List<AuditEvent> events = _store.auditLog().latest(1);

		assertEquals(Outcome.DENIED, events.get(0).outcome());
	}

	@Test
	public void givenClosedModule_thenNobodyOfTheSchoolHasItAmongTheirServices() {
		Actor socialWorker = Actor.of("sophie.social", "Sophie", Set.of());

		assertTrue(
			_keys(
				_decisionService.servicesOf(socialWorker)
			).contains(
				StandardServices.CAHIER_DE_TEXTES
			));

		assertTrue(
			_rightsService.closeModule(
				_head, _UAI, StandardServices.CAHIER_DE_TEXTES, "new tool"));
		assertFalse(
			_rightsService.closeModule(
				_head, _UAI, StandardServices.CAHIER_DE_TEXTES, "new tool"));

		assertFalse(
			_keys(
				_decisionService.servicesOf(socialWorker)
			).contains(
				StandardServices.CAHIER_DE_TEXTES
			));
		assertFalse(
			_keys(
				_decisionService.servicesOf(
					Actor.of("paul.pupil", "Paul", Set.of()))
			).contains(
				StandardServices.CAHIER_DE_TEXTES
			));

		RightsDecision decision = _decisionService.can(
			socialWorker, "sophie.social", StandardServices.CAHIER_DE_TEXTES,
			ServiceAction.CONSULT);

		assertFalse(decision.allowed());
		assertTrue(
			decision.toString().contains(
				"the module cahier-de-textes is closed in 0310001A"),
			decision.toString());
		assertTrue(
			_decisionService.servicesOf(
				Actor.of("admin", "Admin", Set.of(AdminGrant.platform()))
			).isEmpty(),
			"an account that is no person of the directory has no services");
	}

	@Test
	public void givenMessagingRules_thenDecisionsNameTheRuleAndTheMemberships() {
		MessagingDecision decision = _decisionService.canMessage(
			_head, "paul.pupil", "tom.teacher");

		assertTrue(decision.allowed(), decision.toString());
		assertTrue(
			decision.rule().contains(
				"a pupil may write to the teachers of their class"),
			decision.rule());
		assertTrue(
			decision.rule().contains("paul.pupil is pupil in 0310001A, class 3A"),
			decision.rule());
		assertTrue(
			decision.rule().contains("tom.teacher is teacher in 0310001A"),
			decision.rule());

		MessagingDecision refused = _decisionService.canMessage(
			_head, "paul.pupil", "lea.other");

		assertFalse(refused.allowed(), refused.toString());

		assertThrows(
			IllegalArgumentException.class,
			() -> _messagingRulesService.openExternalMail(
				_head, ExternalMailOpening.ofClass(_UAI, "9Z"), "why"));
		assertThrows(
			AccessDeniedException.class,
			() -> _messagingRulesService.link(
				_head, _UAI, _OTHER_UAI, "cité scolaire"));

		assertTrue(
			_messagingRulesService.openExternalMail(
				_head, ExternalMailOpening.ofClass(_UAI, "3A"), "pen pals"));
		assertEquals(
			1, _messagingRulesService.rules(_head, _UAI).openings(_UAI).size());

		assertFalse(
			_decisionService.canMessage(
				_head, "tom.teacher", "lea.other"
			).allowed());

		assertTrue(
			_messagingRulesService.link(
				_platform, _UAI, _OTHER_UAI, "cité scolaire"));

		MessagingDecision linked = _decisionService.canMessage(
			_head, "tom.teacher", "lea.other");

		assertTrue(linked.allowed(), linked.toString());
		assertTrue(
			linked.rule().contains("linked school 0310002B"), linked.rule());

		assertThrows(
			NoSuchElementException.class,
			() -> _decisionService.canMessage(_head, "paul.pupil", "nobody"));
	}

	@Test
	public void givenSchoolAllowsClassAdministration_thenTheHeadTeacherMayAskAboutTheirPupilsOnly() {
		Actor teacher = Actor.of("tom.teacher", "Tom", Set.of());

		assertThrows(
			AccessDeniedException.class,
			() -> _decisionService.can(
				teacher, "paul.pupil", StandardServices.EVALUATIONS,
				ServiceAction.CONSULT));

		_delegationService.allowClassAdministration(
			_head, _UAI, true, "head teachers help");

		assertTrue(
			_decisionService.can(
				teacher, "paul.pupil", StandardServices.EVALUATIONS,
				ServiceAction.CONSULT
			).allowed());
		assertThrows(
			AccessDeniedException.class,
			() -> _decisionService.can(
				teacher, "sophie.social", StandardServices.EVALUATIONS,
				ServiceAction.CONSULT),
			"the social worker is in no class the teacher heads");

		RightsDecision decision = _decisionService.can(
			teacher, "tom.teacher", StandardServices.VIE_DE_L_ELEVE,
			ServiceAction.CONTRIBUTE);

		assertTrue(decision.allowed(), decision.toString());
		assertTrue(
			decision.reasons().get(0).contains("head teacher of 3A"),
			decision.toString());
	}

	@Test
	public void givenAPersonsRights_thenOnlyTheirSchoolsAdministratorsSeeThemWithEveryLevelTheyAdminister() {
		Actor teacher = Actor.of("tom.teacher", "Tom", Set.of());

		_delegationService.allowClassAdministration(
			_head, _UAI, true, "head teachers help");

		assertThrows(
			AccessDeniedException.class,
			() -> _decisionService.rightsOf(teacher, "paul.pupil"),
			"the head teacher explains decisions but does not read rights");
		assertThrows(
			AccessDeniedException.class,
			() -> _decisionService.rightsOf(
				Actor.of(
					"other", "Other",
					Set.of(AdminGrant.establishment(_OTHER_UAI))),
				"tom.teacher"));
		assertThrows(
			NoSuchElementException.class,
			() -> _decisionService.rightsOf(_head, "nobody.here"));

		PersonRights pupil = _decisionService.rightsOf(_head, "paul.pupil");

		assertEquals(
			_keys(
				_decisionService.servicesOf(
					Actor.of("paul.pupil", "Paul", Set.of()))),
			_keys(pupil.services()));
		assertTrue(pupil.adminLevels().isEmpty());

		_store.accounts(
		).save(
			new Account(
				"tom.teacher", "Tom", "", Set.of(AdminGrant.platform()), true)
		);
		_delegationService.appointLocalAdministrator(
			_head, _UAI, "tom.teacher", "ENT administrator");
		_delegationService.delegateToDane(
			_platform, _OTHER_UAI, "tom.teacher",
			_clock.instant().plus(Duration.ofDays(7)), "support");

		PersonRights tom = _decisionService.rightsOf(_head, "tom.teacher");

		assertEquals(
			List.of(
				"platform", "local-administrator 0310001A",
				"dane 0310002B until 2026-09-08T08:00:00Z", "class 0310001A 3A"),
			tom.adminLevels(
			).stream(
			).map(
				AdminLevel::toString
			).collect(
				Collectors.toList()
			));
		assertTrue(_keys(tom.services()).contains(StandardServices.EVALUATIONS));

		_store.people(
		).save(
			Person.builder(
			).externalId(
				"P1"
			).profile(
				Profile.PUPIL
			).uai(
				_UAI
			).lastName(
				"NameP1"
			).firstName(
				"paul.pupil"
			).source(
				Source.AAF
			).classCode(
				"3A"
			).state(
				PersonState.DETACHED
			).build()
		);

		PersonRights detached = _decisionService.rightsOf(_head, "paul.pupil");

		assertFalse(detached.active());
		assertTrue(detached.services().isEmpty());
	}

	private static Set<String> _keys(List<EntService> services) {
		return services.stream(
		).map(
			EntService::key
		).collect(
			Collectors.toSet()
		);
	}

	private Set<Grant> _cells(Uai uai) {
		RightsMatrix rightsMatrix = _rightsService.matrix(_platform, uai);

		Set<Grant> cells = new HashSet<>();

		for (EntService entService : rightsMatrix.catalogue()) {
			for (ServiceAction action : entService.actions()) {
				for (RightsRole role : RightsRole.values()) {
					if (rightsMatrix.allows(
							uai, Set.of(role), entService.key(), action) ||
						rightsMatrix.isClosed(uai, entService.key())) {

						cells.add(Grant.of(role, entService.key(), action));
					}
				}
			}
		}

		return cells;
	}

	private void _person(
		String id, String login, Uai uai, Profile profile, String classCode,
		StaffFunction function) {

		Person.Builder builder = Person.builder(
		).externalId(
			id
		).profile(
			profile
		).uai(
			uai
		).lastName(
			"Name" + id
		).firstName(
			login
		).source(
			Source.AAF
		);

		if (classCode != null) {
			builder.classCode(classCode);
		}

		if (function != null) {
			builder.function(function);
		}

		_store.people().save(builder.build());
		_store.personLogins().give(login, id);
	}

	private void _school(Uai uai, String name) {
		_store.establishments(
		).save(
			new Establishment(uai, name, EstablishmentKind.COLLEGE, "Toulouse")
		);

		if (uai.equals(_UAI)) {
			_store.structures().saveClass(new SchoolClass(uai, "3A", null));

			_person("P1", "paul.pupil", uai, Profile.PUPIL, "3A", null);
			_person("R1", "rose.parent", uai, Profile.PARENT, null, null);
			_person(
				"T1", "tom.teacher", uai, Profile.TEACHER, null,
				StaffFunction.ENS);
			_person(
				"S1", "sophie.social", uai, Profile.STAFF, null,
				StaffFunction.SOC);

			_store.links().saveRelation(
				new ParentRelation(uai, "R1", "P1", LegalLevel.LEGAL, "10"));
			_store.links().saveTeachingAssignment(
				new TeachingAssignment(uai, "T1", "3A", false, "030201", true));
		}
		else {
			_person(
				"T2", "lea.other", uai, Profile.TEACHER, null,
				StaffFunction.ENS);
		}
	}

	private static final Uai _OTHER_UAI = Uai.of("0310002B");

	private static final Uai _UAI = Uai.of("0310001A");

	private MovableClock _clock;
	private H2Database _database;
	private DecisionService _decisionService;
	private DelegationService _delegationService;
	private final Actor _head = Actor.of(
		"head", "Head", Set.of(AdminGrant.establishment(_UAI)));
	private MessagingRulesService _messagingRulesService;
	private final Actor _platform = Actor.of(
		"dane", "DANE", Set.of(AdminGrant.platform()));
	private RightsService _rightsService;
	private RulesWatch _rulesWatch;
	private JdbcStore _store;

	private static final class MovableClock extends Clock {

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Instant instant() {
			return _now;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		private MovableClock(Instant now) {
			_now = now;
		}

		private void advance(Duration duration) {
			_now = _now.plus(duration);
		}

		private volatile Instant _now;

	}

}
