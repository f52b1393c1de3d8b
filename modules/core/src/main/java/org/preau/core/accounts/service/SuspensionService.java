package org.preau.core.accounts.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.preau.core.accounts.model.Account;
import org.preau.core.accounts.model.AccountHolder;
import org.preau.core.accounts.model.AccountScope;
import org.preau.core.accounts.model.Logins;
import org.preau.core.accounts.model.SuspensionEvent;
import org.preau.core.accounts.port.in.SuspendAccounts;
import org.preau.core.accounts.port.out.AccountHolders;
import org.preau.core.accounts.port.out.Accounts;
import org.preau.core.accounts.port.out.Suspensions;
import org.preau.core.audit.service.Auditor;
import org.preau.core.common.Transactions;
import org.preau.core.directory.model.Names;
import org.preau.core.directory.model.Uai;
import org.preau.core.security.Actor;

/**
 * Suspends by disabling the account (creating it disabled if its holder has none yet, so that credentials printed
 * later do not open it) and recording why; reactivates the other way round. A scope is suspended in one transaction.
 */
public class SuspensionService implements SignInGate, SuspendAccounts {

	public SuspensionService(
		Accounts accounts, AccountHolders accountHolders,
		Suspensions suspensions, Transactions transactions, Auditor auditor,
		Clock clock) {

		_accounts = Objects.requireNonNull(accounts);
		_accountHolders = Objects.requireNonNull(accountHolders);
		_suspensions = Objects.requireNonNull(suspensions);
		_transactions = Objects.requireNonNull(transactions);
		_auditor = Objects.requireNonNull(auditor);
		_clock = Objects.requireNonNull(clock);
	}

	@Override
	public boolean allows(String login) {
		return !_suspensions.suspended(login);
	}

	@Override
	public List<SuspensionEvent> history(Actor actor, Uai uai, int limit) {
		return _auditor.audit(
			actor, ACTION_HISTORY, uai.value(),
			() -> {
				actor.requireAdministratorOf(uai);

				return _suspensions.history(uai, limit);
			});
	}

	@Override
	public void reactivate(Actor actor, String login, String reason) {
		_auditor.audit(
			actor, ACTION_REACTIVATE, String.valueOf(login),
			() -> {
				AccountHolder holder = _holder(login);

				actor.requireAdministratorOf(holder.uai());

				String checkedReason = Names.require(reason, "reason");

				if (!_suspensions.suspended(login)) {
					throw new IllegalArgumentException(
						login + " is not suspended");
				}

				_transactions.inTransaction(
					() -> {
						_reactivate(actor, holder.login(), holder.uai(), checkedReason);

						return null;
					});

				return null;
			});
	}

	@Override
	public int reactivateDue(Actor actor) {
		return _auditor.audit(
			actor, ACTION_REACTIVATE_DUE, "platform",
			() -> {
				actor.requirePlatformAdministrator();

				List<SuspensionEvent> due = _suspensions.endingBy(_today());

				_transactions.inTransaction(
					() -> {
						for (SuspensionEvent event : due) {
							_reactivate(
								actor, event.login(), event.uai(),
								"end of the suspension (" +
									event.until().get() + ")");
						}

						return null;
					});

				return due.size();
			});
	}

	@Override
	public void suspend(
		Actor actor, String login, String reason, LocalDate until) {

		_auditor.audit(
			actor, ACTION_SUSPEND, String.valueOf(login),
			() -> {
				AccountHolder holder = _holder(login);

				actor.requireAdministratorOf(holder.uai());

				_suspend(
					actor, Collections.singletonList(holder), reason, until);

				return null;
			});
	}

	@Override
	public int suspendAll(
		Actor actor, AccountScope scope, String reason, LocalDate until) {

		return _auditor.audit(
			actor, ACTION_SUSPEND_ALL, scope.describe(),
			() -> {
				actor.requireAdministratorOf(scope.uai());

				return _suspend(
					actor, _accountHolders.inScope(scope), reason, until);
			});
	}

	public static final String ACTION_HISTORY = "accounts.suspension-history";

	public static final String ACTION_REACTIVATE = "accounts.reactivate";

	public static final String ACTION_REACTIVATE_DUE =
		"accounts.reactivate-due";

	public static final String ACTION_SUSPEND = "accounts.suspend";

	public static final String ACTION_SUSPEND_ALL = "accounts.suspend-all";

	private AccountHolder _holder(String login) {
		if (!Logins.isValid(login)) {
			throw new IllegalArgumentException(
				"\"" + login + "\" is not a valid login");
		}

		return _accountHolders.byLogin(
			login
		).orElseThrow(
			() -> new IllegalArgumentException(
				"nobody holds the login " + login)
		);
	}

	private void _reactivate(
		Actor actor, String login, Uai uai, String reason) {

		Optional<Account> account = _accounts.find(login);

		if (account.isPresent()) {
			_accounts.save(_withEnabled(account.get(), true));
		}

		_suspensions.recordAll(
			Collections.singletonList(
				SuspensionEvent.reactivation(
					_clock.instant(), actor.login(), login, uai, reason)));
	}

	private int _suspend(
		Actor actor, List<AccountHolder> holders, String reason,
		LocalDate until) {

		String checkedReason = Names.require(reason, "reason");

		if ((until != null) && !until.isAfter(_today())) {
			throw new IllegalArgumentException(
				"the end day " + until + " of the suspension is not after today");
		}

		Instant now = _clock.instant();

		return _transactions.inTransaction(
			() -> {
				List<SuspensionEvent> events = new ArrayList<>(holders.size());

				for (AccountHolder holder : holders) {
					Optional<Account> account = _accounts.find(holder.login());

					_accounts.save(
						account.isPresent() ?
							_withEnabled(account.get(), false) :
								new Account(
									holder.login(), holder.displayName(), "",
									Collections.emptySet(), false));

					events.add(
						SuspensionEvent.suspension(
							now, actor.login(), holder.login(), holder.uai(),
							checkedReason, until));
				}

				_suspensions.recordAll(events);

				return events.size();
			});
	}

	private LocalDate _today() {
		return LocalDate.ofInstant(_clock.instant(), _clock.getZone());
	}

	private static Account _withEnabled(Account account, boolean enabled) {
		return new Account(
			account.login(), account.displayName(), account.passwordHash(),
			account.grants(), enabled);
	}

	private final AccountHolders _accountHolders;
	private final Accounts _accounts;
	private final Auditor _auditor;
	private final Clock _clock;
	private final Suspensions _suspensions;
	private final Transactions _transactions;

}
