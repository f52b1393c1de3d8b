package org.preau.liferay.web.internal.scheduler;

import aQute.bnd.annotation.metatype.Configurable;

import com.liferay.portal.kernel.backgroundtask.BackgroundTask;
import com.liferay.portal.kernel.backgroundtask.BackgroundTaskResult;

import java.io.Serializable;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.preau.core.imports.job.ImportJob;
import org.preau.core.imports.job.ImportJobState;
import org.preau.liferay.web.configuration.PreauConfiguration;
import org.preau.liferay.web.internal.adapter.PortalImportJobs;
import org.preau.liferay.web.internal.test.FakeBackgroundTasks;
import org.preau.liferay.web.internal.test.PortalImports;

/**
 * The hourly pruning of import tasks over the portal host's imports, a portal instance in memory whose background
 * tasks hold the collège's imports, one task of another establishment and one task of another executor, with the
 * settings read as the portal reads the system settings: what the job deletes is read back from the tasks the portal
 * holds afterwards.
 */
public class ImportsSchedulerJobConfigurationTest {

	@BeforeEach
	public void setUp() throws Exception {
		_portalImports = new PortalImports(_tempDir);

		_portalImports.install();

		_fakeBackgroundTasks = _portalImports.fakeBackgroundTasks();

		for (int i = 0; i < 4; i++) {
			_importJobs.add(
				_portalImports.importFeed("eleves.csv", PortalImports.PUPILS));

			Thread.sleep(2);
		}

		_otherEstablishmentTask = _finishedTask(
			PortalImports.TASK_EXECUTOR_CLASS_NAME, "0310002B");
		_foreignTask = _finishedTask("other.Executor", "0310001A");
	}

	@AfterEach
	public void tearDown() {
		_portalImports.uninstall();
	}

	@Test
	public void givenNoRetentionSet_thenTasksAreKept30DaysAnd50PerEstablishment() {
		PreauConfiguration preauConfiguration = _preauConfiguration(Map.of());

		Assertions.assertEquals(30, preauConfiguration.importsRetentionDays());
		Assertions.assertEquals(50, preauConfiguration.importsRetentionJobs());

		Assertions.assertEquals(0, _run(preauConfiguration, 400));
		Assertions.assertEquals(6, _fakeBackgroundTasks.backgroundTasks().size());
	}

	@Test
	public void givenANegativeRetention_whenTheJobRuns_thenNothingIsDeleted() {
		Assertions.assertEquals(
			0,
			_run(
				_preauConfiguration(
					Map.of(
						"importsRetentionDays", "-1", "importsRetentionJobs",
						"0")),
				400));
		Assertions.assertEquals(6, _fakeBackgroundTasks.backgroundTasks().size());
	}

	@Test
	public void givenFinishedTasksWithinTheRetentionDays_whenTheJobRuns_thenNoneIsDeleted() {
		Assertions.assertEquals(
			0,
			_run(
				_preauConfiguration(
					Map.of(
						"importsRetentionDays", "30", "importsRetentionJobs",
						"0")),
				29));
		Assertions.assertEquals(6, _fakeBackgroundTasks.backgroundTasks().size());
	}

	@Test
	public void givenOldFinishedTasks_whenTheJobRuns_thenOnlyTheOnesBeyondTheLatestOfTheirEstablishmentGo()
		throws Exception {

		ImportJob queued = _portalImports.submit(PortalImports.PUPILS, true);

		PreauConfiguration preauConfiguration = _preauConfiguration(
			Map.of("importsRetentionDays", "30", "importsRetentionJobs", "2"));

		Assertions.assertEquals(3, _run(preauConfiguration, 31));
		Assertions.assertEquals(
			List.of(
				_importJobs.get(
					3
				).id(),
				_otherEstablishmentTask.getName(), _foreignTask.getName(),
				queued.id()),
			_names(),
			"the queued job counts among the two latest of the collège, " +
				"the other establishment keeps its only task, and the " +
					"other executor's task is not Préau's");

		Assertions.assertEquals(0, _run(preauConfiguration, 31));

		Assertions.assertEquals(
			2,
			_run(
				_preauConfiguration(
					Map.of(
						"importsRetentionDays", "0", "importsRetentionJobs",
						"0")),
				1));
		Assertions.assertEquals(
			List.of(_foreignTask.getName(), queued.id()), _names(),
			"a queued task is never deleted");
		Assertions.assertEquals(
			ImportJobState.QUEUED,
			_portalImports.portalImportJobs(
			).get(
				queued.id()
			).get(
			).state());
		Assertions.assertEquals(
			1,
			_backgroundTask(
				queued.id()
			).getAttachmentsFileEntries(
			).size(),
			"a queued task keeps its files");
	}

