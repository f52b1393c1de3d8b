package org.preau.liferay.web.internal.adapter;

import com.liferay.portal.kernel.backgroundtask.BackgroundTask;
import com.liferay.portal.kernel.backgroundtask.BackgroundTaskConstants;
import com.liferay.portal.kernel.backgroundtask.BackgroundTaskResult;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.repository.model.FileEntry;
import com.liferay.portal.kernel.security.permission.PermissionCheckerFactory;
import com.liferay.portal.kernel.service.UserLocalService;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.preau.core.imports.job.ImportJob;
import org.preau.core.imports.job.ImportJobState;
import org.preau.core.imports.job.service.ImportJobService;
import org.preau.core.security.Actor;
import org.preau.liferay.web.internal.security.PortalActors;

/**
 * Runs the import job a background task carries, on whichever node the portal runs it: the job's user becomes the
 * actor again (with the rights they have now), the task's attachments are copied into a folder of this node for the
 * readers, and the job runs through the core's job service, which records its progress and outcome. Recording the
 * job's end deletes the task's attachments; a task that ends without its job running (its user may not import any
 * more, or a node stopped while the job ran, so that the job left the queue and cannot run again) loses them here.
 * A task whose job is still queued keeps them, since the portal may run it again.
 */
public class ImportJobTasks {

	public ImportJobTasks(
		ImportJobService importJobService,
		PermissionCheckerFactory permissionCheckerFactory,
		PortalActors portalActors, PortalImportJobs portalImportJobs,
		UserLocalService userLocalService) {

		_importJobService = importJobService;
		_permissionCheckerFactory = permissionCheckerFactory;
		_portalActors = portalActors;
		_portalImportJobs = portalImportJobs;
		_userLocalService = userLocalService;
	}

	public BackgroundTaskResult execute(BackgroundTask backgroundTask)
		throws IOException, PortalException {

		User user = _userLocalService.getUser(backgroundTask.getUserId());

		Optional<Actor> actor = _portalActors.actor(
			user, _permissionCheckerFactory.create(user));

		if (actor.isEmpty()) {
			_portalImportJobs.deleteAttachments(backgroundTask);

			return new BackgroundTaskResult(
				BackgroundTaskConstants.STATUS_FAILED,
				"the import's user " + user.getScreenName() +
					" cannot import");
		}

		Path folder = Files.createTempDirectory("preau-import-");

		try {
			List<Path> files = new ArrayList<>();
			List<String> fileNames = new ArrayList<>();

			for (FileEntry fileEntry :
					backgroundTask.getAttachmentsFileEntries()) {

				Path file = folder.resolve(
					UploadNames.safeName(fileEntry.getFileName()));

				try (InputStream inputStream = fileEntry.getContentStream()) {
					Files.copy(inputStream, file);
				}

				files.add(file);
				fileNames.add(fileEntry.getFileName());
			}

			ImportJob importJob = _importJobService.execute(
				actor.get(), backgroundTask.getName(),
				FeedFiles.attached(files, fileNames.toString()));

			if (importJob.state().isActive()) {
				_portalImportJobs.deleteAttachments(backgroundTask);
			}

			if (importJob.state() == ImportJobState.SUCCEEDED) {
				return BackgroundTaskResult.SUCCESS;
			}

			return new BackgroundTaskResult(
				BackgroundTaskConstants.STATUS_FAILED,
				importJob.errorMessage(
				).orElse(
					importJob.state().name()
				));
		}
		finally {
			_delete(folder);
		}
	}

	private static void _delete(Path path) {
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

	private final ImportJobService _importJobService;
	private final PermissionCheckerFactory _permissionCheckerFactory;
	private final PortalActors _portalActors;
	private final PortalImportJobs _portalImportJobs;
	private final UserLocalService _userLocalService;

}
