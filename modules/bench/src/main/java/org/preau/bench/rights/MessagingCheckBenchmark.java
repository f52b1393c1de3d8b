package org.preau.bench.rights;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.preau.bench.BenchOptions;
import org.preau.bench.BenchResult;
import org.preau.bench.Benchmark;
import org.preau.bench.HeapPeak;
import org.preau.bench.Workspace;
import org.preau.core.directory.model.Person;
import org.preau.core.directory.model.Uai;
import org.preau.core.imports.model.DirectorySnapshot;
import org.preau.core.messaging.model.MessagingPolicy;
import org.preau.feeds.aaf.AafReader;
import org.preau.feeds.generator.FeedGenerator;
import org.preau.feeds.generator.GeneratorOptions;

/**
 * {@code messaging.check}: "may X write to Y" over generated schools, on one thread, for pairs drawn within a school
 * (where the rules have work to do). The policy is built once from the directory. Goal: one million decisions a
 * second or more.
 */
public final class MessagingCheckBenchmark implements Benchmark {

	@Override
	public String description() {
		return "messaging decisions over --size schools (default " +
			_DEFAULT_SCHOOLS + ", generated), one thread; goal >= 1 " +
				"million/s";
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public BenchResult run(BenchOptions options, PrintStream out)
		throws Exception {

		int schools = options.sizeOr(_DEFAULT_SCHOOLS);

		try (Workspace workspace = Workspace.open(options, NAME, out);
			HeapPeak heapPeak = HeapPeak.start()) {

			Path folder = workspace.emptyFolder("aaf");

			new FeedGenerator(
				GeneratorOptions.builder(
				).seed(
					options.seed()
				).schools(
					schools
				).build()
			).writeAaf(
				folder
			);

			DirectorySnapshot snapshot = new DirectorySnapshot();

			new AafReader().read(folder, snapshot);

			long buildStart = System.nanoTime();

			MessagingPolicy policy = new MessagingPolicy(
				snapshot.people(), snapshot.classes(), snapshot.assignments(),
				snapshot.relations(), List.of(), List.of());

			double buildSeconds = (System.nanoTime() - buildStart) / 1e9;

			Map<Uai, List<String>> idsBySchool = new HashMap<>();

			for (Person person : snapshot.people()) {
				idsBySchool.computeIfAbsent(
					person.uai(), uai -> new ArrayList<>()
				).add(
					person.externalId()
				);
			}

			List<List<String>> groups = new ArrayList<>(idsBySchool.values());
			Random random = new Random(options.seed());

			String[] from = new String[_DRAWS];
			String[] to = new String[_DRAWS];

			for (int i = 0; i < _DRAWS; i++) {
				List<String> ids = groups.get(random.nextInt(groups.size()));

				from[i] = ids.get(random.nextInt(ids.size()));
				to[i] = ids.get(random.nextInt(ids.size()));
			}

			out.println(
				"  policy over " + snapshot.people().size() + " people of " +
					schools + " schools built in " +
						String.format("%.3f", buildSeconds) + " s");

			return DecisionRounds.measure(
				NAME, () -> _decide(policy, from, to), _WARM_UP_ROUNDS, _ROUNDS,
				_DRAWS, out
			).put(
				"size", snapshot.people().size()
			).put(
				"build_seconds", buildSeconds, 3
			).put(
				"peak_heap_mb", heapPeak.peakMegabytes(), 0
			);
		}
	}

	public static final String NAME = "messaging.check";

	private static long _decide(
		MessagingPolicy policy, String[] from, String[] to) {

		long allowed = 0;

		for (int i = 0; i < from.length; i++) {
			if (policy.canMessage(from[i], to[i]).allowed()) {
				allowed++;
			}
		}

		return allowed;
	}

	private static final int _DEFAULT_SCHOOLS = 20;

	private static final int _DRAWS = 1_000_000;

	private static final int _ROUNDS = 5;

	private static final int _WARM_UP_ROUNDS = 2;

}
