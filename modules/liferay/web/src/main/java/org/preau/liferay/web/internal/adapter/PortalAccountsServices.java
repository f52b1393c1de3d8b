package org.preau.liferay.web.internal.adapter;

import com.liferay.counter.kernel.service.CounterLocalService;
import com.liferay.expando.kernel.model.ExpandoTableConstants;
import com.liferay.expando.kernel.service.ExpandoValueLocalService;
import com.liferay.mail.kernel.service.MailService;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.RoleLocalService;
import com.liferay.portal.kernel.service.UserGroupLocalService;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.util.PrefsProps;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.preau.core.accounts.model.CredentialMode;
import org.preau.core.accounts.model.LoginPolicy;
import org.preau.core.accounts.model.PasswordPolicy;
import org.preau.core.accounts.port.in.IssueCredentials;
import org.preau.core.accounts.port.in.MailCredentials;
import org.preau.core.accounts.port.in.ReadAccountState;
import org.preau.core.accounts.port.in.RequestPasswordReset;
import org.preau.core.accounts.service.AccountStateService;
import org.preau.core.accounts.service.CredentialService;
import org.preau.core.accounts.service.GuestExpiryGate;
import org.preau.core.accounts.service.GuestService;
import org.preau.core.accounts.service.SignInGate;
import org.preau.core.accounts.service.SignInGates;
import org.preau.core.accounts.service.SuspensionService;
import org.preau.core.audit.service.Auditor;
import org.preau.liferay.service.AccountCodeLocalService;
import org.preau.liferay.service.AccountSuspensionLocalService;
import org.preau.liferay.service.CodeDistributionLocalService;
import org.preau.liferay.service.GuestAccountLocalService;
import org.preau.liferay.service.ParentRelationLocalService;
import org.preau.liferay.service.TeachingAssignmentLocalService;
import org.preau.liferay.web.configuration.PreauConfiguration;

/**
 * Builds the core's account use cases of a portal instance over its users and Préau's guest and suspension tables. It
 * stands apart from the wiring component so that tests run exactly the assembly the portal runs.
 */
public class PortalAccountsServices {

