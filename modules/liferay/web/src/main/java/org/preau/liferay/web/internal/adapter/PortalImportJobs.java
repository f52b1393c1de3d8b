package org.preau.liferay.web.internal.adapter;

import com.liferay.portal.kernel.backgroundtask.BackgroundTask;
import com.liferay.portal.kernel.backgroundtask.BackgroundTaskConstants;
import com.liferay.portal.kernel.backgroundtask.BackgroundTaskManager;
import com.liferay.portal.kernel.backgroundtask.BackgroundTaskStatusMessageSender;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.log.Log;
import com.liferay.portal.kernel.log.LogFactoryUtil;
import com.liferay.portal.kernel.messaging.Message;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.portletfilerepository.PortletFileRepository;
import com.liferay.portal.kernel.repository.model.FileEntry;
import com.liferay.portal.kernel.service.GroupLocalService;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.service.UserLocalService;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

import org.preau.core.common.Transactions;
import org.preau.core.directory.model.Uai;
import org.preau.core.imports.job.ImportJob;
import org.preau.core.imports.job.ImportJobState;
import org.preau.core.imports.job.port.out.ImportJobLauncher;
import org.preau.core.imports.job.port.out.ImportJobs;
import org.preau.core.imports.job.service.MemoryImportJobs;
import org.preau.core.imports.model.ImportReport;
import org.preau.core.imports.report.ImportReportJson;

/**
 * The import jobs of the portal, as background tasks of the company's group, so that every node of a cluster sees
 * them and the portal runs them where it decides: the task's name is the job's id, its attachments the staged feed
 * files, its context map the job's state, progress and, once it succeeded, its JSON report. Launching a job creates
 * its task and attaches the files in one transaction, and the portal queues a task only once its transaction
 * commits, so the executor never sees a task without its files. The node that submits or runs a job also keeps it in
 * memory with its reports, for the job's page; a job read back from its task has its outcome and its JSON report.
 *
 * <p>
 * The feed files hold minors' personal data, so a task keeps them only while its job may still run: they are deleted
 * once the job has recorded its end, and pruning deletes the finished tasks past the retention.
 * </p>
 */
public class PortalImportJobs implements ImportJobLauncher, ImportJobs {

	public PortalImportJobs(
		BackgroundTaskManager backgroundTaskManager,
		BackgroundTaskStatusMessageSender backgroundTaskStatusMessageSender,
		LongSupplier companyIdSupplier, GroupLocalService groupLocalService,
		PortletFileRepository portletFileRepository, Path stagingRoot,
		String taskExecutorClassName, Transactions transactions,
		UserLocalService userLocalService) {

		_backgroundTaskManager = backgroundTaskManager;
		_backgroundTaskStatusMessageSender = backgroundTaskStatusMessageSender;
		_companyIdSupplier = companyIdSupplier;
		_groupLocalService = groupLocalService;
		_portletFileRepository = portletFileRepository;
		_stagingRoot = stagingRoot;
		_taskExecutorClassName = taskExecutorClassName;
		_transactions = transactions;
		_userLocalService = userLocalService;
	}

	@Override
	public boolean addUnlessBusy(ImportJob importJob) {
		for (BackgroundTask backgroundTask : _backgroundTasks()) {
			if (_isActive(backgroundTask)) {
				Set<Uai> uais = _uais(backgroundTask);

				for (Uai uai : importJob.uais()) {
					if (uais.contains(uai)) {
						return false;
					}
				}
			}
		}

		return _memoryImportJobs.addUnlessBusy(importJob);
	}

	/**
	 * Deletes the feed files a task carries and marks the task as holding none. A failure is logged and leaves the
	 * mark unset, so that the next pruning tries again; the job's outcome, recorded before, stands.
	 *
	 * @return whether the task holds no feed file any more
	 */
	public boolean deleteAttachments(BackgroundTask backgroundTask) {
		try {
			for (FileEntry fileEntry :
					backgroundTask.getAttachmentsFileEntries()) {

				_portletFileRepository.deletePortletFileEntry(
					fileEntry.getFileEntryId());
			}

			Map<String, Serializable> taskContextMap = new HashMap<>(
				backgroundTask.getTaskContextMap());

			taskContextMap.put(_FEED_FILES_DELETED, Boolean.TRUE.toString());

			_backgroundTaskManager.amendBackgroundTask(
				backgroundTask.getBackgroundTaskId(), taskContextMap,
				backgroundTask.getStatus(), backgroundTask.getStatusMessage(),
				new ServiceContext());

			return true;
		}
		catch (PortalException | RuntimeException exception) {
			_log.error(
				"Unable to delete the feed files of import job " +
					backgroundTask.getName(),
				exception);

			return false;
		}
	}

