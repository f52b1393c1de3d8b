package org.preau.core.imports.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import org.preau.core.directory.model.DirectoryCounts;
import org.preau.core.directory.model.Establishment;
import org.preau.core.directory.model.EstablishmentKind;
import org.preau.core.directory.model.Group;
import org.preau.core.directory.model.Level;
import org.preau.core.directory.model.Names;
import org.preau.core.directory.model.ParentRelation;
import org.preau.core.directory.model.Person;
import org.preau.core.directory.model.PersonState;
import org.preau.core.directory.model.Profile;
import org.preau.core.directory.model.SchoolClass;
import org.preau.core.directory.model.Source;
import org.preau.core.directory.model.Subject;
import org.preau.core.directory.model.TeachingAssignment;
import org.preau.core.directory.model.Uai;
import org.preau.core.imports.model.ActionKind;
import org.preau.core.imports.model.Anomaly;
import org.preau.core.imports.model.AnomalyCode;
import org.preau.core.imports.model.AnomalyKind;
import org.preau.core.imports.model.CurrentDirectory;
import org.preau.core.imports.model.DirectorySnapshot;
import org.preau.core.imports.model.EstablishmentPlan;
import org.preau.core.imports.model.ImportPlan;
import org.preau.core.imports.model.LifecyclePolicy;
import org.preau.core.imports.model.OwnershipPolicy;
import org.preau.core.imports.model.PersonRecord;
import org.preau.core.imports.model.PlannedAction;
import org.preau.core.imports.model.SourceKey;

/**
 * Compares a complete feed with the directory and plans what must change, without writing anything.
 *
 * <p>
 * Identity: a feed record is the person that its source already knows under the same key (source and identifier);
 * failing that, for a pupil, the pupil with the same INE, whatever source brought them. Adults are never matched by
 * name: two adults with the same folded names and birth date are reported as duplicate suspects, and an administrator
 * decides. Fields follow {@link OwnershipPolicy}, and people that their owning source stops listing follow
 * {@link LifecyclePolicy}. Links survive: a relation is removed only when the source that owns the parent lists both
 * the parent and the pupil without it, an assignment only when the source that owns the teacher lists them without it.
 * </p>
 *
 * <p>
 * Every comparison goes through hash maps built in one pass, so that planning costs time in proportion to the size of
 * the feed and of the directory.
 * </p>
 */
public class Reconciler {

	public Reconciler(
		LifecyclePolicy lifecyclePolicy, OwnershipPolicy ownershipPolicy) {

		_lifecyclePolicy = Objects.requireNonNull(lifecyclePolicy);
		_ownershipPolicy = Objects.requireNonNull(ownershipPolicy);
	}

	/**
	 * Plans what {@code source}'s feed changes in the establishments it covers, on {@code today}.
	 *
	 * @param covered the establishments the feed covers; their people that the source owns and the feed lacks are
	 *        detached
	 * @param current what the directory holds for these establishments
	 */
	public ImportPlan plan(
		DirectorySnapshot snapshot, Source source, Set<Uai> covered,
		CurrentDirectory current, LocalDate today) {

		List<Person> incoming = snapshot.people();

		Work work = new Work(source, covered, current, today, incoming.size());

		List<PlannedAction> nomenclatureActions = work._nomenclature(snapshot);

		work._establishments(snapshot);
		work._structures(snapshot);
		work._people(incoming);
		work._absentPeople();
		work._relations(snapshot);
		work._assignments(snapshot);

		return new ImportPlan(source, nomenclatureActions, work._plans());
	}

	/**
	 * The capacity of a hash map that holds {@code size} entries without growing.
	 */
	private static int _capacity(int size) {
		return (int)Math.min(Integer.MAX_VALUE, (size * 4L / 3) + 16);
	}

	private static String _duplicateKey(Person person) {
		if (person.birthDate().isEmpty()) {
			return null;
		}

		return person.profile() + "|" + Names.fold(person.lastName()) + "|" +
			Names.fold(person.firstName()) + "|" + person.birthDate().get();
	}

	private static boolean _placementChanged(Person before, Person after) {
		return !before.uai().equals(after.uai()) ||
			!before.classCode().equals(after.classCode()) ||
			!before.groupCodes().equals(after.groupCodes());
	}

