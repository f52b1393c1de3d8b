package org.preau.core.rights.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.preau.core.audit.service.Auditor;
import org.preau.core.common.Transactions;
import org.preau.core.directory.model.Uai;
import org.preau.core.directory.port.out.Establishments;
import org.preau.core.rights.model.CopyDifference;
import org.preau.core.rights.model.DefaultRule;
import org.preau.core.rights.model.EntService;
import org.preau.core.rights.model.Grant;
import org.preau.core.rights.model.ModuleClosure;
import org.preau.core.rights.model.Reasons;
import org.preau.core.rights.model.RightsChange;
import org.preau.core.rights.model.RightsMatrix;
import org.preau.core.rights.model.RightsOverride;
import org.preau.core.rights.model.RightsRole;
import org.preau.core.rights.model.RightsRules;
import org.preau.core.rights.model.ServiceAction;
import org.preau.core.rights.port.in.DelegateAdministration;
import org.preau.core.rights.port.in.ManageRights;
import org.preau.core.rights.port.out.RightsHistory;
import org.preau.core.rights.port.out.RightsRulesStore;
import org.preau.core.security.Actor;

/**
 * The rights matrix, compiled once from the catalogue and the stored rules, and compiled again after each change of
 * either.
 */
public class RightsService implements ManageRights {

	public static final String ACTION_CLOSE_MODULE = "rights.close-module";

	public static final String ACTION_COPY = "rights.copy";

	public static final String ACTION_HISTORY = "rights.history";

	public static final String ACTION_OPEN_MODULE = "rights.open-module";

	public static final String ACTION_SET_DEFAULTS = "rights.set-defaults";

	public static final String ACTION_SET_SCHOOL_CELLS = "rights.set-school-cells";

	public static final String ACTION_VIEW = "rights.view";

	public RightsService(
		ServiceCatalogue serviceCatalogue, RightsRulesStore rightsRulesStore,
		RightsHistory rightsHistory, Establishments establishments,
		DelegateAdministration delegateAdministration, RulesWatch rulesWatch,
		Transactions transactions, Auditor auditor, Clock clock) {

		_serviceCatalogue = Objects.requireNonNull(serviceCatalogue);
		_rightsRulesStore = Objects.requireNonNull(rightsRulesStore);
		_rightsHistory = Objects.requireNonNull(rightsHistory);
		_establishments = Objects.requireNonNull(establishments);
		_delegateAdministration = Objects.requireNonNull(
			delegateAdministration);
		_transactions = Objects.requireNonNull(transactions);
		_auditor = Objects.requireNonNull(auditor);
		_clock = Objects.requireNonNull(clock);
		_rulesWatch = Objects.requireNonNull(rulesWatch);
	}

	@Override
	public RightsMatrix academieMatrix(Actor actor) {
		return _auditor.audit(
			actor, ACTION_VIEW, "académie",
			() -> {
				_delegateAdministration.effective(
					actor
				).requirePlatformAdministrator();

				return _compiled()._matrix;
			});
	}

	@Override
	public List<CopyDifference> applyCopy(
		Actor actor, Uai source, List<Uai> targets, String reason) {

		return _auditor.audit(
			actor, ACTION_COPY, source + " -> " + targets,
			() -> {
				String why = Reasons.require(reason, _CHANGE);

				List<CopyDifference> differences = _previewCopy(
					actor, source, targets);

				Compiled compiled = _compiled();
				Instant now = _clock.instant();

				_transactions.inTransaction(
					() -> {
						for (Uai target : targets) {
							if (target.equals(source)) {
								continue;
							}

							_copy(compiled, actor, source, target, now, why);
						}

						return null;
					});

				_invalidate();

				return differences;
			});
	}

	@Override
	public boolean closeModule(
		Actor actor, Uai uai, String serviceKey, String reason) {

		return _auditor.audit(
			actor, ACTION_CLOSE_MODULE, uai + " " + serviceKey,
			() -> {
				_requireSchoolAdministrator(actor, uai);

				String why = Reasons.require(reason, _CHANGE);

				Compiled compiled = _compiled();

				_requireService(compiled, serviceKey);

				if (compiled._matrix.isClosed(uai, serviceKey)) {
					return false;
				}

				Instant now = _clock.instant();

				_transactions.inTransaction(
					() -> {
						_rightsRulesStore.saveClosure(
							new ModuleClosure(
								uai, serviceKey, actor.login(), now, why));
						_rightsHistory.record(
							new RightsChange(
								now, actor.login(), uai,
								RightsChange.Kind.MODULE, serviceKey, _OPEN,
								_CLOSED, why));

						return null;
					});

				_invalidate();

				return true;
			});
	}