	@Override
	public Optional<ImportJob> get(String id) {
		Optional<ImportJob> importJob = _memoryImportJobs.get(id);

		if (importJob.isPresent()) {
			return importJob;
		}

		return _backgroundTask(
			id
		).map(
			this::_toImportJob
		);
	}

	/**
	 * Creates the job's background task with the files staged for it, and forgets the staged copies. The work given
	 * is not run here: the task carries the job's id, and the portal's executor runs the job wherever it runs it.
	 */
	@Override
	public void launch(ImportJob importJob, Runnable work) {
		long companyId = _companyIdSupplier.getAsLong();

		User user = _userLocalService.fetchUserByScreenName(
			companyId, importJob.actor());

		if (user == null) {
			throw new IllegalArgumentException(
				"no portal user " + importJob.actor() + " to run the import");
		}

		Path stagingFolder = stagingFolder(importJob.id());

		try {
			BackgroundTask backgroundTask = _transactions.inTransaction(
				() -> {
					try {
						BackgroundTask addedBackgroundTask =
							_backgroundTaskManager.addBackgroundTask(
								user.getUserId(), _companyGroupId(companyId),
								importJob.id(), _taskExecutorClassName,
								_taskContextMap(importJob),
								new ServiceContext());

						for (Path file : _files(stagingFolder)) {
							_backgroundTaskManager.addBackgroundTaskAttachment(
								user.getUserId(),
								addedBackgroundTask.getBackgroundTaskId(),
								file.getFileName(
								).toString(),
								file.toFile());
						}

						return addedBackgroundTask;
					}
					catch (PortalException portalException) {
						throw new IllegalStateException(
							"cannot create the background task of " +
								importJob,
							portalException);
					}
				});

			_backgroundTaskIds.put(
				importJob.id(), backgroundTask.getBackgroundTaskId());
		}
		finally {
			_delete(stagingFolder);
		}
	}

	@Override
	public List<ImportJob> ofEstablishment(Uai uai, int limit) {
		Map<String, ImportJob> importJobs = new LinkedHashMap<>();

		for (ImportJob importJob :
				_memoryImportJobs.ofEstablishment(uai, limit)) {

			importJobs.put(importJob.id(), importJob);
		}

		for (BackgroundTask backgroundTask : _backgroundTasks()) {
			if (!importJobs.containsKey(backgroundTask.getName()) &&
				_uais(
					backgroundTask
				).contains(
					uai
				)) {

				importJobs.put(
					backgroundTask.getName(), _toImportJob(backgroundTask));
			}
		}

		List<ImportJob> sorted = new ArrayList<>(importJobs.values());

		sorted.sort(
			Comparator.comparing(
				ImportJob::submittedAt
			).reversed());

		if (sorted.size() > limit) {
			return new ArrayList<>(sorted.subList(0, limit));
		}

		return sorted;
	}

	/**
	 * Deletes the finished import tasks of the current portal instance that ended more than the retention's days
	 * before the instant given and are not among the latest tasks kept of any of their establishments, as the
	 * embedded host prunes its job folders. Tasks that the portal has queued or is running are never deleted, and
	 * other executors' tasks are not seen. A finished task that is kept loses the feed files it still holds once
	 * nothing can run its job again (its job left the queue): a deletion that failed when the job ended, or a job
	 * interrupted by a node's stop.
	 *
	 * @param  retentionDays how many days a finished task is kept at least
	 * @param  retainedJobs how many of each establishment's latest tasks are kept, however old
	 * @return how many tasks were deleted
	 */
	public int prune(Instant now, int retentionDays, int retainedJobs) {
		if ((retentionDays < 0) || (retainedJobs < 0)) {
			throw new IllegalArgumentException(
				"the retention of import tasks is " + retentionDays +
					" days or " + retainedJobs + " jobs: neither may be " +
						"negative");
		}

		Instant limit = now.minus(Duration.ofDays(retentionDays));

		List<BackgroundTask> backgroundTasks = new ArrayList<>(
			_backgroundTasks());

		backgroundTasks.sort(
			Comparator.comparing(
				PortalImportJobs::_submittedAt
			).reversed());

		Map<Uai, Integer> counts = new HashMap<>();
		int deleted = 0;

		for (BackgroundTask backgroundTask : backgroundTasks) {
			boolean latest = false;

			for (Uai uai : _uais(backgroundTask)) {
				if (counts.merge(uai, 1, Integer::sum) <= retainedJobs) {
					latest = true;
				}
			}

			if (_isActive(backgroundTask)) {
				continue;
			}

			if (latest || !_endedAt(backgroundTask).isBefore(limit)) {
				if ((_jobState(backgroundTask) != ImportJobState.QUEUED) &&
					!Boolean.parseBoolean(
						String.valueOf(
							backgroundTask.getTaskContextMap(
							).get(
								_FEED_FILES_DELETED
							)))) {

					deleteAttachments(backgroundTask);
				}

				continue;
			}

			try {
				_backgroundTaskManager.deleteBackgroundTask(
					backgroundTask.getBackgroundTaskId());

				_backgroundTaskIds.remove(backgroundTask.getName());

				deleted++;
			}
			catch (PortalException | RuntimeException exception) {
				_log.error(
					"Unable to delete the task of import job " +
						backgroundTask.getName(),
					exception);
			}
		}

		return deleted;
	}

