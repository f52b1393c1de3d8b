package org.preau.liferay.web.internal.test;

import com.liferay.portal.kernel.backgroundtask.BackgroundTask;
import com.liferay.portal.kernel.backgroundtask.BackgroundTaskConstants;
import com.liferay.portal.kernel.backgroundtask.BackgroundTaskManager;
import com.liferay.portal.kernel.backgroundtask.BackgroundTaskResult;
import com.liferay.portal.kernel.backgroundtask.BackgroundTaskStatusMessageSender;
import com.liferay.portal.kernel.messaging.Message;
import com.liferay.portal.kernel.portletfilerepository.PortletFileRepository;
import com.liferay.portal.kernel.repository.model.FileEntry;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The portal's background tasks in memory: tasks with their context map, status and attachments (read when they are
 * attached, as the portal stores them, until they are deleted from the portlet file repository), and the status
 * messages sent about them. A test runs a task as the portal's message listener would: in progress, then the
 * executor's result.
 */
public class FakeBackgroundTasks {

	public BackgroundTaskManager backgroundTaskManager() {
		return Fakes.service(
			BackgroundTaskManager.class,
			Map.of(
				"addBackgroundTask",
				arguments -> {

					// (userId, groupId, name, taskExecutorClassName, taskContextMap, serviceContext)

					@SuppressWarnings("unchecked")
					Map<String, Serializable> taskContextMap = new HashMap<>(
						(Map<String, Serializable>)arguments[4]);

					long backgroundTaskId = _nextId++;

					Map<String, Object> properties = Fakes.properties(
						"attachmentsFileEntries", new ArrayList<FileEntry>(),
						"backgroundTaskId", backgroundTaskId, "companyId",
						FakePortal.COMPANY_ID, "createDate", new Date(),
						"groupId", arguments[1], "name", arguments[2],
						"status", BackgroundTaskConstants.STATUS_NEW,
						"taskContextMap", taskContextMap,
						"taskExecutorClassName", arguments[3], "userId",
						arguments[0]);

					BackgroundTask backgroundTask = Fakes.model(
						BackgroundTask.class, properties);

					_backgroundTasks.add(backgroundTask);
					_properties.put(backgroundTaskId, properties);

					return backgroundTask;
				},
				"addBackgroundTaskAttachment",
				arguments -> {
					byte[] bytes = _read((File)arguments[3]);

					_attachments(
						(Long)arguments[1]
					).add(
						Fakes.model(
							FileEntry.class,
							Fakes.properties(
								"contentStream",
								new ByteArrayInputStream(bytes),
								"fileEntryId", _nextId++, "fileName",
								arguments[2]))
					);

					return null;
				},
				"amendBackgroundTask",
				arguments -> {

					// (backgroundTaskId, taskContextMap, status, statusMessage, serviceContext)

					BackgroundTask backgroundTask = _backgroundTask(
						(Long)arguments[0]);

					@SuppressWarnings("unchecked")
					Map<String, Serializable> taskContextMap =
						(Map<String, Serializable>)arguments[1];

					backgroundTask.getTaskContextMap(
					).putAll(
						taskContextMap
					);
					_setStatus(
						backgroundTask, (Integer)arguments[2],
						(String)arguments[3]);

					return backgroundTask;
				},
				"deleteBackgroundTask",
				arguments -> {
					BackgroundTask backgroundTask = _backgroundTask(
						(Long)arguments[0]);

					_backgroundTasks.remove(backgroundTask);
					_properties.remove(backgroundTask.getBackgroundTaskId());

					return backgroundTask;
				},
				"getBackgroundTasks",
				arguments -> _backgroundTasks.stream(
				).filter(
					backgroundTask ->
						(backgroundTask.getGroupId() == (Long)arguments[0]) &&
						backgroundTask.getTaskExecutorClassName(
						).equals(
							arguments[1]
						)
				).collect(
					Collectors.toList()
				)));
	}

