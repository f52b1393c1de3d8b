package org.preau.liferay.web.internal.adapter;

import com.liferay.portal.kernel.backgroundtask.BackgroundTask;
import com.liferay.portal.kernel.backgroundtask.BackgroundTaskConstants;
import com.liferay.portal.kernel.backgroundtask.BackgroundTaskResult;
import com.liferay.portal.kernel.messaging.Message;
import com.liferay.portal.kernel.model.Group;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.security.permission.PermissionCheckerFactory;
import com.liferay.portal.kernel.service.GroupLocalService;
import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.service.UserGroupRoleLocalService;
import com.liferay.portal.kernel.transaction.TransactionInvoker;
import com.liferay.portal.kernel.transaction.TransactionInvokerUtil;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.preau.core.audit.service.Auditor;
import org.preau.core.common.Transactions;
import org.preau.core.directory.model.Uai;
import org.preau.core.imports.job.ImportJob;
import org.preau.core.imports.job.ImportJobRefusedException;
import org.preau.core.imports.job.ImportJobState;
import org.preau.core.imports.job.service.ImportJobService;
import org.preau.core.imports.model.LifecyclePolicy;
import org.preau.core.security.Actor;
import org.preau.liferay.web.internal.security.PortalActors;
import org.preau.liferay.web.internal.test.FakeBackgroundTasks;
import org.preau.liferay.web.internal.test.FakePortal;
import org.preau.liferay.web.internal.test.Fakes;
import org.preau.web.http.Upload;

/**
 * Submits imports as the imports portlet does, then runs their background tasks as the portal would, over a portal
 * instance in memory, and checks what the portal and the tasks hold afterwards.
 */
public class ImportJobTasksTest {

	@BeforeEach
	public void setUp() throws IOException {
		TransactionInvokerUtil transactionInvokerUtil =
			new TransactionInvokerUtil();

		transactionInvokerUtil.setTransactionInvoker(
			Fakes.service(
				TransactionInvoker.class,
				Map.of(
					"invoke",
					arguments -> {
						try {
							Callable<?> callable = (Callable<?>)arguments[1];

							return callable.call();
						}
						catch (RuntimeException runtimeException) {
							throw runtimeException;
						}
						catch (Exception exception) {
							throw new IllegalStateException(exception);
						}
					})));

		_user = _fakePortal.addUser("dane.admin");

		PermissionChecker permissionChecker = Fakes.model(
			PermissionChecker.class, Fakes.properties("omniadmin", true));

		_portalActors = new PortalActors(
			Fakes.service(
				OrganizationLocalService.class,
				Map.of("getUserOrganizations", arguments -> List.of())),
			new OrganizationUais(_fakePortal.expandoValueLocalService()),
			_fakePortal.roleLocalService(),
			Fakes.service(UserGroupRoleLocalService.class, Map.of()));
		_actor = _portalActors.actor(
			_user, permissionChecker
		).get();

		_permissionCheckerFactory = Fakes.service(
			PermissionCheckerFactory.class,
			Map.of("create", arguments -> permissionChecker));

		_portalImportJobs = _portalImportJobs();

		Auditor auditor = new Auditor(
			new PortalAuditLog(
				_fakePortal.auditEventLocalService(),
				() -> FakePortal.COMPANY_ID),
			Clock.systemUTC());

		_importJobService = new ImportJobService(
			PortalImportServices.importService(
				auditor, Clock.systemUTC(), () -> FakePortal.COMPANY_ID,
				_fakePortal.counterLocalService(),
				_fakePortal.expandoValueLocalService(),
				_fakePortal.importRunLocalService(),
				LifecyclePolicy.defaults(),
				_fakePortal.organizationLocalService(),
				_fakePortal.parentRelationLocalService(),
				_fakePortal.roleLocalService(),
				_fakePortal.teachingAssignmentLocalService(),
				_fakePortal.userGroupLocalService(),
				_fakePortal.userLocalService()),
			_portalImportJobs, _portalImportJobs,
			new PortalImportRuns(
				() -> FakePortal.COMPANY_ID,
				_fakePortal.importRunLocalService()),
			auditor, Clock.systemUTC());
	}

