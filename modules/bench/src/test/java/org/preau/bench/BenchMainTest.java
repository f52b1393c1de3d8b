package org.preau.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs each benchmark on a tiny data set to check that it works end to end and prints a well-formed RESULT line.
 * Speed is never asserted here: figures come from the benchmarks run on their real sizes.
 */
public class BenchMainTest {

	@Test
	public void givenABadOption_thenTheExitStatusIs2() {
		Run run = _run("feeds.aaf", "--size", "many");

		assertEquals(2, run._status);
		assertTrue(run._err.contains("--size"), run._err);
	}

	@Test
	public void givenATinyAcademy_whenFeedsAafRuns_thenItsResultHasEveryKey() {
		Map<String, String> result = _result(
			_run("feeds.aaf", "--size", _TINY_SIZE), "feeds.aaf");

		_assertPositive(
			result, "seconds", "baseline_seconds", "ratio_to_baseline",
			"ops_per_s", "peak_heap_mb", "size");
	}

	@Test
	public void givenATinyAcademy_whenDirectorySearchRuns_thenItsResultHasEveryKey() {
		Map<String, String> result = _result(
			_run("directory.search", "--size", _TINY_SIZE),
			"directory.search");

		_assertPositive(
			result, "p95_ms", "ops_per_s", "size", "seconds", "peak_heap_mb");
	}

	@Test
	public void givenATinySchool_whenFeedsLyceeRuns_thenItsResultHasEveryKey() {
		Map<String, String> result = _result(
			_run("feeds.lycee", "--size", _TINY_SIZE), "feeds.lycee");

		_assertPositive(result, "seconds", "peak_heap_mb", "size");
		assertTrue(result.containsKey("format"), result.toString());
	}

	@Test
	public void givenOneSchool_whenMessagingCheckRuns_thenItsResultHasEveryKey() {
		Map<String, String> result = _result(
			_run("messaging.check", "--size", "1"), "messaging.check");

		_assertPositive(result, "seconds", "ops_per_s", "peak_heap_mb", "size");
	}

	@Test
	public void givenASmallSchool_whenAccountsSheetsRuns_thenOneSheetPerPupil() {
		Map<String, String> result = _result(
			_run("accounts.sheets", "--size", "40"), "accounts.sheets");

		_assertPositive(
			result, "seconds", "ops_per_s", "peak_heap_mb", "size", "pdf_bytes");
		assertEquals("40", result.get("size"));
	}

	@Test
	public void givenFewPeople_whenAccountsLoginsRuns_thenEachGetsALogin() {
		Map<String, String> result = _result(
			_run("accounts.logins", "--size", "3000"), "accounts.logins");

		_assertPositive(result, "seconds", "ops_per_s", "peak_heap_mb", "size");
		assertEquals("3000", result.get("size"));
		assertTrue(Integer.parseInt(result.get("suffixed")) >= 0, result.toString());
	}

	@Test
	public void givenFewPeople_whenRightsCheckRuns_thenItsResultHasEveryKey() {
		Map<String, String> result = _result(
			_run("rights.check", "--size", "1000"), "rights.check");

		_assertPositive(result, "seconds", "ops_per_s", "peak_heap_mb", "size");
		assertEquals("1000", result.get("size"));
	}

	@Test
	public void givenAnUnknownBenchmark_thenTheExitStatusIs2() {
		Run run = _run("feeds.nothing");

		assertEquals(2, run._status);
		assertTrue(run._err.contains("feeds.nothing"), run._err);
	}

	@Test
	public void givenData_whenFeedsAafRunsTwice_thenItsDataSetIsReused()
		throws Exception {

		String data = _folder.resolve("data").toString();

		Run first = _run("feeds.aaf", "--size", "300", "--data", data);

		assertEquals(0, first._status, first._err);

		try (Stream<Path> paths = Files.list(_folder.resolve("data"))) {
			assertTrue(paths.count() > 0);
		}

		Run second = _run("feeds.aaf", "--size", "300", "--data", data);

		assertEquals(0, second._status, second._err);
		assertTrue(second._out.contains("reusing"), second._out);
	}

	@Test
	public void givenList_thenEveryBenchmarkIsNamed() {
		Run run = _run("list");

		assertEquals(0, run._status);

		for (Benchmark benchmark : BenchMain.benchmarks()) {
			assertTrue(run._out.contains(benchmark.name()), run._out);
		}
	}

	private static void _assertPositive(
		Map<String, String> result, String... keys) {

		for (String key : keys) {
			String value = result.get(key);

			assertTrue(value != null, key + " is missing from " + result);
			assertTrue(
				Double.parseDouble(value) > 0,
				key + " is not positive in " + result);
		}
	}

	private static Map<String, String> _result(Run run, String name) {
		assertEquals(0, run._status, run._err);

		List<String> lines = Arrays.asList(run._out.split("\\R"));

		String last = lines.get(lines.size() - 1);

		assertTrue(
			last.matches("RESULT name=" + name.replace(".", "\\.") +
				"( [a-z][a-z0-9_]*=[A-Za-z0-9_.,:+-]+)+"),
			last);

		Map<String, String> result = new LinkedHashMap<>();

		for (String pair : last.substring("RESULT ".length()).split(" ")) {
			int index = pair.indexOf('=');

			result.put(pair.substring(0, index), pair.substring(index + 1));
		}

		return result;
	}

	private static Run _run(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();

		int status = BenchMain.run(
			args, new PrintStream(out, true, StandardCharsets.UTF_8),
			new PrintStream(err, true, StandardCharsets.UTF_8));

		return new Run(
			status, out.toString(StandardCharsets.UTF_8),
			err.toString(StandardCharsets.UTF_8));
	}

	private static final String _TINY_SIZE = "2000";

	@TempDir
	private Path _folder;

	private static final class Run {

		private Run(int status, String out, String err) {
			_status = status;
			_out = out;
			_err = err;
		}

		private final String _err;
		private final String _out;
		private final int _status;

	}

}
