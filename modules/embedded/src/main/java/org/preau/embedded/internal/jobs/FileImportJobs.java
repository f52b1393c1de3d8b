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
 */
public class FileImportJobs implements ImportJobs {

	public FileImportJobs(Path folder, Clock clock) {
		_folder = folder;

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

			for (ImportJob importJob : importJobs) {
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

	@Override
	public void update(ImportJob importJob) {
		_memoryImportJobs.update(importJob);

		if ((importJob.state() == ImportJobState.SUCCEEDED) &&
			!importJob.reports().isEmpty()) {

			_writeReport(importJob);
		}

		_write(importJob);
	}

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

	private Optional<ImportJob> _load(Path jobFolder, Clock clock)
		throws IOException {

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

		Set<Uai> uais = new LinkedHashSet<>();

		for (String uai : properties.getProperty("uais", "").split(",")) {
			if (Uai.isValid(uai)) {
				uais.add(Uai.of(uai));
			}
		}

		List<Long> runIds = new ArrayList<>();

		for (String runId : properties.getProperty("runIds", "").split(",")) {
			if (!runId.isEmpty()) {
				runIds.add(Long.valueOf(runId));
			}
		}

		try {
			ImportJob importJob = ImportJob.of(
				id, uais, properties.getProperty("actor"),
				properties.getProperty("description"),
				Boolean.parseBoolean(properties.getProperty("dryRun")),
				_instant(properties.getProperty("submittedAt")),
				_instant(properties.getProperty("finishedAt")),
				ImportJobState.valueOf(properties.getProperty("state")),
				Integer.parseInt(properties.getProperty("sourcesDone", "0")),
				Integer.parseInt(properties.getProperty("sourcesTotal", "0")),
				List.<ImportReport>of(), runIds,
				properties.getProperty("error"));

			if (importJob.state().isActive()) {
				importJob = importJob.failed(
					"interrupted: the runtime stopped before the import ended",
					clock.instant());

				_delete(jobFolder.resolve(_FILES));
				_write(importJob);
			}

			return Optional.of(importJob);
		}
		catch (RuntimeException runtimeException) {

			// A job file damaged by hand is skipped rather than stopping the runtime

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

	private final Path _folder;
	private final MemoryImportJobs _memoryImportJobs = new MemoryImportJobs(
		_MAX_JOBS);

	@FunctionalInterface
	private interface WriterAction {

		void write(Writer writer) throws IOException;

	}

}