	private static String _relationKey(ParentRelation relation) {
		return relation.parentId() + "\u0000" + relation.pupilId();
	}

	private static String _structureKey(Uai uai, String code) {
		return uai.value() + "$" + code;
	}

	private static String _teachingKey(TeachingAssignment assignment) {
		return assignment.uai().value() + "\u0000" + assignment.teacherId() +
			"\u0000" + assignment.structureCode() + "\u0000" +
				assignment.subjectCode();
	}

	/**
	 * A person as an anomaly names them: their name and directory identifier, which the merges page takes.
	 */
	private static String _who(Person person) {
		return person.displayName() + " (" + person.externalId() + ")";
	}

	private final LifecyclePolicy _lifecyclePolicy;
	private final OwnershipPolicy _ownershipPolicy;

	/**
	 * The actions, anomalies and after-state of one establishment while the plan is computed.
	 */
	private static final class Bucket {

		private Bucket(Uai uai) {
			_uai = uai;
		}

		private void _anomaly(
			AnomalyKind kind, String personId, AnomalyCode code,
			String... arguments) {

			_anomalies.add(
				new Anomaly(kind, _uai, personId, code, List.of(arguments)));
		}

		private final List<Anomaly> _anomalies = new ArrayList<>();
		private final Set<String> _classCodes = new HashSet<>();
		private Establishment _establishment;
		private final List<PlannedAction> _establishmentActions =
			new ArrayList<>();
		private final Set<String> _groupCodes = new HashSet<>();
		private final List<PlannedAction> _linkActions = new ArrayList<>();
		private final List<PlannedAction> _personActions = new ArrayList<>();
		private final Map<Profile, Integer> _profiles = new EnumMap<>(
			Profile.class);
		private int _relations;
		private final List<PlannedAction> _structureActions = new ArrayList<>();
		private int _teachingAssignments;
		private final Uai _uai;

	}

	/**
	 * One planning: the indexes of the directory and what the feed has matched so far.
	 */
	private final class Work {

		private Work(
			Source source, Set<Uai> covered, CurrentDirectory current,
			LocalDate today, int incoming) {

			_source = Objects.requireNonNull(source);
			_current = Objects.requireNonNull(current);
			_today = Objects.requireNonNull(today);

			for (Uai uai : covered) {
				_bucket(uai);
			}

			int size = _capacity(current.people().size() + incoming);

			_after = new HashMap<>(size);
			_idBySourceKey = new HashMap<>(size);
			_pupilIdByIne = new HashMap<>(size);
			_order = new ArrayList<>(current.people().size() + incoming);

			for (PersonRecord record : current.people()) {
				String id = record.externalId();

				_after.put(id, record);
				_order.add(id);
				_idBySourceKey.put(record.ownerKey(), id);

				for (SourceKey key : record.otherKeys()) {
					_idBySourceKey.put(key, id);
				}

				if ((record.person().profile() == Profile.PUPIL) &&
					record.person().ine().isPresent()) {

					_pupilIdByIne.putIfAbsent(record.person().ine().get(), id);
				}
			}

			_idByFeedId = new HashMap<>(size);
			_seen = new HashSet<>(size);
		}

		private void _absentPeople() {
			for (PersonRecord record : _current.people()) {
				String id = record.externalId();

				if (_seen.contains(id) ||
					!_ownershipPolicy.owns(record.person(), _source)) {

					continue;
				}

				PersonRecord next = null;
				ActionKind kind = null;

				Person person = record.person();
				LocalDate detachedOn = record.detachedOn().orElse(null);

				if (person.state() == PersonState.ACTIVE) {
					kind = ActionKind.DETACH;
					next = _record(record, PersonState.DETACHED, _today, null);
				}
				else if (detachedOn == null) {

					// Detached before the dates were kept: the absence counts from today. Suspended without a date: an
					// administrator suspended the account, not the absence, and it stays as they left it

					if (person.state() == PersonState.DETACHED) {
						kind = ActionKind.DETACH;
						next = _record(
							record, PersonState.DETACHED, _today, null);
					}
				}
				else if (_lifecyclePolicy.suspends(detachedOn, _today)) {
					boolean propose =
						record.deletionProposedOn().isEmpty() &&
						_lifecyclePolicy.proposesDeletion(detachedOn, _today);

					if (propose) {
						kind = ActionKind.DELETE_PROPOSED;
						next = _record(
							record, PersonState.SUSPENDED, detachedOn, _today);
					}
					else if (person.state() == PersonState.DETACHED) {
						kind = ActionKind.SUSPEND;
						next = _record(
							record, PersonState.SUSPENDED, detachedOn, null);
					}
				}

				if (next != null) {
					_after.put(id, next);
					_bucket(
						person.uai()
					)._personActions.add(
						PlannedAction.person(kind, record, next)
					);
				}
			}
		}

