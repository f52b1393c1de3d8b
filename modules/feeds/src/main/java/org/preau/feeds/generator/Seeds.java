package org.preau.feeds.generator;

import java.util.Random;

/**
 * Derives independent, reproducible random streams, one per school and purpose, so that a school's pupils can be
 * generated again identically for each file that lists them, without keeping them.
 */
final class Seeds {

	static Random random(long seed, int school, int purpose) {
		long mixed = _mix(seed);

		mixed = _mix(mixed ^ (school * 0x9E3779B97F4A7C15L));
		mixed = _mix(mixed ^ (purpose * 0xC2B2AE3D27D4EB4FL));

		return new Random(mixed);
	}

	private static long _mix(long value) {
		long z = value + 0x9E3779B97F4A7C15L;

		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;

		return z ^ (z >>> 31);
	}

	private Seeds() {
	}

	static final int ESTABLISHMENT = 1;

	static final int FAMILIES = 3;

	static final int STAFF = 2;

}
