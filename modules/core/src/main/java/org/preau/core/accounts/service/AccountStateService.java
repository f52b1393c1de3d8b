package org.preau.core.accounts.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

import org.preau.core.accounts.model.AccountHolder;
import org.preau.core.accounts.model.AccountScope;
import org.preau.core.accounts.model.AccountState;
import org.preau.core.accounts.model.Distribution;
import org.preau.core.accounts.model.Guest;
import org.preau.core.accounts.model.Logins;
import org.preau.core.accounts.model.SuspensionEvent;
import org.preau.core.accounts.port.in.ReadAccountState;
import org.preau.core.accounts.port.out.AccountHolders;
import org.preau.core.accounts.port.out.Distributions;
import org.preau.core.accounts.port.out.Guests;
import org.preau.core.accounts.port.out.Suspensions;
import org.preau.core.audit.service.Auditor;
import org.preau.core.directory.model.Profile;
import org.preau.core.security.Actor;

/**
 * Reads an account's state from the histories the accounts keep. The distribution history records scopes, not people:
 * a distribution reached the account if its scope holds the account as the directory stands now.
 */
public class AccountStateService implements ReadAccountState {

	public static final String ACTION_STATE = "accounts.state";

	/**
	 * How many of the establishment's latest distributions are read.
	 */
	public static final int DISTRIBUTIONS_READ = 200;

	/**
	 * How many of the establishment's latest suspension events are read.
	 */
	public static final int SUSPENSION_EVENTS_READ = 1000;

	public AccountStateService(
		AccountHolders accountHolders, Suspensions suspensions, Guests guests,
		Distributions distributions, Auditor auditor, Clock clock) {

		_accountHolders = Objects.requireNonNull(accountHolders);
		_suspensions = Objects.requireNonNull(suspensions);
		_guests = Objects.requireNonNull(guests);
		_distributions = Objects.requireNonNull(distributions);
		_auditor = Objects.requireNonNull(auditor);
		_clock = Objects.requireNonNull(clock);
	}

	@Override
	public AccountState accountState(Actor actor, String login) {
		return _auditor.audit(
			actor, ACTION_STATE, String.valueOf(login),
			() -> {
				if (!Logins.isValid(login)) {
					throw new IllegalArgumentException(
						"\"" + login + "\" is not a valid login");
				}

				AccountHolder holder = _accountHolders.byLogin(
					login
				).orElseThrow(
					() -> new NoSuchElementException(
						"nobody holds the login " + login)
				);

				actor.requireAdministratorOf(holder.uai());

				boolean suspended = _suspensions.suspended(login);

				Optional<Guest> guest = _guests.find(
					login
				).filter(
					found -> found.uai().equals(holder.uai())
				);

				List<Distribution> distributions = _distributions.recent(
					holder.uai(), DISTRIBUTIONS_READ);

				Distribution lastDistribution = null;
				boolean distributionKnown = true;

				try {
					lastDistribution = _lastDistribution(holder, distributions);
				}
				catch (IllegalArgumentException illegalArgumentException) {

					// The store selects no accounts by that scope: whom it reached is unknown

					distributionKnown = false;
				}

				return new AccountState(
					login, suspended,
					suspended ? _suspension(holder) : null, guest.orElse(null),
					guest.isPresent() && guest.get().isExpired(_today()),
					lastDistribution, distributions.size(), distributionKnown);
			});
	}

	private Distribution _lastDistribution(
		AccountHolder holder, List<Distribution> distributions) {

		Map<String, Boolean> reached = new HashMap<>();

		for (Distribution distribution : distributions) {
			if (reached.computeIfAbsent(
					distribution.kind() + " " + distribution.scope(),
					key -> _reaches(distribution, holder))) {

				return distribution;
			}
		}

		return null;
	}

	private boolean _reaches(Distribution distribution, AccountHolder holder) {
		if (distribution.scope().equals(holder.login())) {
			return true;
		}

		Optional<AccountScope> scope = AccountScope.parse(
			distribution.scope());

		if (scope.isEmpty() || !scope.get().uai().equals(holder.uai()) ||
			(scope.get().profile() != holder.profile())) {

			return false;
		}

		// Mails go only to the parents whose address is known

		if (Distribution.KIND_MAIL.equals(distribution.kind()) &&
			holder.email().isEmpty()) {

			return false;
		}

		if (scope.get().classCode().isEmpty() &&
			scope.get().mefCode().isEmpty()) {

			return true;
		}

		if ((holder.profile() == Profile.PUPIL) &&
			scope.get().classCode().isPresent()) {

			return scope.get().classCode().equals(holder.classCode());
		}

		for (AccountHolder member : _accountHolders.inScope(scope.get())) {
			if (member.login().equals(holder.login())) {
				return true;
			}
		}

		return false;
	}

	/**
	 * The event that suspended the account: its latest event, if it is among those read and is a suspension.
	 */
	private SuspensionEvent _suspension(AccountHolder holder) {
		for (SuspensionEvent event :
				_suspensions.history(holder.uai(), SUSPENSION_EVENTS_READ)) {

			if (event.login().equals(holder.login())) {
				if (SuspensionEvent.ACTION_SUSPEND.equals(event.action())) {
					return event;
				}

				return null;
			}
		}

		return null;
	}

	private LocalDate _today() {
		return LocalDate.ofInstant(_clock.instant(), _clock.getZone());
	}

	private final AccountHolders _accountHolders;
	private final Auditor _auditor;
	private final Clock _clock;
	private final Distributions _distributions;
	private final Guests _guests;
	private final Suspensions _suspensions;

}