	public PortalAccountsServices(
		Auditor auditor, Clock clock, LongSupplier companyIdSupplier,
		Supplier<PreauConfiguration> preauConfigurationSupplier,
		AccountCodeLocalService accountCodeLocalService,
		AccountSuspensionLocalService accountSuspensionLocalService,
		CodeDistributionLocalService codeDistributionLocalService,
		CounterLocalService counterLocalService,
		ExpandoValueLocalService expandoValueLocalService,
		GuestAccountLocalService guestAccountLocalService,
		MailService mailService,
		ParentRelationLocalService parentRelationLocalService,
		PrefsProps prefsProps, RoleLocalService roleLocalService,
		TeachingAssignmentLocalService teachingAssignmentLocalService,
		UserGroupLocalService userGroupLocalService,
		UserLocalService userLocalService) {

		_portalGuests = new PortalGuests(
			companyIdSupplier, guestAccountLocalService);

		PortalAccounts portalAccounts = new PortalAccounts(
			companyIdSupplier, _portalGuests,
			new PortalUsers(
				new OrganizationUais(expandoValueLocalService),
				roleLocalService, userLocalService),
			userLocalService);
		PortalPersonLogins portalPersonLogins = new PortalPersonLogins(
			companyIdSupplier,
			new CustomFields(
				User.class.getName(), ExpandoTableConstants.DEFAULT_TABLE_NAME,
				expandoValueLocalService),
			userLocalService);
		PortalTransactions portalTransactions = new PortalTransactions();

		PortalAccountHolders portalAccountHolders = new PortalAccountHolders(
			_portalGuests,
			PortalImportServices.people(
				companyIdSupplier, expandoValueLocalService, roleLocalService,
				userGroupLocalService, userLocalService),
			portalPersonLogins, parentRelationLocalService,
			PortalImportServices.structures(
				companyIdSupplier, counterLocalService,
				expandoValueLocalService, userGroupLocalService,
				userLocalService),
			teachingAssignmentLocalService);

		PortalDistributions portalDistributions = new PortalDistributions(
			companyIdSupplier, codeDistributionLocalService);
		PortalSuspensions portalSuspensions = new PortalSuspensions(
			companyIdSupplier, accountSuspensionLocalService);

		_readAccountState = new AccountStateService(
			portalAccountHolders, portalSuspensions, _portalGuests,
			portalDistributions, auditor, clock);
		_suspensionService = new SuspensionService(
			portalAccounts, portalAccountHolders, portalSuspensions,
			portalTransactions, auditor, clock);

		_signInGate = new SignInGates(
			_suspensionService, new GuestExpiryGate(_portalGuests, clock));

		PortalPasswords portalPasswords = new PortalPasswords(
			companyIdSupplier, userLocalService);

		CredentialService credentialService = new CredentialService(
			portalAccounts, portalAccountHolders, portalPersonLogins,
			new PortalStoredCodes(companyIdSupplier, accountCodeLocalService),
			portalDistributions, portalTransactions, new PortalPasswordHasher(),
			PasswordPolicy.defaults(), _signInGate,
			new PortalCredentialMailer(
				companyIdSupplier,
				() -> preauConfigurationSupplier.get(
				).mailFromAddress(),
				() -> preauConfigurationSupplier.get(
				).entAddress(),
				mailService, portalPasswords, prefsProps),
			auditor, clock, new SecureRandom(), CredentialMode.ACTIVATION_CODE,
			_CODE_VALIDITY);

		_issueCredentials = new PortalCredentials(
			credentialService, portalPasswords);
		_mailCredentials = credentialService;
		_requestPasswordReset = credentialService;

		_guestService = new GuestService(
			_portalGuests, portalAccounts, portalPersonLogins,
			LoginPolicy.defaults(), _issueCredentials, portalTransactions,
			auditor, clock);
	}

	/**
	 * Creates, lists, extends and ends the guests of the instance, and suspends the users of the expired ones. A new
	 * guest's user is made with the guest, in the same transaction.
	 */
	public GuestService getGuestService() {
		return _guestService;
	}

	/**
	 * Issues activation codes as the users' passwords, which the portal makes them change at the first sign-in.
	 */
	public IssueCredentials getIssueCredentials() {
		return _issueCredentials;
	}

	/**
	 * Mails new codes, which become the users' passwords, to the parents whose address is known, through the portal's
	 * mail service.
	 */
	public MailCredentials getMailCredentials() {
		return _mailCredentials;
	}

	public PortalGuests getPortalGuests() {
		return _portalGuests;
	}

	/**
	 * How an account stands, read from the same suspension, guest and distribution tables as the accounts page.
	 */
	public ReadAccountState getReadAccountState() {
		return _readAccountState;
	}

	/**
	 * Decides whether the portal's own "forgot password" may give a login its reset ticket; the core's reset link is
	 * not mailed in the portal.
	 */
	public RequestPasswordReset getRequestPasswordReset() {
		return _requestPasswordReset;
	}

	/**
	 * Refuses a suspended login and an expired guest.
	 */
	public SignInGate getSignInGate() {
		return _signInGate;
	}

	/**
	 * Suspends and reactivates the instance's logins by deactivating and activating their users; a suspension's end
	 * day is reached by the scheduled {@code AccountsSchedulerJobConfiguration}.
	 */
	public SuspensionService getSuspensionService() {
		return _suspensionService;
	}

	private static final Duration _CODE_VALIDITY = Duration.ofDays(90);

	private final GuestService _guestService;
	private final IssueCredentials _issueCredentials;
	private final MailCredentials _mailCredentials;
	private final PortalGuests _portalGuests;
	private final ReadAccountState _readAccountState;
	private final RequestPasswordReset _requestPasswordReset;
	private final SignInGate _signInGate;
	private final SuspensionService _suspensionService;

}