	/**
	 * The JSON report a job kept once it succeeded.
	 */
	public Optional<String> reportJson(String id) {
		return _backgroundTask(
			id
		).map(
			backgroundTask -> (String)backgroundTask.getTaskContextMap(
			).get(
				_REPORT
			)
		);
	}

	/**
	 * Where a job's uploaded files wait until its task is created.
	 */
	public Path stagingFolder(String id) {
		return _stagingRoot.resolve(id);
	}

	/**
	 * Records the job's state in its task, once the task exists, and sends its progress as a status message to the
	 * portal's live status of the task. Once the job has ended, the task loses its feed files.
	 */
	@Override
	public void update(ImportJob importJob) {
		// A job submitted on another node, or before this node restarted, runs here from its task

		_memoryImportJobs.record(importJob);

		Optional<Long> backgroundTaskId = _backgroundTaskId(importJob.id());

		if (backgroundTaskId.isEmpty()) {
			return;
		}

		BackgroundTask backgroundTask =
			_backgroundTaskManager.amendBackgroundTask(
				backgroundTaskId.get(), _taskContextMap(importJob),
				_status(importJob.state()),
				importJob.errorMessage(
				).orElse(
					null
				),
				new ServiceContext());

		Message message = new Message();

		message.put(
			BackgroundTaskConstants.BACKGROUND_TASK_ID, backgroundTaskId.get());
		message.put(SOURCES_DONE, importJob.sourcesDone());
		message.put(SOURCES_TOTAL, importJob.sourcesTotal());
		message.put(STATE, importJob.state().name());

		_backgroundTaskStatusMessageSender.sendBackgroundTaskStatusMessage(
			message);

		if (!importJob.state().isActive() && (backgroundTask != null)) {
			deleteAttachments(backgroundTask);
		}
	}

	/**
	 * The keys of a job's progress in its status messages and in the task's live status.
	 */
	public static final String SOURCES_DONE = "sourcesDone";

	public static final String SOURCES_TOTAL = "sourcesTotal";

	public static final String STATE = "state";

	/**
	 * The key of the establishments (UAIs, comma separated) in a task's context map, which the executor reads to let
	 * only one import of an establishment run at a time.
	 */
	public static final String UAIS = "uais";

	private static void _delete(Path path) {
		if (!Files.exists(path)) {
			return;
		}

		try (Stream<Path> paths = Files.walk(path)) {
			paths.sorted(
				Comparator.reverseOrder()
			).forEach(
				file -> file.toFile().delete()
			);
		}
		catch (IOException ioException) {
			throw new UncheckedIOException(ioException);
		}
	}

	private static List<Path> _files(Path folder) {
		List<Path> files = new ArrayList<>();

		if (!Files.isDirectory(folder)) {
			return files;
		}

		try (DirectoryStream<Path> directoryStream =
				Files.newDirectoryStream(folder)) {

			for (Path file : directoryStream) {
				if (Files.isRegularFile(file)) {
					files.add(file);
				}
			}
		}
		catch (IOException ioException) {
			throw new UncheckedIOException(
				"unable to read the staged files in " + folder, ioException);
		}

		files.sort(Comparator.naturalOrder());

		return files;
	}

