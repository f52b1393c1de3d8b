package org.preau.core.rights.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

import org.preau.core.accounts.model.Logins;
import org.preau.core.audit.service.Auditor;
import org.preau.core.common.Transactions;
import org.preau.core.directory.model.Uai;
import org.preau.core.directory.port.out.Establishments;
import org.preau.core.rights.model.Delegation;
import org.preau.core.rights.model.Reasons;
import org.preau.core.rights.model.RightsChange;
import org.preau.core.rights.port.in.DelegateAdministration;
import org.preau.core.rights.port.out.Delegations;
import org.preau.core.rights.port.out.RightsHistory;
import org.preau.core.rights.port.out.RightsRulesStore;
import org.preau.core.security.AdminGrant;
import org.preau.core.security.Actor;

/**
 * Delegations, kept in memory between changes since every request asks for them. Whether a DANE delegation still
 * holds is decided by the clock at each request, so that it lapses with no job to run.
 */
public class DelegationService implements DelegateAdministration {

	public static final String ACTION_ALLOW_CLASS_ADMINISTRATION =
		"rights.allow-class-administration";

	public static final String ACTION_DELEGATE = "rights.delegate";

	public static final String ACTION_LIST = "rights.delegations";

	public static final String ACTION_REVOKE = "rights.revoke-delegation";

	public DelegationService(
		Delegations delegations, RightsRulesStore rightsRulesStore,
		RightsHistory rightsHistory, Establishments establishments,
		RulesWatch rulesWatch, Transactions transactions, Auditor auditor,
		Clock clock) {

		_delegations = Objects.requireNonNull(delegations);
		_rightsRulesStore = Objects.requireNonNull(rightsRulesStore);
		_rightsHistory = Objects.requireNonNull(rightsHistory);
		_establishments = Objects.requireNonNull(establishments);
		_transactions = Objects.requireNonNull(transactions);
		_auditor = Objects.requireNonNull(auditor);
		_clock = Objects.requireNonNull(clock);

		_classAdministration = new RulesCache<>(
			rulesWatch, this::_loadClassAdministration);
		_delegationsCache = new RulesCache<>(
			rulesWatch, () -> List.copyOf(_delegations.list()));
	}

	/**
	 * The delegations that give the login a right now, for the core's use cases that checked their caller: a lapsed
	 * delegation is left out.
	 */
	public List<Delegation> activeDelegations(String login) {
		Instant now = _clock.instant();

		List<Delegation> delegations = new ArrayList<>();

		for (Delegation delegation : _cached()) {
			if (delegation.login().equals(login) &&
				delegation.activeAt(now)) {

				delegations.add(delegation);
			}
		}

		return delegations;
	}

	@Override
	public void allowClassAdministration(
		Actor actor, Uai uai, boolean allowed, String reason) {

		_auditor.audit(
			actor, ACTION_ALLOW_CLASS_ADMINISTRATION, uai + " " + allowed,
			() -> {
				_requireAdministrator(actor, uai);

				String why = Reasons.require(reason, _CHANGE);

				boolean before = allowsClassAdministration(uai);

				if (before == allowed) {
					return null;
				}

				Instant now = _clock.instant();

				_transactions.inTransaction(
					() -> {
						_rightsRulesStore.setClassAdministration(uai, allowed);
						_rightsHistory.record(
							new RightsChange(
								now, actor.login(), uai,
								RightsChange.Kind.CLASS_ADMINISTRATION,
								"head teachers administer their class",
								_value(before), _value(allowed), why));

						return null;
					});

				_classAdministration.drop();

				return null;
			});
	}

	@Override
	public boolean allowsClassAdministration(Uai uai) {
		return _classAdministration.get(
		).contains(
			uai
		);
	}

	@Override
	public Delegation appointLocalAdministrator(
		Actor actor, Uai uai, String login, String reason) {

		return _auditor.audit(
			actor, ACTION_DELEGATE, uai + " local-administrator " + login,
			() -> _save(
				actor,
				Delegation.localAdministrator(
					0, _requireLogin(login), uai, actor.login(),
					_clock.instant(), Reasons.require(reason, _CHANGE))));
	}

