package org.preau.liferay.web.internal.adapter;

import com.liferay.portal.kernel.backgroundtask.BackgroundTask;
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
import org.preau.core.accounts.service.SecretCodes;
import org.preau.core.audit.service.Auditor;
import org.preau.core.directory.model.Profile;
import org.preau.core.directory.model.Uai;
import org.preau.core.imports.job.ImportJob;
import org.preau.core.security.AccessDeniedException;
import org.preau.core.security.Actor;
import org.preau.liferay.model.AccountCode;
import org.preau.liferay.model.GuestAccount;
import org.preau.liferay.web.internal.scheduler.AccountsSchedulerJobConfiguration;
import org.preau.liferay.web.internal.test.FakeAccountsTables;
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

		ImportJob importJob = _portalImports.submit(
			PortalImports.PUPILS, false);

		for (BackgroundTask backgroundTask :
				_portalImports.fakeBackgroundTasks().backgroundTasks()) {

			if (backgroundTask.getName().equals(importJob.id())) {
				_portalImports.run(backgroundTask);
			}
		}

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

	private PortalAccountsServices _services(LocalDate day) {
		Clock clock = Clock.fixed(
			day.atTime(
				10, 0
			).toInstant(
				ZoneOffset.UTC
			),
			ZoneOffset.UTC);

		return new PortalAccountsServices(
			new Auditor(
				new PortalAuditLog(
					_fakePortal.auditEventLocalService(),
					() -> FakePortal.COMPANY_ID),
				clock),
			clock, () -> FakePortal.COMPANY_ID,
			_tables.accountCodeLocalService(),
			_tables.accountSuspensionLocalService(),
			_tables.codeDistributionLocalService(),
			_fakePortal.counterLocalService(),
			_fakePortal.expandoValueLocalService(),
			_tables.guestAccountLocalService(),
			_fakePortal.parentRelationLocalService(),
			_fakePortal.roleLocalService(),
			_fakePortal.teachingAssignmentLocalService(),
			_fakePortal.userGroupLocalService(),
			_fakePortal.userLocalService());
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

	private FakePortal _fakePortal;
	private PortalImports _portalImports;
	private final FakeAccountsTables _tables = new FakeAccountsTables();

	@TempDir
	private Path _tempDir;

}
