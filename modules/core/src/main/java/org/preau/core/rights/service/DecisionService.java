package org.preau.core.rights.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.preau.core.accounts.port.out.PersonLogins;
import org.preau.core.audit.service.Auditor;
import org.preau.core.directory.model.ParentRelation;
import org.preau.core.directory.model.Person;
import org.preau.core.directory.model.PersonState;
import org.preau.core.directory.model.SchoolClass;
import org.preau.core.directory.model.StaffFunction;
import org.preau.core.directory.model.TeachingAssignment;
import org.preau.core.directory.model.Uai;
import org.preau.core.directory.port.out.People;
import org.preau.core.imports.model.CurrentDirectory;
import org.preau.core.imports.model.PersonRecord;
import org.preau.core.imports.port.out.DirectoryState;
import org.preau.core.messaging.model.MessagingDecision;
import org.preau.core.messaging.model.MessagingPolicy;
import org.preau.core.messaging.model.MessagingRules;
import org.preau.core.messaging.service.MessagingRulesService;
import org.preau.core.rights.model.AdminLevel;
import org.preau.core.rights.model.Delegation;
import org.preau.core.rights.model.EntService;
import org.preau.core.rights.model.Permissions;
import org.preau.core.rights.model.PersonRights;
import org.preau.core.rights.model.RightsDecision;
import org.preau.core.rights.model.RightsMatrix;
import org.preau.core.rights.model.RightsRole;
import org.preau.core.rights.model.ServiceAction;
import org.preau.core.rights.port.in.ExplainDecisions;
import org.preau.core.rights.port.out.AccountGrants;
import org.preau.core.security.AccessDeniedException;
import org.preau.core.security.Actor;
import org.preau.core.security.AdminGrant;

/**
 * Decisions for the people of the directory. Each school's people are indexed once (their roles, the classes they
 * head, the messaging policy of the schools involved) and kept for a short while, so that imports show within
 * {@link #DIRECTORY_REFRESH}; changes of the rules show at once.
 */
public class DecisionService implements ExplainDecisions {

	public static final String ACTION_EXPLAIN_MESSAGING = "messaging.explain";

	public static final String ACTION_EXPLAIN_RIGHTS = "rights.explain";

	public static final String ACTION_PERSON_RIGHTS = "rights.person";

	public static final Duration DIRECTORY_REFRESH = Duration.ofSeconds(30);

	public DecisionService(
		PersonLogins personLogins, People people, DirectoryState directoryState,
		RightsService rightsService,
		MessagingRulesService messagingRulesService,
		DelegationService delegationService, AccountGrants accountGrants,
		Auditor auditor, Clock clock) {

		_personLogins = Objects.requireNonNull(personLogins);
		_people = Objects.requireNonNull(people);
		_directoryState = Objects.requireNonNull(directoryState);
		_rightsService = Objects.requireNonNull(rightsService);
		_messagingRulesService = Objects.requireNonNull(messagingRulesService);
		_delegationService = Objects.requireNonNull(delegationService);
		_accountGrants = Objects.requireNonNull(accountGrants);
		_auditor = Objects.requireNonNull(auditor);
		_clock = Objects.requireNonNull(clock);
	}

	@Override
	public RightsDecision can(
		Actor actor, String login, String serviceKey, ServiceAction action) {

		return _auditor.audit(
			actor, ACTION_EXPLAIN_RIGHTS,
			login + " " + serviceKey + " " + action.key(),
			() -> {
				Person person = _person(login);

				_requireMayAsk(actor, login, person);

				RightsMatrix rightsMatrix = _rightsService.currentMatrix();

				rightsMatrix.cell(serviceKey, action);

				List<String> reasons = new ArrayList<>();

				if (person.state() != PersonState.ACTIVE) {
					reasons.add(
						login + "'s account is " +
							person.state().name().toLowerCase(
								Locale.ROOT));

					return new RightsDecision(false, reasons);
				}

				SchoolIndex schoolIndex = _school(person.uai());

				Set<RightsRole> roles = schoolIndex.roles(person);

				reasons.add(schoolIndex.describeRoles(login, person, roles));

				RightsDecision decision = rightsMatrix.explain(
					person.uai(), roles, serviceKey, action);

				reasons.addAll(decision.reasons());

				return new RightsDecision(decision.allowed(), reasons);
			});
	}

