package org.preau.embedded.internal.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.preau.core.accounts.model.AccountScope;
import org.preau.core.accounts.model.CredentialMode;
import org.preau.core.accounts.model.Guest;
import org.preau.core.accounts.model.GuestKind;
import org.preau.core.accounts.model.IssuedCredential;
import org.preau.core.accounts.model.LoginPolicy;
import org.preau.core.accounts.model.PasswordPolicy;
import org.preau.core.accounts.model.SuspensionEvent;
import org.preau.core.accounts.port.in.Authenticate;
import org.preau.core.accounts.service.AccountService;
import org.preau.core.accounts.service.CredentialService;
import org.preau.core.accounts.service.GatedAuthentication;
import org.preau.core.accounts.service.GuestExpiryGate;
import org.preau.core.accounts.service.GuestService;
import org.preau.core.accounts.service.LoginService;
import org.preau.core.accounts.service.SignInGate;
import org.preau.core.accounts.service.SignInGates;
import org.preau.core.accounts.service.SuspensionService;
import org.preau.core.audit.service.Auditor;
import org.preau.core.directory.model.Person;
import org.preau.core.directory.model.Profile;
import org.preau.core.directory.model.SchoolClass;
import org.preau.core.directory.model.Uai;
import org.preau.core.security.Actor;
import org.preau.core.security.AdminGrant;
import org.preau.embedded.internal.mail.SmtpCredentialMailer;
import org.preau.embedded.internal.security.Pbkdf2PasswordHasher;
import org.preau.store.jdbc.H2Database;
import org.preau.store.jdbc.JdbcStore;
import org.preau.web.accounts.sheets.SheetTexts;
import org.preau.web.i18n.Messages;

/**
 * Suspensions that end on a day and guests that expire, on a real database, with a clock the test moves on.
 */
public class AccountJobsTest {

	@AfterEach
	public void tearDown() {
		_accountJobs.close();
		_database.close();
	}

	@BeforeEach
	public void setUp() {
		_database = H2Database.inMemory("account-jobs");

		JdbcStore store = new JdbcStore(_database.dataSource(), _clock);
		Auditor auditor = new Auditor(store.auditLog(), _clock);
		SecureRandom secureRandom = new SecureRandom();
		Pbkdf2PasswordHasher passwordHasher = new Pbkdf2PasswordHasher(
			secureRandom, 1000);

		store.structures().saveClass(new SchoolClass(_UAI, "6A", "10010012110"));
		store.structures().saveClass(new SchoolClass(_UAI, "5A", "10110001110"));

		_pupil("p1", "Léa", "Martin", "6A");
		_pupil("p2", "Hugo", "Durand", "6A");
		_pupil("p3", "Inès", "Petit", "5A");

		new LoginService(
			store.loginAllocations(), LoginPolicy.defaults(), auditor
		).giveMissingLogins(
			Actor.system()
		);

		_suspensionService = new SuspensionService(
			store.accounts(), store.accountHolders(), store.suspensions(),
			store.transactions(), auditor, _clock);

		SignInGate signInGate = new SignInGates(
			_suspensionService, new GuestExpiryGate(store.guests(), _clock));

		_credentialService = new CredentialService(
			store.accounts(), store.accountHolders(), store.personLogins(),
			store.storedCodes(), store.distributions(), store.transactions(),
			passwordHasher, PasswordPolicy.defaults(), signInGate,
			new SmtpCredentialMailer(
				Map.of(),
				new SheetTexts(
					new Messages(), Locale.FRANCE, "https://ent.example.fr/", 10,
					ZoneId.of("Europe/Paris")),
				new Messages(), Locale.FRANCE),
			auditor, _clock, secureRandom, CredentialMode.ACTIVATION_CODE,
			Duration.ofDays(90));
		_guestService = new GuestService(
			store.guests(), store.accounts(), store.personLogins(),
			LoginPolicy.defaults(), _credentialService, store.transactions(),
			auditor, _clock);
		_authenticate = new GatedAuthentication(
			new AccountService(
				store.accounts(), passwordHasher, auditor, secureRandom),
			signInGate, auditor);
		_accountJobs = new AccountJobs(_suspensionService, _guestService);
	}

