package org.preau.liferay.web.internal.adapter;

import com.liferay.portal.kernel.backgroundtask.BackgroundTask;
import com.liferay.portal.kernel.backgroundtask.BackgroundTaskConstants;
import com.liferay.portal.kernel.backgroundtask.BackgroundTaskResult;
import com.liferay.portal.kernel.messaging.Message;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.preau.core.imports.job.ImportJob;
import org.preau.core.imports.job.ImportJobRefusedException;
import org.preau.core.imports.job.ImportJobState;
import org.preau.liferay.web.internal.test.FakeBackgroundTasks;
import org.preau.liferay.web.internal.test.FakePortal;
import org.preau.liferay.web.internal.test.PortalImports;

/**
 * Submits imports as the imports portlet does, then runs their background tasks as the portal would, over a portal
 * instance in memory, and checks what the portal and the tasks hold afterwards.
 */
public class ImportJobTasksTest {

	@BeforeEach
	public void setUp() {
		_portalImports = new PortalImports(_tempDir);

		_portalImports.install();

		_fakeBackgroundTasks = _portalImports.fakeBackgroundTasks();
		_fakePortal = _portalImports.fakePortal();
	}

	@AfterEach
	public void tearDown() {
		_portalImports.uninstall();
	}

	@Test
	public void givenADryRun_whenItsTaskRuns_thenThePortalIsUnchangedAndTheReportIsKept()
		throws Exception {

		int users = _fakePortal.users().size();

		ImportJob importJob = _portalImports.submit(
			PortalImports.PUPILS, true);

		Assertions.assertEquals(
			BackgroundTaskConstants.STATUS_SUCCESSFUL,
			_portalImports.run(
				_backgroundTask(importJob)
			).getStatus());
		Assertions.assertEquals(users, _fakePortal.users().size());
		Assertions.assertEquals(0, _fakePortal.writes());
		Assertions.assertTrue(
			_portalImports.portalImportJobsOfThisNode(
			).reportJson(
				importJob.id()
			).get(
			).contains(
				"\"dry_run\":true"
			));
	}

	@Test
	public void givenAFeedThatIsRefused_whenItsTaskRuns_thenTheJobFailsWithTheLocatedErrorAndNothingIsWritten()
		throws Exception {

		ImportJob importJob = _portalImports.submit(
			"identifiant;nom;prénom;date de naissance;classe;groupes;uai\n" +
				"1001;Lefèvre;Éloïse;03/02/2014;6A;;031000\n",
			false);

		BackgroundTask backgroundTask = _backgroundTask(importJob);

		BackgroundTaskResult backgroundTaskResult = _portalImports.run(
			backgroundTask);

		Assertions.assertEquals(
			BackgroundTaskConstants.STATUS_FAILED,
			backgroundTaskResult.getStatus());
		Assertions.assertTrue(
			backgroundTaskResult.getStatusMessage(
			).contains(
				"eleves.csv"
			),
			backgroundTaskResult.getStatusMessage());
		Assertions.assertEquals(0, _fakePortal.writes());
		Assertions.assertEquals(
			ImportJobState.FAILED,
			_portalImports.portalImportJobs(
			).get(
				importJob.id()
			).get(
			).state());
		Assertions.assertEquals(
			"FAILED",
			backgroundTask.getTaskContextMap(
			).get(
				PortalImportJobs.STATE
			));
	}

	@Test
	public void givenAFeedThatIsRefused_whenItsTaskEnds_thenTheTaskHoldsNoFeedFile()
		throws Exception {

		ImportJob importJob = _portalImports.submit(
			"identifiant;nom;prénom;date de naissance;classe;groupes;uai\n" +
				"1001;Lefèvre;Éloïse;03/02/2014;6A;;031000\n",
			false);

		BackgroundTask backgroundTask = _backgroundTask(importJob);

		_portalImports.run(backgroundTask);

		Assertions.assertEquals(
			List.of(), backgroundTask.getAttachmentsFileEntries());
		Assertions.assertEquals(
			ImportJobState.FAILED,
			_portalImports.portalImportJobs(
			).get(
				importJob.id()
			).get(
			).state());
	}

	@Test
	public void givenAJobInterruptedWhileItRan_whenThePortalResumesItsTask_thenTheTaskFailsAndLosesItsFeedFiles()
		throws Exception {

		ImportJob importJob = _portalImports.submit(
			PortalImports.PUPILS, false);

		BackgroundTask backgroundTask = _backgroundTask(importJob);

		_interrupt(backgroundTask, importJob.running(0));

		Assertions.assertEquals(
			1, backgroundTask.getAttachmentsFileEntries().size());

		BackgroundTaskResult backgroundTaskResult = _portalImports.run(
			backgroundTask);

		Assertions.assertEquals(
			BackgroundTaskConstants.STATUS_FAILED,
			backgroundTaskResult.getStatus());
		Assertions.assertEquals(
			List.of(), backgroundTask.getAttachmentsFileEntries());
		Assertions.assertEquals(0, _fakePortal.writes());
		Assertions.assertEquals(
			ImportJobState.FAILED,
			_portalImports.portalImportJobs(
			).get(
				importJob.id()
			).get(
			).state());
	}

