package org.preau.core.imports.service;

import java.util.List;
import java.util.Objects;

import org.preau.core.directory.model.ImportRun;
import org.preau.core.directory.model.Uai;
import org.preau.core.directory.port.out.ImportRuns;
import org.preau.core.imports.port.in.ImportHistory;
import org.preau.core.security.Actor;

public class ImportHistoryService implements ImportHistory {

	public ImportHistoryService(ImportRuns importRuns) {
		_importRuns = Objects.requireNonNull(importRuns);
	}

	@Override
	public List<ImportRun> history(Actor actor, Uai uai, int limit) {
		if ((limit < 1) || (limit > MAX_LIMIT)) {
			throw new IllegalArgumentException(
				"the limit " + limit + " is not from 1 to " + MAX_LIMIT);
		}

		actor.requireAdministratorOf(uai);

		return _importRuns.history(uai, limit);
	}

	private final ImportRuns _importRuns;

}
