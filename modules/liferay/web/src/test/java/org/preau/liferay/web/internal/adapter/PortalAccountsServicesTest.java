package org.preau.liferay.web.internal.adapter;

import com.liferay.mail.kernel.model.MailMessage;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.transaction.TransactionInvoker;
import com.liferay.portal.kernel.transaction.TransactionInvokerUtil;
import com.liferay.portal.kernel.workflow.WorkflowConstants;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.preau.core.accounts.model.AccountScope;
import org.preau.core.accounts.model.AccountState;
import org.preau.core.accounts.model.Distribution;
import org.preau.core.accounts.model.Guest;
import org.preau.core.accounts.model.GuestKind;
import org.preau.core.accounts.model.IssuedCredential;
import org.preau.core.accounts.model.MailedCredentials;
import org.preau.core.accounts.service.CredentialService;
import org.preau.core.accounts.service.SecretCodes;
import org.preau.core.audit.model.Outcome;
import org.preau.core.directory.model.Profile;
import org.preau.core.directory.model.Uai;
import org.preau.core.security.AccessDeniedException;
import org.preau.core.security.Actor;
import org.preau.liferay.model.AccountCode;
import org.preau.liferay.model.AuditEvent;
import org.preau.liferay.model.CodeDistribution;
import org.preau.liferay.model.GuestAccount;
import org.preau.liferay.web.configuration.PreauConfiguration;
import org.preau.liferay.web.internal.scheduler.AccountsSchedulerJobConfiguration;
import org.preau.liferay.web.internal.test.FakeAccountsTables;
import org.preau.liferay.web.internal.test.FakeMail;
import org.preau.liferay.web.internal.test.FakePortal;
import org.preau.liferay.web.internal.test.Fakes;
import org.preau.liferay.web.internal.test.PortalImports;

/**
 * The portal host's credentials and guests over a portal instance in memory into which the collège's pupils were
 * imported, and Préau's account tables in memory: what a use case did is read back from the users and the tables.
 */
public class PortalAccountsServicesTest {

	@BeforeEach
	public void setUp() throws Exception {
		_portalImports = new PortalImports(_tempDir);

		_portalImports.install();

		_portalImports.importFeed("eleves.csv", PortalImports.PUPILS);

		_fakePortal = _portalImports.fakePortal();
	}

	@AfterEach
	public void tearDown() {
		_portalImports.uninstall();
	}

	@Test
	public void givenAClassIssuedCodes_thenItsUsersPasswordsAreTheCodesWithAResetRequiredAndOnlyHashesAreKept() {
		User eloise = _user("Éloïse");
		User leo = _user("Léo");

		List<IssuedCredential> issuedCredentials = _services(
			_TODAY
		).getIssueCredentials(
		).issue(
			_portalImports.actor(),
			AccountScope.ofClass(PortalImports.UAI, Profile.PUPIL, "6A")
		);

		Assertions.assertEquals(1, issuedCredentials.size());

		IssuedCredential issuedCredential = issuedCredentials.get(0);

		Assertions.assertEquals(
			eloise.getScreenName(),
			issuedCredential.holder(
			).login());
		Assertions.assertEquals(issuedCredential.secret(), eloise.getPassword());
		Assertions.assertTrue(eloise.isPasswordReset());
		Assertions.assertNull(leo.getPassword());
		Assertions.assertFalse(leo.isPasswordReset());

		Assertions.assertEquals(1, _tables.accountCodes().size());

		AccountCode accountCode = _tables.accountCodes(
		).get(
			0
		);

		Assertions.assertEquals(eloise.getScreenName(), accountCode.getLogin());
		Assertions.assertFalse(
			accountCode.getCodeHash(
			).contains(
				issuedCredential.secret()
			));
		Assertions.assertTrue(
			SecretCodes.matches(
				issuedCredential.secret(
				).toCharArray(),
				accountCode.getCodeHash()));

		List<Distribution> distributions = _services(
			_TODAY
		).getIssueCredentials(
		).history(
			_portalImports.actor(), PortalImports.UAI, 10
		);

		Assertions.assertEquals(1, distributions.size());
		Assertions.assertEquals(
			1,
			distributions.get(
				0
			).count());

		IssuedCredential reset = _services(
			_TODAY
		).getIssueCredentials(
		).reset(
			_portalImports.actor(), leo.getScreenName()
		);

		Assertions.assertEquals(reset.secret(), leo.getPassword());
		Assertions.assertTrue(leo.isPasswordReset());
		Assertions.assertEquals(2, _tables.accountCodes().size());
	}

