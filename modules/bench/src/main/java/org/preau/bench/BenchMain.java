package org.preau.bench;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.preau.bench.accounts.AccountSheetsBenchmark;
import org.preau.bench.accounts.LoginsBenchmark;
import org.preau.bench.directory.DirectorySearchBenchmark;
import org.preau.bench.feeds.AafImportBenchmark;
import org.preau.bench.feeds.LyceeImportBenchmark;
import org.preau.bench.rights.MessagingCheckBenchmark;
import org.preau.bench.rights.RightsCheckBenchmark;

/**
 * {@code java -jar preau-bench.jar NAME [--size N] [--data DIR] [--keep] [--seed S]}, or {@code list}. The last line
 * of a run is its {@code RESULT} line. Exit status: 0 on success, 1 when the benchmark fails, 2 for an unknown
 * benchmark or a bad option.
 */
public final class BenchMain {

	public static List<Benchmark> benchmarks() {
		return Arrays.asList(
			new AccountSheetsBenchmark(), new LoginsBenchmark(),
			new AafImportBenchmark(), new DirectorySearchBenchmark(),
			new LyceeImportBenchmark(),
			new MessagingCheckBenchmark(), new RightsCheckBenchmark());
	}

	public static void main(String[] args) {
		int status = run(args, System.out, System.err);

		if (status != 0) {
			System.exit(status);
		}
	}

	/**
	 * Runs the command and returns its exit status without exiting, so that a test can run it in its own JVM.
	 */
	public static int run(String[] args, PrintStream out, PrintStream err) {
		if ((args.length == 0) || args[0].equals("--help") ||
			args[0].equals("help")) {

			err.println(_USAGE);

			return (args.length == 0) ? 2 : 0;
		}

		if (args[0].equals("list")) {
			for (Benchmark benchmark : benchmarks()) {
				out.println(benchmark.name() + "\t" + benchmark.description());
			}

			return 0;
		}

		Optional<Benchmark> benchmark = _find(args[0]);

		if (benchmark.isEmpty()) {
			err.println(
				"unknown benchmark \"" + args[0] + "\"; `list` names them");
			err.println(_USAGE);

			return 2;
		}

		BenchOptions options;

		try {
			options = BenchOptions.parse(
				Arrays.asList(args).subList(1, args.length));
		}
		catch (IllegalArgumentException illegalArgumentException) {
			err.println(illegalArgumentException.getMessage());
			err.println(_USAGE);

			return 2;
		}

		try {
			BenchResult benchResult = benchmark.get().run(options, out);

			out.println(benchResult);

			return 0;
		}
		catch (Exception exception) {
			err.println(args[0] + " failed: " + exception);

			exception.printStackTrace(err);

			return 1;
		}
	}

	private static Optional<Benchmark> _find(String name) {
		for (Benchmark benchmark : benchmarks()) {
			if (benchmark.name().equals(name)) {
				return Optional.of(benchmark);
			}
		}

		return Optional.empty();
	}

	private BenchMain() {
	}

	private static final String _USAGE =
		"usage: java -jar preau-bench.jar NAME [--size N] [--data DIR] " +
			"[--keep] [--seed S]\n       java -jar preau-bench.jar list";

}
