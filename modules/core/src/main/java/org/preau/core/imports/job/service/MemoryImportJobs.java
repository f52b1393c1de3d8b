package org.preau.core.imports.job.service;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.preau.core.directory.model.Uai;
import org.preau.core.imports.job.ImportJob;
import org.preau.core.imports.job.port.out.ImportJobs;

/**
 * Import jobs kept in memory, for a host whose jobs run in its own process: the latest finished jobs are kept up to a
 * bound, and active jobs always.
 */
public class MemoryImportJobs implements ImportJobs {

	public MemoryImportJobs(int maxFinishedJobs) {
		_maxFinishedJobs = maxFinishedJobs;
	}

	@Override
	public synchronized boolean addUnlessBusy(ImportJob importJob) {
		for (ImportJob stored : _importJobs.values()) {
			if (!stored.state().isActive()) {
				continue;
			}

			for (Uai uai : importJob.uais()) {
				if (stored.uais().contains(uai)) {
					return false;
				}
			}
		}

		_importJobs.put(importJob.id(), importJob);

		_evict();

		return true;
	}

	@Override
	public synchronized Optional<ImportJob> get(String id) {
		return Optional.ofNullable(_importJobs.get(id));
	}

	@Override
	public synchronized List<ImportJob> ofEstablishment(Uai uai, int limit) {
		List<ImportJob> importJobs = new ArrayList<>();

		for (ImportJob importJob : _importJobs.values()) {
			if (importJob.uais().contains(uai)) {
				importJobs.add(0, importJob);
			}
		}

		return List.copyOf(
			importJobs.subList(0, Math.min(limit, importJobs.size())));
	}

	/**
	 * Records the job's new state, whether or not this memory knew the job: a host whose jobs may run on another node
	 * than the one they were submitted on (or after a restart) keeps here the jobs it runs, whose establishments its
	 * own lock already holds.
	 */
	public synchronized void record(ImportJob importJob) {
		_importJobs.put(importJob.id(), importJob);

		_evict();
	}

	@Override
	public synchronized void update(ImportJob importJob) {
		if (!_importJobs.containsKey(importJob.id())) {
			throw new IllegalArgumentException(
				"no import job " + importJob.id());
		}

		_importJobs.put(importJob.id(), importJob);

		_evict();
	}

	private void _evict() {
		int finished = 0;

		for (ImportJob importJob : _importJobs.values()) {
			if (!importJob.state().isActive()) {
				finished++;
			}
		}

		Iterator<ImportJob> iterator = _importJobs.values().iterator();

		while ((finished > _maxFinishedJobs) && iterator.hasNext()) {
			if (!iterator.next().state().isActive()) {
				iterator.remove();

				finished--;
			}
		}
	}

	private final Map<String, ImportJob> _importJobs = new LinkedHashMap<>();
	private final int _maxFinishedJobs;

}