	@Test
	public void givenCodesASuspensionAndADistributionByLevel_thenTheAccountStateSaysWhatThePortalCanTell() {
		User eloise = _user("Éloïse");
		User leo = _user("Léo");

		PortalAccountsServices portalAccountsServices = _services(_TODAY);

		portalAccountsServices.getIssueCredentials(
		).issue(
			_portalImports.actor(),
			AccountScope.ofClass(PortalImports.UAI, Profile.PUPIL, "6A")
		);
		portalAccountsServices.getSuspensionService(
		).suspend(
			_portalImports.actor(), eloise.getScreenName(), "Exclusion", null
		);

		AccountState eloiseState =
			portalAccountsServices.getReadAccountState(
			).accountState(
				_portalImports.actor(), eloise.getScreenName()
			);

		Assertions.assertEquals(
			PortalImports.UAI + " pupil class 6A",
			eloiseState.lastDistribution(
			).get(
			).scope());
		Assertions.assertTrue(eloiseState.suspended());
		Assertions.assertEquals(
			"Exclusion",
			eloiseState.suspension(
			).get(
			).reason());

		AccountState leoState = portalAccountsServices.getReadAccountState(
		).accountState(
			_portalImports.actor(), leo.getScreenName()
		);

		Assertions.assertTrue(leoState.distributionKnown());
		Assertions.assertTrue(leoState.lastDistribution().isEmpty());
		Assertions.assertFalse(leoState.suspended());

		new PortalDistributions(
			() -> FakePortal.COMPANY_ID, _tables.codeDistributionLocalService()
		).record(
			new Distribution(
				Instant.now(), "dane", PortalImports.UAI,
				Distribution.KIND_PRINT,
				PortalImports.UAI + " pupil level 10010012110", 1)
		);

		leoState = portalAccountsServices.getReadAccountState(
		).accountState(
			_portalImports.actor(), leo.getScreenName()
		);

		// The imported classes carry no MEF code, so the level's sheets reached none of their pupils

		Assertions.assertTrue(leoState.distributionKnown());
		Assertions.assertTrue(leoState.lastDistribution().isEmpty());
	}

	@Test
	public void givenAnActorWhoAdministersNothing_thenIssuingCodesIsDeniedAndNoPasswordNorCodeChanges() {
		Assertions.assertThrows(
			AccessDeniedException.class,
			() -> _services(
				_TODAY
			).getIssueCredentials(
			).issue(
				Actor.of("intrus", "Un Intrus", Set.of()),
				AccountScope.of(PortalImports.UAI, Profile.PUPIL)
			));

		Assertions.assertNull(
			_user(
				"Éloïse"
			).getPassword());
		Assertions.assertEquals(List.of(), _tables.accountCodes());
		Assertions.assertEquals(List.of(), _tables.codeDistributions());
	}

