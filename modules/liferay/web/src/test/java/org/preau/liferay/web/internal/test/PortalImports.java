package org.preau.liferay.web.internal.test;

import com.liferay.portal.kernel.backgroundtask.BackgroundTask;
import com.liferay.portal.kernel.backgroundtask.BackgroundTaskResult;
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
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.preau.core.audit.service.Auditor;
import org.preau.core.common.Transactions;
import org.preau.core.directory.model.Uai;
import org.preau.core.directory.port.out.CountDirectory;
import org.preau.core.directory.service.EstablishmentOverviewService;
import org.preau.core.imports.job.ImportJob;
import org.preau.core.imports.job.service.ImportJobService;
import org.preau.core.imports.model.LifecyclePolicy;
import org.preau.core.imports.service.ImportHistoryService;
import org.preau.core.merges.service.PersonMergeService;
import org.preau.core.security.Actor;
import org.preau.liferay.web.internal.PreauPortalServices;
import org.preau.liferay.web.internal.adapter.FeedFiles;
import org.preau.liferay.web.internal.adapter.ImportJobTasks;
import org.preau.liferay.web.internal.adapter.OrganizationUais;
import org.preau.liferay.web.internal.adapter.PortalAuditLog;
import org.preau.liferay.web.internal.adapter.PortalEstablishments;
import org.preau.liferay.web.internal.adapter.PortalImportInputs;
import org.preau.liferay.web.internal.adapter.PortalImportJobs;
import org.preau.liferay.web.internal.adapter.PortalImportRuns;
import org.preau.liferay.web.internal.adapter.PortalImportServices;
import org.preau.liferay.web.internal.security.PortalActors;
import org.preau.web.http.Upload;

/**
 * The portal host's imports over a portal instance in memory and its background tasks: the services
 * {@link PreauPortalServices} wires, built over {@link FakePortal} and {@link FakeBackgroundTasks}, with an
 * administrator who holds the platform grant. Install before a test and uninstall after it: the portal's
 * transactions go through a static utility.
 */
public class PortalImports {

	/**
	 * The parents of the two pupils as a CSV feed: Claire Lefèvre, Éloïse's mother, whose address the feed gives, and
	 * Moussa N'Diaye, Léo's father, without one.
	 */
	public static final String PARENTS =
		"identifiant;nom;prénom;mail;enfants;uai\n" +
			"2001;Lefèvre;Claire;claire.lefevre@example.org;1001;0310001A\n" +
				"2002;N'Diaye;Moussa;;1002;0310001A\n";

	/**
	 * Pupils of collège 0310001A as a CSV feed: Éloïse Lefèvre in 6A, Léo N'Diaye in 6B.
	 */
	public static final String PUPILS =
		"identifiant;nom;prénom;date de naissance;classe;groupes;uai\n" +
			"1001;Lefèvre;Éloïse;03/02/2014;6A;6ESP1|6LAT;0310001A\n" +
				"1002;N'Diaye;Léo;11/12/2013;6B;;0310001A\n";

	/**
	 * The company group, which holds the import tasks.
	 */
	public static final long GROUP_ID = 20;

	/**
	 * The executor class name of the import tasks.
	 */
	public static final String TASK_EXECUTOR_CLASS_NAME = "test.ImportExecutor";

	public static final Uai UAI = Uai.of("0310001A");

	public PortalImports(Path folder) {
		_folder = folder;

		_user = _fakePortal.addUser("dane.admin");

		PermissionChecker permissionChecker = permissionChecker(true);

		_portalActors = new PortalActors(
			Fakes.service(
				OrganizationLocalService.class,
				Map.of("getUserOrganizations", arguments -> List.of())),
			new OrganizationUais(_fakePortal.expandoValueLocalService()),
			_fakePortal.roleLocalService(),
			Fakes.service(UserGroupRoleLocalService.class, Map.of()),
			companyId -> UnaryOperator.identity());
		_actor = _portalActors.actor(
			_user, permissionChecker
		).get();

		_permissionCheckerFactory = Fakes.service(
			PermissionCheckerFactory.class,
			Map.of("create", arguments -> permissionChecker));

		_portalImportJobs = portalImportJobs();

		_auditor = new Auditor(
			new PortalAuditLog(
				_fakePortal.auditEventLocalService(),
				() -> FakePortal.COMPANY_ID),
			Clock.systemUTC());

		_portalImportRuns = new PortalImportRuns(
			() -> FakePortal.COMPANY_ID, _fakePortal.importRunLocalService());

		_importJobService = new ImportJobService(
			PortalImportServices.importService(
				_auditor, Clock.systemUTC(), () -> FakePortal.COMPANY_ID,
				_fakePortal.counterLocalService(),
				_fakePortal.directoryMergedKeyLocalService(),
				_fakePortal.expandoValueLocalService(),
				_fakePortal.importRunLocalService(),
				LifecyclePolicy.defaults(),
				_fakePortal.organizationLocalService(),
				_fakePortal.parentRelationLocalService(),
				_fakePortal.roleLocalService(),
				_fakePortal.teachingAssignmentLocalService(),
				_fakePortal.userGroupLocalService(),
				_fakePortal.userLocalService()),
			_portalImportJobs, _portalImportJobs, _portalImportRuns, _auditor,
			Clock.systemUTC());
	}

