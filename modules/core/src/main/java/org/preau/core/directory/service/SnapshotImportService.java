package org.preau.core.directory.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

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
import org.preau.core.directory.model.Source;
import org.preau.core.directory.model.Subject;
import org.preau.core.directory.model.TeachingAssignment;
import org.preau.core.directory.model.Uai;
import org.preau.core.directory.port.in.ImportDirectorySnapshot;
import org.preau.core.directory.port.out.Establishments;
import org.preau.core.directory.port.out.ImportRuns;
import org.preau.core.directory.port.out.Links;
import org.preau.core.directory.port.out.People;
import org.preau.core.directory.port.out.Structures;
import org.preau.core.imports.model.DirectorySnapshot;
import org.preau.core.security.Actor;

public class SnapshotImportService implements ImportDirectorySnapshot {

	public SnapshotImportService(
		Establishments establishments, People people, Structures structures,
		Links links, ImportRuns importRuns, Transactions transactions,
		Auditor auditor, Clock clock) {

		_establishments = Objects.requireNonNull(establishments);
		_people = Objects.requireNonNull(people);
		_structures = Objects.requireNonNull(structures);
		_links = Objects.requireNonNull(links);
		_importRuns = Objects.requireNonNull(importRuns);
		_transactions = Objects.requireNonNull(transactions);
		_auditor = Objects.requireNonNull(auditor);
		_clock = Objects.requireNonNull(clock);
	}

	@Override
	public List<ImportRun> apply(
		Actor actor, DirectorySnapshot snapshot, Source source) {

		Set<Uai> uais = new LinkedHashSet<>();

		for (Establishment establishment : snapshot.establishments()) {
			uais.add(establishment.uai());
		}

		for (Person person : snapshot.people()) {
			uais.add(person.uai());
		}

		return _auditor.audit(
			actor, ACTION, uais.toString(),
			() -> {
				for (Uai uai : uais) {
					actor.requireAdministratorOf(uai);
				}

				_transactions.inTransaction(
					() -> {
						for (Level level : snapshot.levels()) {
							_structures.saveLevel(level);
						}

						for (Subject subject : snapshot.subjects()) {
							_structures.saveSubject(subject);
						}

						return null;
					});

				List<ImportRun> runs = new ArrayList<>();

				for (Uai uai : uais) {
					runs.add(
						_transactions.inTransaction(
							() -> _applyEstablishment(
								actor, snapshot, source, uai)));
				}

				return runs;
			});
	}

	public static final String ACTION = "directory.import";

	private ImportRun _applyEstablishment(
		Actor actor, DirectorySnapshot snapshot, Source source, Uai uai) {

		ImportRun run = new ImportRun(
			0, uai, source, actor.login(), _clock.instant(), null,
			ImportRunStatus.RUNNING, 0, "");

		int records = 0;

		for (Establishment establishment : snapshot.establishments()) {
			if (establishment.uai().equals(uai)) {
				_establishments.save(establishment);
				records++;
			}
		}

		if (_establishments.find(uai).isEmpty()) {
			throw new IllegalArgumentException(
				"the feed names establishment " + uai +
					" but does not describe it");
		}

		for (SchoolClass schoolClass : snapshot.classes()) {
			if (schoolClass.uai().equals(uai)) {
				_structures.saveClass(schoolClass);
				records++;
			}
		}

		for (Group group : snapshot.groups()) {
			if (group.uai().equals(uai)) {
				_structures.saveGroup(group);
				records++;
			}
		}

		int people = 0;

		for (Person person : snapshot.people()) {
			if (person.uai().equals(uai)) {
				_people.save(person);
				people++;
			}
		}

		records += people;

		int relations = 0;

		for (ParentRelation relation : snapshot.relations()) {
			if (relation.uai().equals(uai)) {
				_links.saveRelation(relation);
				relations++;
			}
		}

		int assignments = 0;

		for (TeachingAssignment assignment : snapshot.assignments()) {
			if (assignment.uai().equals(uai)) {
				_links.saveTeachingAssignment(assignment);
				assignments++;
			}
		}

		records += relations + assignments;

		return _importRuns.save(
			new ImportRun(
				run.id(), uai, source, actor.login(), run.startedAt(),
				_clock.instant(), ImportRunStatus.SUCCEEDED, records,
				people + " people, " + relations + " relations, " +
					assignments + " teaching assignments"));
	}

	private final Auditor _auditor;
	private final Clock _clock;
	private final Establishments _establishments;
	private final ImportRuns _importRuns;
	private final Links _links;
	private final People _people;
	private final Structures _structures;
	private final Transactions _transactions;

}
