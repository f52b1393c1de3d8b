package org.preau.liferay.web.internal.test;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.preau.core.audit.service.Auditor;
import org.preau.liferay.model.AccountCode;
import org.preau.liferay.model.AccountSuspension;
import org.preau.liferay.model.CodeDistribution;
import org.preau.liferay.model.GuestAccount;
import org.preau.liferay.service.AccountCodeLocalService;
import org.preau.liferay.service.AccountSuspensionLocalService;
import org.preau.liferay.service.CodeDistributionLocalService;
import org.preau.liferay.service.GuestAccountLocalService;
import org.preau.liferay.web.configuration.PreauConfiguration;
import org.preau.liferay.web.internal.adapter.PortalAccountsServices;
import org.preau.liferay.web.internal.adapter.PortalAuditLog;

/**
 * Préau's account tables of the portal as lists of model doubles, with the local services that the
 * adapters use over them, in the orders the Service Builder finders give.
 */
public class FakeAccountsTables {

	public List<AccountCode> accountCodes() {
		return _accountCodes;
	}

	public AccountCodeLocalService accountCodeLocalService() {
		return Fakes.service(
			AccountCodeLocalService.class,
			Map.of(
				"deleteAccountCode",
				arguments -> {
					_accountCodes.remove(
						_code((long)arguments[0], (String)arguments[1]));

					return null;
				},
				"fetchAccountCode",
				arguments -> _code((long)arguments[0], (String)arguments[1]),
				"saveAccountCode",
				arguments -> {
					AccountCode accountCode = _code(
						(long)arguments[0], (String)arguments[1]);

					if (accountCode == null) {
						accountCode = Fakes.model(
							AccountCode.class,
							Fakes.properties(
								"accountCodeId", ++_lastId, "companyId",
								arguments[0], "login", arguments[1]));

						_accountCodes.add(accountCode);
					}

					accountCode.setCodeHash((String)arguments[2]);
					accountCode.setMode((String)arguments[3]);
					accountCode.setCreateDate((Date)arguments[4]);
					accountCode.setExpiryDate((Date)arguments[5]);

					return accountCode;
				}));
	}

	public List<AccountSuspension> accountSuspensions() {
		return _accountSuspensions;
	}

	public AccountSuspensionLocalService accountSuspensionLocalService() {
		return Fakes.service(
			AccountSuspensionLocalService.class,
			Map.of(
				"addAccountSuspension",
				arguments -> {
					AccountSuspension accountSuspension = Fakes.model(
						AccountSuspension.class,
						Fakes.properties(
							"accountSuspensionId", ++_lastId, "companyId",
							arguments[0], "login", arguments[1], "uai",
							arguments[2], "action", arguments[3], "reason",
							arguments[4], "untilDate", arguments[5], "actor",
							arguments[6], "createDate", arguments[7]));

					_accountSuspensions.add(accountSuspension);

					return accountSuspension;
				},
				"getAccountSuspensions",
				arguments -> {
					List<AccountSuspension> accountSuspensions =
						_newestFirst(
							accountSuspension ->
								(accountSuspension.getCompanyId() ==
									(long)arguments[0]) &&
								accountSuspension.getUai(
								).equals(
									arguments[1]
								));

					return accountSuspensions.subList(
						Math.min((int)arguments[2], accountSuspensions.size()),
						Math.min(
							(int)arguments[3], accountSuspensions.size()));
				},
				"getCompanyAccountSuspensions",
				arguments -> _newestFirst(
					accountSuspension ->
						accountSuspension.getCompanyId() == (long)arguments[0]),
				"getLoginAccountSuspensions",
				arguments -> _newestFirst(
					accountSuspension ->
						(accountSuspension.getCompanyId() ==
							(long)arguments[0]) &&
						accountSuspension.getLogin(
						).equals(
							arguments[1]
						))));
	}

	public List<CodeDistribution> codeDistributions() {
		return _codeDistributions;
	}

	public CodeDistributionLocalService codeDistributionLocalService() {
		return Fakes.service(
			CodeDistributionLocalService.class,
			Map.of(
				"addCodeDistribution",
				arguments -> {
					CodeDistribution codeDistribution = Fakes.model(
						CodeDistribution.class,
						Fakes.properties(
							"codeDistributionId", ++_lastId, "companyId",
							arguments[0], "uai", arguments[1], "actor",
							arguments[2], "kind", arguments[3], "scope",
							arguments[4], "personCount", arguments[5],
							"createDate", arguments[6]));

					_codeDistributions.add(0, codeDistribution);

					return codeDistribution;
				},
				"getCodeDistributions",
				arguments -> {
					List<CodeDistribution> codeDistributions =
						new ArrayList<>();

					for (CodeDistribution codeDistribution :
							_codeDistributions) {

						if ((codeDistribution.getCompanyId() ==
								(long)arguments[0]) &&
							codeDistribution.getUai(
							).equals(
								arguments[1]
							)) {

							codeDistributions.add(codeDistribution);
						}
					}

					return codeDistributions.subList(
						Math.min((int)arguments[2], codeDistributions.size()),
						Math.min((int)arguments[3], codeDistributions.size()));
				}));
	}

