package org.preau.core.imports.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.preau.core.audit.model.Outcome;
import org.preau.core.audit.service.Auditor;
import org.preau.core.common.Transactions;
import org.preau.core.directory.model.Establishment;
import org.preau.core.directory.model.Group;
import org.preau.core.directory.model.ImportRun;
import org.preau.core.directory.model.ImportRunStatus;
import org.preau.core.directory.model.Level;
import org.preau.core.directory.model.ParentRelation;
import org.preau.core.directory.model.Person;
import org.preau.core.directory.model.SchoolClass;
import org.preau.core.directory.model.Subject;
import org.preau.core.directory.model.TeachingAssignment;
import org.preau.core.directory.model.Uai;
import org.preau.core.directory.port.out.Establishments;
import org.preau.core.directory.port.out.ImportRuns;
import org.preau.core.directory.port.out.Links;
import org.preau.core.directory.port.out.People;
import org.preau.core.directory.port.out.Structures;
import org.preau.core.imports.model.ActionKind;
import org.preau.core.imports.model.CurrentDirectory;
import org.preau.core.imports.model.EstablishmentPlan;
import org.preau.core.imports.model.EstablishmentReport;
import org.preau.core.imports.model.ImportError;
import org.preau.core.imports.model.ImportPlan;
import org.preau.core.imports.model.ImportReport;
import org.preau.core.imports.model.LifecyclePolicy;
import org.preau.core.imports.model.OwnershipPolicy;
import org.preau.core.imports.model.PersonRecord;
import org.preau.core.imports.model.PlannedAction;
import org.preau.core.imports.model.SourceKey;
import org.preau.core.imports.port.in.ImportCommand;
import org.preau.core.imports.port.in.ImportFeed;
import org.preau.core.imports.port.out.DirectoryInserts;
import org.preau.core.imports.port.out.DirectoryState;
import org.preau.core.imports.port.out.DirectoryUpdates;
import org.preau.core.security.AccessDeniedException;
import org.preau.core.security.Actor;

/**
 * Reconciles a feed with the directory and applies the plan, one transaction per establishment, the establishment's
 * import run written in the same transaction. A run killed at any point leaves each establishment either as it was or
 * fully imported; as the plan is recomputed from the directory each time, running the feed again finishes the work,
 * and running it once more changes nothing.
 */
public class ImportService implements ImportFeed {

	public ImportService(
		Establishments establishments, People people, Structures structures,
		Links links, ImportRuns importRuns, DirectoryState directoryState,
		DirectoryUpdates directoryUpdates, Transactions transactions,
		Auditor auditor, Clock clock, LifecyclePolicy lifecyclePolicy) {

		this(
			establishments, people, structures, links, importRuns,
			directoryState, directoryUpdates, null, transactions, auditor,
			clock, lifecyclePolicy);
	}

	/**
	 * With a store that writes the rows a plan creates many at a time; {@code directoryInserts} may be null, and the
	 * rows are then written one by one through {@code people} and {@code links}, with the same result.
	 */
	public ImportService(
		Establishments establishments, People people, Structures structures,
		Links links, ImportRuns importRuns, DirectoryState directoryState,
		DirectoryUpdates directoryUpdates, DirectoryInserts directoryInserts,
		Transactions transactions, Auditor auditor, Clock clock,
		LifecyclePolicy lifecyclePolicy) {

		_establishments = Objects.requireNonNull(establishments);
		_people = Objects.requireNonNull(people);
		_structures = Objects.requireNonNull(structures);
		_links = Objects.requireNonNull(links);
		_importRuns = Objects.requireNonNull(importRuns);
		_directoryState = Objects.requireNonNull(directoryState);
		_directoryUpdates = Objects.requireNonNull(directoryUpdates);

		if (directoryInserts == null) {
			_directoryInserts = new PerRowInserts(people, links);
		}
		else {
			_directoryInserts = directoryInserts;
		}

		_transactions = Objects.requireNonNull(transactions);
		_auditor = Objects.requireNonNull(auditor);
		_clock = Objects.requireNonNull(clock);
		_reconciler = new Reconciler(
			lifecyclePolicy, OwnershipPolicy.OWNER_WRITES_OTHERS_FILL_EMPTY);
	}

	/**
	 * Computes the plan of a feed without applying it nor auditing it, for tools that show or measure plans.
	 */
	public ImportPlan plan(ImportCommand command) {
		Set<Uai> uais = command.establishments();

		CurrentDirectory current = _directoryState.load(uais);

		return _reconciler.plan(
			command.snapshot(), command.source(), uais, current,
			LocalDate.now(_clock));
	}

