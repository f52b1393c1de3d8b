package org.preau.embedded;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.preau.core.directory.model.Uai;
import org.preau.core.imports.job.ImportJob;
import org.preau.core.imports.job.ImportJobInput;
import org.preau.core.imports.job.ImportJobRefusedException;
import org.preau.core.imports.job.ImportJobState;
import org.preau.core.imports.model.DirectorySnapshot;
import org.preau.core.security.Actor;
import org.preau.core.security.AdminGrant;
import org.preau.feeds.generator.FeedGenerator;
import org.preau.feeds.generator.GeneratorOptions;
import org.preau.web.http.Upload;

public class ImportJobsTest {

	@Test
	public void givenDropFolderWithSiecleAndStsFiles_whenItsDryRunIsSubmitted_thenItIsCheckedAndNothingIsWritten()
		throws Exception {

		Path dropFolder = _dataDir.resolve("drop");

		_feedGenerator.writeSiecle(dropFolder.resolve("0310001A/siecle"));
		_feedGenerator.writeSts(dropFolder.resolve("0310001A"));

		Map<String, String> settings = _settings();

		settings.put("imports.drop.folder", dropFolder.toString());

		try (PreauApplication preauApplication = PreauApplication.start(
				settings)) {

			Assertions.assertTrue(
				preauApplication.importInputs().hasDropFolder());

			ImportJob importJob = preauApplication.importJobService().submit(
				_actor, _UAI,
				preauApplication.importInputs().dropFolder(_UAI).orElseThrow(),
				true);

			ImportJob done = _awaitEnd(preauApplication, importJob.id());

			Assertions.assertEquals(
				ImportJobState.SUCCEEDED, done.state(),
				String.valueOf(done.errorMessage()));
			Assertions.assertEquals(2, done.reports().size());
			Assertions.assertTrue(done.reports().get(0).dryRun());
			Assertions.assertTrue(done.runIds().isEmpty());
			Assertions.assertEquals(
				"No establishment yet.", _status(preauApplication).trim());
		}
	}

	@Test
	public void givenImportRunning_whenASecondImportOfTheSameEstablishmentIsSubmitted_thenItIsRefusedUntilTheFirstEnds()
		throws Exception {

		CountDownLatch started = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);