	@Test
	public void givenAQueuedJobWhoseNodeStopped_whenThePortalResumesItsTask_thenItStillHasItsFilesAndImportsThem()
		throws Exception {

		ImportJob importJob = _portalImports.submit(
			PortalImports.PUPILS, false);

		BackgroundTask backgroundTask = _backgroundTask(importJob);

		_interrupt(backgroundTask, importJob);

		Assertions.assertEquals(
			0,
			_portalImports.portalImportJobs(
			).prune(
				Instant.now(), 30, 50
			));
		Assertions.assertEquals(
			"eleves.csv",
			backgroundTask.getAttachmentsFileEntries(
			).get(
				0
			).getFileName());

		Assertions.assertEquals(
			BackgroundTaskResult.SUCCESS.getStatus(),
			_portalImports.run(
				backgroundTask
			).getStatus());
		Assertions.assertNotNull(_fakePortal.user("eloise.lefevre"));
		Assertions.assertEquals(
			List.of(), backgroundTask.getAttachmentsFileEntries());
	}

	@Test
	public void givenARunningTask_whenItIsPruned_thenItKeepsItsFilesUntilItsJobEnds()
		throws Exception {

		ImportJob importJob = _portalImports.submit(
			PortalImports.PUPILS, false);

		BackgroundTask backgroundTask = _backgroundTask(importJob);

		_fakeBackgroundTasks.run(
			backgroundTask,
			runningBackgroundTask -> {
				Assertions.assertEquals(
					0,
					_portalImports.portalImportJobs(
					).prune(
						Instant.now(
						).plus(
							Duration.ofDays(400)
						),
						0, 0
					));
				Assertions.assertEquals(
					1,
					runningBackgroundTask.getAttachmentsFileEntries(
					).size());

				return _portalImports.importJobTasks(
				).execute(
					runningBackgroundTask
				);
			});

		Assertions.assertEquals(
			List.of(), backgroundTask.getAttachmentsFileEntries());
		Assertions.assertEquals(
			1, _fakeBackgroundTasks.backgroundTasks().size());
	}

	@Test
	public void givenFilesThePortalCannotDelete_whenTheJobEnds_thenItsOutcomeStandsAndPruningDeletesThemLater()
		throws Exception {

		_fakeBackgroundTasks.failDeletions(true);

		ImportJob importJob = _portalImports.importFeed(
			"eleves.csv", PortalImports.PUPILS);

		BackgroundTask backgroundTask = _backgroundTask(importJob);

		Assertions.assertEquals(
			BackgroundTaskConstants.STATUS_SUCCESSFUL,
			backgroundTask.getStatus());
		Assertions.assertEquals(
			ImportJobState.SUCCEEDED,
			_portalImports.importJobService(
			).get(
				_portalImports.actor(), importJob.id()
			).get(
			).state());
		Assertions.assertEquals(
			1, backgroundTask.getAttachmentsFileEntries().size());

		_fakeBackgroundTasks.failDeletions(false);

		Assertions.assertEquals(
			0,
			_portalImports.portalImportJobs(
			).prune(
				Instant.now(), 30, 50
			));
		Assertions.assertEquals(
			List.of(), backgroundTask.getAttachmentsFileEntries());
		Assertions.assertTrue(
			_portalImports.portalImportJobs(
			).reportJson(
				importJob.id()
			).get(
			).contains(
				"\"pupils\":2"
			));
	}

	@Test
	public void givenAnImportQueued_whenASecondImportOfTheEstablishmentIsSubmitted_thenItIsRefused() {
		_portalImports.submit(PortalImports.PUPILS, true);

		Assertions.assertThrows(
			ImportJobRefusedException.class,
			() -> _portalImports.submit(PortalImports.PUPILS, false));
		Assertions.assertFalse(
			_portalImports.portalImportJobs(
			).addUnlessBusy(
				ImportJob.queued(
					"other", Set.of(PortalImports.UAI), "dane.admin",
					"", false, Instant.now())
			),
			"another node sees the queued task too");
		Assertions.assertEquals(
			1, _fakeBackgroundTasks.backgroundTasks().size());
	}