		private void _assignments(DirectorySnapshot snapshot) {
			Set<String> knownSubjects = new HashSet<>();

			for (Subject subject : _current.subjects()) {
				knownSubjects.add(subject.code());
			}

			for (Subject subject : snapshot.subjects()) {
				knownSubjects.add(subject.code());
			}

			Map<String, TeachingAssignment> currentAssignments = new HashMap<>(
				_capacity(_current.assignments().size()));

			for (TeachingAssignment assignment : _current.assignments()) {
				currentAssignments.put(_teachingKey(assignment), assignment);
			}

			List<TeachingAssignment> assignments = snapshot.assignments();

			Map<String, TeachingAssignment> feedAssignments =
				new LinkedHashMap<>(_capacity(assignments.size()));

			for (TeachingAssignment assignment : assignments) {
				String teacherId = _resolve(assignment.teacherId());

				Bucket bucket = _bucket(assignment.uai());

				if (teacherId == null) {
					bucket._anomaly(
						AnomalyKind.ASSIGNMENT_TO_UNKNOWN_TEACHER, null,
						AnomalyCode.ASSIGNMENT_TO_UNKNOWN_TEACHER,
						assignment.teacherId(), assignment.toString());

					continue;
				}

				TeachingAssignment translated = assignment;

				if (!teacherId.equals(assignment.teacherId())) {
					translated = new TeachingAssignment(
						assignment.uai(), teacherId, assignment.structureCode(),
						assignment.isGroup(), assignment.subjectCode(),
						assignment.headTeacher());
				}

				String key = _teachingKey(translated);

				if (!knownSubjects.contains(assignment.subjectCode()) &&
					!feedAssignments.containsKey(key)) {

					bucket._anomaly(
						AnomalyKind.UNKNOWN_SUBJECT, teacherId,
						AnomalyCode.UNKNOWN_SUBJECT, assignment.subjectCode(),
						translated.toString());
				}

				feedAssignments.put(key, translated);
			}

			Map<Uai, Integer> counts = new HashMap<>();

			for (Map.Entry<String, TeachingAssignment> entry :
					feedAssignments.entrySet()) {

				TeachingAssignment assignment = entry.getValue();
				TeachingAssignment stored = currentAssignments.get(
					entry.getKey());

				if (stored == null) {
					_bucket(
						assignment.uai()
					)._linkActions.add(
						PlannedAction.teachingAssignment(
							ActionKind.LINK, null, assignment)
					);
				}
				else if (!stored.equals(assignment)) {
					_bucket(
						assignment.uai()
					)._linkActions.add(
						PlannedAction.teachingAssignment(
							ActionKind.UPDATE, stored, assignment)
					);
				}

				counts.merge(assignment.uai(), 1, Integer::sum);
			}

			for (Map.Entry<String, TeachingAssignment> entry :
					currentAssignments.entrySet()) {

				if (feedAssignments.containsKey(entry.getKey())) {
					continue;
				}

				TeachingAssignment stored = entry.getValue();

				if (_listedByOwner(stored.teacherId())) {
					_bucket(
						stored.uai()
					)._linkActions.add(
						PlannedAction.teachingAssignment(
							ActionKind.UNLINK, stored, null)
					);
				}
				else {
					counts.merge(stored.uai(), 1, Integer::sum);
				}
			}

			for (Map.Entry<Uai, Integer> entry : counts.entrySet()) {
				_bucket(entry.getKey())._teachingAssignments = entry.getValue();
			}
		}