	public List<GuestAccount> guestAccounts() {
		return _guestAccounts;
	}

	public GuestAccountLocalService guestAccountLocalService() {
		return Fakes.service(
			GuestAccountLocalService.class,
			Map.of(
				"fetchGuestAccount",
				arguments -> _guest((long)arguments[0], (String)arguments[1]),
				"getCompanyGuestAccounts",
				arguments -> _latestExpiryFirst(
					guestAccount ->
						guestAccount.getCompanyId() == (long)arguments[0]),
				"getGuestAccounts",
				arguments -> _latestExpiryFirst(
					guestAccount ->
						(guestAccount.getCompanyId() == (long)arguments[0]) &&
						guestAccount.getUai(
						).equals(
							arguments[1]
						)),
				"saveGuestAccount",
				arguments -> {
					GuestAccount guestAccount = _guest(
						(long)arguments[0], (String)arguments[1]);

					if (guestAccount == null) {
						guestAccount = Fakes.model(
							GuestAccount.class,
							Fakes.properties(
								"guestAccountId", ++_lastId, "companyId",
								arguments[0], "login", arguments[1]));

						_guestAccounts.add(guestAccount);
					}

					guestAccount.setUai((String)arguments[2]);
					guestAccount.setKind((String)arguments[3]);
					guestAccount.setFirstName((String)arguments[4]);
					guestAccount.setLastName((String)arguments[5]);
					guestAccount.setEmailAddress((String)arguments[6]);
					guestAccount.setSponsor((String)arguments[7]);
					guestAccount.setExpiryDate((Date)arguments[8]);
					guestAccount.setCreatedBy((String)arguments[9]);
					guestAccount.setCreateDate((Date)arguments[10]);

					return guestAccount;
				}));
	}

	/**
	 * The account services of the portal instance over these tables and the portal's doubles, with no mail sender.
	 */
	public PortalAccountsServices portalAccountsServices(
		FakePortal fakePortal, Clock clock) {

		FakeMail fakeMail = new FakeMail(null);

		return portalAccountsServices(
			fakePortal, fakeMail, () -> fakeMail.preauConfiguration(""), clock);
	}

	/**
	 * The account services of the portal instance over these tables and the portal's doubles, mailing through the
	 * mail double, as the wiring component builds them.
	 */
	public PortalAccountsServices portalAccountsServices(
		FakePortal fakePortal, FakeMail fakeMail,
		Supplier<PreauConfiguration> preauConfigurationSupplier, Clock clock) {

		return new PortalAccountsServices(
			new Auditor(
				new PortalAuditLog(
					fakePortal.auditEventLocalService(),
					() -> FakePortal.COMPANY_ID),
				clock),
			clock, () -> FakePortal.COMPANY_ID, preauConfigurationSupplier,
			accountCodeLocalService(), accountSuspensionLocalService(),
			codeDistributionLocalService(), fakePortal.counterLocalService(),
			fakePortal.expandoValueLocalService(), guestAccountLocalService(),
			fakeMail.mailService(), fakePortal.parentRelationLocalService(),
			fakeMail.prefsProps(), fakePortal.roleLocalService(),
			fakePortal.teachingAssignmentLocalService(),
			fakePortal.userGroupLocalService(), fakePortal.userLocalService());
	}

	private AccountCode _code(long companyId, String login) {
		for (AccountCode accountCode : _accountCodes) {
			if ((accountCode.getCompanyId() == companyId) &&
				Objects.equals(accountCode.getLogin(), login)) {

				return accountCode;
			}
		}

		return null;
	}

	private GuestAccount _guest(long companyId, String login) {
		for (GuestAccount guestAccount : _guestAccounts) {
			if ((guestAccount.getCompanyId() == companyId) &&
				Objects.equals(guestAccount.getLogin(), login)) {

				return guestAccount;
			}
		}

		return null;
	}

	private List<GuestAccount> _latestExpiryFirst(
		Predicate<GuestAccount> predicate) {

		List<GuestAccount> guestAccounts = new ArrayList<>();

		for (GuestAccount guestAccount : _guestAccounts) {
			if (predicate.test(guestAccount)) {
				guestAccounts.add(guestAccount);
			}
		}

		guestAccounts.sort(
			Comparator.comparing(
				GuestAccount::getExpiryDate
			).reversed());

		return guestAccounts;
	}

	private List<AccountSuspension> _newestFirst(
		Predicate<AccountSuspension> predicate) {

		List<AccountSuspension> accountSuspensions = new ArrayList<>();

		for (AccountSuspension accountSuspension : _accountSuspensions) {
			if (predicate.test(accountSuspension)) {
				accountSuspensions.add(0, accountSuspension);
			}
		}

		return accountSuspensions;
	}

	private final List<AccountCode> _accountCodes = new ArrayList<>();
	private final List<AccountSuspension> _accountSuspensions =
		new ArrayList<>();
	private final List<CodeDistribution> _codeDistributions =
		new ArrayList<>();
	private final List<GuestAccount> _guestAccounts = new ArrayList<>();
	private long _lastId;

}
