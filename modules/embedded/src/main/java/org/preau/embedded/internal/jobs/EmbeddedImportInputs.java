package org.preau.embedded.internal.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.preau.core.directory.model.Uai;
import org.preau.core.imports.job.ImportJobInput;
import org.preau.core.imports.model.DirectorySnapshot;
import org.preau.feeds.FeedException;
import org.preau.feeds.FeedReaders;
import org.preau.web.http.Upload;
import org.preau.web.imports.ImportInputs;

/**
 * What the embedded runtime imports in the background: uploads, copied into the job's folder while their request
 * lives, and the drop folder's files, read where they are.
 */
public class EmbeddedImportInputs implements ImportInputs {

	/**
	 * @param dropFolder the drop folder, or {@code null} if none is configured
	 */
	public EmbeddedImportInputs(
		FileImportJobs fileImportJobs, DropFolder dropFolder) {

		_fileImportJobs = fileImportJobs;
		_dropFolder = dropFolder;
	}

	@Override
	public Optional<ImportJobInput> dropFolder(Uai uai) {
		if (_dropFolder == null) {
			return Optional.empty();
		}

		return Optional.of(
			new ImportJobInput() {

				@Override
				public String description() {
					return "drop folder " + uai.value();
				}

				@Override
				public DirectorySnapshot read() {
					return _read(_dropFolder.files(uai.value()));
				}

				@Override
				public void stage(String jobId) {

					// Refused at once rather than in the background: a missing or escaping folder is the submitter's
					// to fix

					_dropFolder.files(uai.value());
				}

			});
	}

	@Override
	public boolean hasDropFolder() {
		return _dropFolder != null;
	}

	@Override
	public boolean keepsJsonReports() {
		return true;
	}

	@Override
	public ImportJobInput uploads(List<Upload> uploads) {
		List<Upload> copy = List.copyOf(uploads);

		return new ImportJobInput() {

			@Override
			public String description() {
				return copy.toString();
			}

			@Override
			public DirectorySnapshot read() {
				return _read(_stagedFiles);
			}

			@Override
			public void stage(String jobId) {
				Path folder = _fileImportJobs.stagingFolder(jobId);

				try {
					Files.createDirectories(folder);

					for (Upload upload : copy) {
						_stagedFiles.add(
							Files.copy(
								upload.file(),
								folder.resolve(upload.fileName())));
					}
				}
				catch (IOException ioException) {
					throw new UncheckedIOException(
						"unable to keep the uploaded files", ioException);
				}
			}

			private final List<Path> _stagedFiles = new ArrayList<>();

		};
	}

	private static DirectorySnapshot _read(List<Path> files) {
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

	private final DropFolder _dropFolder;
	private final FileImportJobs _fileImportJobs;

}