	/**
	 * The matrix as it is now, for the decisions.
	 */
	public RightsMatrix currentMatrix() {
		return _compiled()._matrix;
	}

	@Override
	public List<RightsChange> history(
		Actor actor, Optional<Uai> uai, int limit) {

		return _auditor.audit(
			actor, ACTION_HISTORY, uai.map(Uai::value).orElse("all"),
			() -> {
				Actor effective = _delegateAdministration.effective(actor);

				if (uai.isPresent()) {
					effective.requireAdministratorOf(uai.get());
				}
				else {
					effective.requirePlatformAdministrator();
				}

				return _rightsHistory.latest(uai, limit);
			});
	}

	@Override
	public RightsMatrix matrix(Actor actor, Uai uai) {
		return _auditor.audit(
			actor, ACTION_VIEW, uai.value(),
			() -> {
				_requireSchoolAdministrator(actor, uai);

				return _compiled()._matrix;
			});
	}

	@Override
	public boolean openModule(
		Actor actor, Uai uai, String serviceKey, String reason) {

		return _auditor.audit(
			actor, ACTION_OPEN_MODULE, uai + " " + serviceKey,
			() -> {
				_requireSchoolAdministrator(actor, uai);

				String why = Reasons.require(reason, _CHANGE);

				Compiled compiled = _compiled();

				_requireService(compiled, serviceKey);

				if (!compiled._matrix.isClosed(uai, serviceKey)) {
					return false;
				}

				Instant now = _clock.instant();

				_transactions.inTransaction(
					() -> {
						_rightsRulesStore.deleteClosure(uai, serviceKey);
						_rightsHistory.record(
							new RightsChange(
								now, actor.login(), uai,
								RightsChange.Kind.MODULE, serviceKey, _CLOSED,
								_OPEN, why));

						return null;
					});

				_invalidate();

				return true;
			});
	}

	@Override
	public List<CopyDifference> previewCopy(
		Actor actor, Uai source, List<Uai> targets) {

		return _auditor.audit(
			actor, ACTION_COPY + "-preview", source + " -> " + targets,
			() -> _previewCopy(actor, source, targets));
	}

	@Override
	public int setDefaults(Actor actor, Set<Grant> allowed, String reason) {
		return _auditor.audit(
			actor, ACTION_SET_DEFAULTS, "académie",
			() -> {
				_delegateAdministration.effective(
					actor
				).requirePlatformAdministrator();

				String why = Reasons.require(reason, _CHANGE);

				Compiled compiled = _compiled();

				_requireKnownCells(compiled, allowed);

				Set<Grant> shipped = _serviceCatalogue.defaults();

				Instant now = _clock.instant();

				int changed = _transactions.inTransaction(
					() -> {
						int changes = 0;

						for (Grant grant : _allCells(compiled)) {
							boolean wanted = allowed.contains(grant);
							boolean current = compiled._defaults.contains(
								grant);

							if (wanted == current) {
								continue;
							}

							changes++;

							if (wanted == shipped.contains(grant)) {
								_rightsRulesStore.deleteDefaultRule(grant);
							}
							else {
								_rightsRulesStore.saveDefaultRule(
									new DefaultRule(
										grant, wanted, actor.login(), now,
										why));
							}

							_rightsHistory.record(
								new RightsChange(
									now, actor.login(), null,
									RightsChange.Kind.DEFAULT, grant.toString(),
									_value(current), _value(wanted), why));
						}

						return changes;
					});

				_invalidate();

				return changed;
			});
	}

