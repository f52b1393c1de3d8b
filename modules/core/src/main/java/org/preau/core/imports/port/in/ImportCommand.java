package org.preau.core.imports.port.in;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

import org.preau.core.directory.model.Establishment;
import org.preau.core.directory.model.Group;
import org.preau.core.directory.model.ParentRelation;
import org.preau.core.directory.model.Person;
import org.preau.core.directory.model.SchoolClass;
import org.preau.core.directory.model.Source;
import org.preau.core.directory.model.TeachingAssignment;
import org.preau.core.directory.model.Uai;
import org.preau.core.imports.model.DirectorySnapshot;

/**
 * A complete feed to import: what it describes, the source it comes from, and whether to apply it or only report
 * what it would change. Refuses a feed that describes no establishment, and a source that is not a feed.
 */
public final class ImportCommand {

	public static ImportCommand apply(
		DirectorySnapshot snapshot, Source source) {

		return new ImportCommand(snapshot, source, false);
	}

	public static ImportCommand dryRun(
		DirectorySnapshot snapshot, Source source) {

		return new ImportCommand(snapshot, source, true);
	}

	public boolean dryRun() {
		return _dryRun;
	}

	/**
	 * The establishments the feed covers: those it describes and those its records belong to. Only their people may
	 * be detached by this feed, and the actor must administer every one of them.
	 */
	public Set<Uai> establishments() {
		return _uais;
	}

	public DirectorySnapshot snapshot() {
		return _snapshot;
	}

	public Source source() {
		return _source;
	}

	private ImportCommand(
		DirectorySnapshot snapshot, Source source, boolean dryRun) {

		_snapshot = Objects.requireNonNull(snapshot, "snapshot");
		_source = Objects.requireNonNull(source, "source");
		_dryRun = dryRun;

		if (source == Source.MANUAL) {
			throw new IllegalArgumentException(
				"people entered by hand are not a feed");
		}

		Set<Uai> uais = new LinkedHashSet<>();

		for (Establishment establishment : snapshot.establishments()) {
			uais.add(establishment.uai());
		}

		for (Person person : snapshot.people()) {
			uais.add(person.uai());
		}

		for (SchoolClass schoolClass : snapshot.classes()) {
			uais.add(schoolClass.uai());
		}

		for (Group group : snapshot.groups()) {
			uais.add(group.uai());
		}

		for (ParentRelation relation : snapshot.relations()) {
			uais.add(relation.uai());
		}

		for (TeachingAssignment assignment : snapshot.assignments()) {
			uais.add(assignment.uai());
		}

		if (uais.isEmpty()) {
			throw new IllegalArgumentException(
				"the feed describes no establishment");
		}

		_uais = Collections.unmodifiableSet(uais);
	}

	private final boolean _dryRun;
	private final DirectorySnapshot _snapshot;
	private final Source _source;
	private final Set<Uai> _uais;

}
