package org.preau.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;

/**
 * What the machine gives the run. Benchmarks often run on machines shared with builds and tests, so the load average
 * is printed beside wall times, and the process's CPU time with them: it moves much less than wall time when other
 * processes compete for the cores.
 */
public final class Machine {

	/**
	 * The CPU time of every thread of the process so far (the benchmark, the collector, the database's writer), or -1
	 * if the JVM does not tell.
	 */
	public static double cpuSeconds() {
		OperatingSystemMXBean operatingSystemMXBean =
			ManagementFactory.getOperatingSystemMXBean();

		if (operatingSystemMXBean instanceof
				com.sun.management.OperatingSystemMXBean) {

			return ((com.sun.management.OperatingSystemMXBean)
				operatingSystemMXBean).getProcessCpuTime() / 1e9;
		}

		return -1;
	}

	/**
	 * The system's load average over the last minute, or -1 where it is not known.
	 */
	public static double loadAverage() {
		return ManagementFactory.getOperatingSystemMXBean(
		).getSystemLoadAverage();
	}

	public static int processors() {
		return Runtime.getRuntime().availableProcessors();
	}

	private Machine() {
	}

}
