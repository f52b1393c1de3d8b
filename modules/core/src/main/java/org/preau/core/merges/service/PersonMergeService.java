package org.preau.core.merges.service;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

import org.preau.core.audit.service.Auditor;
import org.preau.core.directory.model.Uai;
import org.preau.core.merges.model.PersonMerge;
import org.preau.core.merges.port.in.GetPersonMerges;
import org.preau.core.merges.port.in.MergeCommand;
import org.preau.core.merges.port.in.MergePeople;
import org.preau.core.merges.port.in.UnmergePeople;
import org.preau.core.merges.port.out.PersonMerges;
import org.preau.core.security.Actor;

/**
 * Merges and unmerges people of an establishment for those who administer it, each action audited.
 */
public class PersonMergeService
	implements GetPersonMerges, MergePeople, UnmergePeople {

	public PersonMergeService(
		PersonMerges personMerges, Auditor auditor, Clock clock) {

		_personMerges = Objects.requireNonNull(personMerges);
		_auditor = Objects.requireNonNull(auditor);
		_clock = Objects.requireNonNull(clock);
	}

	@Override
	public PersonMerge merge(Actor actor, MergeCommand mergeCommand) {
		return _auditor.audit(
			actor, MERGE_ACTION, mergeCommand.toString(),
			() -> {
				actor.requireAdministratorOf(mergeCommand.uai());

				return _personMerges.merge(
					mergeCommand.uai(), mergeCommand.survivorId(),
					mergeCommand.absorbedId(), actor.login(),
					_clock.instant());
			});
	}

	@Override
	public List<PersonMerge> ofEstablishment(Actor actor, Uai uai, int limit) {
		actor.requireAdministratorOf(uai);

		return _personMerges.ofEstablishment(uai, limit);
	}

	@Override
	public PersonMerge unmerge(Actor actor, long mergeId) {
		return _auditor.audit(
			actor, UNMERGE_ACTION, "merge " + mergeId,
			() -> {
				PersonMerge personMerge = _personMerges.find(
					mergeId
				).orElseThrow(
					() -> new IllegalArgumentException("no merge " + mergeId)
				);

				actor.requireAdministratorOf(personMerge.uai());

				return _personMerges.unmerge(mergeId, _clock.instant());
			});
	}

	public static final String MERGE_ACTION = "directory.merge-people";

	public static final String UNMERGE_ACTION = "directory.unmerge-people";

	private final Auditor _auditor;
	private final Clock _clock;
	private final PersonMerges _personMerges;

}
