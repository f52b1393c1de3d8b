package org.preau.core.accounts.service;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.preau.core.accounts.model.Account;
import org.preau.core.accounts.model.AccountHolder;
import org.preau.core.accounts.model.AccountScope;
import org.preau.core.accounts.model.CredentialMode;
import org.preau.core.accounts.model.Distribution;
import org.preau.core.accounts.model.IssuedCredential;
import org.preau.core.accounts.model.Logins;
import org.preau.core.accounts.model.MailedCredentials;
import org.preau.core.accounts.model.PasswordPolicy;
import org.preau.core.accounts.model.PasswordRefusedException;
import org.preau.core.accounts.model.StoredCode;
import org.preau.core.accounts.port.in.ActivateAccount;
import org.preau.core.accounts.port.in.IssueCredentials;
import org.preau.core.accounts.port.in.MailCredentials;
import org.preau.core.accounts.port.in.RequestPasswordReset;
import org.preau.core.accounts.port.out.AccountHolders;
import org.preau.core.accounts.port.out.Accounts;
import org.preau.core.accounts.port.out.CredentialMailer;
import org.preau.core.accounts.port.out.Distributions;
import org.preau.core.accounts.port.out.PasswordHasher;
import org.preau.core.accounts.port.out.PersonLogins;
import org.preau.core.accounts.port.out.StoredCodes;
import org.preau.core.audit.model.Outcome;
import org.preau.core.audit.service.Auditor;
import org.preau.core.common.Transactions;
import org.preau.core.directory.model.Profile;
import org.preau.core.directory.model.Uai;
import org.preau.core.security.AccessDeniedException;
import org.preau.core.security.Actor;

/**
 * Issues activation codes or initial passwords and lets their holders activate their accounts. A whole scope is
 * issued in one transaction: the sheets and the stored hashes always match.
 */