	@Test
	public void givenAGuestWhoseExpiryDayComes_whenTheJobRuns_thenTheirUserIsDeactivatedAndSignInRefused() {
		User guestUser = _fakePortal.addUser("mvisiteur");

		guestUser.setStatus(WorkflowConstants.STATUS_APPROVED);

		_services(
			_TODAY
		).getPortalGuests(
		).save(
			new Guest(
				"mvisiteur", PortalImports.UAI, GuestKind.PARTNER, "Marie",
				"Visiteur", null, "dane.admin", _TODAY.plusDays(1),
				"dane.admin", Instant.now())
		);

		Assertions.assertTrue(
			_services(
				_TODAY
			).getSignInGate(
			).allows(
				"mvisiteur"
			));
		Assertions.assertEquals(
			0, AccountsSchedulerJobConfiguration.run(_services(_TODAY)));
		Assertions.assertEquals(
			WorkflowConstants.STATUS_APPROVED, guestUser.getStatus());

		PortalAccountsServices services = _services(_TODAY.plusDays(1));

		Assertions.assertEquals(
			1, AccountsSchedulerJobConfiguration.run(services));
		Assertions.assertEquals(
			WorkflowConstants.STATUS_INACTIVE, guestUser.getStatus());
		Assertions.assertFalse(
			services.getSignInGate(
			).allows(
				"mvisiteur"
			));
		Assertions.assertEquals(
			0, AccountsSchedulerJobConfiguration.run(services));
	}

	@Test
	public void givenAnEstablishmentWithoutOrganization_whenAGuestIsCreated_thenTheErrorNamesItAndTheRolledBackTransactionLeavesNeitherGuestNorUser() {
		List<Throwable> rollbacks = new ArrayList<>();

		TransactionInvokerUtil transactionInvokerUtil =
			new TransactionInvokerUtil();

		transactionInvokerUtil.setTransactionInvoker(
			Fakes.service(
				TransactionInvoker.class,
				Map.of(
					"invoke",
					arguments -> {

						// Rolls back what the portal's transaction would: Préau's guest rows and the users

						List<GuestAccount> guestAccounts = new ArrayList<>(
							_tables.guestAccounts());
						Set<Long> userIds = new HashSet<>(
							_fakePortal.users(
							).keySet());

						try {
							return ((Callable<?>)arguments[1]).call();
						}
						catch (Exception exception) {
							_tables.guestAccounts(
							).retainAll(
								guestAccounts
							);
							_fakePortal.users(
							).keySet(
							).retainAll(
								userIds
							);

							rollbacks.add(exception);

							if (exception instanceof RuntimeException) {
								throw (RuntimeException)exception;
							}

							throw new IllegalStateException(exception);
						}
					})));

		int users = _fakePortal.users(
		).size();

		IllegalStateException illegalStateException = Assertions.assertThrows(
			IllegalStateException.class,
			() -> _services(
				_TODAY
			).getGuestService(
			).create(
				_portalImports.actor(), Uai.of("0310099Z"), GuestKind.GUEST,
				"Claire", "Fontaine", null, null, _TODAY.plusDays(30)
			));

		Assertions.assertTrue(
			illegalStateException.getMessage(
			).contains(
				"0310099Z"
			),
			illegalStateException.getMessage());
		Assertions.assertEquals(1, rollbacks.size());
		Assertions.assertEquals(List.of(), _tables.guestAccounts());
		Assertions.assertEquals(
			users,
			_fakePortal.users(
			).size());
		Assertions.assertNull(_fakePortal.user("claire.fontaine"));
		Assertions.assertEquals(List.of(), _tables.accountCodes());
		Assertions.assertEquals(
			"FAILURE",
			_fakePortal.auditEvents(
			).get(
				0
			).getOutcome());
	}

