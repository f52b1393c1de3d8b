package org.preau.feeds.generator;

import java.io.PrintStream;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Generates synthetic feeds from the command line, for demos and benchmarks:
 * {@code GenerateMain --out DIR [--schools N] [--pupils N] [--seed S] [--year YYYY] [--date YYYY-MM-DD]
 * [--records-per-file N] [--formats aaf,siecle,sts,csv]}. Each format goes to its own sub-folder of DIR; by default
 * the feeds are written (aaf, siecle, sts), and the CSV files of schools without feeds when asked for.
 */
public final class GenerateMain {

	public static void main(String[] args) {
		int status = run(args, System.out, System.err);

		if (status != 0) {
			System.exit(status);
		}
	}

	/**
	 * Runs the command and returns its exit status, without exiting, so that it can be called from a host or a test.
	 */
	public static int run(String[] args, PrintStream out, PrintStream err) {
		try {
			return _run(args, out);
		}
		catch (IllegalArgumentException illegalArgumentException) {
			err.println(illegalArgumentException.getMessage());
			err.println(_USAGE);

			return 2;
		}
		catch (Exception exception) {
			err.println("generation failed: " + exception);

			return 1;
		}
	}

	private static Set<String> _formats(String value) {
		Set<String> formats = new LinkedHashSet<>();

		for (String format : value.split(",")) {
			String trimmed = format.trim().toLowerCase(Locale.ROOT);

			if (!_FORMATS.contains(trimmed) && !trimmed.equals("csv")) {
				throw new IllegalArgumentException(
					"unknown format \"" + format + "\"");
			}

			formats.add(trimmed);
		}

		return formats;
	}

	private static int _int(String option, String value) {
		try {
			return Integer.parseInt(value);
		}
		catch (NumberFormatException numberFormatException) {
			throw new IllegalArgumentException(
				option + " needs a number, not \"" + value + "\"");
		}
	}

	private static int _run(String[] args, PrintStream out) throws Exception {
		GeneratorOptions.Builder builder = GeneratorOptions.builder();

		Path folder = null;
		Set<String> formats = new LinkedHashSet<>(_FORMATS);

		for (int i = 0; i < args.length; i++) {
			String option = args[i];

			if (option.equals("--help")) {
				out.println(_USAGE);

				return 0;
			}

			if (i + 1 >= args.length) {
				throw new IllegalArgumentException(option + " needs a value");
			}

			String value = args[++i];

			if (option.equals("--out")) {
				folder = Paths.get(value);
			}
			else if (option.equals("--schools")) {
				builder.schools(_int(option, value));
			}
			else if (option.equals("--pupils")) {
				builder.pupilsPerSchool(_int(option, value));
			}
			else if (option.equals("--seed")) {
				builder.seed(_seed(value));
			}
			else if (option.equals("--year")) {
				builder.schoolYear(_int(option, value));
			}
			else if (option.equals("--date")) {
				builder.exportDate(LocalDate.parse(value));
			}
			else if (option.equals("--records-per-file")) {
				builder.aafRecordsPerFile(_int(option, value));
			}
			else if (option.equals("--formats")) {
				formats = _formats(value);
			}
			else {
				throw new IllegalArgumentException(
					"unknown option " + option);
			}
		}

		if (folder == null) {
			throw new IllegalArgumentException("--out is required");
		}

		FeedGenerator feedGenerator = new FeedGenerator(builder.build());

		out.println("generating " + feedGenerator.options());

		for (String format : formats) {
			List<Path> files = _write(feedGenerator, format, folder);

			out.println(format + ": " + files.size() + " files");
		}

		out.println(feedGenerator.report());

		return 0;
	}

	private static long _seed(String value) {
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException numberFormatException) {
			throw new IllegalArgumentException(
				"--seed needs a number, not \"" + value + "\"");
		}
	}

	private static List<Path> _write(
			FeedGenerator feedGenerator, String format, Path folder)
		throws Exception {

		if (format.equals("aaf")) {
			return feedGenerator.writeAaf(folder.resolve("aaf"));
		}

		if (format.equals("csv")) {
			return feedGenerator.writeCsv(folder.resolve("csv"));
		}

		if (format.equals("siecle")) {
			return feedGenerator.writeSiecle(folder.resolve("siecle"));
		}

		return feedGenerator.writeSts(folder.resolve("sts"));
	}

	private GenerateMain() {
	}

	private static final List<String> _FORMATS = Arrays.asList(
		"aaf", "siecle", "sts");

	private static final String _USAGE =
		"usage: GenerateMain --out DIR [--schools N] [--pupils N] " +
			"[--seed S] [--year YYYY] [--date YYYY-MM-DD] " +
				"[--records-per-file N] [--formats aaf,siecle,sts,csv]";

}
