package org.preau.bench.feeds;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.preau.core.directory.model.Establishment;
import org.preau.core.directory.model.Group;
import org.preau.core.directory.model.Level;
import org.preau.core.directory.model.ParentRelation;
import org.preau.core.directory.model.Person;
import org.preau.core.directory.model.SchoolClass;
import org.preau.core.directory.model.Subject;
import org.preau.core.directory.model.TeachingAssignment;
import org.preau.core.directory.model.Uai;
import org.preau.core.imports.model.DirectorySnapshot;
import org.preau.core.imports.model.ImportSink;

/**
 * Gathers the records of one share of the establishments, chosen by their UAI, into one snapshot per establishment;
 * the académie's levels and subjects go with the first establishment of the first share, since a feed must describe
 * an establishment. An AAF export lists its establishments before anything else.
 *
 * <p>
 * The import use cases take a snapshot held in memory, and an AAF export lists an establishment's people in several
 * files, so an académie that does not fit in the heap is imported in shares, one read of the whole export per share.
 * Within a share, each establishment is imported by a run of its own: the use case writes one transaction per
 * establishment anyway, and a run plans only one establishment, so the heap holds one plan beside the share's records.
 * </p>
 */
final class EstablishmentSnapshots implements ImportSink {

	EstablishmentSnapshots(int share, int shares) {
		if ((share < 0) || (share >= shares)) {
			throw new IllegalArgumentException(
				"share " + share + " is not one of " + shares);
		}

		_share = share;
		_shares = shares;
	}

	@Override
	public void establishment(Establishment establishment) {
		if (_takes(establishment.uai())) {
			_snapshot(establishment.uai()).establishment(establishment);
		}
	}

	@Override
	public void group(Group group) {
		if (_takes(group.uai())) {
			_snapshot(group.uai()).group(group);
		}
	}

	@Override
	public void level(Level level) {
		if (_share == 0) {
			_first().level(level);
		}
	}

	@Override
	public void person(Person person) {
		if (_takes(person.uai())) {
			_snapshot(person.uai()).person(person);

			_people++;
		}
	}

	@Override
	public void relation(ParentRelation relation) {
		if (_takes(relation.uai())) {
			_snapshot(relation.uai()).relation(relation);
		}
	}

	@Override
	public void schoolClass(SchoolClass schoolClass) {
		if (_takes(schoolClass.uai())) {
			_snapshot(schoolClass.uai()).schoolClass(schoolClass);
		}
	}

	@Override
	public void subject(Subject subject) {
		if (_share == 0) {
			_first().subject(subject);
		}
	}

	@Override
	public void teachingAssignment(TeachingAssignment teachingAssignment) {
		if (_takes(teachingAssignment.uai())) {
			_snapshot(teachingAssignment.uai()).teachingAssignment(teachingAssignment);
		}
	}

	/**
	 * The snapshots of the share's establishments, in the order the export first names them.
	 */
	Collection<DirectorySnapshot> establishments() {
		return Collections.unmodifiableCollection(_snapshots.values());
	}

	long people() {
		return _people;
	}

	private DirectorySnapshot _first() {
		if (_snapshots.isEmpty()) {
			throw new IllegalStateException(
				"levels and subjects come before any establishment of the " +
					"share");
		}

		return _snapshots.values().iterator().next();
	}

	private DirectorySnapshot _snapshot(Uai uai) {
		return _snapshots.computeIfAbsent(
			uai.value(), value -> new DirectorySnapshot());
	}

	private boolean _takes(Uai uai) {
		return Math.floorMod(uai.value().hashCode(), _shares) == _share;
	}

	private long _people;
	private final int _share;
	private final int _shares;
	private final Map<String, DirectorySnapshot> _snapshots =
		new LinkedHashMap<>();

}