	/**
	 * An establishment listed among the errors reports what its plan would have done; nothing of it was written.
	 */
	@Override
	public ImportReport run(Actor actor, ImportCommand command) {
		String action = command.dryRun() ? DRY_RUN_ACTION : ACTION;
		String target = command.source() + " " + command.establishments();

		try {
			for (Uai uai : command.establishments()) {
				actor.requireAdministratorOf(uai);
			}
		}
		catch (AccessDeniedException accessDeniedException) {
			_auditor.record(
				actor, action, target, Outcome.DENIED,
				accessDeniedException.getMessage());

			throw accessDeniedException;
		}

		try {
			ImportPlan plan = plan(command);

			ImportReport report;

			if (command.dryRun()) {
				report = ImportReport.of(plan, true);
			}
			else {
				report = _apply(actor, plan);
			}

			_auditor.record(
				actor, action, target,
				report.errors().isEmpty() ? Outcome.SUCCESS : Outcome.FAILURE,
				report.toString());

			return report;
		}
		catch (RuntimeException runtimeException) {
			_auditor.record(
				actor, action, target, Outcome.FAILURE,
				String.valueOf(runtimeException.getMessage()));

			throw runtimeException;
		}
	}

	public static final String ACTION = "imports.run";

	public static final String DRY_RUN_ACTION = "imports.dry-run";

	private static String _summary(Map<ActionKind, Integer> counts) {
		StringBuilder sb = new StringBuilder();

		for (Map.Entry<ActionKind, Integer> entry : counts.entrySet()) {
			if (entry.getValue() == 0) {
				continue;
			}

			if (sb.length() > 0) {
				sb.append(", ");
			}

			sb.append(entry.getKey().key());
			sb.append(' ');
			sb.append(entry.getValue());
		}

		return (sb.length() == 0) ? "no change" : sb.toString();
	}

	private ImportReport _apply(Actor actor, ImportPlan plan) {
		List<ImportError> errors = new ArrayList<>();

		try {
			_transactions.inTransaction(
				() -> {
					for (PlannedAction plannedAction :
							plan.nomenclatureActions()) {

						_apply(plannedAction);
					}

					return null;
				});
		}
		catch (RuntimeException runtimeException) {
			errors.add(
				new ImportError(
					null,
					"nomenclature: " +
						String.valueOf(runtimeException.getMessage())));
		}

		List<EstablishmentReport> reports = new ArrayList<>();

		for (EstablishmentPlan establishmentPlan : plan.establishments()) {
			reports.add(EstablishmentReport.of(establishmentPlan));

			Uai uai = establishmentPlan.uai();

			if (establishmentPlan.establishment() == null) {
				errors.add(
					new ImportError(
						uai,
						"the feed names establishment " + uai +
							" but does not describe it"));

				continue;
			}

			Instant startedAt = _clock.instant();
			String summary = _summary(establishmentPlan.actionCounts());

			try {
				_transactions.inTransaction(
					() -> {
						_applyAll(establishmentPlan.actions());

						return _importRuns.save(
							new ImportRun(
								0, uai, plan.source(), actor.login(),
								startedAt, _clock.instant(),
								ImportRunStatus.SUCCEEDED,
								establishmentPlan.actions().size(), summary));
					});
			}
			catch (RuntimeException runtimeException) {
				String message = String.valueOf(runtimeException.getMessage());

				errors.add(new ImportError(uai, message));

				_importRuns.save(
					new ImportRun(
						0, uai, plan.source(), actor.login(), startedAt,
						_clock.instant(), ImportRunStatus.FAILED, 0, message));
			}
		}

		return new ImportReport(
			plan.source(), false, plan.nomenclatureActionCounts(), reports,
			errors);
	}

	private void _apply(PlannedAction plannedAction) {
		switch (plannedAction.target()) {
			case CLASS:
				_structures.saveClass(
					plannedAction.afterValue(SchoolClass.class));

				break;
			case ESTABLISHMENT:
				_establishments.save(
					plannedAction.afterValue(Establishment.class));

				break;
			case GROUP:
				_structures.saveGroup(plannedAction.afterValue(Group.class));

				break;
			case LEVEL:
				_structures.saveLevel(plannedAction.afterValue(Level.class));

				break;
			case PERSON:
				_applyPerson(
					plannedAction.beforeValue(PersonRecord.class),
					plannedAction.afterValue(PersonRecord.class));

				break;
			case RELATION:
				if (plannedAction.kind() == ActionKind.UNLINK) {
					_directoryUpdates.removeRelation(
						plannedAction.beforeValue(ParentRelation.class));
				}
				else {
					_links.saveRelation(
						plannedAction.afterValue(ParentRelation.class));
				}

				break;
			case SUBJECT:
				_structures.saveSubject(
					plannedAction.afterValue(Subject.class));

				break;
			case TEACHING_ASSIGNMENT:
				if (plannedAction.kind() == ActionKind.UNLINK) {
					_directoryUpdates.removeTeachingAssignment(
						plannedAction.beforeValue(TeachingAssignment.class));
				}
				else {
					_links.saveTeachingAssignment(
						plannedAction.afterValue(TeachingAssignment.class));
				}

				break;
			default:
				throw new IllegalStateException(
					"no way to apply " + plannedAction);
		}
	}