	@AfterEach
	public void tearDown() {
		TransactionInvokerUtil transactionInvokerUtil =
			new TransactionInvokerUtil();

		transactionInvokerUtil.setTransactionInvoker(null);
	}

	@Test
	public void givenADryRun_whenItsTaskRuns_thenThePortalIsUnchangedAndTheReportIsKept()
		throws Exception {

		int users = _fakePortal.users().size();

		ImportJob importJob = _submit(_PUPILS, true);

		Assertions.assertEquals(
			BackgroundTaskConstants.STATUS_SUCCESSFUL,
			_run(
				_backgroundTask(importJob)
			).getStatus());
		Assertions.assertEquals(users, _fakePortal.users().size());
		Assertions.assertEquals(0, _fakePortal.writes());
		Assertions.assertTrue(
			_portalImportJobs.reportJson(
				importJob.id()
			).get(
			).contains(
				"\"dry_run\":true"
			));
	}

	@Test
	public void givenAFeedThatIsRefused_whenItsTaskRuns_thenTheJobFailsWithTheLocatedErrorAndNothingIsWritten()
		throws Exception {

		ImportJob importJob = _submit(
			"identifiant;nom;prénom;date de naissance;classe;groupes;uai\n" +
				"1001;Lefèvre;Éloïse;03/02/2014;6A;;031000\n",
			false);

		BackgroundTask backgroundTask = _backgroundTask(importJob);

		BackgroundTaskResult backgroundTaskResult = _run(backgroundTask);

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
			_portalImportJobs().get(
				importJob.id()
			).get(
			).state());
		Assertions.assertEquals(
			"FAILED",
			backgroundTask.getTaskContextMap(
			).get(
				"state"
			));
	}

	@Test
	public void givenAnImportQueued_whenASecondImportOfTheEstablishmentIsSubmitted_thenItIsRefused()
		throws IOException {

		_submit(_PUPILS, true);

		Assertions.assertThrows(
			ImportJobRefusedException.class, () -> _submit(_PUPILS, false));
		Assertions.assertThrows(
			ImportJobRefusedException.class,
			() -> _importJobService.submit(
				_actor, _UAI,
				FeedFiles.uploads(
					List.of(_upload("eleves.csv", _PUPILS)),
					_portalImportJobs()),
				false),
			"another node sees the task too");
		Assertions.assertEquals(
			1, _fakeBackgroundTasks.backgroundTasks().size());
	}

	@Test
	public void givenUploadedFiles_whenTheImportIsSubmittedAndItsTaskRuns_thenThePortalHoldsThePeopleAndTheTaskKeepsTheOutcome()
		throws Exception {

		ImportJob importJob = _submit(_PUPILS, false);

		Assertions.assertEquals(ImportJobState.QUEUED, importJob.state());

		BackgroundTask backgroundTask = _backgroundTask(importJob);

		Assertions.assertEquals(
			_user.getUserId(), backgroundTask.getUserId());
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
			Files.exists(_portalImportJobs.stagingFolder(importJob.id())),
			"the staged copies are gone once the task holds them");

		Assertions.assertEquals(
			BackgroundTaskResult.SUCCESS.getStatus(),
			_run(
				backgroundTask
			).getStatus());

		Assertions.assertNotNull(_fakePortal.user("eloise.lefevre"));
		Assertions.assertNotNull(_fakePortal.user("leo.ndiaye"));
		Assertions.assertEquals(1, _fakePortal.importRuns().size());

		Assertions.assertEquals(
			"SUCCEEDED",
			backgroundTask.getTaskContextMap(
			).get(
				"state"
			));

		Message lastMessage = _fakeBackgroundTasks.statusMessages(
		).get(
			_fakeBackgroundTasks.statusMessages(
			).size() - 1
		);

		Assertions.assertEquals(
			backgroundTask.getBackgroundTaskId(),
			lastMessage.get(BackgroundTaskConstants.BACKGROUND_TASK_ID));
		Assertions.assertEquals(
			1, lastMessage.getInteger(PortalImportJobs.SOURCES_DONE));
		Assertions.assertEquals(
			1, lastMessage.getInteger(PortalImportJobs.SOURCES_TOTAL));

		PortalImportJobs otherNode = _portalImportJobs();

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
				_UAI, 10
			).stream(
			).map(
				ImportJob::id
			).collect(
				java.util.stream.Collectors.toList()
			));

		String reportJson = otherNode.reportJson(
			importJob.id()
		).get();

		Assertions.assertTrue(
			reportJson.contains("\"uai\":\"0310001A\""), reportJson);
		Assertions.assertTrue(
			reportJson.contains("\"pupils\":2"), reportJson);
	}

	private BackgroundTask _backgroundTask(ImportJob importJob) {
		Assertions.assertEquals(
			1, _fakeBackgroundTasks.backgroundTasks().size());

		BackgroundTask backgroundTask =
			_fakeBackgroundTasks.backgroundTasks(
			).get(
				0
			);

		Assertions.assertEquals(importJob.id(), backgroundTask.getName());

		return backgroundTask;
	}

	private PortalImportJobs _portalImportJobs() {
		return new PortalImportJobs(
			_fakeBackgroundTasks.backgroundTaskManager(),
			_fakeBackgroundTasks.backgroundTaskStatusMessageSender(),
			() -> FakePortal.COMPANY_ID,
			Fakes.service(
				GroupLocalService.class,
				Map.of(
					"getCompanyGroup",
					arguments -> Fakes.model(
						Group.class, Fakes.properties("groupId", 20L)))),
			_tempDir.resolve("staging"), "test.ImportExecutor",
			new Transactions() {

				@Override
				public <T> T inTransaction(Supplier<T> work) {
					return work.get();
				}

			},
			_fakePortal.userLocalService());
	}

	private BackgroundTaskResult _run(BackgroundTask backgroundTask)
		throws Exception {

		ImportJobTasks importJobTasks = new ImportJobTasks(
			_importJobService, _permissionCheckerFactory, _portalActors,
			_fakePortal.userLocalService());

		return _fakeBackgroundTasks.run(
			backgroundTask, importJobTasks::execute);
	}

	private ImportJob _submit(String content, boolean dryRun)
		throws IOException {

		return _importJobService.submit(
			_actor, _UAI,
			FeedFiles.uploads(
				List.of(_upload("eleves.csv", content)), _portalImportJobs),
			dryRun);
	}

	private Upload _upload(String name, String content) throws IOException {
		Path folder = Files.createTempDirectory(_tempDir, "upload");

		return new Upload(
			Files.writeString(
				folder.resolve(name), content, StandardCharsets.UTF_8));
	}

	private static final String _PUPILS =
		"identifiant;nom;prénom;date de naissance;classe;groupes;uai\n" +
			"1001;Lefèvre;Éloïse;03/02/2014;6A;6ESP1|6LAT;0310001A\n" +
				"1002;N'Diaye;Léo;11/12/2013;6B;;0310001A\n";

	private static final Uai _UAI = Uai.of("0310001A");

	private Actor _actor;
	private final FakeBackgroundTasks _fakeBackgroundTasks =
		new FakeBackgroundTasks();
	private final FakePortal _fakePortal = new FakePortal();
	private ImportJobService _importJobService;
	private PermissionCheckerFactory _permissionCheckerFactory;
	private PortalActors _portalActors;
	private PortalImportJobs _portalImportJobs;

	@TempDir
	Path _tempDir;

	private User _user;

}
