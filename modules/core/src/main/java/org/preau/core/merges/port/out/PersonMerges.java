package org.preau.core.merges.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.preau.core.directory.model.Uai;
import org.preau.core.merges.model.PersonMerge;

/**
 * Where merges are applied and kept. Each call is one transaction: it changes everything or nothing.
 */
public interface PersonMerges {

	Optional<PersonMerge> find(long mergeId);

	/**
	 * Makes the absorbed person part of the survivor: the survivor takes the absorbed person's source keys (which a
	 * feed may still list: they then stand for the survivor), links, groups and functions; the absorbed person leaves
	 * the directory, their login staying theirs. What this changes is kept for {@link #unmerge}.
	 *
	 * @throws IllegalArgumentException if a person is unknown, not of the establishment, of another profile, or if the
	 *         absorbed person is the survivor of a merge not undone
	 */
	PersonMerge merge(
		Uai uai, String survivorId, String absorbedId, String actor,
		Instant mergedAt);

	List<PersonMerge> ofEstablishment(Uai uai, int limit);

	/**
	 * Gives back both persons as they were before the merge; the survivor keeps what imports changed since.
	 *
	 * @throws IllegalArgumentException if there is no such merge, it was undone, or the absorbed person's identifier
	 *         is in the directory again
	 */
	PersonMerge unmerge(long mergeId, Instant undoneAt);

}