	@Test
	public void givenExpiredGuest_thenTurnedAwayAtOnce_suspendedByTheJob_andBackWhenExtended() {
		IssuedCredential issued = _guestService.create(
			_admin, _UAI, GuestKind.PARTNER, "Claire", "Fontaine",
			"claire@example.org", null, LocalDate.of(2026, 9, 10));

		String login = issued.holder().login();

		assertEquals("claire.fontaine", login);

		_credentialService.activate(
			login, issued.secret().toCharArray(), "Partenaire-2026".toCharArray());

		assertTrue(_signIn(login, "Partenaire-2026"));

		_clock.set("2026-09-10T06:00:00Z");

		// Expired before the job has run: turned away all the same

		assertFalse(_signIn(login, "Partenaire-2026"));

		_accountJobs.runOnce();

		assertFalse(_signIn(login, "Partenaire-2026"));

		List<Guest> guests = _guestService.list(_admin, _UAI);

		assertEquals(1, guests.size());
		assertEquals("admin-college", guests.get(0).sponsor());

		_guestService.extend(_admin, login, LocalDate.of(2026, 10, 1));

		assertTrue(_signIn(login, "Partenaire-2026"));

		_guestService.end(_admin, login);

		assertFalse(_signIn(login, "Partenaire-2026"));

		assertThrows(
			IllegalArgumentException.class,
			() -> _guestService.extend(_admin, login, LocalDate.of(2026, 9, 1)));
	}

	@Test
	public void givenLevelSuspendedUntilTheRentree_thenNoSignInBefore_andReactivatedByTheJobThatDay() {
		IssuedCredential issued = _credentialService.issue(
			_admin, AccountScope.ofClass(_UAI, Profile.PUPIL, "6A")).get(0);

		_credentialService.activate(
			issued.holder().login(), issued.secret().toCharArray(),
			"Rentree-Des-6e".toCharArray());

		int suspended = _suspensionService.suspendAll(
			_admin, AccountScope.ofLevel(_UAI, Profile.PUPIL, "10010012110"),
			"Avant la rentrée des 6e", LocalDate.of(2026, 9, 3));

		assertEquals(2, suspended);
		assertFalse(_signIn(issued.holder().login(), "Rentree-Des-6e"));

		_clock.set("2026-09-02T20:00:00Z");
		_accountJobs.runOnce();

		assertFalse(_signIn(issued.holder().login(), "Rentree-Des-6e"));

		_clock.set("2026-09-03T05:00:00Z");
		_accountJobs.runOnce();

		assertTrue(_signIn(issued.holder().login(), "Rentree-Des-6e"));

		List<SuspensionEvent> history = _suspensionService.history(
			_admin, _UAI, 10);

		assertEquals(4, history.size());
		assertEquals(SuspensionEvent.ACTION_REACTIVATE, history.get(0).action());
		assertEquals(
			"Avant la rentrée des 6e",
			history.get(history.size() - 1).reason());

		// The end day must be in the future, and a reason is required

		assertThrows(
			IllegalArgumentException.class,
			() -> _suspensionService.suspend(
				_admin, issued.holder().login(), "Trop tard",
				LocalDate.of(2026, 9, 1)));
		assertThrows(
			IllegalArgumentException.class,
			() -> _suspensionService.suspend(
				_admin, issued.holder().login(), " ", null));
		assertTrue(_signIn(issued.holder().login(), "Rentree-Des-6e"));
	}

	private void _pupil(
		String externalId, String firstName, String lastName,
		String classCode) {

		new JdbcStore(
			_database.dataSource(), _clock
		).people(
		).save(
			Person.builder(
			).externalId(
				externalId
			).firstName(
				firstName
			).lastName(
				lastName
			).profile(
				Profile.PUPIL
			).uai(
				_UAI
			).classCode(
				classCode
			).build()
		);
	}

	private boolean _signIn(String login, String password) {
		return _authenticate.authenticate(
			login, password.toCharArray()
		).isPresent();
	}

	private static final Uai _UAI = Uai.of("0310001A");

	private AccountJobs _accountJobs;
	private final Actor _admin = Actor.of(
		"admin-college", null, Set.of(AdminGrant.establishment(_UAI)));
	private Authenticate _authenticate;
	private final SettableClock _clock = new SettableClock(
		"2026-09-01T08:00:00Z");
	private CredentialService _credentialService;
	private H2Database _database;
	private GuestService _guestService;
	private SuspensionService _suspensionService;

	private static final class SettableClock extends Clock {

		@Override
		public ZoneId getZone() {
			return ZoneId.of("Europe/Paris");
		}

		@Override
		public Instant instant() {
			return _instant;
		}

		@Override
		public Clock withZone(ZoneId zoneId) {
			return this;
		}

		private SettableClock(String instant) {
			set(instant);
		}

		private void set(String instant) {
			_instant = Instant.parse(instant);
		}

		private volatile Instant _instant;

	}

}
