package org.preau.bench;

import java.io.PrintStream;

/**
 * One measurement that generates its own data set, so that its figures can be reproduced anywhere from its name and
 * options alone.
 */
public interface Benchmark {

	/**
	 * One line for {@code list}: what is measured, on what, and the goal it is held to.
	 */
	String description();

	String name();

	/**
	 * Runs the benchmark, printing what it does as it goes, and returns the figures of the {@code RESULT} line.
	 */
	BenchResult run(BenchOptions options, PrintStream out) throws Exception;

}