	public List<BackgroundTask> backgroundTasks() {
		return _backgroundTasks;
	}

	/**
	 * Makes the portlet file repository refuse to delete files, as a failing document store would, or delete them
	 * again.
	 */
	public void failDeletions(boolean failDeletions) {
		_failDeletions = failDeletions;
	}

	/**
	 * The portlet file repository that holds the tasks' attachments.
	 */
	public PortletFileRepository portletFileRepository() {
		return Fakes.service(
			PortletFileRepository.class,
			Map.of(
				"deletePortletFileEntry",
				arguments -> {
					if (_failDeletions) {
						throw new IllegalStateException(
							"the document store refuses to delete file " +
								arguments[0]);
					}

					for (Map<String, Object> properties :
							_properties.values()) {

						@SuppressWarnings("unchecked")
						List<FileEntry> fileEntries =
							(List<FileEntry>)properties.get(
								"attachmentsFileEntries");

						fileEntries.removeIf(
							fileEntry ->
								fileEntry.getFileEntryId() ==
									(Long)arguments[0]);
					}

					return null;
				}));
	}

	public BackgroundTaskStatusMessageSender
		backgroundTaskStatusMessageSender() {

		return Fakes.service(
			BackgroundTaskStatusMessageSender.class,
			Map.of(
				"sendBackgroundTaskStatusMessage",
				arguments -> {
					_statusMessages.add((Message)arguments[0]);

					return null;
				}));
	}

	/**
	 * Runs a task as the portal does: in progress while the executor works, then the status of its result.
	 */
	public BackgroundTaskResult run(
			BackgroundTask backgroundTask, Executor executor)
		throws Exception {

		_setStatus(
			backgroundTask, BackgroundTaskConstants.STATUS_IN_PROGRESS, null);

		BackgroundTaskResult backgroundTaskResult = executor.execute(
			backgroundTask);

		_setStatus(
			backgroundTask, backgroundTaskResult.getStatus(),
			backgroundTaskResult.getStatusMessage());

		return backgroundTaskResult;
	}

	public List<Message> statusMessages() {
		return _statusMessages;
	}

	@FunctionalInterface
	public interface Executor {

		BackgroundTaskResult execute(BackgroundTask backgroundTask)
			throws Exception;

	}

	private static byte[] _read(File file) {
		try {
			return Files.readAllBytes(file.toPath());
		}
		catch (IOException ioException) {
			throw new UncheckedIOException(ioException);
		}
	}

	@SuppressWarnings("unchecked")
	private List<FileEntry> _attachments(long backgroundTaskId) {
		return (List<FileEntry>)_properties.get(
			backgroundTaskId
		).get(
			"attachmentsFileEntries"
		);
	}

	private BackgroundTask _backgroundTask(long backgroundTaskId) {
		for (BackgroundTask backgroundTask : _backgroundTasks) {
			if (backgroundTask.getBackgroundTaskId() == backgroundTaskId) {
				return backgroundTask;
			}
		}

		throw new IllegalArgumentException(
			"no background task " + backgroundTaskId);
	}

	private void _setStatus(
		BackgroundTask backgroundTask, int status, String statusMessage) {

		Map<String, Object> properties = _properties.get(
			backgroundTask.getBackgroundTaskId());

		properties.put("status", status);
		properties.put("statusMessage", statusMessage);

		if ((status == BackgroundTaskConstants.STATUS_FAILED) ||
			(status == BackgroundTaskConstants.STATUS_SUCCESSFUL)) {

			properties.put("completionDate", new Date());
		}
	}

	private final List<BackgroundTask> _backgroundTasks = new ArrayList<>();
	private boolean _failDeletions;
	private long _nextId = 5000;
	private final Map<Long, Map<String, Object>> _properties = new HashMap<>();
	private final List<Message> _statusMessages = new ArrayList<>();

}
