package org.preau.bench.rights;

import java.io.PrintStream;
import java.util.function.LongSupplier;

import org.preau.bench.BenchResult;
import org.preau.bench.Machine;

/**
 * Times rounds of decisions on one thread after warm-up rounds, and starts the {@code RESULT} line with their wall
 * time, rate, CPU time and the machine's load. Each round returns how many decisions allowed, which is printed so that
 * the compiler cannot drop the work.
 */
final class DecisionRounds {

	static BenchResult measure(
		String name, LongSupplier round, int warmUpRounds, int rounds,
		long decisionsPerRound, PrintStream out) {

		long allowed = 0;

		for (int i = 0; i < warmUpRounds; i++) {
			allowed += round.getAsLong();
		}

		double cpuStart = Machine.cpuSeconds();
		long start = System.nanoTime();

		for (int i = 0; i < rounds; i++) {
			allowed += round.getAsLong();
		}

		double seconds = (System.nanoTime() - start) / 1e9;
		double cpuSeconds = Machine.cpuSeconds() - cpuStart;

		long decisions = rounds * decisionsPerRound;

		out.println(
			"  " + decisions + " decisions in " +
				String.format("%.3f", seconds) + " s (" + allowed +
					" allowed, warm-up included)");

		return new BenchResult(
			name
		).put(
			"seconds", seconds, 3
		).put(
			"ops_per_s", (long)(decisions / seconds)
		).put(
			"cpu_seconds", cpuSeconds, 3
		).put(
			"load_avg", Machine.loadAverage(), 2
		);
	}

	private DecisionRounds() {
	}

}
