package org.preau.embedded;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.preau.store.jdbc.H2Database;
import org.preau.store.jdbc.JdbcStore;

/**
 * The {@code search} command on the demo school: one line per person, login first, the same people as a CSV file, and
 * a clear refusal of a bad option.
 */
public class DirectorySearchCommandTest {

	@AfterEach
	public void tearDown() {
		_preauApplication.close();
	}

	@BeforeEach
	public void setUp() {
		_preauApplication = PreauApplication.start(
			Map.of("data", _dataDir.toString(), "demo", "true"));
	}

	@Test
	public void givenTeachers_thenOneLinePerPersonLoginFirstOnceGiven() {
		Run run = _run("search", "--uai", "0310001A", "--profile", "teacher");

		Assertions.assertEquals(0, run._status, run._err);

		List<String> lines = run.lines();

		Assertions.assertTrue(lines.size() > 10, run._out);

		String[] first = lines.get(0).split("\t", -1);

		Assertions.assertEquals(11, first.length, lines.get(0));
		Assertions.assertEquals("teacher", first[3]);
		Assertions.assertEquals("0310001A", first[4]);

		String identifier = first[10];

		// The demo school gives every person their login

		try (H2Database h2Database = H2Database.open(_dataDir)) {
			Assertions.assertEquals(
				new JdbcStore(
					h2Database.dataSource()
				).personLogins(
				).loginOf(
					identifier
				).orElseThrow(),
				first[0]);
		}

		Run again = _run(
			"search", "--uai", "0310001A", "--profile", "TEACHER", "--name",
			first[1].substring(0, 2));

		Assertions.assertEquals(0, again._status, again._err);
		Assertions.assertTrue(
			again._out.contains(first[0] + "\t" + first[1] + "\t"),
			again._out);

		for (String line : again.lines()) {
			Assertions.assertTrue(
				line.split("\t", -1)[3].equals("teacher"), line);
		}
	}

	@Test
	public void givenCsv_thenTheSamePeopleInASpreadsheetFile() throws Exception {
		Path csv = _dataDir.resolve("teachers.csv");

		Run run = _run(
			"search", "--profile", "teacher", "--function", "ens", "--csv",
			csv.toString());

		Assertions.assertEquals(0, run._status, run._err);

		Run lines = _run("search", "--profile", "teacher", "--function", "ENS");

		Assertions.assertEquals(
			lines.lines().size() + " people written to " + csv,
			run._out.trim());

		byte[] bytes = Files.readAllBytes(csv);

		Assertions.assertEquals((byte)0xEF, bytes[0]);

		List<String> csvLines = List.of(
			new String(
				bytes, 3, bytes.length - 3, StandardCharsets.UTF_8
			).split(
				"\r\n"
			));

		Assertions.assertTrue(
			csvLines.get(0).startsWith("Identifiant;Nom;Prénom;Profil;"),
			csvLines.get(0));
		Assertions.assertEquals(lines.lines().size() + 1, csvLines.size());
	}

	@Test
	public void givenBadOptions_thenAClearMessageAndExit2() {
		_assertRefused("asleep", "search", "--state", "asleep");
		_assertRefused("--colour", "search", "--colour", "blue");
		_assertRefused("--name needs a value", "search", "--name");
		_assertRefused("nowhere", "search", "--uai", "nowhere");
		_assertRefused("page", "search", "x");
		_assertRefused(
			"no such folder", "search", "--csv",
			_dataDir.resolve("missing/out.csv").toString());
	}

	private void _assertRefused(String expected, String... arguments) {
		Run run = _run(arguments);

		Assertions.assertEquals(2, run._status, run._out);
		Assertions.assertTrue(run._out.isEmpty(), run._out);
		Assertions.assertTrue(
			run._err.startsWith("preau: ") &&
				(run._err.contains(expected) ||
				 run._err.contains("options only")),
			run._err);
	}

	private Run _run(String... arguments) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();

		int status = _preauApplication.commandLine(
			new PrintStream(out, true, StandardCharsets.UTF_8),
			new PrintStream(err, true, StandardCharsets.UTF_8)
		).apply(
			arguments
		);

		return new Run(
			status, out.toString(StandardCharsets.UTF_8),
			err.toString(StandardCharsets.UTF_8));
	}

	@TempDir
	private Path _dataDir;

	private PreauApplication _preauApplication;

	private static final class Run {

		private Run(int status, String out, String err) {
			_status = status;
			_out = out;
			_err = err;
		}

		private List<String> lines() {
			return _out.isEmpty() ? List.of() :
				List.of(_out.split(System.lineSeparator()));
		}

		private final String _err;
		private final String _out;
		private final int _status;

	}

}