	@Test
	public void givenTheSchoolsParents_whenTheirCodesAreMailed_thenEachParentWithAnAddressGetsOneMessageWithTheirLoginAndCodeWhichIsNowTheirPasswordToChange()
		throws Exception {

		_importParents();

		User claire = _user("Claire");
		User moussa = _user("Moussa");

		MailedCredentials mailedCredentials = _services(
			_TODAY
		).getMailCredentials(
		).mailToParents(
			_portalImports.actor(),
			AccountScope.of(PortalImports.UAI, Profile.PARENT)
		);

		Assertions.assertEquals(1, mailedCredentials.mailed());
		Assertions.assertEquals(1, mailedCredentials.withoutAddress());
		Assertions.assertEquals(1, _fakeMail.messages().size());

		MailMessage mailMessage = _fakeMail.messages(
		).get(
			0
		);

		Assertions.assertEquals(1, mailMessage.getTo().length);
		Assertions.assertEquals(
			"claire.lefevre@example.org",
			mailMessage.getTo()[0].getAddress());
		Assertions.assertEquals(
			"ent@college-curie.example.fr",
			mailMessage.getFrom(
			).getAddress());
		Assertions.assertEquals("Votre compte ENT", mailMessage.getSubject());
		Assertions.assertFalse(mailMessage.isHTMLFormat());

		String body = mailMessage.getBody();

		Assertions.assertTrue(body.startsWith("Bonjour Claire Lefèvre"), body);
		Assertions.assertTrue(body.contains(FakeMail.ENT_ADDRESS), body);
		Assertions.assertTrue(
			body.contains("Identifiant : " + claire.getScreenName()), body);
		Assertions.assertNotNull(claire.getPassword());
		Assertions.assertTrue(
			body.contains("Code d'activation : " + claire.getPassword()),
			body);
		Assertions.assertTrue(claire.isPasswordReset());

		Assertions.assertNull(moussa.getPassword());
		Assertions.assertFalse(moussa.isPasswordReset());

		Assertions.assertEquals(1, _tables.accountCodes().size());
		Assertions.assertEquals(
			claire.getScreenName(),
			_tables.accountCodes(
			).get(
				0
			).getLogin());

		List<CodeDistribution> codeDistributions = _tables.codeDistributions();

		Assertions.assertEquals(1, codeDistributions.size());
		Assertions.assertEquals(
			Distribution.KIND_MAIL,
			codeDistributions.get(
				0
			).getKind());
		Assertions.assertEquals(
			1,
			codeDistributions.get(
				0
			).getPersonCount());

		AuditEvent auditEvent = _fakePortal.auditEvents(
		).get(
			0
		);

		Assertions.assertEquals(
			CredentialService.ACTION_MAIL, auditEvent.getAction());
		Assertions.assertEquals(
			Outcome.SUCCESS.name(), auditEvent.getOutcome());

		for (AuditEvent event : _fakePortal.auditEvents()) {
			Assertions.assertFalse(
				String.valueOf(
					event
				).contains(
					claire.getPassword()
				),
				String.valueOf(event));
		}
	}

	@Test
	public void givenATeacherWhoAdministersNothing_whenTheyMailTheParentsCodes_thenNothingIsSentAndNoPasswordNorCodeChanges()
		throws Exception {

		_importParents();

		Assertions.assertThrows(
			AccessDeniedException.class,
			() -> _services(
				_TODAY
			).getMailCredentials(
			).mailToParents(
				Actor.of("prof.martin", "Prof Martin", Set.of()),
				AccountScope.of(PortalImports.UAI, Profile.PARENT)
			));

		Assertions.assertEquals(List.of(), _fakeMail.messages());
		Assertions.assertNull(
			_user(
				"Claire"
			).getPassword());
		Assertions.assertEquals(List.of(), _tables.accountCodes());
		Assertions.assertEquals(List.of(), _tables.codeDistributions());
		Assertions.assertEquals(
			Outcome.DENIED.name(),
			_fakePortal.auditEvents(
			).get(
				0
			).getOutcome());
	}

