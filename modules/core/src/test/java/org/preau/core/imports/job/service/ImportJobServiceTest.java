package org.preau.core.imports.job.service;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

import org.preau.core.audit.model.AuditEvent;
import org.preau.core.audit.model.Outcome;
import org.preau.core.audit.port.out.AuditLog;
import org.preau.core.audit.service.Auditor;
import org.preau.core.directory.model.Establishment;
import org.preau.core.directory.model.EstablishmentKind;
import org.preau.core.directory.model.ImportRun;
import org.preau.core.directory.model.ImportRunStatus;
import org.preau.core.directory.model.Person;
import org.preau.core.directory.model.Profile;
import org.preau.core.directory.model.Source;
import org.preau.core.directory.model.Uai;
import org.preau.core.directory.port.out.ImportRuns;
import org.preau.core.imports.job.ImportJob;
import org.preau.core.imports.job.ImportJobInput;
import org.preau.core.imports.job.ImportJobRefusedException;
import org.preau.core.imports.job.ImportJobState;
import org.preau.core.imports.model.DirectorySnapshot;
import org.preau.core.imports.model.ImportReport;
import org.preau.core.security.AccessDeniedException;
import org.preau.core.security.Actor;
import org.preau.core.security.AdminGrant;

public class ImportJobServiceTest {

	@Test
	public void givenActorWhoDoesNotAdministerTheEstablishment_whenSubmitted_thenDeniedAuditedAndNothingQueued() {
		Actor stranger = Actor.of(
			"stranger", "Stranger",
			Set.of(AdminGrant.establishment(Uai.of("0310002B"))));

		Assertions.assertThrows(
			AccessDeniedException.class,
			() -> _importJobService.submit(
				stranger, _UAI, _input(_snapshot(_UAI)), true));

		Assertions.assertTrue(_work.isEmpty());
		Assertions.assertTrue(_importJobs.ofEstablishment(_UAI, 10).isEmpty());
		Assertions.assertEquals(Outcome.DENIED, _lastEvent().outcome());
	}

	@Test
	public void givenAppliedImport_whenItSucceeds_thenItLinksTheRunsItRecorded() {
		ImportJob importJob = _importJobService.submit(
			_actor, _UAI, _input(_snapshot(_UAI)), false);

		_runAll();

		ImportJob done = _importJobs.get(importJob.id()).orElseThrow();

		Assertions.assertEquals(ImportJobState.SUCCEEDED, done.state());
		Assertions.assertEquals(List.of(7L, 8L), done.runIds());
		Assertions.assertFalse(done.reports().get(0).dryRun());
	}

	@Test
	public void givenFeedOfAnotherEstablishment_whenRun_thenFailedAndNothingImported() {
		ImportJob importJob = _importJobService.submit(
			_actor, _UAI, _input(_snapshot(Uai.of("0310002B"))), false);

		_runAll();

		ImportJob done = _importJobs.get(importJob.id()).orElseThrow();

		Assertions.assertEquals(ImportJobState.FAILED, done.state());
		Assertions.assertTrue(
			done.errorMessage().orElseThrow().contains("0310002B"));
		Assertions.assertEquals(0, _importedCommands);
	}

	@Test
	public void givenQueuedJob_whenASecondIsSubmittedForTheSameEstablishment_thenItIsRefusedUntilTheFirstEnds() {
		_importJobService.submit(_actor, _UAI, _input(_snapshot(_UAI)), true);

		ImportJobRefusedException importJobRefusedException =
			Assertions.assertThrows(
				ImportJobRefusedException.class,
				() -> _importJobService.submit(
					_actor, _UAI, _input(_snapshot(_UAI)), true));

		Assertions.assertTrue(
			importJobRefusedException.getMessage().contains("0310001A"));
		Assertions.assertEquals(Outcome.FAILURE, _lastEvent().outcome());
		Assertions.assertEquals(1, _work.size());

		_runAll();

		_importJobService.submit(_actor, _UAI, _input(_snapshot(_UAI)), true);

		Assertions.assertEquals(1, _work.size());
	}

	@Test
	public void givenRefusedFeed_whenRun_thenFailedWithItsLocatedReason() {
		ImportJob importJob = _importJobService.submit(
			_actor, _UAI,
			new Input(
				() -> {
					throw new IllegalArgumentException("Eleve.xml:3:7: DTD");
				}),
			true);

		_runAll();

		ImportJob done = _importJobs.get(importJob.id()).orElseThrow();

		Assertions.assertEquals(ImportJobState.FAILED, done.state());
		Assertions.assertEquals(
			Optional.of("Eleve.xml:3:7: DTD"), done.errorMessage());
		Assertions.assertTrue(done.finishedAt().isPresent());
	}

