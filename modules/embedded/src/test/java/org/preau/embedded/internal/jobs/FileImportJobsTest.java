package org.preau.embedded.internal.jobs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.preau.core.directory.model.Uai;
import org.preau.core.imports.job.ImportJob;
import org.preau.core.imports.job.ImportJobState;

/**
 * The job folders on disk: kept across starts, and pruned past the retention (older than its days and not among its
 * latest jobs), never while a job is queued or running.
 */
public class FileImportJobsTest {

	@Test
	public void givenFinishedJobsPastTheRetention_whenTheRuntimeStarts_thenOnlyTheirFoldersGo() {
		List<String> ids = new ArrayList<>();

		for (int daysAgo : new int[] {90, 60, 45, 10, 1}) {
			ids.add(_finishedJob(Uai.of("0310001A"), daysAgo));
		}

		String interrupted = _job(Uai.of("0310002B"), 100);

		FileImportJobs fileImportJobs = new FileImportJobs(
			_tempDir, _clock(0), 30, 3);

		Assertions.assertFalse(Files.exists(_tempDir.resolve(ids.get(0))));
		Assertions.assertFalse(Files.exists(_tempDir.resolve(ids.get(1))));
		Assertions.assertTrue(
			Files.exists(_tempDir.resolve(ids.get(2))),
			"among the three latest jobs, however old");
		Assertions.assertTrue(Files.exists(_tempDir.resolve(ids.get(3))));
		Assertions.assertTrue(Files.exists(_tempDir.resolve(ids.get(4))));
		Assertions.assertTrue(fileImportJobs.get(ids.get(0)).isEmpty());
		Assertions.assertEquals(
			ImportJobState.SUCCEEDED,
			fileImportJobs.get(
				ids.get(4)
			).get(
			).state());
		Assertions.assertFalse(
			Files.exists(_tempDir.resolve(interrupted)),
			"recorded as interrupted at the start, then old and finished");
	}

	@Test
	public void givenManyRecentJobs_whenOneEnds_thenNoneIsPrunedBeforeItsDays() {
		List<String> ids = new ArrayList<>();

		for (int i = 0; i < 4; i++) {
			ids.add(_finishedJob(Uai.of("0310001A"), 5));
		}

		FileImportJobs fileImportJobs = new FileImportJobs(
			_tempDir, _clock(0), 30, 1);

		ImportJob importJob = ImportJob.queued(
			UUID.randomUUID().toString(), Set.of(Uai.of("0310001A")), "admin",
			"eleves.csv", true, _clock(0).instant());

		fileImportJobs.addUnlessBusy(importJob);
		fileImportJobs.update(
			importJob.succeeded(List.of(), _clock(0).instant()));

		for (String id : ids) {
			Assertions.assertTrue(Files.exists(_tempDir.resolve(id)), id);
		}
	}

	@Test
	public void givenOldJobs_whenAJobEnds_thenTheFoldersPastTheRetentionGo() {
		String old = _finishedJob(Uai.of("0310001A"), 40);

		FileImportJobs fileImportJobs = new FileImportJobs(
			_tempDir, _clock(0), 30, 1);

		Assertions.assertTrue(
			Files.exists(_tempDir.resolve(old)), "still the latest job");

		ImportJob importJob = ImportJob.queued(
			UUID.randomUUID().toString(), Set.of(Uai.of("0310001A")), "admin",
			"eleves.csv", true, _clock(0).instant());

		fileImportJobs.addUnlessBusy(importJob);

		Assertions.assertTrue(
			Files.exists(_tempDir.resolve(old)),
			"a queued job does not prune");

		fileImportJobs.update(
			importJob.failed("refused", _clock(0).instant()));

		Assertions.assertFalse(Files.exists(_tempDir.resolve(old)));
		Assertions.assertTrue(
			Files.exists(_tempDir.resolve(importJob.id())));
	}

	@Test
	public void givenANegativeRetention_thenTheStoreIsRefused() {
		Assertions.assertThrows(
			IllegalArgumentException.class,
			() -> new FileImportJobs(_tempDir, _clock(0), -1, 50));
	}

	private Clock _clock(int daysAgo) {
		return Clock.fixed(
			_NOW.minus(daysAgo, ChronoUnit.DAYS), ZoneOffset.UTC);
	}

	private String _finishedJob(Uai uai, int daysAgo) {
		FileImportJobs fileImportJobs = new FileImportJobs(
			_tempDir, _clock(daysAgo), 100000, 100000);

		ImportJob importJob = ImportJob.queued(
			UUID.randomUUID().toString(), Set.of(uai), "admin", "eleves.csv",
			true, _clock(daysAgo).instant());

		Assertions.assertTrue(fileImportJobs.addUnlessBusy(importJob));

		fileImportJobs.update(
			importJob.succeeded(List.of(), _clock(daysAgo).instant()));

		return importJob.id();
	}

	private String _job(Uai uai, int daysAgo) {
		FileImportJobs fileImportJobs = new FileImportJobs(
			_tempDir, _clock(daysAgo), 100000, 100000);

		ImportJob importJob = ImportJob.queued(
			UUID.randomUUID().toString(), Set.of(uai), "admin", "eleves.csv",
			true, _clock(daysAgo).instant());

		Assertions.assertTrue(fileImportJobs.addUnlessBusy(importJob));

		return importJob.id();
	}

	private static final Instant _NOW = Instant.parse("2026-11-27T10:00:00Z");

	@TempDir
	Path _tempDir;

}