	@Override
	public Delegation delegateToDane(
		Actor actor, Uai uai, String login, Instant until, String reason) {

		return _auditor.audit(
			actor, ACTION_DELEGATE, uai + " dane " + login,
			() -> {
				Instant now = _clock.instant();

				if ((until == null) || !until.isAfter(now)) {
					throw new IllegalArgumentException(
						"a delegation to the DANE needs an end date in the " +
							"future");
				}

				return _save(
					actor,
					Delegation.dane(
						0, _requireLogin(login), uai, until, actor.login(), now,
						Reasons.require(reason, _CHANGE)));
			});
	}

	@Override
	public List<Delegation> delegations(Actor actor, Uai uai) {
		return _auditor.audit(
			actor, ACTION_LIST, uai.value(),
			() -> {
				_requireAdministrator(actor, uai);

				List<Delegation> delegations = new ArrayList<>();

				for (Delegation delegation : _cached()) {
					if (delegation.uai().equals(uai)) {
						delegations.add(delegation);
					}
				}

				return delegations;
			});
	}

	@Override
	public Actor effective(Actor actor) {
		if (actor.isPlatformAdministrator()) {
			return actor;
		}

		Instant now = _clock.instant();

		Set<AdminGrant> grants = null;

		for (Delegation delegation : _cached()) {
			if (delegation.login().equals(actor.login()) &&
				delegation.activeAt(now) &&
				!actor.grants().contains(delegation.grant())) {

				if (grants == null) {
					grants = new LinkedHashSet<>(actor.grants());
				}

				grants.add(delegation.grant());
			}
		}

		if (grants == null) {
			return actor;
		}

		return Actor.of(actor.login(), actor.displayName(), grants);
	}

	@Override
	public void revoke(Actor actor, Uai uai, long id, String reason) {
		_auditor.audit(
			actor, ACTION_REVOKE, uai + " " + id,
			() -> {
				_requireAdministrator(actor, uai);

				String why = Reasons.require(reason, _CHANGE);

				Delegation delegation = null;

				for (Delegation candidate : _cached()) {
					if ((candidate.id() == id) && candidate.uai().equals(uai)) {
						delegation = candidate;
					}
				}

				if (delegation == null) {
					throw new NoSuchElementException(
						uai + " has no delegation " + id);
				}

				Delegation revoked = delegation;
				Instant now = _clock.instant();

				_transactions.inTransaction(
					() -> {
						_delegations.delete(id);
						_rightsHistory.record(
							new RightsChange(
								now, actor.login(), uai,
								RightsChange.Kind.DELEGATION,
								revoked.kind().key() + " " + revoked.login(),
								_describe(revoked), "revoked", why));

						return null;
					});

				_delegationsCache.drop();

				return null;
			});
	}

	private static String _describe(Delegation delegation) {
		return delegation.until(
		).map(
			until -> "until " + until
		).orElse(
			"granted"
		);
	}

	private static String _requireLogin(String login) {
		if (!Logins.isValid(login)) {
			throw new IllegalArgumentException(
				"\"" + login + "\" is not a valid login");
		}

		return login;
	}

	private static String _value(boolean allowed) {
		return allowed ? "allowed" : "refused";
	}

	private List<Delegation> _cached() {
		return _delegationsCache.get();
	}

	private Set<Uai> _loadClassAdministration() {
		return _rightsRulesStore.load().classAdministrationSchools();
	}

	private void _requireAdministrator(Actor actor, Uai uai) {
		effective(actor).requireAdministratorOf(uai);
	}

	private Delegation _save(Actor actor, Delegation delegation) {
		_requireAdministrator(actor, delegation.uai());

		if (_establishments.find(delegation.uai()).isEmpty()) {
			throw new NoSuchElementException(
				"no establishment has the UAI " + delegation.uai());
		}

		Delegation saved = _transactions.inTransaction(
			() -> {
				Delegation created = _delegations.save(delegation);

				_rightsHistory.record(
					new RightsChange(
						delegation.at(), actor.login(), delegation.uai(),
						RightsChange.Kind.DELEGATION,
						delegation.kind().key() + " " + delegation.login(),
						"", _describe(delegation), delegation.reason()));

				return created;
			});

		_delegationsCache.drop();

		return saved;
	}

	private static final String _CHANGE = "a delegation";

	private final Auditor _auditor;
	private final Clock _clock;
	private final RulesCache<Set<Uai>> _classAdministration;
	private final Delegations _delegations;
	private final RulesCache<List<Delegation>> _delegationsCache;
	private final Establishments _establishments;
	private final RightsHistory _rightsHistory;
	private final RightsRulesStore _rightsRulesStore;
	private final Transactions _transactions;

}