	@Test
	public void givenSubmittedDryRun_whenTheLauncherRunsIt_thenItSucceedsWithOneReportPerSource() {
		ImportJob importJob = _importJobService.submit(
			_actor, _UAI, _input(_snapshot(_UAI)), true);

		Assertions.assertEquals(ImportJobState.QUEUED, importJob.state());
		Assertions.assertEquals(List.of(importJob.id()), _staged);
		Assertions.assertEquals(
			ImportJobService.DRY_RUN_ACTION, _lastEvent().action());

		_runAll();

		ImportJob done = _importJobService.get(
			_actor, importJob.id()
		).orElseThrow();

		Assertions.assertEquals(ImportJobState.SUCCEEDED, done.state());
		Assertions.assertEquals(2, done.sourcesTotal());
		Assertions.assertEquals(2, done.sourcesDone());
		Assertions.assertEquals(2, done.reports().size());
		Assertions.assertTrue(done.runIds().isEmpty());
		Assertions.assertTrue(
			_importJobService.get(
				Actor.of(
					"stranger", "Stranger",
					Set.of(AdminGrant.establishment(Uai.of("0310002B")))),
				importJob.id()
			).isEmpty());
	}

	@Test
	public void givenTooManyFinishedJobs_thenTheOldestAreForgottenButNotTheActiveOnes() {
		MemoryImportJobs memoryImportJobs = new MemoryImportJobs(1);

		ImportJob active = ImportJob.queued(
			"a", Set.of(_UAI), "admin", "", true, _NOW);

		memoryImportJobs.addUnlessBusy(active);

		for (String id : List.of("b", "c")) {
			ImportJob importJob = ImportJob.queued(
				id, Set.of(Uai.of("0310002B")), "admin", "", true, _NOW);

			Assertions.assertTrue(memoryImportJobs.addUnlessBusy(importJob));

			memoryImportJobs.update(importJob.failed("stop", _NOW));
		}

		Assertions.assertTrue(memoryImportJobs.get("a").isPresent());
		Assertions.assertTrue(memoryImportJobs.get("b").isEmpty());
		Assertions.assertTrue(memoryImportJobs.get("c").isPresent());
	}

	private Input _input(DirectorySnapshot directorySnapshot) {
		return new Input(() -> directorySnapshot);
	}

	private AuditEvent _lastEvent() {
		return _events.get(_events.size() - 1);
	}

	private void _runAll() {
		List<Runnable> work = new ArrayList<>(_work);

		_work.clear();

		work.forEach(Runnable::run);
	}

	private DirectorySnapshot _snapshot(Uai uai) {
		DirectorySnapshot directorySnapshot = new DirectorySnapshot();

		directorySnapshot.establishment(
			new Establishment(
				uai, "Collège", EstablishmentKind.COLLEGE, "Toulouse"));

		for (Source source : List.of(Source.SIECLE, Source.STS)) {
			directorySnapshot.person(
				Person.builder(
				).externalId(
					source + "-1"
				).firstName(
					"Prénom"
				).lastName(
					"Nom"
				).profile(
					Profile.TEACHER
				).source(
					source
				).uai(
					uai
				).build());
		}

		return directorySnapshot;
	}

	private static final Instant _NOW = Instant.parse("2026-09-15T08:00:00Z");

	private static final Uai _UAI = Uai.of("0310001A");

	private final Actor _actor = Actor.of(
		"admin", "Admin", Set.of(AdminGrant.establishment(_UAI)));
	private final List<AuditEvent> _events = new ArrayList<>();
	private int _importedCommands;
	private final MemoryImportJobs _importJobs = new MemoryImportJobs(100);
	private final List<ImportRun> _importRuns = new ArrayList<>();
	private final List<String> _staged = new ArrayList<>();
	private final List<Runnable> _work = new ArrayList<>();
	private final ImportJobService _importJobService = new ImportJobService(
		(actor, command) -> {
			_importedCommands++;

			if (!command.dryRun()) {
				_importRuns.add(
					new ImportRun(
						7 + _importRuns.size(), _UAI, command.source(), actor.login(), _NOW, _NOW,
						ImportRunStatus.SUCCEEDED, 1, "create 1"));
			}

			return new ImportReport(
				command.source(), command.dryRun(), Map.of(), List.of(),
				List.of());
		},
		_importJobs, (importJob, work) -> _work.add(work),
		new ImportRuns() {

			@Override
			public List<ImportRun> history(Uai uai, int limit) {
				return List.copyOf(_importRuns);
			}

			@Override
			public Optional<ImportRun> latest(Uai uai) {
				return Optional.empty();
			}

			@Override
			public ImportRun save(ImportRun importRun) {
				return importRun;
			}

		},
		new Auditor(
			new AuditLog() {

				@Override
				public List<AuditEvent> latest(int limit) {
					return _events;
				}

				@Override
				public void record(AuditEvent event) {
					_events.add(event);
				}

			},
			Clock.fixed(_NOW, ZoneOffset.UTC)),
		Clock.fixed(_NOW, ZoneOffset.UTC));

	private class Input implements ImportJobInput {

		@Override
		public String description() {
			return "files";
		}

		@Override
		public DirectorySnapshot read() {
			return _reader.get();
		}

		@Override
		public void stage(String jobId) {
			_staged.add(jobId);
		}

		private Input(Supplier<DirectorySnapshot> reader) {
			_reader = reader;
		}

		private final Supplier<DirectorySnapshot> _reader;

	}

}
