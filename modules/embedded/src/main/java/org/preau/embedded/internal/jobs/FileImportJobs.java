package org.preau.embedded.internal.jobs;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.preau.core.directory.model.Uai;
import org.preau.core.imports.job.ImportJob;
import org.preau.core.imports.job.ImportJobState;
import org.preau.core.imports.job.port.out.ImportJobs;
import org.preau.core.imports.job.service.MemoryImportJobs;
import org.preau.core.imports.model.ImportReport;
import org.preau.core.imports.report.ImportReportJson;

/**
 * The import jobs of the embedded runtime, one folder each under {@code <data>/imports/<jobId>/}: {@code job.properties}
 * with its state, {@code report.json} once it succeeded, and {@code files/} with the staged feed while it runs. The
 * jobs are also held in memory, with their reports, until the runtime stops; the next start reads the folders back
 * (without the reports, which stay as JSON), and records the jobs that were queued or running as interrupted.
 *
 * <p>
 * Finished jobs' folders are pruned when the runtime starts and whenever a job ends: a folder goes once its job is
 * older than the retention and is not among the latest jobs kept, so that a quiet school keeps its last reports and a
 * busy académie does not fill its disk. Queued and running jobs are never pruned.
 * </p>
 */
public class FileImportJobs implements ImportJobs {

	public FileImportJobs(Path folder, Clock clock) {
		this(folder, clock, DEFAULT_RETENTION_DAYS, DEFAULT_RETAINED_JOBS);
	}

	/**
	 * @param retentionDays how many days a finished job's folder is kept at least
	 * @param retainedJobs how many of the latest jobs' folders are kept at least, however old
	 */
	public FileImportJobs(
		Path folder, Clock clock, int retentionDays, int retainedJobs) {

		if ((retentionDays < 0) || (retainedJobs < 0)) {
			throw new IllegalArgumentException(
				"the retention of import jobs is " + retentionDays +
					" days or " + retainedJobs + " jobs: neither may be " +
						"negative");
		}

		_folder = folder;
		_clock = clock;
		_retentionDays = retentionDays;
		_retainedJobs = retainedJobs;

		try {
			Files.createDirectories(folder);

			List<ImportJob> importJobs = new ArrayList<>();

			try (DirectoryStream<Path> directoryStream =
					Files.newDirectoryStream(folder)) {

				for (Path jobFolder : directoryStream) {
					_load(jobFolder, clock).ifPresent(importJobs::add);
				}
			}

			importJobs.sort(Comparator.comparing(ImportJob::submittedAt));

			for (ImportJob importJob : _prune(importJobs)) {
				_memoryImportJobs.addUnlessBusy(importJob);
			}
		}
		catch (IOException ioException) {
			throw new UncheckedIOException(
				"unable to read the import jobs in " + folder, ioException);
		}
	}

	@Override
	public boolean addUnlessBusy(ImportJob importJob) {
		if (!_memoryImportJobs.addUnlessBusy(importJob)) {
			return false;
		}

		_write(importJob);

		return true;
	}

	public void deleteStagedFiles(String id) {
		_delete(_folder.resolve(id).resolve(_FILES));
	}

	@Override
	public Optional<ImportJob> get(String id) {
		return _memoryImportJobs.get(id);
	}

	@Override
	public List<ImportJob> ofEstablishment(Uai uai, int limit) {
		return _memoryImportJobs.ofEstablishment(uai, limit);
	}

	/**
	 * The JSON report of a known job, if it succeeded.
	 */
	public Optional<Path> reportFile(String id) {
		if (_memoryImportJobs.get(id).isEmpty()) {
			return Optional.empty();
		}

		Path reportFile = _folder.resolve(id).resolve(_REPORT);

		if (!Files.isRegularFile(reportFile)) {
			return Optional.empty();
		}

		return Optional.of(reportFile);
	}