public class CredentialService
	implements ActivateAccount, IssueCredentials, MailCredentials,
			   RequestPasswordReset {

	public CredentialService(
		Accounts accounts, AccountHolders accountHolders,
		PersonLogins personLogins, StoredCodes storedCodes,
		Distributions distributions, Transactions transactions,
		PasswordHasher passwordHasher, PasswordPolicy passwordPolicy,
		SignInGate signInGate, CredentialMailer credentialMailer,
		Auditor auditor, Clock clock, SecureRandom secureRandom,
		CredentialMode credentialMode, Duration codeValidity) {

		_accounts = Objects.requireNonNull(accounts);
		_accountHolders = Objects.requireNonNull(accountHolders);
		_personLogins = Objects.requireNonNull(personLogins);
		_storedCodes = Objects.requireNonNull(storedCodes);
		_distributions = Objects.requireNonNull(distributions);
		_transactions = Objects.requireNonNull(transactions);
		_passwordHasher = Objects.requireNonNull(passwordHasher);
		_passwordPolicy = Objects.requireNonNull(passwordPolicy);
		_signInGate = Objects.requireNonNull(signInGate);
		_credentialMailer = Objects.requireNonNull(credentialMailer);
		_auditor = Objects.requireNonNull(auditor);
		_clock = Objects.requireNonNull(clock);
		_secureRandom = Objects.requireNonNull(secureRandom);
		_credentialMode = Objects.requireNonNull(credentialMode);
		_codeValidity = Objects.requireNonNull(codeValidity);
	}

	@Override
	public Optional<Actor> activate(
		String login, char[] code, char[] password) {

		String target = Logins.isValid(login) ? login : "(invalid login)";

		Optional<Account> account = _validCode(
			login, code, CredentialMode.ACTIVATION_CODE);

		if (account.isEmpty()) {
			account = _validCode(login, code, CredentialMode.RESET_TOKEN);
		}

		if (account.isEmpty()) {
			_auditor.record(
				_anonymous(target), ACTION_ACTIVATE, target, Outcome.DENIED,
				"wrong, expired or spent code");

			return Optional.empty();
		}

		Optional<PasswordPolicy.Violation> violation = _passwordPolicy.check(
			password, login);

		if (violation.isPresent()) {
			_auditor.record(
				_anonymous(target), ACTION_ACTIVATE, target, Outcome.FAILURE,
				"password refused: " + violation.get());

			throw new PasswordRefusedException(violation.get());
		}

		Account activated = _withPassword(
			account.get(), _passwordHasher.hash(password));

		_transactions.inTransaction(
			() -> {
				_accounts.save(activated);
				_storedCodes.remove(login);

				return null;
			});

		Actor actor = activated.asActor();

		_auditor.record(actor, ACTION_ACTIVATE, login, Outcome.SUCCESS, "");

		return Optional.of(actor);
	}

	@Override
	public boolean allowsHostReset(String login) {
		Optional<AccountHolder> holder = Logins.isValid(login) ?
			_accountHolders.byLogin(login) : Optional.empty();

		if (holder.isEmpty()) {
			return true;
		}

		String refusal = null;

		if (!holder.get().profile().isAdult()) {
			refusal = _REFUSAL_PUPIL;
		}
		else if (!_isActive(login)) {
			refusal = _REFUSAL_INACTIVE;
		}

		_auditor.record(
			_anonymous(login), ACTION_REQUEST_RESET, login,
			(refusal == null) ? Outcome.SUCCESS : Outcome.DENIED,
			(refusal == null) ? "reset link of the host" : refusal);

		return refusal == null;
	}

	@Override
	public void changePassword(
		Actor actor, char[] current, char[] password) {

		Account account = _accounts.find(
			actor.login()
		).filter(
			found -> _passwordHasher.matches(current, found.passwordHash())
		).orElse(
			null
		);

		if (account == null) {
			_auditor.record(
				actor, ACTION_CHANGE_PASSWORD, actor.login(), Outcome.DENIED,
				"wrong current password");

			throw new IllegalArgumentException(
				"the current password is wrong");
		}

		Optional<PasswordPolicy.Violation> violation = _passwordPolicy.check(
			password, actor.login());

		if (violation.isPresent()) {
			_auditor.record(
				actor, ACTION_CHANGE_PASSWORD, actor.login(), Outcome.FAILURE,
				"password refused: " + violation.get());

			throw new PasswordRefusedException(violation.get());
		}

		Account changed = _withPassword(
			account, _passwordHasher.hash(password));

		_transactions.inTransaction(
			() -> {
				_accounts.save(changed);
				_storedCodes.remove(actor.login());

				return null;
			});

		_auditor.record(
			actor, ACTION_CHANGE_PASSWORD, actor.login(), Outcome.SUCCESS, "");
	}

	@Override
	public CodeCheck check(String login, char[] secret) {
		String target = Logins.isValid(login) ? login : "(invalid login)";

		Optional<StoredCode> storedCode = Logins.isValid(login) ?
			_storedCodes.find(login) : Optional.empty();

		if (storedCode.isEmpty()) {

			// Nothing was issued to the login: the failed sign-in that led here is audited already

			return CodeCheck.invalid();
		}

		Optional<Account> account = _validCode(
			login, secret, storedCode.get().mode());

		if (account.isEmpty()) {
			_auditor.record(
				_anonymous(target), ACTION_CHECK_CODE, target, Outcome.DENIED,
				"wrong, expired or spent code");

			return CodeCheck.invalid();
		}

		if (storedCode.get().mode() == CredentialMode.INITIAL_PASSWORD) {
			Actor actor = account.get().asActor();

			_auditor.record(
				actor, AccountService.ACTION_LOGIN, login, Outcome.SUCCESS,
				"initial password");

			return CodeCheck.signedIn(actor);
		}

		_auditor.record(
			_anonymous(target), ACTION_CHECK_CODE, target, Outcome.SUCCESS,
			"");

		return CodeCheck.choosePassword();
	}

	@Override
	public List<Distribution> history(Actor actor, Uai uai, int limit) {
		return _auditor.audit(
			actor, ACTION_HISTORY, uai.value(),
			() -> {
				actor.requireAdministratorOf(uai);

				return _distributions.recent(uai, limit);
			});
	}

	@Override
	public List<IssuedCredential> issue(Actor actor, AccountScope scope) {
		return _issueAll(actor, scope, false);
	}

	@Override
	public IssuedCredential reset(Actor actor, String login) {
		return _auditor.audit(
			actor, ACTION_RESET, String.valueOf(login),
			() -> {
				AccountHolder holder = _holder(login);

				_requireMayReset(actor, holder);

				return _transactions.inTransaction(
					() -> {
						List<IssuedCredential> issued = _issue(
							Collections.singletonList(holder), true);

						_distributions.record(
							new Distribution(
								_clock.instant(), actor.login(), holder.uai(),
								Distribution.KIND_RESET, login, 1));

						return issued.get(0);
					});
			});
	}

	@Override
	public List<IssuedCredential> resetAll(Actor actor, AccountScope scope) {
		return _issueAll(actor, scope, true);
	}

	@Override
	public MailedCredentials mailToParents(Actor actor, AccountScope scope) {
		return _auditor.audit(
			actor, ACTION_MAIL, scope.describe(),
			() -> {
				actor.requireAdministratorOf(scope.uai());

				if (scope.profile() != Profile.PARENT) {
					throw new IllegalArgumentException(
						"credentials are mailed to parents only, not to " +
							scope.profile().key() + "s");
				}

				if (!_credentialMailer.enabled()) {
					throw new IllegalArgumentException(
						"no mail server is configured");
				}

				List<AccountHolder> withEmail = new ArrayList<>();
				int withoutAddress = 0;

				for (AccountHolder holder : _accountHolders.inScope(scope)) {
					if (holder.email().isPresent()) {
						withEmail.add(holder);
					}
					else {
						withoutAddress++;
					}
				}

				List<IssuedCredential> issued = _transactions.inTransaction(
					() -> {
						List<IssuedCredential> codes = _issue(withEmail, false);

						_distributions.record(
							new Distribution(
								_clock.instant(), actor.login(), scope.uai(),
								Distribution.KIND_MAIL, scope.describe(),
								codes.size()));

						return codes;
					});

				for (IssuedCredential issuedCredential : issued) {
					_credentialMailer.sendCredential(issuedCredential);
				}

				return new MailedCredentials(issued.size(), withoutAddress);
			});
	}

	@Override
	public void requestReset(String login) {
		String target = Logins.isValid(login) ? login : "(invalid login)";

		Optional<AccountHolder> holder = Logins.isValid(login) ?
			_accountHolders.byLogin(login) : Optional.empty();

		String refusal = null;

		if (holder.isEmpty()) {
			refusal = "unknown login";
		}
		else if (!holder.get().profile().isAdult()) {
			refusal = _REFUSAL_PUPIL;
		}
		else if (holder.get().email().isEmpty()) {
			refusal = "no e-mail address";
		}
		else if (!_credentialMailer.enabled()) {
			refusal = "no mail server is configured";
		}
		else if (!_isActive(login)) {
			refusal = _REFUSAL_INACTIVE;
		}

		if (refusal != null) {
			_auditor.record(
				_anonymous(target), ACTION_REQUEST_RESET, target,
				Outcome.DENIED, refusal);

			return;
		}

		Instant now = _clock.instant();
		Instant expiresAt = now.plus(RESET_TOKEN_VALIDITY);
		String token = SecretCodes.generate(_secureRandom, 32);

		_storedCodes.saveAll(
			Collections.singletonList(
				new StoredCode(
					login, SecretCodes.hash(token, _secureRandom),
					CredentialMode.RESET_TOKEN, now, expiresAt)));

		_credentialMailer.sendResetLink(holder.get(), token, expiresAt);

		_auditor.record(
			_anonymous(target), ACTION_REQUEST_RESET, target, Outcome.SUCCESS,
			"link mailed");
	}

	public static final String ACTION_ACTIVATE = "accounts.activate";

	public static final String ACTION_CHANGE_PASSWORD =
		"accounts.change-password";

	public static final String ACTION_CHECK_CODE = "accounts.check-code";

	public static final String ACTION_HISTORY = "accounts.distribution-history";

	public static final String ACTION_ISSUE = "accounts.issue-credentials";

	public static final String ACTION_MAIL = "accounts.mail-credentials";

	public static final String ACTION_REQUEST_RESET = "accounts.request-reset";

	public static final String ACTION_RESET = "accounts.reset";

	public static final String ACTION_RESET_ALL = "accounts.reset-all";

	/**
	 * How long the link of a self-service reset works.
	 */
	public static final Duration RESET_TOKEN_VALIDITY = Duration.ofHours(1);

	private static Actor _anonymous(String target) {
		return Actor.of(
			target.startsWith("(") ? "anonymous" : target, null,
			Collections.emptySet());
	}

	private static Account _withPassword(Account account, String hash) {
		return new Account(
			account.login(), account.displayName(), hash, account.grants(),
			account.enabled());
	}

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

	private boolean _isActive(String login) {
		if (!_accounts.find(
				login
			).map(
				Account::enabled
			).orElse(
				false
			)) {

			return false;
		}

		return _signInGate.allows(login);
	}

	private List<IssuedCredential> _issue(
		List<AccountHolder> holders, boolean removePasswords) {

		Instant now = _clock.instant();
		Instant expiresAt = now.plus(_codeValidity);

		List<IssuedCredential> issued = new ArrayList<>(holders.size());
		List<StoredCode> storedCodes = new ArrayList<>(holders.size());

		for (AccountHolder holder : holders) {
			String secret = SecretCodes.generate(_secureRandom);

			Optional<Account> account = _accounts.find(holder.login());

			if (account.isEmpty()) {
				_accounts.save(
					new Account(
						holder.login(), holder.displayName(), "",
						Collections.emptySet(), true));
			}
			else if (removePasswords) {
				_accounts.save(_withPassword(account.get(), ""));
			}

			storedCodes.add(
				new StoredCode(
					holder.login(), SecretCodes.hash(secret, _secureRandom),
					_credentialMode, now, expiresAt));
			issued.add(
				new IssuedCredential(
					holder, secret, _credentialMode, expiresAt));
		}

		_storedCodes.saveAll(storedCodes);

		return issued;
	}

	private List<IssuedCredential> _issueAll(
		Actor actor, AccountScope scope, boolean removePasswords) {

		return _auditor.audit(
			actor, removePasswords ? ACTION_RESET_ALL : ACTION_ISSUE,
			scope.describe(),
			() -> {
				actor.requireAdministratorOf(scope.uai());

				List<AccountHolder> holders = _accountHolders.inScope(scope);

				return _transactions.inTransaction(
					() -> {
						List<IssuedCredential> issued = _issue(
							holders, removePasswords);

						_distributions.record(
							new Distribution(
								_clock.instant(), actor.login(), scope.uai(),
								removePasswords ? Distribution.KIND_RESET :
									Distribution.KIND_PRINT,
								scope.describe(), issued.size()));

						return issued;
					});
			});
	}

	/**
	 * An administrator of the holder's establishment may reset anyone there; a teacher, the pupils of a class they
	 * teach.
	 */
	private void _requireMayReset(Actor actor, AccountHolder holder) {
		if (actor.isAdministratorOf(holder.uai())) {
			return;
		}

		if ((holder.profile() == Profile.PUPIL) &&
			holder.classCode().isPresent()) {

			Optional<String> teacherId = _personLogins.externalIdOf(
				actor.login());

			if (teacherId.isPresent() &&
				_accountHolders.teaches(
					teacherId.get(), holder.uai(), holder.classCode().get())) {

				return;
			}
		}

		throw new AccessDeniedException(
			actor.login() + " may not reset the password of " +
				holder.login());
	}

	private Optional<Account> _validCode(
		String login, char[] code, CredentialMode mode) {

		if (!Logins.isValid(login) || (code == null)) {
			return Optional.empty();
		}

		Optional<StoredCode> storedCode = _storedCodes.find(login);

		if (storedCode.isEmpty() || (storedCode.get().mode() != mode) ||
			!storedCode.get().expiresAt().isAfter(_clock.instant()) ||
			!SecretCodes.matches(code, storedCode.get().hash())) {

			return Optional.empty();
		}

		return _accounts.find(
			login
		).filter(
			Account::enabled
		).filter(
			account -> _signInGate.allows(login)
		);
	}

	private static final String _REFUSAL_INACTIVE = "no active account";

	private static final String _REFUSAL_PUPIL =
		"pupils reset through an administrator or a teacher";

	private final AccountHolders _accountHolders;
	private final Accounts _accounts;
	private final Auditor _auditor;
	private final Clock _clock;
	private final Duration _codeValidity;
	private final CredentialMailer _credentialMailer;
	private final CredentialMode _credentialMode;
	private final Distributions _distributions;
	private final PasswordHasher _passwordHasher;
	private final PasswordPolicy _passwordPolicy;
	private final PersonLogins _personLogins;
	private final SecureRandom _secureRandom;
	private final SignInGate _signInGate;
	private final StoredCodes _storedCodes;
	private final Transactions _transactions;

}