	public Actor actor() {
		return _actor;
	}

	public FakeBackgroundTasks fakeBackgroundTasks() {
		return _fakeBackgroundTasks;
	}

	public FakePortal fakePortal() {
		return _fakePortal;
	}

	/**
	 * Submits a CSV feed, whose file name says the profile of its rows, and runs its background task as the portal
	 * would.
	 */
	public ImportJob importFeed(String fileName, String content)
		throws Exception {

		ImportJob importJob = submit(fileName, content, false);

		for (BackgroundTask backgroundTask :
				_fakeBackgroundTasks.backgroundTasks()) {

			if (backgroundTask.getName().equals(importJob.id())) {
				run(backgroundTask);
			}
		}

		return importJob;
	}

	/**
	 * Submits CSV feeds, by file name, as one import, and runs its background task as the portal would.
	 */
	public ImportJob importFeeds(Map<String, String> contents)
		throws Exception {

		List<Upload> uploads = new ArrayList<>();

		for (Map.Entry<String, String> entry : contents.entrySet()) {
			uploads.add(upload(entry.getKey(), entry.getValue()));
		}

		ImportJob importJob = _importJobService.submit(
			_actor, UAI, FeedFiles.uploads(uploads, _portalImportJobs), false);

		for (BackgroundTask backgroundTask :
				_fakeBackgroundTasks.backgroundTasks()) {

			if (backgroundTask.getName().equals(importJob.id())) {
				run(backgroundTask);
			}
		}

		return importJob;
	}

	public ImportJobService importJobService() {
		return _importJobService;
	}

	public void install() {
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
	}

	/**
	 * Merges and unmerges people over the same portal doubles as the imports, as the portal host wires it.
	 */
	public PersonMergeService mergeService() {
		return PortalImportServices.mergeService(
			_auditor, Clock.systemUTC(), () -> FakePortal.COMPANY_ID,
			_fakePortal.directoryMergeLocalService(),
			_fakePortal.directoryMergedKeyLocalService(),
			_fakePortal.expandoValueLocalService(),
			_fakePortal.parentRelationLocalService(),
			_fakePortal.roleLocalService(),
			_fakePortal.teachingAssignmentLocalService(),
			_fakePortal.userGroupLocalService(),
			_fakePortal.userLocalService());
	}

	/**
	 * A permission checker of the administrator, who holds the portlet permissions asked or none of them.
	 */
	public PermissionChecker permissionChecker(boolean permitted) {
		return Fakes.service(
			PermissionChecker.class,
			Map.of(
				"getUserId", arguments -> _user.getUserId(), "hasPermission",
				arguments -> permitted, "isOmniadmin", arguments -> true));
	}

	/**
	 * The imports of one node: a new instance starts with nothing in memory, as another node of a cluster would.
	 */
	public PortalImportJobs portalImportJobs() {
		return new PortalImportJobs(
			_fakeBackgroundTasks.backgroundTaskManager(),
			_fakeBackgroundTasks.backgroundTaskStatusMessageSender(),
			() -> FakePortal.COMPANY_ID,
			Fakes.service(
				GroupLocalService.class,
				Map.of(
					"getCompanyGroup",
					arguments -> Fakes.model(
						Group.class, Fakes.properties("groupId", GROUP_ID)))),
			_fakeBackgroundTasks.portletFileRepository(),
			_folder.resolve("staging"), TASK_EXECUTOR_CLASS_NAME,
			new Transactions() {

				@Override
				public <T> T inTransaction(Supplier<T> work) {
					return work.get();
				}

			},
			_fakePortal.userLocalService());
	}

	public PortalImportJobs portalImportJobsOfThisNode() {
		return _portalImportJobs;
	}

