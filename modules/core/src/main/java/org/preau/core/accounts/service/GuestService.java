package org.preau.core.accounts.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.preau.core.accounts.model.Account;
import org.preau.core.accounts.model.Guest;
import org.preau.core.accounts.model.GuestKind;
import org.preau.core.accounts.model.IssuedCredential;
import org.preau.core.accounts.model.LoginPolicy;
import org.preau.core.accounts.model.Logins;
import org.preau.core.accounts.port.in.IssueCredentials;
import org.preau.core.accounts.port.in.ManageGuests;
import org.preau.core.accounts.port.out.Accounts;
import org.preau.core.accounts.port.out.Guests;
import org.preau.core.accounts.port.out.PersonLogins;
import org.preau.core.audit.service.Auditor;
import org.preau.core.common.Transactions;
import org.preau.core.directory.model.Uai;
import org.preau.core.security.AccessDeniedException;
import org.preau.core.security.Actor;

/**
 * Guests get their login from the same policy as the directory's people, kept for good in the same book of logins
 * (under {@code guest:<login>}), so that no login ever serves two people. An expired guest is turned away at sign-in
 * ({@link GuestExpiryGate}) and suspended by the scheduled job.
 */
public class GuestService implements ManageGuests {

	public GuestService(
		Guests guests, Accounts accounts, PersonLogins personLogins,
		LoginPolicy loginPolicy, IssueCredentials issueCredentials,
		Transactions transactions, Auditor auditor, Clock clock) {

		_guests = Objects.requireNonNull(guests);
		_accounts = Objects.requireNonNull(accounts);
		_personLogins = Objects.requireNonNull(personLogins);
		_loginPolicy = Objects.requireNonNull(loginPolicy);
		_issueCredentials = Objects.requireNonNull(issueCredentials);
		_transactions = Objects.requireNonNull(transactions);
		_auditor = Objects.requireNonNull(auditor);
		_clock = Objects.requireNonNull(clock);
	}

	@Override
	public IssuedCredential create(
		Actor actor, Uai uai, GuestKind kind, String firstName, String lastName,
		String email, String sponsor, LocalDate expiresOn) {

		String login = _auditor.audit(
			actor, ACTION_CREATE, uai.value(),
			() -> {
				actor.requireAdministratorOf(uai);

				String sponsorLogin = (sponsor == null) ? actor.login() :
					sponsor;

				if (!sponsorLogin.equals(actor.login()) &&
					_accounts.find(sponsorLogin).isEmpty()) {

					throw new IllegalArgumentException(
						"the sponsor " + sponsorLogin + " has no account");
				}

				_requireFuture(expiresOn);

				return _transactions.inTransaction(
					() -> {
						String given = _giveLogin(firstName, lastName);

						Guest guest = new Guest(
							given, uai, kind, firstName, lastName, email,
							sponsorLogin, expiresOn, actor.login(),
							_clock.instant());

						_guests.save(guest);
						_accounts.save(
							new Account(
								given, guest.displayName(), "",
								Collections.emptySet(), true));

						return given;
					});
			});

		return _issueCredentials.reset(actor, login);
	}

	@Override
	public void end(Actor actor, String login) {
		_auditor.audit(
			actor, ACTION_END, String.valueOf(login),
			() -> {
				Guest guest = _guest(actor, login);

				_transactions.inTransaction(
					() -> {
						_guests.save(guest.withExpiry(_today()));
						_disable(login);

						return null;
					});

				return null;
			});
	}

	@Override
	public int expireDue(Actor actor) {
		return _auditor.audit(
			actor, ACTION_EXPIRE_DUE, "platform",
			() -> {
				actor.requirePlatformAdministrator();

				int count = 0;

				for (Guest guest : _guests.expiredBy(_today())) {
					if (_disable(guest.login())) {
						count++;
					}
				}

				return count;
			});
	}

	@Override
	public void extend(Actor actor, String login, LocalDate expiresOn) {
		_auditor.audit(
			actor, ACTION_EXTEND, String.valueOf(login),
			() -> {
				Guest guest = _guest(actor, login);

				_requireFuture(expiresOn);

				_transactions.inTransaction(
					() -> {
						_guests.save(guest.withExpiry(expiresOn));

						Optional<Account> account = _accounts.find(login);

						if (account.isPresent() && !account.get().enabled()) {
							_accounts.save(_withEnabled(account.get(), true));
						}

						return null;
					});

				return null;
			});
	}

	@Override
	public List<Guest> list(Actor actor, Uai uai) {
		return _auditor.audit(
			actor, ACTION_LIST, uai.value(),
			() -> {
				actor.requireAdministratorOf(uai);

				return _guests.list(uai);
			});
	}

	public static final String ACTION_CREATE = "accounts.guest-create";

	public static final String ACTION_END = "accounts.guest-end";

	public static final String ACTION_EXPIRE_DUE = "accounts.guest-expire-due";

	public static final String ACTION_EXTEND = "accounts.guest-extend";

	public static final String ACTION_LIST = "accounts.guest-list";

	private static Account _withEnabled(Account account, boolean enabled) {
		return new Account(
			account.login(), account.displayName(), account.passwordHash(),
			account.grants(), enabled);
	}

	private boolean _disable(String login) {
		Optional<Account> account = _accounts.find(login);

		if (account.isEmpty() || !account.get().enabled()) {
			return false;
		}

		_accounts.save(_withEnabled(account.get(), false));

		return true;
	}

	private String _giveLogin(String firstName, String lastName) {
		String base = _loginPolicy.base(firstName, lastName);

		for (int n = 1;; n++) {
			String candidate = _loginPolicy.candidate(base, n);

			if ((candidate != null) && _accounts.find(candidate).isEmpty() &&
				_personLogins.give(candidate, GUEST_PREFIX + candidate)) {

				return candidate;
			}
		}
	}

	private Guest _guest(Actor actor, String login) {
		if (!Logins.isValid(login)) {
			throw new IllegalArgumentException(
				"\"" + login + "\" is not a valid login");
		}

		Optional<Guest> found = _guests.find(login);

		if (found.isEmpty()) {

			// Whoever administers nothing learns nothing of which logins are guests

			if (actor.grants().isEmpty()) {
				throw new AccessDeniedException(
					actor.login() + " administers no establishment");
			}

			throw new IllegalArgumentException(login + " is not a guest");
		}

		Guest guest = found.get();

		actor.requireAdministratorOf(guest.uai());

		return guest;
	}

	private void _requireFuture(LocalDate expiresOn) {
		if ((expiresOn == null) || !expiresOn.isAfter(_today())) {
			throw new IllegalArgumentException(
				"the expiry day " + expiresOn + " is not after today");
		}

		if (expiresOn.isAfter(_today().plusYears(1))) {
			throw new IllegalArgumentException(
				"the expiry day " + expiresOn + " is more than a year away");
		}
	}

	private LocalDate _today() {
		return LocalDate.ofInstant(_clock.instant(), _clock.getZone());
	}

	/**
	 * The external id under which a guest's login is kept in the book of logins.
	 */
	public static final String GUEST_PREFIX = "guest:";

	private final Accounts _accounts;
	private final Auditor _auditor;
	private final Clock _clock;
	private final Guests _guests;
	private final IssueCredentials _issueCredentials;
	private final LoginPolicy _loginPolicy;
	private final PersonLogins _personLogins;
	private final Transactions _transactions;

}