	/**
	 * The folder where a job's input is staged.
	 */
	public Path stagingFolder(String id) {
		return _folder.resolve(id).resolve(_FILES);
	}

	/**
	 * Records the job's new state on disk, then in memory, so that whoever sees the new state finds its files
	 * written; a job that ended loses its staged feed first.
	 */
	@Override
	public void update(ImportJob importJob) {
		if (!importJob.state().isActive()) {
			deleteStagedFiles(importJob.id());
		}

		if ((importJob.state() == ImportJobState.SUCCEEDED) &&
			!importJob.reports().isEmpty()) {

			_writeReport(importJob);
		}

		_write(importJob);

		_memoryImportJobs.update(importJob);

		if (!importJob.state().isActive()) {
			_pruneFolders();
		}
	}

	public static final int DEFAULT_RETAINED_JOBS = 50;

	public static final int DEFAULT_RETENTION_DAYS = 30;

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

	private static Instant _instant(String value) {
		if ((value == null) || value.isEmpty()) {
			return null;
		}

		return Instant.parse(value);
	}

	/**
	 * Deletes the folders of the jobs past the retention and returns the jobs kept, oldest first.
	 *
	 * @param importJobs the jobs, oldest first
	 */
	private List<ImportJob> _prune(List<ImportJob> importJobs) {
		Instant limit = _clock.instant(
		).minus(
			Duration.ofDays(_retentionDays)
		);

		List<ImportJob> kept = new ArrayList<>();

		for (int i = 0; i < importJobs.size(); i++) {
			ImportJob importJob = importJobs.get(i);

			boolean latest = (importJobs.size() - i) <= _retainedJobs;

			if (latest || importJob.state().isActive() ||
				!importJob.submittedAt().isBefore(limit)) {

				kept.add(importJob);
			}
			else {
				_delete(_folder.resolve(importJob.id()));
			}
		}

		return kept;
	}

	/**
	 * Prunes the folders as they are on disk, which also holds the jobs of earlier starts that memory no longer keeps.
	 */
	private synchronized void _pruneFolders() {
		List<ImportJob> importJobs = new ArrayList<>();

		try (DirectoryStream<Path> directoryStream =
				Files.newDirectoryStream(_folder)) {

			for (Path jobFolder : directoryStream) {
				String id = jobFolder.getFileName().toString();

				Optional<ImportJob> importJob = _memoryImportJobs.get(id);

				if (importJob.isEmpty()) {
					importJob = _read(jobFolder);
				}

				importJob.ifPresent(importJobs::add);
			}
		}
		catch (IOException ioException) {
			throw new UncheckedIOException(
				"unable to read the import jobs in " + _folder, ioException);
		}

		importJobs.sort(Comparator.comparing(ImportJob::submittedAt));

		_prune(importJobs);
	}

	private Optional<ImportJob> _load(Path jobFolder, Clock clock) {
		Optional<ImportJob> importJob = _read(jobFolder);

		if (importJob.isPresent() && importJob.get().state().isActive()) {
			ImportJob interrupted = importJob.get(
			).failed(
				"interrupted: the runtime stopped before the import ended",
				clock.instant()
			);

			_delete(jobFolder.resolve(_FILES));
			_write(interrupted);

			return Optional.of(interrupted);
		}

		return importJob;
	}

