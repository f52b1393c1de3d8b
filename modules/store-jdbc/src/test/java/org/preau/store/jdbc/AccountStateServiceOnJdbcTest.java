package org.preau.store.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.preau.core.accounts.model.AccountState;
import org.preau.core.accounts.model.Distribution;
import org.preau.core.accounts.model.Guest;
import org.preau.core.accounts.model.GuestKind;
import org.preau.core.accounts.model.SuspensionEvent;
import org.preau.core.accounts.service.AccountStateService;
import org.preau.core.audit.model.AuditEvent;
import org.preau.core.audit.model.Outcome;
import org.preau.core.audit.service.Auditor;
import org.preau.core.directory.model.Establishment;
import org.preau.core.directory.model.EstablishmentKind;
import org.preau.core.directory.model.LegalLevel;
import org.preau.core.directory.model.ParentRelation;
import org.preau.core.directory.model.Person;
import org.preau.core.directory.model.Profile;
import org.preau.core.directory.model.SchoolClass;
import org.preau.core.directory.model.Source;
import org.preau.core.directory.model.Uai;
import org.preau.core.security.AccessDeniedException;
import org.preau.core.security.Actor;
import org.preau.core.security.AdminGrant;

/**
 * An account's state read from the suspension, guest and distribution histories of the store: which distribution
 * reached a person as the directory stands now.
 */
public class AccountStateServiceOnJdbcTest {

	@AfterEach
	public void tearDown() {
		_database.close();
	}

	@BeforeEach
	public void setUp() {
		_database = H2Database.inMemory("account-state");
		_clock = Clock.fixed(Instant.parse("2026-09-01T08:00:00Z"), _ZONE);
		_store = new JdbcStore(_database.dataSource(), _clock);
		_accountStateService = new AccountStateService(
			_store.accountHolders(), _store.suspensions(), _store.guests(),
			_store.distributions(), new Auditor(_store.auditLog(), _clock),
			_clock);

		_store.establishments(
		).save(
			new Establishment(
				_UAI, "Collège Marie Curie", EstablishmentKind.COLLEGE,
				"Toulouse")
		);
		_store.structures().saveClass(new SchoolClass(_UAI, "3A", _MEF_3E));
		_store.structures().saveClass(new SchoolClass(_UAI, "4B", _MEF_4E));

		_person("P1", "paul.pupil", Profile.PUPIL, "3A", null);
		_person("P2", "lina.pupil", Profile.PUPIL, "4B", null);
		_person("R1", "rose.parent", Profile.PARENT, null, "rose@example.fr");
		_person("R2", "remi.parent", Profile.PARENT, null, null);

		_store.links(
		).saveRelation(
			new ParentRelation(_UAI, "R1", "P1", LegalLevel.LEGAL, "10")
		);
		_store.links(
		).saveRelation(
			new ParentRelation(_UAI, "R2", "P2", LegalLevel.LEGAL, "20")
		);
	}

	@Test
	public void givenDistributions_thenTheLatestWhoseScopeHoldsThePersonNowIsTheirs() {
		AccountState nothing = _accountStateService.accountState(
			_head, "paul.pupil");

		assertTrue(nothing.lastDistribution().isEmpty());
		assertEquals(0, nothing.distributionsRead());

		_distribution(
			1, Distribution.KIND_PRINT, _UAI + " pupil level " + _MEF_3E);
		_distribution(2, Distribution.KIND_PRINT, _UAI + " pupil class 4B");
		_distribution(3, Distribution.KIND_PRINT, _OTHER_UAI + " pupil");
		_distribution(4, Distribution.KIND_PRINT, _UAI + " teacher");

		AccountState paul = _accountStateService.accountState(
			_head, "paul.pupil");

		assertEquals(
			_UAI + " pupil level " + _MEF_3E,
			paul.lastDistribution().get().scope());
		assertEquals(3, paul.distributionsRead());
		assertEquals(
			_UAI + " pupil class 4B",
			_accountStateService.accountState(
				_head, "lina.pupil"
			).lastDistribution(
			).get(
			).scope());

		_distribution(5, Distribution.KIND_RESET, "paul.pupil");

		assertEquals(
			Distribution.KIND_RESET,
			_accountStateService.accountState(
				_head, "paul.pupil"
			).lastDistribution(
			).get(
			).kind());

		_distribution(6, Distribution.KIND_PRINT, _UAI + " parent");
		_distribution(7, Distribution.KIND_MAIL, _UAI + " parent class 4B");
		_distribution(8, Distribution.KIND_MAIL, _UAI + " parent class 3A");

		assertEquals(
			_UAI + " parent class 3A",
			_accountStateService.accountState(
				_head, "rose.parent"
			).lastDistribution(
			).get(
			).scope());
		assertEquals(
			_UAI + " parent",
			_accountStateService.accountState(
				_head, "remi.parent"
			).lastDistribution(
			).get(
			).scope(),
			"the mail to the parents of 4B left out the parent without address");
	}