	/**
	 * The portal host's services over these doubles, as its wiring component would hold them after activating.
	 */
	public PreauPortalServices preauPortalServices() {
		PreauPortalServices preauPortalServices = new PreauPortalServices();

		_set(
			preauPortalServices, "_getEstablishmentOverview",
			new EstablishmentOverviewService(
				new PortalEstablishments(
					() -> FakePortal.COMPANY_ID,
					_fakePortal.organizationLocalService(),
					new OrganizationUais(
						_fakePortal.expandoValueLocalService()),
					_fakePortal.userLocalService()),
				Fakes.service(CountDirectory.class, Map.of()),
				_portalImportRuns, _auditor));
		_set(
			preauPortalServices, "_browseDirectory",
			PortalImportServices.directoryBrowser(
				_auditor, () -> FakePortal.COMPANY_ID,
				_fakePortal.counterLocalService(),
				_fakePortal.expandoValueLocalService(),
				_fakePortal.organizationLocalService(),
				_fakePortal.roleLocalService(),
				_fakePortal.teachingAssignmentLocalService(),
				_fakePortal.userGroupLocalService(),
				_fakePortal.userLocalService()));
		_set(
			preauPortalServices, "_importHistory",
			new ImportHistoryService(_portalImportRuns));
		_set(preauPortalServices, "_importJobService", _importJobService);
		_set(preauPortalServices, "_importJobTasks", importJobTasks());
		_set(preauPortalServices, "_portalActors", _portalActors);
		_set(
			preauPortalServices, "_portalImportInputs",
			new PortalImportInputs(_portalImportJobs));
		_set(preauPortalServices, "_portalImportJobs", _portalImportJobs);
		_set(
			preauPortalServices, "_personMergeServices",
			new ConcurrentHashMap<>(
				Map.of(FakePortal.COMPANY_ID, mergeService())));
		_set(
			preauPortalServices, "_searchDirectory",
			PortalImportServices.directorySearch(
				_auditor, () -> FakePortal.COMPANY_ID,
				_fakePortal.counterLocalService(),
				_fakePortal.expandoValueLocalService(),
				_fakePortal.organizationLocalService(),
				_fakePortal.parentRelationLocalService(),
				_fakePortal.roleLocalService(),
				_fakePortal.teachingAssignmentLocalService(),
				_fakePortal.userGroupLocalService(),
				_fakePortal.userLocalService()));

		return preauPortalServices;
	}

	public ImportJobTasks importJobTasks() {
		return new ImportJobTasks(
			_importJobService, _permissionCheckerFactory, _portalActors,
			_portalImportJobs, _fakePortal.userLocalService());
	}

	/**
	 * Runs a task as the portal would.
	 */
	public BackgroundTaskResult run(BackgroundTask backgroundTask)
		throws Exception {

		return _fakeBackgroundTasks.run(
			backgroundTask, importJobTasks()::execute);
	}

	/**
	 * Submits a CSV file of pupils named eleves.csv, as the imports form does.
	 */
	public ImportJob submit(String content, boolean dryRun) {
		return submit("eleves.csv", content, dryRun);
	}

	/**
	 * Submits a CSV feed whose file name says the profile of its rows, such as personnels.csv.
	 */
	public ImportJob submit(String fileName, String content, boolean dryRun) {
		return _importJobService.submit(
			_actor, UAI,
			FeedFiles.uploads(
				List.of(upload(fileName, content)), _portalImportJobs),
			dryRun);
	}

	public void uninstall() {
		TransactionInvokerUtil transactionInvokerUtil =
			new TransactionInvokerUtil();

		transactionInvokerUtil.setTransactionInvoker(null);
	}

	public Upload upload(String name, String content) {
		try {
			Path folder = Files.createTempDirectory(_folder, "upload");

			return new Upload(
				Files.writeString(
					folder.resolve(name), content, StandardCharsets.UTF_8));
		}
		catch (IOException ioException) {
			throw new UncheckedIOException(ioException);
		}
	}

	public User user() {
		return _user;
	}

	private static void _set(Object object, String name, Object value) {
		try {
			Field field = object.getClass(
			).getDeclaredField(
				name
			);

			field.setAccessible(true);
			field.set(object, value);
		}
		catch (ReflectiveOperationException reflectiveOperationException) {
			throw new IllegalStateException(reflectiveOperationException);
		}
	}

	private final Actor _actor;
	private final Auditor _auditor;
	private final FakeBackgroundTasks _fakeBackgroundTasks =
		new FakeBackgroundTasks();
	private final FakePortal _fakePortal = new FakePortal();
	private final Path _folder;
	private final ImportJobService _importJobService;
	private final PermissionCheckerFactory _permissionCheckerFactory;
	private final PortalActors _portalActors;
	private final PortalImportJobs _portalImportJobs;
	private final PortalImportRuns _portalImportRuns;
	private final User _user;

}