		private Bucket _bucket(Uai uai) {
			return _buckets.computeIfAbsent(uai, Bucket::new);
		}

		private String _create(Person incoming, SourceKey key) {
			String id = incoming.externalId();
			Set<SourceKey> otherKeys = Collections.emptySet();

			if (_after.containsKey(id)) {

				// Another source already uses this identifier for someone else: the directory names the newcomer after
				// its source, and remembers the feed's key

				id = _source.name() + ":" + id;
				otherKeys = Collections.singleton(key);
			}

			Person person = incoming;

			if (!id.equals(incoming.externalId()) ||
				(incoming.source() != _source) ||
				(incoming.state() != PersonState.ACTIVE)) {

				person = incoming.toBuilder(
				).externalId(
					id
				).source(
					_source
				).state(
					PersonState.ACTIVE
				).build();
			}

			PersonRecord created = new PersonRecord(
				person, null, null, otherKeys);

			_after.put(id, created);
			_order.add(id);
			_idBySourceKey.put(key, id);

			_bucket(
				incoming.uai()
			)._personActions.add(
				PlannedAction.person(ActionKind.CREATE, null, created)
			);

			return id;
		}

		private void _establishments(DirectorySnapshot snapshot) {
			Map<Uai, Establishment> stored = new HashMap<>();

			for (Establishment establishment : _current.establishments()) {
				stored.put(establishment.uai(), establishment);

				_bucket(establishment.uai())._establishment = establishment;
			}

			for (Establishment establishment : snapshot.establishments()) {
				Establishment before = stored.get(establishment.uai());
				Bucket bucket = _bucket(establishment.uai());

				bucket._establishment = establishment;

				if (before == null) {
					bucket._establishmentActions.add(
						PlannedAction.establishment(
							ActionKind.CREATE, null, establishment));
				}
				else if (!before.equals(establishment)) {
					bucket._establishmentActions.add(
						PlannedAction.establishment(
							ActionKind.UPDATE, before, establishment));
				}
			}
		}

		/**
		 * Whether the source owns this person and lists them in the feed: only then may the feed remove their links.
		 */
		private boolean _listedByOwner(String personId) {
			PersonRecord record = _after.get(personId);

			return (record != null) && _seen.contains(personId) &&
				_ownershipPolicy.owns(record.person(), _source);
		}

		/**
		 * Finds the pupil with the same INE, unless this source already knows them under another key (then the feed
		 * holds two records for one pupil, which the duplicate check reports) or another record of the feed matched
		 * them already.
		 */
		private String _matchByIne(Person incoming) {
			String id = _pupilIdByIne.get(incoming.ine().get());

			if ((id == null) || _seen.contains(id)) {
				return null;
			}

			PersonRecord record = _after.get(id);

			if (record.person().source() == _source) {
				return null;
			}

			for (SourceKey key : record.otherKeys()) {
				if (key.source() == _source) {
					return null;
				}
			}

			return id;
		}

		private List<PlannedAction> _nomenclature(DirectorySnapshot snapshot) {
			List<PlannedAction> actions = new ArrayList<>();

			Map<String, Level> levels = new HashMap<>();

			for (Level level : _current.levels()) {
				levels.put(level.mefCode(), level);
			}

			for (Level level : snapshot.levels()) {
				Level before = levels.get(level.mefCode());

				if (before == null) {
					actions.add(
						PlannedAction.level(ActionKind.CREATE, null, level));
				}
				else if (!before.equals(level)) {
					actions.add(
						PlannedAction.level(ActionKind.UPDATE, before, level));
				}
			}

			Map<String, Subject> subjects = new HashMap<>();

			for (Subject subject : _current.subjects()) {
				subjects.put(subject.code(), subject);
			}

			for (Subject subject : snapshot.subjects()) {
				Subject before = subjects.get(subject.code());

				if (before == null) {
					actions.add(
						PlannedAction.subject(
							ActionKind.CREATE, null, subject));
				}
				else if (!before.equals(subject)) {
					actions.add(
						PlannedAction.subject(
							ActionKind.UPDATE, before, subject));
				}
			}

			return actions;
		}

