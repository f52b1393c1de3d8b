package org.preau.store.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import org.preau.core.directory.model.Establishment;
import org.preau.core.directory.model.Source;
import org.preau.core.imports.model.DirectorySnapshot;
import org.preau.core.imports.model.EstablishmentReport;
import org.preau.core.imports.model.ImportReport;
import org.preau.core.imports.port.in.ImportCommand;
import org.preau.core.security.Actor;
import org.preau.feeds.aaf.AafReader;
import org.preau.feeds.generator.FeedGenerator;

/**
 * An import killed with SIGKILL (what {@link Process#destroyForcibly()} sends) while it applies a plan to a file
 * database, in a JVM of its own; then the same feed imported again in this JVM. The directory must end up as after a
 * clean single run, nothing lost and nothing doubled.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
public class ImportResumabilityTest {

	@BeforeAll
	public static void setUpClass() throws Exception {
		_feedDir = _root.resolve("feed");

		Files.createDirectories(_feedDir);

		new FeedGenerator(ImportFixture.schoolSet()).writeAaf(_feedDir);

		_snapshot = new DirectorySnapshot();

		new AafReader().read(_feedDir, _snapshot);

		assertTrue(_snapshot.establishments().size() >= 4);

		Path cleanDir = _root.resolve("clean");

		try (H2Database database = H2Database.open(cleanDir)) {
			ImportReport report = _import(database);

			assertTrue(report.errors().isEmpty(), report.errors().toString());

			_cleanDump = ImportFixture.directoryDump(database.dataSource());
		}

		assertTrue(_cleanDump.size() > 5000, "rows: " + _cleanDump.size());
	}

	@Test
	public void givenImportKilledAtAnArbitraryMoment_whenRunAgain_thenTheDirectoryIsThatOfACleanRun()
		throws Exception {

		for (long delayMillis : new long[] {0, 40, 150}) {
			Path dataDir = _root.resolve("arbitrary-" + delayMillis);

			Process process = _start(dataDir, 0, 0);

			try (BufferedReader reader = _reader(process)) {
				_waitFor(reader, "BEGIN 3");

				Thread.sleep(delayMillis);
			}
			finally {
				_kill(process);
			}

			try (H2Database database = H2Database.open(dataDir)) {
				ImportReport rerun = _import(database);

				assertTrue(rerun.errors().isEmpty(), rerun.errors().toString());

				_assertSameDirectory(
					ImportFixture.directoryDump(database.dataSource()));

				assertEquals(0, _import(database).totalActions());
			}
		}
	}

	@Test
	public void givenImportKilledInsideTheThirdEstablishmentsTransaction_whenRunAgain_thenItCompletesWithoutDoublingAnything()
		throws Exception {

		Path dataDir = _root.resolve("mid-transaction");

		Process process = _start(dataDir, 3, 200);

		List<String> lines;

		try (BufferedReader reader = _reader(process)) {
			lines = _waitFor(reader, "PAUSED");
		}
		finally {
			_kill(process);
		}

		assertTrue(lines.contains("COMMITTED 3"), lines.toString());
		assertFalse(lines.contains("COMMITTED 4"), lines.toString());

		try (H2Database database = H2Database.open(dataDir)) {
			JdbcStore store = new JdbcStore(database.dataSource());

			// Two establishments were committed; the third one's transaction left nothing behind

			List<Establishment> establishments = store.establishments().list();

			assertEquals(2, establishments.size(), establishments.toString());

			for (Establishment establishment : establishments) {
				assertEquals(
					1,
					store.importRuns(
					).history(
						establishment.uai(), 10
					).size());
			}

			int rowsBefore = ImportFixture.directoryDump(
				database.dataSource()
			).size();

			assertTrue(rowsBefore < _cleanDump.size());

			ImportReport rerun = _import(database);

			assertTrue(rerun.errors().isEmpty(), rerun.errors().toString());

			for (EstablishmentReport report : rerun.establishments()) {
				boolean committed = establishments.stream(
				).anyMatch(
					establishment -> establishment.uai().equals(report.uai())
				);

				assertEquals(
					committed, report.totalActions() == 0,
					report.uai() + " " + report.actions());
			}

			_assertSameDirectory(
				ImportFixture.directoryDump(database.dataSource()));

			assertEquals(0, _import(database).totalActions());
		}
	}

	private static void _assertSameDirectory(List<String> dump) {
		if (dump.equals(_cleanDump)) {
			return;
		}

		List<String> missing = new ArrayList<>(_cleanDump);

		missing.removeAll(dump);

		List<String> extra = new ArrayList<>(dump);

		extra.removeAll(_cleanDump);

		fail(
			"the directory differs from a clean run's: " + dump.size() +
				" rows instead of " + _cleanDump.size() + "; missing " +
					missing.subList(0, Math.min(5, missing.size())) +
						", extra " +
							extra.subList(0, Math.min(5, extra.size())));
	}

	private static ImportReport _import(H2Database database) {
		Clock clock = ImportFixture.fixedClock();

		return ImportFixture.importService(
			new JdbcStore(database.dataSource(), clock), clock
		).run(
			Actor.system(), ImportCommand.apply(_snapshot, Source.AAF)
		);
	}

	private static void _kill(Process process) throws InterruptedException {
		process.destroyForcibly();

		assertTrue(process.waitFor(1, TimeUnit.MINUTES));
	}

	private static BufferedReader _reader(Process process) {
		return new BufferedReader(
			new InputStreamReader(
				process.getInputStream(), StandardCharsets.UTF_8));
	}

	private static Process _start(
			Path dataDir, int pauseInEstablishment, int pauseAfterPeople)
		throws IOException {

		String classPath = System.getProperty(
			"surefire.test.class.path", System.getProperty("java.class.path"));

		ProcessBuilder processBuilder = new ProcessBuilder(
			Paths.get(
				System.getProperty("java.home"), "bin", "java"
			).toString(),
			"-cp", classPath, ImportInChildProcess.class.getName(),
			dataDir.toString(), _feedDir.toString(),
			String.valueOf(pauseInEstablishment),
			String.valueOf(pauseAfterPeople));

		processBuilder.redirectError(ProcessBuilder.Redirect.INHERIT);

		return processBuilder.start();
	}

	/**
	 * Reads the child's lines until {@code expected}, and returns them.
	 */
	private static List<String> _waitFor(BufferedReader reader, String expected)
		throws IOException {

		List<String> lines = new ArrayList<>();

		String line;

		while ((line = reader.readLine()) != null) {
			lines.add(line);

			if (line.equals(expected)) {
				return lines;
			}
		}

		assertNotNull(
			line, "the import ended before " + expected + ": " + lines);

		return lines;
	}

	private static List<String> _cleanDump;
	private static Path _feedDir;

	@TempDir
	private static Path _root;

	private static DirectorySnapshot _snapshot;

}