	@Override
	public int setSchoolCells(
		Actor actor, Uai uai, Set<Grant> allowed, String reason) {

		return _auditor.audit(
			actor, ACTION_SET_SCHOOL_CELLS, uai.value(),
			() -> {
				_requireSchoolAdministrator(actor, uai);

				Compiled compiled = _compiled();

				_requireKnownCells(compiled, allowed);

				List<Grant> changed = new ArrayList<>();

				for (Grant grant : _allCells(compiled)) {
					if (allowed.contains(grant) !=
							_schoolAllows(compiled, uai, grant)) {

						changed.add(grant);
					}
				}

				if (changed.isEmpty()) {
					return 0;
				}

				String why = Reasons.require(reason, _CHANGE);
				Instant now = _clock.instant();

				_transactions.inTransaction(
					() -> {
						for (Grant grant : changed) {
							boolean wanted = allowed.contains(grant);

							_setCell(
								compiled, actor, uai, grant, wanted, now, why);
						}

						return null;
					});

				_invalidate();

				return changed.size();
			});
	}

	private static String _value(boolean allowed) {
		return allowed ? "allowed" : "refused";
	}

	private List<Grant> _allCells(Compiled compiled) {
		List<Grant> grants = new ArrayList<>();

		for (EntService entService : compiled._matrix.catalogue()) {
			for (ServiceAction action : entService.actions()) {
				for (RightsRole role : RightsRole.values()) {
					grants.add(Grant.of(role, entService.key(), action));
				}
			}
		}

		return grants;
	}

	private Compiled _compiled() {
		Compiled compiled = _compiled;

		long version = _serviceCatalogue.version();
		String mark = _rulesWatch.mark();

		if ((compiled != null) && compiled._builtAt(version, mark)) {
			return compiled;
		}

		synchronized (this) {
			compiled = _compiled;

			if ((compiled != null) && compiled._builtAt(version, mark)) {
				return compiled;
			}

			compiled = new Compiled(
				version, mark, _serviceCatalogue.services(),
				_serviceCatalogue.defaults(), _rightsRulesStore.load());

			_compiled = compiled;

			return compiled;
		}
	}

	private void _copy(
		Compiled compiled, Actor actor, Uai source, Uai target, Instant now,
		String reason) {

		String why = "copied from " + source + ": " + reason;

		for (Grant grant : _allCells(compiled)) {
			boolean wanted = _schoolAllows(compiled, source, grant);

			if (wanted != _schoolAllows(compiled, target, grant)) {
				_setCell(compiled, actor, target, grant, wanted, now, why);
			}
		}

		for (EntService entService : compiled._matrix.catalogue()) {
			boolean closed = compiled._matrix.isClosed(
				source, entService.key());

			if (closed == compiled._matrix.isClosed(target, entService.key())) {
				continue;
			}

			if (closed) {
				_rightsRulesStore.saveClosure(
					new ModuleClosure(
						target, entService.key(), actor.login(), now, why));
			}
			else {
				_rightsRulesStore.deleteClosure(target, entService.key());
			}

			_rightsHistory.record(
				new RightsChange(
					now, actor.login(), target, RightsChange.Kind.MODULE,
					entService.key(), closed ? _OPEN : _CLOSED,
					closed ? _CLOSED : _OPEN, why));
		}
	}

	private void _invalidate() {
		synchronized (this) {
			_compiled = null;
		}

		_rulesWatch.changed();
	}

	private List<CopyDifference> _previewCopy(
		Actor actor, Uai source, List<Uai> targets) {

		if (targets.isEmpty()) {
			throw new IllegalArgumentException(
				"name at least one school to copy to");
		}

		_requireSchoolAdministrator(actor, source);

		for (Uai target : targets) {
			if (_establishments.find(target).isEmpty()) {
				throw new NoSuchElementException(
					"no establishment has the UAI " + target);
			}

			_requireSchoolAdministrator(actor, target);
		}

		Compiled compiled = _compiled();

		List<CopyDifference> differences = new ArrayList<>();

		for (Uai target : new LinkedHashSet<>(targets)) {
			if (target.equals(source)) {
				continue;
			}

			for (Grant grant : _allCells(compiled)) {
				boolean copied = _schoolAllows(compiled, source, grant);
				boolean current = _schoolAllows(compiled, target, grant);

				if (copied != current) {
					differences.add(
						new CopyDifference(
							target, grant.toString(), _value(current),
							_value(copied)));
				}
			}

			for (EntService entService : compiled._matrix.catalogue()) {
				boolean copied = compiled._matrix.isClosed(
					source, entService.key());
				boolean current = compiled._matrix.isClosed(
					target, entService.key());

				if (copied != current) {
					differences.add(
						new CopyDifference(
							target, "module " + entService.key(),
							current ? _CLOSED : _OPEN,
							copied ? _CLOSED : _OPEN));
				}
			}
		}

		return differences;
	}