		private void _people(List<Person> people) {
			for (Person incoming : people) {
				SourceKey key = SourceKey.of(_source, incoming.externalId());

				String survivorId = _current.absorbedKeys(
				).get(
					key
				);

				if ((survivorId != null) && _after.containsKey(survivorId)) {

					// A duplicate an administrator merged: the feed still lists it, and the person it was merged into
					// stands for it, so the feed neither recreates it nor lets two records take turns updating one
					// person

					_seen.add(survivorId);
					_idByFeedId.put(incoming.externalId(), survivorId);

					continue;
				}

				String id = _idBySourceKey.get(key);

				if ((id == null) && (incoming.profile() == Profile.PUPIL) &&
					incoming.ine().isPresent()) {

					id = _matchByIne(incoming);
				}

				if (id == null) {
					id = _create(incoming, key);
				}
				else {
					_update(id, incoming, key);
				}

				_seen.add(id);
				_idByFeedId.put(incoming.externalId(), id);
			}
		}

		private List<EstablishmentPlan> _plans() {
			_summarisePeople();

			List<EstablishmentPlan> plans = new ArrayList<>(_buckets.size());

			for (Bucket bucket : _buckets.values()) {
				if (bucket._establishment == null) {

					// SIECLE and STSweb exports name the establishment by its UAI alone: it is created under a
					// provisional name rather than refusing the whole feed, and the administrator is told

					bucket._establishment = new Establishment(
						bucket._uai, "Établissement " + bucket._uai,
						EstablishmentKind.OTHER, "");

					bucket._establishmentActions.add(
						PlannedAction.establishment(
							ActionKind.CREATE, null, bucket._establishment));
					bucket._anomaly(
						AnomalyKind.ESTABLISHMENT_WITHOUT_NAME, null,
						AnomalyCode.ESTABLISHMENT_WITHOUT_NAME,
						bucket._uai.value());
				}

				List<PlannedAction> actions = new ArrayList<>(
					bucket._establishmentActions.size() +
						bucket._structureActions.size() +
							bucket._personActions.size() +
								bucket._linkActions.size());

				actions.addAll(bucket._establishmentActions);
				actions.addAll(bucket._structureActions);
				actions.addAll(bucket._personActions);
				actions.addAll(bucket._linkActions);

				plans.add(
					new EstablishmentPlan(
						bucket._uai, bucket._establishment, actions,
						bucket._anomalies,
						new DirectoryCounts(
							bucket._profiles, bucket._classCodes.size(),
							bucket._groupCodes.size(), bucket._relations,
							bucket._teachingAssignments)));
			}

			return plans;
		}

		private PersonRecord _record(
			PersonRecord record, PersonState state, LocalDate detachedOn,
			LocalDate deletionProposedOn) {

			return new PersonRecord(
				record.person(
				).toBuilder(
				).state(
					state
				).build(),
				detachedOn, deletionProposedOn, record.otherKeys());
		}