	/**
	 * Applies the actions in their order, except that each run of creations of people, relations and teaching
	 * assignments is written in bulk, people first, since none of them reads what another one of the run writes.
	 */
	private void _applyAll(List<PlannedAction> plannedActions) {
		Creations creations = new Creations();

		for (PlannedAction plannedAction : plannedActions) {
			if (!creations.add(plannedAction)) {
				_flush(creations);

				_apply(plannedAction);
			}
		}

		_flush(creations);
	}

	private void _applyPerson(PersonRecord before, PersonRecord after) {
		_people.save(after.person());

		_applyPersonKeys(before, after);
	}

	private void _applyPersonKeys(PersonRecord before, PersonRecord after) {
		boolean datesChanged;

		if (before == null) {
			datesChanged =
				after.detachedOn().isPresent() ||
				after.deletionProposedOn().isPresent();
		}
		else {
			datesChanged = !before.sameLifecycle(after);
		}

		if (datesChanged) {
			_directoryUpdates.saveLifecycle(
				after.externalId(), after.detachedOn().orElse(null),
				after.deletionProposedOn().orElse(null));
		}

		Set<SourceKey> known = new HashSet<>();

		if (before != null) {
			known.addAll(before.otherKeys());
		}

		for (SourceKey key : after.otherKeys()) {
			if (!known.contains(key)) {
				_directoryUpdates.addSourceKey(after.externalId(), key);
			}
		}
	}

	private void _flush(Creations creations) {
		if (!creations._people.isEmpty()) {
			List<Person> people = new ArrayList<>(creations._people.size());

			for (PersonRecord personRecord : creations._people) {
				people.add(personRecord.person());
			}

			_directoryInserts.insertPeople(people);

			for (PersonRecord personRecord : creations._people) {
				_applyPersonKeys(null, personRecord);
			}
		}

		if (!creations._relations.isEmpty()) {
			_directoryInserts.insertRelations(creations._relations);
		}

		if (!creations._teachingAssignments.isEmpty()) {
			_directoryInserts.insertTeachingAssignments(
				creations._teachingAssignments);
		}

		creations.clear();
	}

	private final Auditor _auditor;
	private final Clock _clock;
	private final DirectoryInserts _directoryInserts;
	private final DirectoryState _directoryState;
	private final DirectoryUpdates _directoryUpdates;
	private final Establishments _establishments;
	private final ImportRuns _importRuns;
	private final Links _links;
	private final People _people;
	private final Reconciler _reconciler;
	private final Structures _structures;
	private final Transactions _transactions;

	/**
	 * The run of creations not written yet: actions whose plan found no row before them.
	 */
	private static final class Creations {

		private boolean add(PlannedAction plannedAction) {
			if (plannedAction.beforeValue(Object.class) != null) {
				return false;
			}

			ActionKind kind = plannedAction.kind();
			PlannedAction.Target target = plannedAction.target();

			if ((kind == ActionKind.CREATE) &&
				(target == PlannedAction.Target.PERSON)) {

				_people.add(plannedAction.afterValue(PersonRecord.class));

				return true;
			}

			if ((kind == ActionKind.LINK) &&
				(target == PlannedAction.Target.RELATION)) {

				_relations.add(plannedAction.afterValue(ParentRelation.class));

				return true;
			}

			if ((kind == ActionKind.LINK) &&
				(target == PlannedAction.Target.TEACHING_ASSIGNMENT)) {

				_teachingAssignments.add(
					plannedAction.afterValue(TeachingAssignment.class));

				return true;
			}

			return false;
		}

		private void clear() {
			_people.clear();
			_relations.clear();
			_teachingAssignments.clear();
		}

		private final List<PersonRecord> _people = new ArrayList<>();
		private final List<ParentRelation> _relations = new ArrayList<>();
		private final List<TeachingAssignment> _teachingAssignments =
			new ArrayList<>();

	}

	/**
	 * Writes creations one row at a time through the directory ports, for hosts whose store has no bulk writes.
	 */
	private static final class PerRowInserts implements DirectoryInserts {

		@Override
		public void insertPeople(List<Person> people) {
			for (Person person : people) {
				_people.save(person);
			}
		}

		@Override
		public void insertRelations(List<ParentRelation> relations) {
			for (ParentRelation relation : relations) {
				_links.saveRelation(relation);
			}
		}

		@Override
		public void insertTeachingAssignments(
			List<TeachingAssignment> teachingAssignments) {

			for (TeachingAssignment teachingAssignment : teachingAssignments) {
				_links.saveTeachingAssignment(teachingAssignment);
			}
		}

		private PerRowInserts(People people, Links links) {
			_people = people;
			_links = links;
		}

		private final Links _links;
		private final People _people;

	}

}
