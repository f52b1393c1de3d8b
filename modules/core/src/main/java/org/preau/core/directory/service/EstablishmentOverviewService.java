package org.preau.core.directory.service;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;

import org.preau.core.audit.service.Auditor;
import org.preau.core.directory.model.Establishment;
import org.preau.core.directory.model.EstablishmentOverview;
import org.preau.core.directory.model.Uai;
import org.preau.core.directory.port.in.GetEstablishmentOverview;
import org.preau.core.directory.port.out.CountDirectory;
import org.preau.core.directory.port.out.Establishments;
import org.preau.core.directory.port.out.ImportRuns;
import org.preau.core.security.Actor;

public class EstablishmentOverviewService implements GetEstablishmentOverview {

	public EstablishmentOverviewService(
		Establishments establishments, CountDirectory countDirectory,
		ImportRuns importRuns, Auditor auditor) {

		_establishments = Objects.requireNonNull(establishments);
		_countDirectory = Objects.requireNonNull(countDirectory);
		_importRuns = Objects.requireNonNull(importRuns);
		_auditor = Objects.requireNonNull(auditor);
	}

	@Override
	public List<Establishment> administeredBy(Actor actor) {
		List<Establishment> administered = new ArrayList<>();

		for (Establishment establishment : _establishments.list()) {
			if (actor.isAdministratorOf(establishment.uai())) {
				administered.add(establishment);
			}
		}

		return administered;
	}

	@Override
	public EstablishmentOverview overview(Actor actor, Uai uai) {
		return _auditor.audit(
			actor, ACTION, uai.value(),
			() -> {
				actor.requireAdministratorOf(uai);

				Establishment establishment = _establishments.find(
					uai
				).orElseThrow(
					() -> new NoSuchElementException(
						"no establishment " + uai)
				);

				return new EstablishmentOverview(
					establishment, _countDirectory.counts(uai),
					_importRuns.latest(uai).orElse(null));
			});
	}

	public static final String ACTION = "directory.view-overview";

	private final Auditor _auditor;
	private final CountDirectory _countDirectory;
	private final Establishments _establishments;
	private final ImportRuns _importRuns;

}
