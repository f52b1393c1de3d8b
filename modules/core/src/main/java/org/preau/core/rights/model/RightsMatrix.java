package org.preau.core.rights.model;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.preau.core.directory.model.Uai;

/**
 * The rights of every school, compiled from the service catalogue, the académie's defaults, each school's overrides
 * and closed modules. Every (service, action) is a cell with a number; each role of each school is a bit set of the
 * cells it may use, so that a person's permissions are the union of their roles' sets minus the closed modules, and a
 * decision is a bit test. Immutable: a change of the rules builds a new matrix.
 */
public final class RightsMatrix {

	public RightsMatrix(
		Collection<EntService> catalogue, Set<Grant> defaults,
		Collection<RightsOverride> overrides,
		Collection<ModuleClosure> closures) {

		for (EntService service : catalogue) {
			if (_services.putIfAbsent(service.key(), service) != null) {
				throw new IllegalArgumentException(
					"two services have the key " + service.key());
			}

			int[] cells = new int[ServiceAction.values().length];

			Arrays.fill(cells, -1);

			for (ServiceAction action : service.actions()) {
				cells[action.ordinal()] = _cellCount++;
			}

			_cells.put(service.key(), cells);
		}

		_words = Math.max(1, (_cellCount + 63) >>> 6);
		_defaultBits = new long[RightsRole.values().length][_words];

		for (Grant grant : defaults) {
			_set(_defaultBits[grant.role().ordinal()], _cell(grant), true);
		}

		_defaults = Set.copyOf(defaults);

		for (ModuleClosure closure : closures) {
			if (!_cells.containsKey(closure.serviceKey())) {
				throw new IllegalArgumentException(
					"unknown service \"" + closure.serviceKey() + "\"");
			}

			_closures.computeIfAbsent(
				closure.uai(), uai -> new HashMap<>()
			).put(
				closure.serviceKey(), closure
			);
		}

		for (RightsOverride override : overrides) {
			_cell(override.grant());

			_overrides.computeIfAbsent(
				override.uai(), uai -> new HashMap<>()
			).put(
				override.grant(), override
			);
		}

		Set<Uai> schools = new TreeSet<>(_overrides.keySet());

		schools.addAll(_closures.keySet());

		for (Uai uai : schools) {
			_schoolBits.put(uai, _compile(uai));
		}
	}

	/**
	 * Whether someone with these roles may do the action in the school.
	 *
	 * @throws IllegalArgumentException if the service or the action is unknown
	 */
	public boolean allows(
		Uai uai, Set<RightsRole> roles, String serviceKey,
		ServiceAction action) {

		return permissions(uai, roles).allows(cell(serviceKey, action));
	}

	public Collection<EntService> catalogue() {
		return _services.values();
	}

	/**
	 * The number of a cell, for {@link Permissions#allows}.
	 *
	 * @throws IllegalArgumentException if the service is unknown or does not know the action
	 */
	public int cell(String serviceKey, ServiceAction action) {
		int[] cells = _cells.get(serviceKey);

		if (cells == null) {
			throw new IllegalArgumentException(
				"unknown service \"" + serviceKey + "\"");
		}

		int cell = cells[action.ordinal()];

		if (cell < 0) {
			throw new IllegalArgumentException(
				"the service " + serviceKey + " has no action " + action.key());
		}

		return cell;
	}

	/**
	 * The closure of a module in a school, if it is closed.
	 */
	public Optional<ModuleClosure> closure(Uai uai, String serviceKey) {
		return Optional.ofNullable(
			_closures.getOrDefault(
				uai, Map.of()
			).get(
				serviceKey
			));
	}

	/**
	 * Whether the académie's default gives the cell to the role.
	 */
	public boolean defaultAllows(Grant grant) {
		return _defaults.contains(grant);
	}