	@Override
	public MessagingDecision canMessage(
		Actor actor, String fromLogin, String toLogin) {

		return _auditor.audit(
			actor, ACTION_EXPLAIN_MESSAGING, fromLogin + " " + toLogin,
			() -> {
				Person from = _person(fromLogin);
				Person to = _person(toLogin);

				_requireMayAsk(actor, fromLogin, from);

				MessagingRules messagingRules =
					_messagingRulesService.currentRules();

				Set<Uai> uais = new TreeSet<>();

				uais.add(from.uai());
				uais.add(to.uai());
				uais.addAll(messagingRules.linkedTo(from.uai()));

				MessagingPolicy messagingPolicy = _policy(
					uais, messagingRules);

				MessagingDecision decision = messagingPolicy.canMessage(
					from.externalId(), to.externalId());

				String context =
					" (" + _school(from.uai()).describe(fromLogin, from) +
						"; " + _school(to.uai()).describe(toLogin, to) + ")";

				return decision.allowed() ?
					MessagingDecision.allowed(decision.rule() + context) :
						MessagingDecision.refused(decision.rule() + context);
			});
	}

	/**
	 * Asked as {@link #can}, but only by the administrators of the person's school: the head teacher of a class, who
	 * may explain a decision about a pupil, does not see the whole of their rights.
	 */
	@Override
	public PersonRights rightsOf(Actor actor, String login) {
		return _auditor.audit(
			actor, ACTION_PERSON_RIGHTS, login,
			() -> {
				Person person = _person(login);

				_delegationService.effective(
					actor
				).requireAdministratorOf(
					person.uai()
				);

				boolean active = person.state() == PersonState.ACTIVE;

				return new PersonRights(
					active, active ? _services(person) : List.of(),
					_adminLevels(login, person));
			});
	}

	@Override
	public List<EntService> servicesOf(Actor actor) {
		Optional<String> externalId = _personLogins.externalIdOf(
			actor.login());

		if (externalId.isEmpty()) {
			return List.of();
		}

		Optional<Person> person = _people.find(externalId.get());

		if (person.isEmpty() || (person.get().state() != PersonState.ACTIVE)) {
			return List.of();
		}

		return _services(person.get());
	}

	/**
	 * The person's own grants and those their delegations add now, and the classes they head where their school lets
	 * head teachers administer their class.
	 */
	private List<AdminLevel> _adminLevels(String login, Person person) {
		Set<AdminGrant> ownGrants = _accountGrants.grantsOf(login);

		Actor effective = _delegationService.effective(
			Actor.of(login, person.displayName(), ownGrants));

		List<Delegation> delegations = _delegationService.activeDelegations(
			login);

		List<AdminLevel> adminLevels = new ArrayList<>();

		if (effective.isPlatformAdministrator()) {
			adminLevels.add(AdminLevel.platform());
		}

		Set<Uai> uais = new TreeSet<>();

		for (AdminGrant grant : effective.grants()) {
			grant.establishment().ifPresent(uais::add);
		}

		// A platform administrator's delegations add nothing to their rights, but they were given and still hold

		for (Delegation delegation : delegations) {
			uais.add(delegation.uai());
		}

		for (Uai uai : uais) {
			boolean delegated = false;

			for (Delegation delegation : delegations) {
				if (delegation.uai().equals(uai)) {
					adminLevels.add(AdminLevel.ofDelegation(delegation));

					delegated = true;
				}
			}

			if ((!delegated &&
				 effective.grants().contains(AdminGrant.establishment(uai))) ||
				ownGrants.contains(AdminGrant.establishment(uai))) {

				adminLevels.add(AdminLevel.ofEstablishment(uai));
			}
		}

		if (_delegationService.allowsClassAdministration(person.uai())) {
			for (String classCode :
					_school(person.uai()).headedBy(person.externalId())) {

				adminLevels.add(AdminLevel.ofClass(person.uai(), classCode));
			}
		}

		return adminLevels;
	}