	@Test
	public void givenAGuest_thenTheirSponsorAndExpiry_andExpiredFromTheirDay() {
		_store.guests(
		).save(
			new Guest(
				"claire.fontaine", _UAI, GuestKind.PARTNER, "Claire",
				"Fontaine", null, "head", LocalDate.of(2026, 9, 1), "head",
				_clock.instant().minus(Duration.ofDays(30)))
		);

		AccountState guest = _accountStateService.accountState(
			_head, "claire.fontaine");

		assertEquals("head", guest.guest().get().sponsor());
		assertTrue(guest.guestExpired());
		assertTrue(
			_accountStateService.accountState(
				_head, "paul.pupil"
			).guest(
			).isEmpty());
	}

	@Test
	public void givenASuspension_thenItsReasonAndDay_untilTheReactivation() {
		_store.suspensions(
		).recordAll(
			List.of(
				SuspensionEvent.suspension(
					_clock.instant(), "head", "paul.pupil", _UAI,
					"Exclusion temporaire", LocalDate.of(2026, 9, 15)))
		);

		AccountState suspended = _accountStateService.accountState(
			_head, "paul.pupil");

		assertTrue(suspended.suspended());
		assertEquals(
			"Exclusion temporaire", suspended.suspension().get().reason());
		assertEquals(
			LocalDate.of(2026, 9, 15), suspended.suspension().get().until().get());
		assertFalse(
			_accountStateService.accountState(
				_head, "lina.pupil"
			).suspended());

		_store.suspensions(
		).recordAll(
			List.of(
				SuspensionEvent.reactivation(
					_clock.instant().plusSeconds(60), "head", "paul.pupil",
					_UAI, "Retour"))
		);

		AccountState reactivated = _accountStateService.accountState(
			_head, "paul.pupil");

		assertFalse(reactivated.suspended());
		assertTrue(reactivated.suspension().isEmpty());
	}

	@Test
	public void givenSomeoneWhoDoesNotAdministerTheSchool_thenDeniedAndAudited() {
		Actor other = Actor.of(
			"other.head", "Other", Set.of(AdminGrant.establishment(_OTHER_UAI)));

		assertThrows(
			AccessDeniedException.class,
			() -> _accountStateService.accountState(other, "paul.pupil"));
		assertThrows(
			NoSuchElementException.class,
			() -> _accountStateService.accountState(_head, "nobody.here"));
		assertThrows(
			IllegalArgumentException.class,
			() -> _accountStateService.accountState(_head, "not a login"));

		List<AuditEvent> events = _store.auditLog().latest(10);

		assertTrue(
			events.stream(
			).anyMatch(
				event ->
					event.action().equals(AccountStateService.ACTION_STATE) &&
					(event.outcome() == Outcome.DENIED) &&
					event.actor().equals("other.head") &&
					event.target().equals("paul.pupil")
			),
			events.toString());
	}

	private void _distribution(int minutes, String kind, String scope) {
		Uai uai = scope.startsWith(_OTHER_UAI.value()) ? _OTHER_UAI : _UAI;

		_store.distributions(
		).record(
			new Distribution(
				_clock.instant().plus(Duration.ofMinutes(minutes)), "head", uai,
				kind, scope, 1)
		);
	}

	private void _person(
		String id, String login, Profile profile, String classCode,
		String email) {

		Person.Builder builder = Person.builder(
		).externalId(
			id
		).profile(
			profile
		).uai(
			_UAI
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

		if (email != null) {
			builder.email(email);
		}

		_store.people().save(builder.build());
		_store.personLogins().give(login, id);
	}

	private static final String _MEF_3E = "10310019110";

	private static final String _MEF_4E = "10210001110";

	private static final Uai _OTHER_UAI = Uai.of("0310002B");

	private static final Uai _UAI = Uai.of("0310001A");

	private static final ZoneId _ZONE = ZoneOffset.UTC;

	private AccountStateService _accountStateService;
	private Clock _clock;
	private H2Database _database;
	private final Actor _head = Actor.of(
		"head", "Head", Set.of(AdminGrant.establishment(_UAI)));
	private JdbcStore _store;

}