	@Test
	public void givenAnInstanceWithoutSender_thenMailingIsRefusedUnlessPreauNamesItsOwnSender()
		throws Exception {

		_importParents();

		FakeMail fakeMail = new FakeMail("test@domain.invalid");

		IllegalArgumentException illegalArgumentException =
			Assertions.assertThrows(
				IllegalArgumentException.class,
				() -> _services(
					_TODAY, fakeMail, fakeMail.preauConfiguration("")
				).getMailCredentials(
				).mailToParents(
					_portalImports.actor(),
					AccountScope.of(PortalImports.UAI, Profile.PARENT)
				));

		Assertions.assertEquals(
			"no mail server is configured",
			illegalArgumentException.getMessage());
		Assertions.assertEquals(List.of(), fakeMail.messages());
		Assertions.assertNull(
			_user(
				"Claire"
			).getPassword());
		Assertions.assertEquals(List.of(), _tables.accountCodes());

		Assertions.assertEquals(
			1,
			_services(
				_TODAY, fakeMail,
				fakeMail.preauConfiguration("ent@ac-toulouse.example.fr")
			).getMailCredentials(
			).mailToParents(
				_portalImports.actor(),
				AccountScope.of(PortalImports.UAI, Profile.PARENT)
			).mailed());
		Assertions.assertEquals(
			"ent@ac-toulouse.example.fr",
			fakeMail.messages(
			).get(
				0
			).getFrom(
			).getAddress());
	}

	@Test
	public void givenPupilsAdultsAndSuspendedLogins_thenOnlyActiveAdultsAndUsersOutsideTheDirectoryMayHaveThePortalsResetLink()
		throws Exception {

		_importParents();

		PortalAccountsServices services = _services(_TODAY);

		User claire = _user("Claire");
		User eloise = _user("Éloïse");
		User moussa = _user("Moussa");

		Assertions.assertFalse(
			services.getRequestPasswordReset(
			).allowsHostReset(
				eloise.getScreenName()
			));
		Assertions.assertTrue(
			services.getRequestPasswordReset(
			).allowsHostReset(
				claire.getScreenName()
			));
		Assertions.assertTrue(
			services.getRequestPasswordReset(
			).allowsHostReset(
				"dane.admin"
			));

		services.getSuspensionService(
		).suspend(
			_portalImports.actor(), moussa.getScreenName(), "exclusion", null
		);

		moussa.setStatus(WorkflowConstants.STATUS_APPROVED);

		Assertions.assertFalse(
			services.getRequestPasswordReset(
			).allowsHostReset(
				moussa.getScreenName()
			));

		AuditEvent auditEvent = _fakePortal.auditEvents(
		).get(
			0
		);

		Assertions.assertEquals(
			CredentialService.ACTION_REQUEST_RESET, auditEvent.getAction());
		Assertions.assertEquals(
			Outcome.DENIED.name(), auditEvent.getOutcome());
		Assertions.assertEquals(
			moussa.getScreenName(), auditEvent.getTarget());
	}

	private void _importParents() throws Exception {
		_portalImports.importFeed("parents.csv", PortalImports.PARENTS);
	}

	private PortalAccountsServices _services(LocalDate day) {
		return _services(day, _fakeMail, _fakeMail.preauConfiguration(""));
	}

	private PortalAccountsServices _services(
		LocalDate day, FakeMail fakeMail,
		PreauConfiguration preauConfiguration) {

		Clock clock = Clock.fixed(
			day.atTime(
				10, 0
			).toInstant(
				ZoneOffset.UTC
			),
			ZoneOffset.UTC);

		return _tables.portalAccountsServices(
			_fakePortal, fakeMail, () -> preauConfiguration, clock);
	}

	private User _user(String firstName) {
		for (User user :
				_fakePortal.users(
				).values()) {

			if (firstName.equals(user.getFirstName())) {
				return user;
			}
		}

		throw new IllegalStateException("no user " + firstName);
	}

	private static final LocalDate _TODAY = LocalDate.ofInstant(
		Instant.now(), ZoneOffset.UTC);

	private final FakeMail _fakeMail = new FakeMail(
		"ent@college-curie.example.fr");
	private FakePortal _fakePortal;
	private PortalImports _portalImports;
	private final FakeAccountsTables _tables = new FakeAccountsTables();

	@TempDir
	private Path _tempDir;

}