	/**
	 * When a finished task ended: its job's end, or the portal's when the job could not record it.
	 */
	private static Instant _endedAt(BackgroundTask backgroundTask) {
		Instant finishedAt = _instant(
			backgroundTask.getTaskContextMap(
			).get(
				_FINISHED_AT
			));

		if (finishedAt != null) {
			return finishedAt;
		}

		if (backgroundTask.getCompletionDate() != null) {
			return backgroundTask.getCompletionDate(
			).toInstant();
		}

		return _submittedAt(backgroundTask);
	}

	private static Instant _instant(Serializable value) {
		if ((value == null) || String.valueOf(value).isEmpty()) {
			return null;
		}

		return Instant.parse(String.valueOf(value));
	}

	private static int _int(Serializable value) {
		if (value == null) {
			return 0;
		}

		return Integer.parseInt(String.valueOf(value));
	}

	private static boolean _isActive(BackgroundTask backgroundTask) {
		int status = backgroundTask.getStatus();

		if ((status == BackgroundTaskConstants.STATUS_IN_PROGRESS) ||
			(status == BackgroundTaskConstants.STATUS_NEW) ||
			(status == BackgroundTaskConstants.STATUS_QUEUED)) {

			return true;
		}

		return false;
	}

	/**
	 * The job's state as the job last recorded it in its task.
	 */
	private static ImportJobState _jobState(BackgroundTask backgroundTask) {
		return ImportJobState.valueOf(
			String.valueOf(
				backgroundTask.getTaskContextMap(
				).getOrDefault(
					STATE, ImportJobState.QUEUED.name()
				)));
	}

	private static int _status(ImportJobState importJobState) {
		if (importJobState == ImportJobState.FAILED) {
			return BackgroundTaskConstants.STATUS_FAILED;
		}

		if (importJobState == ImportJobState.QUEUED) {
			return BackgroundTaskConstants.STATUS_QUEUED;
		}

		if (importJobState == ImportJobState.SUCCEEDED) {
			return BackgroundTaskConstants.STATUS_SUCCESSFUL;
		}

		return BackgroundTaskConstants.STATUS_IN_PROGRESS;
	}

	private static Instant _submittedAt(BackgroundTask backgroundTask) {
		Instant submittedAt = _instant(
			backgroundTask.getTaskContextMap(
			).get(
				_SUBMITTED_AT
			));

		if (submittedAt != null) {
			return submittedAt;
		}

		return backgroundTask.getCreateDate(
		).toInstant();
	}

	private static Set<Uai> _uais(BackgroundTask backgroundTask) {
		Set<Uai> uais = new LinkedHashSet<>();

		Serializable value = backgroundTask.getTaskContextMap(
		).get(
			UAIS
		);

		if (value == null) {
			return uais;
		}

		for (String uai : String.valueOf(value).split(",")) {
			if (Uai.isValid(uai)) {
				uais.add(Uai.of(uai));
			}
		}

		return uais;
	}

	private Optional<BackgroundTask> _backgroundTask(String id) {
		for (BackgroundTask backgroundTask : _backgroundTasks()) {
			if (id.equals(backgroundTask.getName())) {
				_backgroundTaskIds.put(
					id, backgroundTask.getBackgroundTaskId());

				return Optional.of(backgroundTask);
			}
		}

		return Optional.empty();
	}

	private Optional<Long> _backgroundTaskId(String id) {
		Long backgroundTaskId = _backgroundTaskIds.get(id);

		if (backgroundTaskId != null) {
			return Optional.of(backgroundTaskId);
		}

		return _backgroundTask(
			id
		).map(
			BackgroundTask::getBackgroundTaskId
		);
	}

	private List<BackgroundTask> _backgroundTasks() {
		return _backgroundTaskManager.getBackgroundTasks(
			_companyGroupId(_companyIdSupplier.getAsLong()),
			_taskExecutorClassName);
	}

	private long _companyGroupId(long companyId) {
		try {
			return _groupLocalService.getCompanyGroup(
				companyId
			).getGroupId();
		}
		catch (PortalException portalException) {
			throw new IllegalStateException(
				"no group of company " + companyId, portalException);
		}
	}

