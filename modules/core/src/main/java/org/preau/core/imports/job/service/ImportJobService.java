package org.preau.core.imports.job.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.preau.core.audit.service.Auditor;
import org.preau.core.directory.model.ImportRun;
import org.preau.core.directory.model.Source;
import org.preau.core.directory.model.Uai;
import org.preau.core.directory.port.out.ImportRuns;
import org.preau.core.imports.job.ImportJob;
import org.preau.core.imports.job.ImportJobInput;
import org.preau.core.imports.job.ImportJobRefusedException;
import org.preau.core.imports.job.ImportJobState;
import org.preau.core.imports.job.port.in.GetImportJobs;
import org.preau.core.imports.job.port.in.SubmitImportJob;
import org.preau.core.imports.job.port.out.ImportJobLauncher;
import org.preau.core.imports.job.port.out.ImportJobs;
import org.preau.core.imports.model.DirectorySnapshot;
import org.preau.core.imports.model.ImportReport;
import org.preau.core.imports.port.in.ImportCommand;
import org.preau.core.imports.port.in.ImportFeed;
import org.preau.core.security.Actor;

/**
 * Accepts imports to run in the background, one at a time per establishment, and runs them through the import use
 * case (which checks the rights on every establishment the feed covers and audits each run). A job imports only the
 * establishments it holds, so that the one-at-a-time rule means what it says.
 */
public class ImportJobService implements GetImportJobs, SubmitImportJob {

	public ImportJobService(
		ImportFeed importFeed, ImportJobs importJobs,
		ImportJobLauncher importJobLauncher, ImportRuns importRuns,
		Auditor auditor, Clock clock) {

		_importFeed = Objects.requireNonNull(importFeed);
		_importJobs = Objects.requireNonNull(importJobs);
		_importJobLauncher = Objects.requireNonNull(importJobLauncher);
		_importRuns = Objects.requireNonNull(importRuns);
		_auditor = Objects.requireNonNull(auditor);
		_clock = Objects.requireNonNull(clock);
	}

	/**
	 * Runs a queued job to its end, recording its progress; a job that is not queued any more is left as it is, so
	 * that a job handed twice to a worker runs once.
	 *
	 * @return the job as it ended
	 */
	public ImportJob execute(Actor actor, String id, ImportJobInput input) {
		ImportJob importJob = _importJobs.get(
			id
		).orElseThrow(
			() -> new IllegalArgumentException("no import job " + id)
		);

		if (importJob.state() != ImportJobState.QUEUED) {
			return importJob;
		}

		Instant startedAt = _clock.instant();

		try {
			importJob = _update(importJob.running(0));

			DirectorySnapshot directorySnapshot = input.read();

			Map<Source, DirectorySnapshot> bySource =
				directorySnapshot.bySource();

			if (bySource.isEmpty()) {
				throw new IllegalArgumentException(
					"the files describe nobody: nothing to import");
			}

			List<ImportCommand> importCommands = new ArrayList<>();

			for (Map.Entry<Source, DirectorySnapshot> entry :
					bySource.entrySet()) {

				ImportCommand importCommand =
					importJob.dryRun() ?
						ImportCommand.dryRun(entry.getValue(), entry.getKey()) :
							ImportCommand.apply(
								entry.getValue(), entry.getKey());

				for (Uai uai : importCommand.establishments()) {
					if (!importJob.uais().contains(uai)) {
						throw new IllegalArgumentException(
							"the files describe establishment " + uai +
								", not only " + importJob.uais());
					}
				}

				importCommands.add(importCommand);
			}

			importJob = _update(importJob.running(importCommands.size()));

			for (ImportCommand importCommand : importCommands) {
				ImportReport importReport = _importFeed.run(
					actor, importCommand);

				importJob = _update(importJob.progressed(importReport));
			}

			return _update(
				importJob.succeeded(
					_runIds(importJob, startedAt), _clock.instant()));
		}
		catch (RuntimeException runtimeException) {
			return _update(
				importJob.failed(
					String.valueOf(runtimeException.getMessage()),
					_clock.instant()));
		}
	}

	@Override
	public Optional<ImportJob> get(Actor actor, String id) {
		return _importJobs.get(
			id
		).filter(
			importJob -> {
				for (Uai uai : importJob.uais()) {
					if (actor.isAdministratorOf(uai)) {
						return true;
					}
				}

				return false;
			}
		);
	}

	@Override
	public List<ImportJob> ofEstablishment(Actor actor, Uai uai, int limit) {
		actor.requireAdministratorOf(uai);

		return _importJobs.ofEstablishment(uai, limit);
	}

	@Override
	public ImportJob submit(
		Actor actor, Uai uai, ImportJobInput importJobInput, boolean dryRun) {

		return _auditor.audit(
			actor, dryRun ? DRY_RUN_ACTION : ACTION,
			uai + " " + importJobInput.description(),
			() -> {
				actor.requireAdministratorOf(uai);

				ImportJob importJob = ImportJob.queued(
					UUID.randomUUID().toString(), Set.of(uai), actor.login(),
					importJobInput.description(), dryRun, _clock.instant());

				if (!_importJobs.addUnlessBusy(importJob)) {
					throw new ImportJobRefusedException(
						"an import of " + uai + " is already queued or running");
				}

				try {
					importJobInput.stage(importJob.id());

					_importJobLauncher.launch(
						importJob,
						() -> execute(actor, importJob.id(), importJobInput));
				}
				catch (RuntimeException runtimeException) {
					_update(
						importJob.failed(
							String.valueOf(runtimeException.getMessage()),
							_clock.instant()));

					throw runtimeException;
				}

				return importJob;
			});
	}

	public static final String ACTION = "imports.submit";

	public static final String DRY_RUN_ACTION = "imports.submit-dry-run";

	/**
	 * The runs the job's import recorded: the use case records one per establishment and source it applied, and no
	 * other import of these establishments ran meanwhile.
	 */
	private List<Long> _runIds(ImportJob importJob, Instant startedAt) {
		List<Long> runIds = new ArrayList<>();

		if (importJob.dryRun()) {
			return runIds;
		}

		for (Uai uai : importJob.uais()) {
			for (ImportRun importRun :
					_importRuns.history(uai, _MAX_RUNS_PER_JOB)) {

				if (importRun.actor().equals(importJob.actor()) &&
					!importRun.startedAt().isBefore(startedAt) &&
					!runIds.contains(importRun.id())) {

					runIds.add(importRun.id());
				}
			}
		}

		return runIds;
	}

	private ImportJob _update(ImportJob importJob) {
		_importJobs.update(importJob);

		return importJob;
	}

	private static final int _MAX_RUNS_PER_JOB = 50;

	private final Auditor _auditor;
	private final Clock _clock;
	private final ImportFeed _importFeed;
	private final ImportJobLauncher _importJobLauncher;
	private final ImportJobs _importJobs;
	private final ImportRuns _importRuns;

}