	private void _requireKnownCells(Compiled compiled, Set<Grant> grants) {
		for (Grant grant : grants) {
			compiled._matrix.cell(grant.serviceKey(), grant.action());
		}
	}

	private void _requireSchoolAdministrator(Actor actor, Uai uai) {
		_delegateAdministration.effective(actor).requireAdministratorOf(uai);
	}

	private EntService _requireService(Compiled compiled, String serviceKey) {
		for (EntService entService : compiled._matrix.catalogue()) {
			if (entService.key().equals(serviceKey)) {
				return entService;
			}
		}

		throw new IllegalArgumentException(
			"unknown service \"" + serviceKey + "\"");
	}

	/**
	 * The school's value of a cell, before any closed module: its override, else the académie's default.
	 */
	private boolean _schoolAllows(Compiled compiled, Uai uai, Grant grant) {
		RightsOverride override = compiled._matrix.override(uai, grant);

		if (override != null) {
			return override.allowed();
		}

		return compiled._defaults.contains(grant);
	}

	private void _setCell(
		Compiled compiled, Actor actor, Uai uai, Grant grant, boolean wanted,
		Instant now, String reason) {

		boolean before = _schoolAllows(compiled, uai, grant);

		if (wanted == compiled._defaults.contains(grant)) {
			_rightsRulesStore.deleteOverride(uai, grant);
		}
		else {
			_rightsRulesStore.saveOverride(
				new RightsOverride(
					uai, grant, wanted, actor.login(), now, reason));
		}

		_rightsHistory.record(
			new RightsChange(
				now, actor.login(), uai, RightsChange.Kind.CELL,
				grant.toString(), _value(before), _value(wanted), reason));
	}

	private static final String _CHANGE = "a change of the rights";

	private static final String _CLOSED = "closed";

	private static final String _OPEN = "open";

	private final Auditor _auditor;
	private final Clock _clock;
	private volatile Compiled _compiled;
	private final DelegateAdministration _delegateAdministration;
	private final Establishments _establishments;
	private final RightsHistory _rightsHistory;
	private final RightsRulesStore _rightsRulesStore;
	private final RulesWatch _rulesWatch;
	private final ServiceCatalogue _serviceCatalogue;
	private final Transactions _transactions;

	/**
	 * The matrix and what it was compiled from. Rules about services that are gone (their bundle stopped) are kept in
	 * the store but left out, so that they apply again if the service comes back.
	 */
	private static final class Compiled {

		private Compiled(
			long catalogueVersion, String mark, List<EntService> services,
			Set<Grant> shipped, RightsRules rules) {

			_catalogueVersion = catalogueVersion;
			_mark = mark;

			Map<String, EntService> known = new HashMap<>();

			for (EntService entService : services) {
				known.put(entService.key(), entService);
			}

			Set<Grant> defaults = new HashSet<>(shipped);

			for (DefaultRule rule : rules.defaultRules()) {
				if (!_knows(known, rule.grant())) {
					continue;
				}

				if (rule.allowed()) {
					defaults.add(rule.grant());
				}
				else {
					defaults.remove(rule.grant());
				}
			}

			_defaults = defaults;

			List<RightsOverride> overrides = new ArrayList<>();

			for (RightsOverride override : rules.overrides()) {
				if (_knows(known, override.grant())) {
					overrides.add(override);
				}
			}

			List<ModuleClosure> closures = new ArrayList<>();

			for (ModuleClosure closure : rules.closures()) {
				if (known.containsKey(closure.serviceKey())) {
					closures.add(closure);
				}
			}

			_matrix = new RightsMatrix(services, defaults, overrides, closures);
		}

		private static boolean _knows(
			Map<String, EntService> known, Grant grant) {

			EntService entService = known.get(grant.serviceKey());

			return (entService != null) &&
				entService.actions().contains(grant.action());
		}

		private boolean _builtAt(long catalogueVersion, String mark) {
			return (_catalogueVersion == catalogueVersion) &&
				_mark.equals(mark);
		}

		private final long _catalogueVersion;
		private final Set<Grant> _defaults;
		private final String _mark;
		private final RightsMatrix _matrix;

	}

}