	@Test
	public void givenUploadedFiles_whenTheImportIsSubmittedAndItsTaskRuns_thenThePortalHoldsThePeopleAndTheTaskKeepsTheOutcome()
		throws Exception {

		ImportJob importJob = _portalImports.submit(
			PortalImports.PUPILS, false);

		Assertions.assertEquals(ImportJobState.QUEUED, importJob.state());

		BackgroundTask backgroundTask = _backgroundTask(importJob);

		Assertions.assertEquals(
			_portalImports.user(
			).getUserId(),
			backgroundTask.getUserId());
		Assertions.assertEquals(
			"0310001A",
			backgroundTask.getTaskContextMap(
			).get(
				PortalImportJobs.UAIS
			));
		Assertions.assertEquals(
			"eleves.csv",
			backgroundTask.getAttachmentsFileEntries(
			).get(
				0
			).getFileName());
		Assertions.assertFalse(
			Files.exists(
				_portalImports.portalImportJobsOfThisNode(
				).stagingFolder(
					importJob.id()
				)),
			"the staged copies are gone once the task holds them");

		Assertions.assertEquals(
			BackgroundTaskResult.SUCCESS.getStatus(),
			_portalImports.run(
				backgroundTask
			).getStatus());

		Assertions.assertNotNull(_fakePortal.user("eloise.lefevre"));
		Assertions.assertNotNull(_fakePortal.user("leo.ndiaye"));
		Assertions.assertEquals(1, _fakePortal.importRuns().size());
		Assertions.assertEquals(
			BackgroundTaskConstants.STATUS_SUCCESSFUL,
			backgroundTask.getStatus());
		Assertions.assertEquals(
			"SUCCEEDED",
			backgroundTask.getTaskContextMap(
			).get(
				PortalImportJobs.STATE
			));

		List<Message> statusMessages = _fakeBackgroundTasks.statusMessages();

		Message lastMessage = statusMessages.get(statusMessages.size() - 1);

		Assertions.assertEquals(
			backgroundTask.getBackgroundTaskId(),
			lastMessage.get(BackgroundTaskConstants.BACKGROUND_TASK_ID));
		Assertions.assertEquals(
			1, lastMessage.getInteger(PortalImportJobs.SOURCES_DONE));
		Assertions.assertEquals(
			1, lastMessage.getInteger(PortalImportJobs.SOURCES_TOTAL));

		PortalImportJobs otherNode = _portalImports.portalImportJobs();

		Optional<ImportJob> storedImportJob = otherNode.get(importJob.id());

		Assertions.assertEquals(
			ImportJobState.SUCCEEDED, storedImportJob.get().state());
		Assertions.assertEquals(
			List.of(
				_fakePortal.importRuns(
				).get(
					0
				).getImportRunId()),
			storedImportJob.get().runIds());
		Assertions.assertEquals(
			List.of(importJob.id()),
			otherNode.ofEstablishment(
				PortalImports.UAI, 10
			).stream(
			).map(
				ImportJob::id
			).collect(
				Collectors.toList()
			));

		String reportJson = otherNode.reportJson(
			importJob.id()
		).get();

		Assertions.assertTrue(
			reportJson.contains("\"uai\":\"0310001A\""), reportJson);
		Assertions.assertTrue(
			reportJson.contains("\"pupils\":2"), reportJson);
		Assertions.assertEquals(
			List.of(), backgroundTask.getAttachmentsFileEntries(),
			"no copy of the feed stays in the portal once the job ended");
		Assertions.assertEquals(
			ImportJobState.SUCCEEDED,
			_portalImports.importJobService(
			).get(
				_portalImports.actor(), importJob.id()
			).get(
			).state());
	}

	private BackgroundTask _backgroundTask(ImportJob importJob) {
		Assertions.assertEquals(
			1, _fakeBackgroundTasks.backgroundTasks().size());

		BackgroundTask backgroundTask = _fakeBackgroundTasks.backgroundTasks(
		).get(
			0
		);

		Assertions.assertEquals(importJob.id(), backgroundTask.getName());

		return backgroundTask;
	}

	/**
	 * Leaves the task as a node that stopped leaves it: the job as it last recorded itself, and the task failed by the
	 * portal when it cleans up the tasks that were in progress.
	 */
	private void _interrupt(BackgroundTask backgroundTask, ImportJob importJob)
		throws Exception {

		_fakeBackgroundTasks.run(
			backgroundTask,
			runningBackgroundTask -> {
				_portalImports.portalImportJobsOfThisNode(
				).update(
					importJob
				);

				return new BackgroundTaskResult(
					BackgroundTaskConstants.STATUS_FAILED,
					"the node stopped");
			});
	}

	private FakeBackgroundTasks _fakeBackgroundTasks;
	private FakePortal _fakePortal;
	private PortalImports _portalImports;

	@TempDir
	Path _tempDir;

}