	private Person _person(String login) {
		return _personLogins.externalIdOf(
			login
		).flatMap(
			_people::find
		).orElseThrow(
			() -> new NoSuchElementException(
				"no person of the directory has the login " + login)
		);
	}

	private MessagingPolicy _policy(
		Set<Uai> uais, MessagingRules messagingRules) {

		String key = uais.toString();

		CachedPolicy cachedPolicy = _policies.get(key);
		Instant now = _clock.instant();

		if ((cachedPolicy != null) &&
			(cachedPolicy._messagingRules == messagingRules) &&
			now.isBefore(cachedPolicy._loadedAt.plus(DIRECTORY_REFRESH))) {

			return cachedPolicy._messagingPolicy;
		}

		List<Person> people = new ArrayList<>();
		List<SchoolClass> classes = new ArrayList<>();
		List<TeachingAssignment> assignments = new ArrayList<>();
		List<ParentRelation> relations = new ArrayList<>();

		for (Uai uai : uais) {
			SchoolIndex schoolIndex = _school(uai);

			for (PersonRecord personRecord :
					schoolIndex._currentDirectory.people()) {

				people.add(personRecord.person());
			}

			classes.addAll(schoolIndex._currentDirectory.classes());
			assignments.addAll(schoolIndex._currentDirectory.assignments());
			relations.addAll(schoolIndex._currentDirectory.relations());
		}

		MessagingPolicy messagingPolicy = new MessagingPolicy(
			people, classes, assignments, relations,
			messagingRules.openings(), messagingRules.linkedSchools());

		_policies.put(
			key, new CachedPolicy(messagingPolicy, messagingRules, now));

		return messagingPolicy;
	}

	/**
	 * Lets the person ask about themselves, the administrators of their school, and the head teacher of their class
	 * where the school lets head teachers administer their class.
	 */
	private void _requireMayAsk(Actor actor, String login, Person person) {
		if (actor.login().equals(login) ||
			_delegationService.effective(
				actor
			).isAdministratorOf(
				person.uai()
			)) {

			return;
		}

		Optional<String> classCode = person.classCode();

		if (classCode.isPresent() &&
			_delegationService.allowsClassAdministration(person.uai())) {

			Optional<String> askerId = _personLogins.externalIdOf(
				actor.login());

			if (askerId.isPresent() &&
				_school(
					person.uai()
				).headsClass(
					askerId.get(), classCode.get()
				)) {

				return;
			}
		}

		throw new AccessDeniedException(
			actor.login() + " may not ask about " + login);
	}

	private SchoolIndex _school(Uai uai) {
		SchoolIndex schoolIndex = _schools.get(uai);
		Instant now = _clock.instant();

		if ((schoolIndex == null) ||
			!now.isBefore(schoolIndex._loadedAt.plus(DIRECTORY_REFRESH))) {

			schoolIndex = new SchoolIndex(
				_directoryState.load(Set.of(uai)), now);

			_schools.put(uai, schoolIndex);
		}

		return schoolIndex;
	}

	private List<EntService> _services(Person person) {
		RightsMatrix rightsMatrix = _rightsService.currentMatrix();
		Uai uai = person.uai();

		Permissions permissions = rightsMatrix.permissions(
			uai, _school(uai).roles(person));

		List<EntService> services = new ArrayList<>();

		for (EntService entService : rightsMatrix.catalogue()) {
			Set<ServiceAction> actions = EnumSet.noneOf(ServiceAction.class);

			for (ServiceAction action : entService.actions()) {
				if (permissions.allows(
						rightsMatrix.cell(entService.key(), action))) {

					actions.add(action);
				}
			}

			if (!actions.isEmpty()) {
				services.add(new EntService(entService.key(), actions));
			}
		}

		return services;
	}

	private final AccountGrants _accountGrants;
	private final Auditor _auditor;
	private final Clock _clock;
	private final DelegationService _delegationService;
	private final DirectoryState _directoryState;
	private final MessagingRulesService _messagingRulesService;
	private final People _people;
	private final PersonLogins _personLogins;
	private final Map<String, CachedPolicy> _policies =
		new ConcurrentHashMap<>();
	private final RightsService _rightsService;
	private final Map<Uai, SchoolIndex> _schools = new ConcurrentHashMap<>();