		try (PreauApplication preauApplication = PreauApplication.start(
				_settings())) {

			ImportJob first = preauApplication.importJobService().submit(
				_actor, _UAI,
				new ImportJobInput() {

					@Override
					public String description() {
						return "slow feed";
					}

					@Override
					public DirectorySnapshot read() {
						started.countDown();

						try {
							release.await(30, TimeUnit.SECONDS);
						}
						catch (InterruptedException interruptedException) {
							Thread.currentThread().interrupt();
						}

						throw new IllegalArgumentException("slow.xml:1:1: stop");
					}

					@Override
					public void stage(String jobId) {
					}

				},
				true);

			Assertions.assertTrue(started.await(30, TimeUnit.SECONDS));
			Assertions.assertEquals(
				ImportJobState.RUNNING, _job(preauApplication, first).state());

			ImportJobRefusedException importJobRefusedException =
				Assertions.assertThrows(
					ImportJobRefusedException.class,
					() -> preauApplication.importJobService().submit(
						_actor, _UAI,
						preauApplication.importInputs().uploads(_uploads()),
						false));

			Assertions.assertTrue(
				importJobRefusedException.getMessage().contains(
					"0310001A is already queued or running"),
				importJobRefusedException.getMessage());

			release.countDown();

			ImportJob done = _awaitEnd(preauApplication, first.id());

			Assertions.assertEquals(ImportJobState.FAILED, done.state());
			Assertions.assertEquals(
				"slow.xml:1:1: stop", done.errorMessage().orElseThrow());

			ImportJob second = preauApplication.importJobService().submit(
				_actor, _UAI,
				preauApplication.importInputs().uploads(_uploads()), true);

			Assertions.assertEquals(
				ImportJobState.SUCCEEDED,
				_awaitEnd(preauApplication, second.id()).state());
		}
	}

	@Test
	public void givenMissingDropFolderOfTheEstablishment_whenSubmitted_thenRefusedAtOnceAndTheEstablishmentStaysFree()
		throws Exception {

		Path dropFolder = Files.createDirectories(_dataDir.resolve("drop"));

		Map<String, String> settings = _settings();

		settings.put("imports.drop.folder", dropFolder.toString());

		try (PreauApplication preauApplication = PreauApplication.start(
				settings)) {

			ImportJobInput importJobInput = preauApplication.importInputs(
			).dropFolder(
				_UAI
			).orElseThrow();

			IllegalArgumentException illegalArgumentException =
				Assertions.assertThrows(
					IllegalArgumentException.class,
					() -> preauApplication.importJobService().submit(
						_actor, _UAI, importJobInput, true));

			Assertions.assertTrue(
				illegalArgumentException.getMessage().contains("missing"),
				illegalArgumentException.getMessage());

			ImportJob failed = preauApplication.importJobService(
			).ofEstablishment(
				_actor, _UAI, 1
			).get(
				0
			);

			Assertions.assertEquals(ImportJobState.FAILED, failed.state());

			_feedGenerator.writeSiecle(dropFolder.resolve("0310001A"));

			Assertions.assertEquals(
				ImportJobState.SUCCEEDED,
				_awaitEnd(
					preauApplication,
					preauApplication.importJobService().submit(
						_actor, _UAI, importJobInput, true
					).id()
				).state());
		}
	}

	@Test
	public void givenUploadedFiles_whenTheirImportIsSubmitted_thenItRunsInTheBackgroundAndItsReportIsKept()
		throws Exception {

		String status;
		String id;

		try (PreauApplication preauApplication = PreauApplication.start(
				_settings())) {

			List<Upload> uploads = _uploads();

			ImportJob importJob = preauApplication.importJobService().submit(
				_actor, _UAI, preauApplication.importInputs().uploads(uploads),
				false);

			id = importJob.id();

			// The request's folder goes when the request ends, before the job has read it

			for (Upload upload : uploads) {
				Files.delete(upload.file());
			}

			ImportJob done = _awaitEnd(preauApplication, id);

			Assertions.assertEquals(
				ImportJobState.SUCCEEDED, done.state(),
				String.valueOf(done.errorMessage()));
			Assertions.assertEquals(2, done.sourcesTotal());
			Assertions.assertEquals(2, done.sourcesDone());
			Assertions.assertEquals(2, done.reports().size());
			Assertions.assertFalse(done.runIds().isEmpty());

			Path jobFolder = _dataDir.resolve(
				"data/imports"
			).resolve(
				id
			);

			String report = Files.readString(jobFolder.resolve("report.json"));

			Assertions.assertTrue(
				report.startsWith("[{") &&
					report.contains("\"uai\":\"0310001A\"") &&
						report.contains("\"dry_run\":false"),
				report);
			Assertions.assertFalse(
				Files.exists(jobFolder.resolve("files")),
				"the staged feed is deleted once imported");

			status = _status(preauApplication);

			Assertions.assertTrue(
				status.contains(
					" pupil=" + _feedGenerator.report().pupils() + " "),
				status);
		}

		try (PreauApplication preauApplication = PreauApplication.start(
				_settings())) {

			ImportJob stored = preauApplication.importJobService(
			).get(
				_actor, id
			).orElseThrow();

			Assertions.assertEquals(ImportJobState.SUCCEEDED, stored.state());
			Assertions.assertFalse(stored.runIds().isEmpty());
			Assertions.assertTrue(
				preauApplication.fileImportJobs().reportFile(id).isPresent());
			Assertions.assertEquals(status, _status(preauApplication));
		}
	}

	private ImportJob _awaitEnd(PreauApplication preauApplication, String id)
		throws InterruptedException {

		Instant deadline = Instant.now().plus(Duration.ofMinutes(2));

		while (Instant.now().isBefore(deadline)) {
			ImportJob importJob = preauApplication.importJobService(
			).get(
				_actor, id
			).orElseThrow();

			if (!importJob.state().isActive()) {
				return importJob;
			}

			Thread.sleep(50);
		}

		throw new AssertionError("the import job " + id + " did not end");
	}

	private ImportJob _job(PreauApplication preauApplication, ImportJob job) {
		return preauApplication.importJobService(
		).get(
			_actor, job.id()
		).orElseThrow();
	}

	private Map<String, String> _settings() {
		Map<String, String> settings = new HashMap<>();

		settings.put("data", _dataDir.resolve("data").toString());
		settings.put("demo", "false");

		return settings;
	}

	private String _status(PreauApplication preauApplication) {
		ByteArrayOutputStream byteArrayOutputStream =
			new ByteArrayOutputStream();

		Assertions.assertEquals(
			0,
			preauApplication.commandLine(
				new PrintStream(
					byteArrayOutputStream, true, StandardCharsets.UTF_8),
				System.err
			).apply(
				new String[] {"status"}
			));

		return byteArrayOutputStream.toString(StandardCharsets.UTF_8);
	}

	private List<Upload> _uploads() throws Exception {
		Path request = Files.createTempDirectory(_dataDir, "request");

		List<Path> files = new ArrayList<>(
			_feedGenerator.writeSiecle(request.resolve("siecle")));

		files.addAll(_feedGenerator.writeSts(request.resolve("sts")));

		List<Upload> uploads = new ArrayList<>();

		for (Path file : files) {
			uploads.add(new Upload(file));
		}

		return uploads;
	}

	private static final Uai _UAI = Uai.of("0310001A");

	private final Actor _actor = Actor.of(
		"admin", "Admin", Set.of(AdminGrant.platform()));

	@TempDir
	private Path _dataDir;

	private final FeedGenerator _feedGenerator = new FeedGenerator(
		GeneratorOptions.demo());

}