	@Test
	public void givenOldTasksOfAnEstablishment_whenTheJobRuns_thenTheKeptTasksStillShowTheirReports() {
		Assertions.assertEquals(
			2,
			_run(
				_preauConfiguration(
					Map.of(
						"importsRetentionDays", "30", "importsRetentionJobs",
						"2")),
				31));

		PortalImportJobs otherNode = _portalImports.portalImportJobs();

		Assertions.assertEquals(
			List.of(_importJobs.get(3).id(), _importJobs.get(2).id()),
			otherNode.ofEstablishment(
				PortalImports.UAI, 10
			).stream(
			).map(
				ImportJob::id
			).collect(
				Collectors.toList()
			));
		Assertions.assertTrue(
			otherNode.get(
				_importJobs.get(
					0
				).id()
			).isEmpty());
		Assertions.assertTrue(
			otherNode.reportJson(
				_importJobs.get(
					3
				).id()
			).get(
			).contains(
				"\"pupils\":2"
			));
		Assertions.assertEquals(
			ImportJobState.SUCCEEDED,
			_portalImports.importJobService(
			).get(
				_portalImports.actor(),
				_importJobs.get(
					2
				).id()
			).get(
			).state());
	}

	private BackgroundTask _backgroundTask(String name) {
		for (BackgroundTask backgroundTask :
				_fakeBackgroundTasks.backgroundTasks()) {

			if (name.equals(backgroundTask.getName())) {
				return backgroundTask;
			}
		}

		throw new IllegalStateException("no task " + name);
	}

	/**
	 * A task the portal holds as finished, as an import of another establishment, or another executor's task, leaves
	 * it.
	 */
	private BackgroundTask _finishedTask(
			String taskExecutorClassName, String uais)
		throws Exception {

		Instant now = Instant.now();

		BackgroundTask backgroundTask = _fakeBackgroundTasks.backgroundTaskManager(
		).addBackgroundTask(
			_portalImports.user(
			).getUserId(),
			PortalImports.GROUP_ID, taskExecutorClassName + "#" + uais,
			taskExecutorClassName,
			Map.<String, Serializable>of(
				"finishedAt", now.toString(), PortalImportJobs.STATE,
				ImportJobState.SUCCEEDED.name(), "submittedAt",
				now.minusSeconds(60).toString(), PortalImportJobs.UAIS, uais),
			null
		);

		_fakeBackgroundTasks.run(
			backgroundTask, finished -> BackgroundTaskResult.SUCCESS);

		return backgroundTask;
	}

	private List<String> _names() {
		return _fakeBackgroundTasks.backgroundTasks(
		).stream(
		).map(
			BackgroundTask::getName
		).collect(
			Collectors.toList()
		);
	}

	private PreauConfiguration _preauConfiguration(
		Map<String, Object> properties) {

		return Configurable.createConfigurable(
			PreauConfiguration.class, properties);
	}

	private int _run(PreauConfiguration preauConfiguration, int daysLater) {
		return ImportsSchedulerJobConfiguration.run(
			_portalImports.portalImportJobs(), preauConfiguration,
			Clock.fixed(
				Instant.now(
				).plus(
					Duration.ofDays(daysLater)
				),
				ZoneOffset.UTC));
	}

	private FakeBackgroundTasks _fakeBackgroundTasks;
	private BackgroundTask _foreignTask;
	private final List<ImportJob> _importJobs = new ArrayList<>();
	private BackgroundTask _otherEstablishmentTask;
	private PortalImports _portalImports;

	@TempDir
	private Path _tempDir;

}