	private static final class CachedPolicy {

		private CachedPolicy(
			MessagingPolicy messagingPolicy, MessagingRules messagingRules,
			Instant loadedAt) {

			_messagingPolicy = messagingPolicy;
			_messagingRules = messagingRules;
			_loadedAt = loadedAt;
		}

		private final Instant _loadedAt;
		private final MessagingPolicy _messagingPolicy;
		private final MessagingRules _messagingRules;

	}

	/**
	 * One school's people as the decisions need them: the classes each teacher heads and teaches, and each parent's
	 * children.
	 */
	private static final class SchoolIndex {

		private SchoolIndex(CurrentDirectory currentDirectory, Instant loadedAt) {
			_currentDirectory = currentDirectory;
			_loadedAt = loadedAt;

			for (TeachingAssignment assignment :
					currentDirectory.assignments()) {

				_taught.computeIfAbsent(
					assignment.teacherId(), id -> new TreeSet<>()
				).add(
					assignment.structureCode()
				);

				if (assignment.headTeacher()) {
					_headed.computeIfAbsent(
						assignment.teacherId(), id -> new TreeSet<>()
					).add(
						assignment.structureCode()
					);
				}
			}

			Map<String, Person> people = new HashMap<>();

			for (PersonRecord personRecord : currentDirectory.people()) {
				people.put(personRecord.externalId(), personRecord.person());
			}

			for (ParentRelation relation : currentDirectory.relations()) {
				Person child = people.get(relation.pupilId());

				if (child != null) {
					_children.computeIfAbsent(
						relation.parentId(), id -> new TreeSet<>()
					).add(
						child.displayName()
					);
				}
			}
		}

		private String describe(String login, Person person) {
			StringBuilder sb = new StringBuilder(login);

			sb.append(" is ");
			sb.append(person.profile().name().toLowerCase(Locale.ROOT));
			sb.append(" in ");
			sb.append(person.uai());

			if (person.classCode().isPresent()) {
				sb.append(", class ");
				sb.append(person.classCode().get());
			}

			if (!person.groupCodes().isEmpty()) {
				sb.append(", groups ");
				sb.append(String.join(" ", new TreeSet<>(person.groupCodes())));
			}

			Set<String> taught = _taught.get(person.externalId());

			if (taught != null) {
				sb.append(", teaches ");
				sb.append(String.join(" ", taught));
			}

			Set<String> children = _children.get(person.externalId());

			if (children != null) {
				sb.append(", parent of ");
				sb.append(String.join(", ", children));
			}

			return sb.toString();
		}

		private String describeRoles(
			String login, Person person, Set<RightsRole> roles) {

			List<String> sources = new ArrayList<>();

			sources.add(
				"profile " +
					person.profile().name().toLowerCase(Locale.ROOT));

			for (StaffFunction function : new TreeSet<>(person.functions())) {
				sources.add("function " + function.name());
			}

			Set<String> headed = _headed.get(person.externalId());

			if (headed != null) {
				sources.add("head teacher of " + String.join(" ", headed));
			}

			List<String> keys = new ArrayList<>();

			for (RightsRole role : roles) {
				keys.add(role.key());
			}

			return login + " holds the roles " + String.join(", ", keys) +
				" in " + person.uai() + " (" + String.join(", ", sources) +
					")";
		}

		private Set<String> headedBy(String externalId) {
			return _headed.getOrDefault(externalId, Set.of());
		}

		private boolean headsClass(String externalId, String classCode) {
			return headedBy(
				externalId
			).contains(
				classCode
			);
		}

		private Set<RightsRole> roles(Person person) {
			return RightsRole.of(
				person, _headed.containsKey(person.externalId()));
		}

		private final Map<String, Set<String>> _children = new HashMap<>();
		private final CurrentDirectory _currentDirectory;
		private final Map<String, Set<String>> _headed = new HashMap<>();
		private final Instant _loadedAt;
		private final Map<String, Set<String>> _taught = new HashMap<>();

	}

}
