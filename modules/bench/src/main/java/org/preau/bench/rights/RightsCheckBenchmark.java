package org.preau.bench.rights;

import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.preau.bench.BenchOptions;
import org.preau.bench.BenchResult;
import org.preau.bench.Benchmark;
import org.preau.bench.HeapPeak;
import org.preau.core.directory.model.Uai;
import org.preau.core.rights.model.EntService;
import org.preau.core.rights.model.Grant;
import org.preau.core.rights.model.ModuleClosure;
import org.preau.core.rights.model.Permissions;
import org.preau.core.rights.model.RightsMatrix;
import org.preau.core.rights.model.RightsOverride;
import org.preau.core.rights.model.RightsRole;
import org.preau.core.rights.model.ServiceAction;
import org.preau.core.rights.model.StandardServices;

/**
 * {@code rights.check}: decisions of the rights matrix for the people of an académie, on one thread. Each school has
 * a few overrides and one school in ten a closed module; each person's permissions are computed once (the cost is
 * reported apart), then decisions are drawn at random. Goal: 10 million decisions a second or more.
 */
public final class RightsCheckBenchmark implements Benchmark {

	@Override
	public String description() {
		return "rights decisions for --size people (default " +
			_DEFAULT_SIZE + ") of 841 schools, one thread; goal >= 10 " +
				"million/s";
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public BenchResult run(BenchOptions options, PrintStream out) {
		int size = options.sizeOr(_DEFAULT_SIZE);
		Random random = new Random(options.seed());

		List<Uai> schools = new ArrayList<>();
		List<RightsOverride> overrides = new ArrayList<>();
		List<ModuleClosure> closures = new ArrayList<>();
		List<EntService> catalogue = StandardServices.all();
		Instant at = Instant.parse("2026-09-01T08:00:00Z");

		for (int i = 0; i < _SCHOOLS; i++) {
			Uai uai = Uai.of(String.format("%07d", 310000 + i) + "A");

			schools.add(uai);

			for (int j = 0; j < 5; j++) {
				EntService service = catalogue.get(
					random.nextInt(catalogue.size()));

				overrides.add(
					new RightsOverride(
						uai,
						Grant.of(
							_ROLES[random.nextInt(_ROLES.length)],
							service.key(),
							service.actions().iterator().next()),
						random.nextBoolean(), "admin", at, ""));
			}

			if ((i % 10) == 0) {
				closures.add(
					new ModuleClosure(
						uai, StandardServices.RESSOURCES_NUMERIQUES, "admin",
						at, ""));
			}
		}

		try (HeapPeak heapPeak = HeapPeak.start()) {
			long compileStart = System.nanoTime();

			RightsMatrix matrix = new RightsMatrix(
				catalogue, StandardServices.defaults(), overrides, closures);

			Permissions[] permissions = new Permissions[size];

			for (int i = 0; i < size; i++) {
				Set<RightsRole> roles = EnumSet.of(
					_ROLES[random.nextInt(_ROLES.length)]);

				if (random.nextInt(10) == 0) {
					roles.add(_ROLES[random.nextInt(_ROLES.length)]);
				}

				permissions[i] = matrix.permissions(
					schools.get(random.nextInt(schools.size())), roles);
			}

			double compileSeconds = (System.nanoTime() - compileStart) / 1e9;

			out.println(
				"  matrix of " + _SCHOOLS + " schools and permissions of " +
					size + " people computed in " +
						String.format("%.3f", compileSeconds) + " s");

			int cells = 0;

			for (EntService service : catalogue) {
				cells += service.actions().size();
			}

			int[] people = new int[_DRAWS];
			int[] drawnCells = new int[_DRAWS];

			for (int i = 0; i < _DRAWS; i++) {
				people[i] = random.nextInt(size);
				drawnCells[i] = random.nextInt(cells);
			}

			return DecisionRounds.measure(
				NAME, () -> _decide(permissions, people, drawnCells), _WARM_UP_ROUNDS, _ROUNDS,
				_DRAWS, out
			).put(
				"size", size
			).put(
				"compile_seconds", compileSeconds, 3
			).put(
				"peak_heap_mb", heapPeak.peakMegabytes(), 0
			);
		}
	}

	public static final String NAME = "rights.check";

	private static long _decide(
		Permissions[] permissions, int[] people, int[] cells) {

		long allowed = 0;

		for (int i = 0; i < people.length; i++) {
			if (permissions[people[i]].allows(cells[i])) {
				allowed++;
			}
		}

		return allowed;
	}

	private static final int _DEFAULT_SIZE = 1_000_000;

	private static final int _DRAWS = 4_000_000;

	private static final RightsRole[] _ROLES = RightsRole.values();

	private static final int _ROUNDS = 10;

	private static final int _SCHOOLS = 841;

	private static final int _WARM_UP_ROUNDS = 3;

}
