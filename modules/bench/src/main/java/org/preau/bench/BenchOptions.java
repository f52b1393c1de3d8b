package org.preau.bench;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/**
 * The options every benchmark understands: {@code [--size N] [--data DIR] [--keep] [--seed S]}. A benchmark that does
 * not use one of them ignores it.
 */
public final class BenchOptions {

	/**
	 * @throws IllegalArgumentException naming the option that is unknown, lacks its value or has a bad one
	 */
	public static BenchOptions parse(List<String> args) {
		Path data = null;
		boolean keep = false;
		long seed = 42;
		int size = 0;

		for (int i = 0; i < args.size(); i++) {
			String option = args.get(i);

			if (option.equals("--keep")) {
				keep = true;

				continue;
			}

			if (!option.equals("--data") && !option.equals("--seed") &&
				!option.equals("--size")) {

				throw new IllegalArgumentException(
					"unknown option \"" + option + "\"");
			}

			if ((i + 1) >= args.size()) {
				throw new IllegalArgumentException(option + " needs a value");
			}

			String value = args.get(++i);

			if (option.equals("--data")) {
				data = Paths.get(value);
			}
			else if (option.equals("--seed")) {
				seed = _long(option, value);
			}
			else {
				size = _size(value);
			}
		}

		return new BenchOptions(data, keep, seed, size);
	}

	/**
	 * The folder to generate into instead of a temporary one; it is kept.
	 */
	public Path data() {
		return _data;
	}

	/**
	 * Whether the generated files and the database stay after the run.
	 */
	public boolean keep() {
		return _keep;
	}

	public long seed() {
		return _seed;
	}

	/**
	 * The size asked for, in the benchmark's own records, or its default.
	 */
	public int sizeOr(int defaultSize) {
		return (_size == 0) ? defaultSize : _size;
	}

	private static long _long(String option, String value) {
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException numberFormatException) {
			throw new IllegalArgumentException(
				option + " needs a whole number, not \"" + value + "\"");
		}
	}

	private static int _size(String value) {
		long size = _long("--size", value.replace("_", ""));

		if ((size < 1) || (size > _MAX_SIZE)) {
			throw new IllegalArgumentException(
				"--size must be between 1 and " + _MAX_SIZE + ", not " +
					value);
		}

		return (int)size;
	}

	private BenchOptions(Path data, boolean keep, long seed, int size) {
		_data = data;
		_keep = keep;
		_seed = seed;
		_size = size;
	}

	private static final int _MAX_SIZE = 100_000_000;

	private final Path _data;
	private final boolean _keep;
	private final long _seed;
	private final int _size;

}