	/**
	 * Decides, and says why: a closed module first, then each of the person's roles with the rule that sets its cell
	 * (the school's override, or the académie's default).
	 */
	public RightsDecision explain(
		Uai uai, Set<RightsRole> roles, String serviceKey,
		ServiceAction action) {

		cell(serviceKey, action);

		ModuleClosure closure = _closures.getOrDefault(
			uai, Map.of()
		).get(
			serviceKey
		);

		if (closure != null) {
			return new RightsDecision(
				false,
				List.of(
					"the module " + serviceKey + " is closed in " + uai +
						" since " + _format(closure.at()) + " by " +
							closure.author() + _because(closure.reason())));
		}

		List<String> granting = new ArrayList<>();
		List<String> refusing = new ArrayList<>();

		for (RightsRole role : new TreeSet<>(roles)) {
			Grant grant = Grant.of(role, serviceKey, action);

			RightsOverride override = _overrides.getOrDefault(
				uai, Map.of()
			).get(
				grant
			);

			boolean allowed;
			String rule;

			if (override != null) {
				allowed = override.allowed();
				rule = "the override of " + uai + " by " + override.author() +
					" on " + _format(override.at()) +
						_because(override.reason());
			}
			else {
				allowed = _defaults.contains(grant);
				rule = "the académie's default";
			}

			String reason = role.key() + (allowed ? " may " : " may not ") +
				action.key() + " " + serviceKey + ", by " + rule;

			if (allowed) {
				granting.add(reason);
			}
			else {
				refusing.add(reason);
			}
		}

		if (roles.isEmpty()) {
			refusing.add("the person holds no role in " + uai);
		}

		return granting.isEmpty() ? new RightsDecision(false, refusing) :
			new RightsDecision(true, granting);
	}

	public boolean isClosed(Uai uai, String serviceKey) {
		return _closures.getOrDefault(
			uai, Map.of()
		).containsKey(
			serviceKey
		);
	}

	/**
	 * The school's override of a cell, if any.
	 */
	public RightsOverride override(Uai uai, Grant grant) {
		return _overrides.getOrDefault(
			uai, Map.of()
		).get(
			grant
		);
	}

	/**
	 * What someone with these roles may do in the school, computed once for many decisions.
	 */
	public Permissions permissions(Uai uai, Set<RightsRole> roles) {
		long[][] bits = _schoolBits.getOrDefault(uai, _defaultBits);

		long[] union = new long[_words];

		for (RightsRole role : roles) {
			long[] roleBits = bits[role.ordinal()];

			for (int i = 0; i < _words; i++) {
				union[i] |= roleBits[i];
			}
		}

		return new Permissions(union);
	}

	private static String _because(String reason) {
		return reason.isEmpty() ? "" : " (" + reason + ")";
	}

	private static String _format(Instant instant) {
		return _DATE.format(instant);
	}

	private static void _set(long[] bits, int cell, boolean value) {
		if (value) {
			bits[cell >>> 6] |= 1L << (cell & 63);
		}
		else {
			bits[cell >>> 6] &= ~(1L << (cell & 63));
		}
	}

	private int _cell(Grant grant) {
		return cell(grant.serviceKey(), grant.action());
	}

	private long[][] _compile(Uai uai) {
		long[][] bits = new long[_defaultBits.length][];

		for (int role = 0; role < bits.length; role++) {
			bits[role] = _defaultBits[role].clone();
		}

		for (RightsOverride override :
				_overrides.getOrDefault(uai, Map.of()).values()) {

			_set(
				bits[override.grant().role().ordinal()], _cell(override.grant()),
				override.allowed());
		}

		for (String serviceKey :
				_closures.getOrDefault(uai, Map.of()).keySet()) {

			for (int cell : _cells.get(serviceKey)) {
				if (cell < 0) {
					continue;
				}

				for (long[] roleBits : bits) {
					_set(roleBits, cell, false);
				}
			}
		}

		return bits;
	}

	private static final DateTimeFormatter _DATE =
		DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

	private int _cellCount;
	private final Map<String, int[]> _cells = new HashMap<>();
	private final Map<Uai, Map<String, ModuleClosure>> _closures =
		new HashMap<>();
	private final long[][] _defaultBits;
	private final Set<Grant> _defaults;
	private final Map<Uai, Map<Grant, RightsOverride>> _overrides =
		new HashMap<>();
	private final Map<Uai, long[][]> _schoolBits = new HashMap<>();
	private final Map<String, EntService> _services = new LinkedHashMap<>();
	private final int _words;

}