		private void _relations(DirectorySnapshot snapshot) {
			Map<String, ParentRelation> currentRelations = new HashMap<>(
				_capacity(_current.relations().size()));

			for (ParentRelation relation : _current.relations()) {
				currentRelations.put(_relationKey(relation), relation);
			}

			List<ParentRelation> relations = snapshot.relations();

			Map<String, ParentRelation> feedRelations = new LinkedHashMap<>(
				_capacity(relations.size()));

			for (ParentRelation relation : relations) {
				String parentId = _resolve(relation.parentId());
				String pupilId = _resolve(relation.pupilId());

				if ((parentId == null) || (pupilId == null)) {
					_bucket(
						relation.uai()
					)._anomaly(
						AnomalyKind.RELATION_TO_UNKNOWN_PERSON, pupilId,
						AnomalyCode.RELATION_TO_UNKNOWN_PERSON,
						(parentId == null) ? relation.parentId() :
							relation.pupilId(),
						relation.toString()
					);

					continue;
				}

				ParentRelation translated = relation;

				if (!parentId.equals(relation.parentId()) ||
					!pupilId.equals(relation.pupilId())) {

					translated = new ParentRelation(
						relation.uai(), parentId, pupilId,
						relation.legalLevel(), relation.kinshipCode());
				}

				feedRelations.put(_relationKey(translated), translated);
			}

			Map<Uai, Integer> counts = new HashMap<>();

			for (Map.Entry<String, ParentRelation> entry :
					feedRelations.entrySet()) {

				ParentRelation relation = entry.getValue();
				ParentRelation stored = currentRelations.get(entry.getKey());

				if (stored == null) {
					_bucket(
						relation.uai()
					)._linkActions.add(
						PlannedAction.relation(ActionKind.LINK, null, relation)
					);
				}
				else if (!stored.equals(relation)) {
					_bucket(
						relation.uai()
					)._linkActions.add(
						PlannedAction.relation(
							ActionKind.UPDATE, stored, relation)
					);
				}

				counts.merge(relation.uai(), 1, Integer::sum);
			}

			for (ParentRelation stored : _current.relations()) {
				String key = _relationKey(stored);

				if (feedRelations.containsKey(key)) {
					continue;
				}

				// A relation belongs to the source of its parent: SIECLE's responsables are not AAF's, so neither
				// feed removes what the other linked. And a pupil missing from the feed keeps their parents

				if (_listedByOwner(stored.parentId()) &&
					_seen.contains(stored.pupilId())) {

					_bucket(
						stored.uai()
					)._linkActions.add(
						PlannedAction.relation(ActionKind.UNLINK, stored, null)
					);
				}
				else {
					counts.merge(stored.uai(), 1, Integer::sum);
				}
			}

			for (Map.Entry<Uai, Integer> entry : counts.entrySet()) {
				_bucket(entry.getKey())._relations = entry.getValue();
			}
		}

		/**
		 * Returns the directory identifier of a person the feed names: a person of the feed, or one the directory knows
		 * under the source's key.
		 */
		private String _resolve(String feedId) {
			String id = _idByFeedId.get(feedId);

			if (id == null) {
				id = _idBySourceKey.get(SourceKey.of(_source, feedId));
			}

			return id;
		}

		private void _structures(DirectorySnapshot snapshot) {
			Map<String, SchoolClass> classes = new HashMap<>();

			for (SchoolClass schoolClass : _current.classes()) {
				classes.put(
					_structureKey(schoolClass.uai(), schoolClass.code()),
					schoolClass);

				_bucket(schoolClass.uai())._classCodes.add(schoolClass.code());
			}

			for (SchoolClass schoolClass : snapshot.classes()) {
				SchoolClass before = classes.get(
					_structureKey(schoolClass.uai(), schoolClass.code()));
				Bucket bucket = _bucket(schoolClass.uai());

				bucket._classCodes.add(schoolClass.code());

				if (before == null) {
					bucket._structureActions.add(
						PlannedAction.schoolClass(
							ActionKind.CREATE, null, schoolClass));
				}
				else if (!before.equals(schoolClass)) {
					bucket._structureActions.add(
						PlannedAction.schoolClass(
							ActionKind.UPDATE, before, schoolClass));
				}
			}

			Map<String, Group> groups = new HashMap<>();

			for (Group group : _current.groups()) {
				groups.put(_structureKey(group.uai(), group.code()), group);

				_bucket(group.uai())._groupCodes.add(group.code());
			}

			for (Group group : snapshot.groups()) {
				Group before = groups.get(
					_structureKey(group.uai(), group.code()));
				Bucket bucket = _bucket(group.uai());

				bucket._groupCodes.add(group.code());

				if (before == null) {
					bucket._structureActions.add(
						PlannedAction.group(ActionKind.CREATE, null, group));
				}
				else if (!before.equals(group)) {
					bucket._structureActions.add(
						PlannedAction.group(ActionKind.UPDATE, before, group));
				}
			}
		}

