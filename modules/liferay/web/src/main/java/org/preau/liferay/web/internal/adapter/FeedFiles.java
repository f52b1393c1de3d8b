package org.preau.liferay.web.internal.adapter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.preau.core.imports.job.ImportJobInput;
import org.preau.core.imports.model.DirectorySnapshot;
import org.preau.feeds.FeedException;
import org.preau.feeds.FeedReaders;
import org.preau.web.http.Upload;

/**
 * Feed files as an import job reads them in the portal: the uploads of a form, staged until the job's background
 * task holds them, and the task's attachments, copied where the readers find them when the task runs.
 */
public class FeedFiles {

	/**
	 * The files a background task carries, already in a folder of the node that runs it.
	 */
	public static ImportJobInput attached(List<Path> files, String description) {
		List<Path> copy = List.copyOf(files);

		return new ImportJobInput() {

			@Override
			public String description() {
				return description;
			}

			@Override
			public DirectorySnapshot read() {
				return FeedFiles.read(copy);
			}

			@Override
			public void stage(String jobId) {

				// Already where the job reads them

			}

		};
	}

	public static DirectorySnapshot read(List<Path> files) {
		DirectorySnapshot directorySnapshot = new DirectorySnapshot();

		try {
			new FeedReaders().read(files, directorySnapshot);
		}
		catch (FeedException feedException) {
			throw new IllegalArgumentException(
				feedException.getMessage(), feedException);
		}

		return directorySnapshot;
	}

	/**
	 * Files sent with the imports form, copied into the job's staging folder while their request lives; the job's
	 * background task takes them from there.
	 */
	public static ImportJobInput uploads(
		List<Upload> uploads, PortalImportJobs portalImportJobs) {

		List<Upload> copy = List.copyOf(uploads);

		return new ImportJobInput() {

			@Override
			public String description() {
				return copy.toString();
			}

			@Override
			public DirectorySnapshot read() {
				throw new IllegalStateException(
					"the portal reads uploads from the job's background task");
			}

			@Override
			public void stage(String jobId) {
				Path folder = portalImportJobs.stagingFolder(jobId);

				try {
					Files.createDirectories(folder);

					for (Upload upload : copy) {
						Files.copy(
							upload.file(), folder.resolve(upload.fileName()));
					}
				}
				catch (IOException ioException) {
					throw new UncheckedIOException(
						"unable to keep the uploaded files", ioException);
				}
			}

		};
	}

	private FeedFiles() {
	}

}
