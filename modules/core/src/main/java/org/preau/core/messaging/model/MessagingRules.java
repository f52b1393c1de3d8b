package org.preau.core.messaging.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.preau.core.directory.model.Uai;

/**
 * What the schools have decided about messaging: to whom of their pupils external e-mail is open, and which schools
 * are linked as a cité scolaire.
 */
public final class MessagingRules {

	public MessagingRules(
		Collection<ExternalMailOpening> openings,
		Collection<Set<Uai>> linkedSchools) {

		_openings = List.copyOf(openings);
		_linkedSchools = List.copyOf(linkedSchools);
	}

	public List<Set<Uai>> linkedSchools() {
		return _linkedSchools;
	}

	/**
	 * The schools linked to this one.
	 */
	public List<Uai> linkedTo(Uai uai) {
		List<Uai> linked = new ArrayList<>();

		for (Set<Uai> pair : _linkedSchools) {
			if (pair.contains(uai)) {
				for (Uai other : pair) {
					if (!other.equals(uai) && !linked.contains(other)) {
						linked.add(other);
					}
				}
			}
		}

		return linked;
	}

	public List<ExternalMailOpening> openings() {
		return _openings;
	}

	/**
	 * The openings of one school.
	 */
	public List<ExternalMailOpening> openings(Uai uai) {
		List<ExternalMailOpening> openings = new ArrayList<>();

		for (ExternalMailOpening opening : _openings) {
			if (opening.uai().equals(uai)) {
				openings.add(opening);
			}
		}

		return openings;
	}

	private final List<Set<Uai>> _linkedSchools;
	private final List<ExternalMailOpening> _openings;

}