		/**
		 * Counts the active people of each establishment after the plan, and finds what an administrator must check
		 * about them.
		 */
		private void _summarisePeople() {
			Map<String, String> idByDuplicateKey = new HashMap<>(
				_capacity(_order.size()));
			Map<String, String> pupilIdByIne = new HashMap<>(
				_capacity(_order.size()));

			for (String id : _order) {
				PersonRecord record = _after.get(id);
				Person person = record.person();

				if (person.state() != PersonState.ACTIVE) {
					continue;
				}

				Bucket bucket = _buckets.get(person.uai());

				if (bucket == null) {
					continue;
				}

				bucket._profiles.merge(person.profile(), 1, Integer::sum);

				if (person.profile() == Profile.PUPIL) {
					if (person.classCode().isEmpty()) {
						bucket._anomaly(
							AnomalyKind.PUPIL_WITHOUT_CLASS, id,
							AnomalyCode.PUPIL_WITHOUT_CLASS, _who(person));
					}
					else if (!bucket._classCodes.contains(
								person.classCode().get())) {

						bucket._anomaly(
							AnomalyKind.PUPIL_IN_UNKNOWN_CLASS, id,
							AnomalyCode.PUPIL_IN_UNKNOWN_CLASS, _who(person),
							person.classCode().get());
					}

					if (person.ine().isPresent()) {
						String other = pupilIdByIne.putIfAbsent(
							person.ine().get(), id);

						if (other != null) {
							bucket._anomaly(
								AnomalyKind.DUPLICATE_SUSPECT, id,
								AnomalyCode.DUPLICATE_SAME_INE, _who(person),
								_who(_after.get(other).person()));
						}
					}
				}
				else if ((person.profile() == Profile.PARENT) &&
						 person.email().isEmpty()) {

					bucket._anomaly(
						AnomalyKind.PARENT_WITHOUT_EMAIL, id,
						AnomalyCode.PARENT_WITHOUT_EMAIL, _who(person));
				}

				String duplicateKey = _duplicateKey(person);

				if (duplicateKey != null) {
					String other = idByDuplicateKey.putIfAbsent(
						duplicateKey, id);

					if (other != null) {
						bucket._anomaly(
							AnomalyKind.DUPLICATE_SUSPECT, id,
							AnomalyCode.DUPLICATE_SAME_NAMES_AND_BIRTH_DATE,
							_who(person), _who(_after.get(other).person()));
					}
				}
			}
		}

		private void _update(String id, Person incoming, SourceKey key) {
			PersonRecord record = _after.get(id);
			Person stored = record.person();

			boolean owner = _ownershipPolicy.owns(stored, _source);

			Person merged = _ownershipPolicy.merge(stored, incoming, _source);

			Set<SourceKey> otherKeys = record.otherKeys();

			if (!key.equals(record.ownerKey()) && !otherKeys.contains(key)) {
				otherKeys = new LinkedHashSet<>(otherKeys);

				otherKeys.add(key);

				_idBySourceKey.put(key, id);
			}

			LocalDate detachedOn = record.detachedOn().orElse(null);
			LocalDate deletionProposedOn = record.deletionProposedOn().orElse(
				null);

			boolean restored = false;

			// Back in the owner's feed: active again, unless an administrator suspended the account themselves (a
			// suspension without a date of absence)

			if (owner && (detachedOn != null)) {
				merged = merged.toBuilder(
				).state(
					PersonState.ACTIVE
				).build();
				detachedOn = null;
				deletionProposedOn = null;
				restored = true;
			}
			else if (owner && (stored.state() == PersonState.DETACHED)) {
				merged = merged.toBuilder(
				).state(
					PersonState.ACTIVE
				).build();
				restored = true;
			}

			PersonRecord next = new PersonRecord(
				merged, detachedOn, deletionProposedOn, otherKeys);

			if (next.equals(record)) {
				return;
			}

			ActionKind kind = ActionKind.UPDATE;

			if (restored) {
				kind = ActionKind.RESTORE;
			}
			else if (_placementChanged(stored, merged)) {
				kind = ActionKind.MOVE;
			}

			_after.put(id, next);

			_bucket(
				merged.uai()
			)._personActions.add(
				PlannedAction.person(kind, record, next)
			);
		}

		private final Map<String, PersonRecord> _after;

		private final Map<Uai, Bucket> _buckets = new TreeMap<>();

		private final CurrentDirectory _current;

		private final Map<String, String> _idByFeedId;

		private final Map<SourceKey, String> _idBySourceKey;

		private final List<String> _order;

		private final Map<String, String> _pupilIdByIne;

		private final Set<String> _seen;

		private final Source _source;

		private final LocalDate _today;

	}

}