	private Map<String, Serializable> _taskContextMap(ImportJob importJob) {
		Map<String, Serializable> taskContextMap = new HashMap<>();

		List<String> runIds = new ArrayList<>();

		importJob.runIds().forEach(runId -> runIds.add(String.valueOf(runId)));

		List<String> uais = new ArrayList<>();

		importJob.uais().forEach(uai -> uais.add(uai.value()));

		taskContextMap.put(_ACTOR, importJob.actor());
		taskContextMap.put(_DESCRIPTION, importJob.description());
		taskContextMap.put(_DRY_RUN, String.valueOf(importJob.dryRun()));
		taskContextMap.put(
			_ERROR,
			importJob.errorMessage(
			).orElse(
				""
			));
		taskContextMap.put(
			_FINISHED_AT,
			importJob.finishedAt(
			).map(
				Instant::toString
			).orElse(
				""
			));
		taskContextMap.put(_RUN_IDS, String.join(",", runIds));
		taskContextMap.put(SOURCES_DONE, importJob.sourcesDone());
		taskContextMap.put(SOURCES_TOTAL, importJob.sourcesTotal());
		taskContextMap.put(STATE, importJob.state().name());
		taskContextMap.put(
			_SUBMITTED_AT, importJob.submittedAt().toString());
		taskContextMap.put(UAIS, String.join(",", uais));

		if ((importJob.state() == ImportJobState.SUCCEEDED) &&
			!importJob.reports().isEmpty()) {

			StringBuilder sb = new StringBuilder();

			ImportReportJson.write(importJob.reports(), sb);

			taskContextMap.put(_REPORT, sb.toString());
		}

		return taskContextMap;
	}

	private ImportJob _toImportJob(BackgroundTask backgroundTask) {
		Map<String, Serializable> taskContextMap =
			backgroundTask.getTaskContextMap();

		List<Long> runIds = new ArrayList<>();

		for (String runId :
				String.valueOf(
					taskContextMap.getOrDefault(_RUN_IDS, "")
				).split(
					","
				)) {

			if (!runId.isEmpty()) {
				runIds.add(Long.valueOf(runId));
			}
		}

		String error = String.valueOf(taskContextMap.getOrDefault(_ERROR, ""));

		ImportJobState importJobState = _jobState(backgroundTask);

		if ((backgroundTask.getStatus() ==
				BackgroundTaskConstants.STATUS_FAILED) &&
			importJobState.isActive()) {

			// The portal failed the task before the job could record its end, for instance when its node stopped

			importJobState = ImportJobState.FAILED;

			if (error.isEmpty()) {
				error = String.valueOf(backgroundTask.getStatusMessage());
			}
		}

		return ImportJob.of(
			backgroundTask.getName(), _uais(backgroundTask),
			String.valueOf(taskContextMap.get(_ACTOR)),
			String.valueOf(taskContextMap.getOrDefault(_DESCRIPTION, "")),
			Boolean.parseBoolean(
				String.valueOf(taskContextMap.get(_DRY_RUN))),
			_instant(taskContextMap.get(_SUBMITTED_AT)),
			_instant(taskContextMap.get(_FINISHED_AT)), importJobState,
			_int(taskContextMap.get(SOURCES_DONE)),
			_int(taskContextMap.get(SOURCES_TOTAL)), List.<ImportReport>of(),
			runIds, error.isEmpty() ? null : error);
	}

	private static final String _ACTOR = "actor";

	private static final String _DESCRIPTION = "description";

	private static final String _DRY_RUN = "dryRun";

	private static final String _ERROR = "error";

	/**
	 * The key that marks a task whose feed files were deleted, so that pruning reads its attachments no more.
	 */
	private static final String _FEED_FILES_DELETED = "feedFilesDeleted";

	private static final String _FINISHED_AT = "finishedAt";

	private static final int _MAX_JOBS = 200;

	private static final String _REPORT = "report";

	private static final String _RUN_IDS = "runIds";

	private static final String _SUBMITTED_AT = "submittedAt";

	private static final Log _log = LogFactoryUtil.getLog(
		PortalImportJobs.class);

	private final BackgroundTaskManager _backgroundTaskManager;
	private final Map<String, Long> _backgroundTaskIds =
		new ConcurrentHashMap<>();
	private final BackgroundTaskStatusMessageSender
		_backgroundTaskStatusMessageSender;
	private final LongSupplier _companyIdSupplier;
	private final GroupLocalService _groupLocalService;
	private final MemoryImportJobs _memoryImportJobs = new MemoryImportJobs(
		_MAX_JOBS);
	private final PortletFileRepository _portletFileRepository;
	private final Path _stagingRoot;
	private final String _taskExecutorClassName;
	private final Transactions _transactions;
	private final UserLocalService _userLocalService;

}