	/**
	 * Reads a job's folder; empty for a folder that holds no job, or a job file damaged by hand, which is skipped
	 * rather than stopping the runtime.
	 */
	private Optional<ImportJob> _read(Path jobFolder) {
		String id = jobFolder.getFileName().toString();
		Path jobFile = jobFolder.resolve(_JOB);

		if (!_ID.matcher(id).matches() || !Files.isRegularFile(jobFile)) {
			return Optional.empty();
		}

		Properties properties = new Properties();

		try (Reader reader = Files.newBufferedReader(
				jobFile, StandardCharsets.UTF_8)) {

			properties.load(reader);
		}
		catch (IOException ioException) {
			return Optional.empty();
		}

		Set<Uai> uais = new LinkedHashSet<>();

		for (String uai : properties.getProperty("uais", "").split(",")) {
			if (Uai.isValid(uai)) {
				uais.add(Uai.of(uai));
			}
		}

		try {
			List<Long> runIds = new ArrayList<>();

			for (String runId :
					properties.getProperty(
						"runIds", ""
					).split(
						","
					)) {

				if (!runId.isEmpty()) {
					runIds.add(Long.valueOf(runId));
				}
			}

			return Optional.of(
				ImportJob.of(
					id, uais, properties.getProperty("actor"),
					properties.getProperty("description"),
					Boolean.parseBoolean(properties.getProperty("dryRun")),
					_instant(properties.getProperty("submittedAt")),
					_instant(properties.getProperty("finishedAt")),
					ImportJobState.valueOf(properties.getProperty("state")),
					Integer.parseInt(
						properties.getProperty("sourcesDone", "0")),
					Integer.parseInt(
						properties.getProperty("sourcesTotal", "0")),
					List.<ImportReport>of(), runIds,
					properties.getProperty("error")));
		}
		catch (RuntimeException runtimeException) {
			return Optional.empty();
		}
	}

	private void _write(ImportJob importJob) {
		Properties properties = new Properties();

		List<String> uais = new ArrayList<>();

		importJob.uais().forEach(uai -> uais.add(uai.value()));

		List<String> runIds = new ArrayList<>();

		importJob.runIds().forEach(runId -> runIds.add(String.valueOf(runId)));

		properties.setProperty("actor", importJob.actor());
		properties.setProperty("description", importJob.description());
		properties.setProperty("dryRun", String.valueOf(importJob.dryRun()));
		importJob.errorMessage().ifPresent(
			error -> properties.setProperty("error", error));
		importJob.finishedAt().ifPresent(
			finishedAt -> properties.setProperty(
				"finishedAt", finishedAt.toString()));
		properties.setProperty("runIds", String.join(",", runIds));
		properties.setProperty(
			"sourcesDone", String.valueOf(importJob.sourcesDone()));
		properties.setProperty(
			"sourcesTotal", String.valueOf(importJob.sourcesTotal()));
		properties.setProperty("state", importJob.state().name());
		properties.setProperty(
			"submittedAt", importJob.submittedAt().toString());
		properties.setProperty("uais", String.join(",", uais));

		_writeAtomically(
			importJob.id(), _JOB,
			writer -> properties.store(writer, "Préau import job"));
	}

	private void _writeAtomically(
		String id, String name, WriterAction writerAction) {

		try {
			Path jobFolder = Files.createDirectories(_folder.resolve(id));

			Path temporary = Files.createTempFile(jobFolder, name, ".tmp");

			try (Writer writer = Files.newBufferedWriter(
					temporary, StandardCharsets.UTF_8)) {

				writerAction.write(writer);
			}

			Files.move(
				temporary, jobFolder.resolve(name),
				StandardCopyOption.ATOMIC_MOVE,
				StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ioException) {
			throw new UncheckedIOException(
				"unable to write " + name + " of import job " + id,
				ioException);
		}
	}

	private void _writeReport(ImportJob importJob) {
		_writeAtomically(
			importJob.id(), _REPORT,
			writer -> ImportReportJson.write(importJob.reports(), writer));
	}

	private static final String _FILES = "files";

	private static final Pattern _ID = Pattern.compile(
		"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	private static final String _JOB = "job.properties";

	private static final int _MAX_JOBS = 1000;

	private static final String _REPORT = "report.json";

	private final Clock _clock;
	private final Path _folder;
	private final MemoryImportJobs _memoryImportJobs = new MemoryImportJobs(
		_MAX_JOBS);
	private final int _retainedJobs;
	private final int _retentionDays;

	@FunctionalInterface
	private interface WriterAction {

		void write(Writer writer) throws IOException;

	}

}
