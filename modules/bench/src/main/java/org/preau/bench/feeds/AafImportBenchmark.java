package org.preau.bench.feeds;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;

import org.preau.bench.BenchOptions;
import org.preau.bench.BenchResult;
import org.preau.bench.Benchmark;
import org.preau.bench.HeapPeak;
import org.preau.bench.Machine;
import org.preau.bench.Workspace;
import org.preau.core.directory.model.Source;
import org.preau.core.imports.model.EstablishmentSnapshots;
import org.preau.feeds.FeedException;
import org.preau.feeds.aaf.AafReader;
import org.preau.feeds.aaf.AafReaderOptions;
import org.preau.feeds.generator.GeneratorOptions;

/**
 * {@code feeds.aaf}: a complete AAF export of an académie (1,000,000 accounts by default) imported into a fresh H2
 * file database through the reader, the core's feed import use case (reconcile, then apply) and the JDBC store,
 * against a bare StAX pass over the same files. Goals: 60 s or less on 2 cores with {@code -Xmx1g}, and no more than
 * 3 times the StAX pass.
 *
 * <p>
 * The export is read once: the records are gathered per establishment in compact form (see
 * {@link EstablishmentSnapshots}), and each establishment is then imported by a run of its own, which writes one
 * transaction per establishment as a run of the whole feed does. The reader does not check the input in a pass of its
 * own: nothing is applied before the read has ended without error, which already guarantees that a bad input writes
 * nothing.
 * </p>
 */
public final class AafImportBenchmark implements Benchmark {

	@Override
	public String description() {
		return "AAF complet of an académie (--size accounts, default " +
			_DEFAULT_SIZE + ") into H2 vs a bare StAX pass; goal <= 60 s " +
				"with -Xmx1g on 2 cores and <= 3x the StAX pass";
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public BenchResult run(BenchOptions options, PrintStream out)
		throws Exception {

		try (Workspace workspace = Workspace.open(options, NAME, out)) {
			GeneratedAcademy generatedAcademy = GeneratedAcademy.writeAaf(
				workspace, "aaf",
				GeneratedAcademy.forAccounts(
					options.seed(), options.sizeOr(_DEFAULT_SIZE)),
				out);

			long size = generatedAcademy.generationReport().accounts();

			_warmUp(
				workspace, options.seed(), (int)Math.min(_WARM_UP_SIZE, size),
				out);

			Path folder = generatedAcademy.folder();

			double[] baselineRounds = new double[_BASELINE_ROUNDS];
			long elements = 0;

			for (int i = 0; i < _BASELINE_ROUNDS; i++) {
				long start = System.nanoTime();

				elements = StaxBaseline.countElements(folder);

				baselineRounds[i] = _seconds(start);
			}

			Arrays.sort(baselineRounds);

			double baselineSeconds = baselineRounds[_BASELINE_ROUNDS / 2];

			out.printf(
				"bare StAX pass: %d elements in %.2f s (median of %d, %.2f " +
					"to %.2f)%n",
				elements, baselineSeconds, _BASELINE_ROUNDS, baselineRounds[0],
				baselineRounds[_BASELINE_ROUNDS - 1]);

			Path databaseFolder = workspace.emptyFolder("h2");

			Imported imported;

			System.gc();

			try (HeapPeak heapPeak = HeapPeak.start()) {
				imported = _import(folder, databaseFolder, out);

				heapPeak.close();

				imported.peakHeapMegabytes = heapPeak.peakMegabytes();
			}

			out.printf(
				"import: %d accounts in %.2f s (one read), %.2f s of CPU, " +
					"peak heap %.0f MB, max heap %.0f MB%n",
				imported.people, imported.seconds, imported.cpuSeconds,
				imported.peakHeapMegabytes,
				Runtime.getRuntime().maxMemory() / (1024.0 * 1024.0));
			out.printf(
				"machine: %d processors, load average %.2f%n",
				Machine.processors(), Machine.loadAverage());

			_check(databaseFolder, size, imported, out);

			return new BenchResult(
				NAME
			).put(
				"seconds", imported.seconds, 2
			).put(
				"baseline_seconds", baselineSeconds, 2
			).put(
				"ratio_to_baseline", imported.seconds / baselineSeconds, 2
			).put(
				"ops_per_s", size / imported.seconds, 0
			).put(
				"peak_heap_mb", imported.peakHeapMegabytes, 0
			).put(
				"size", size
			).put(
				"format", "aaf"
			).put(
				"path", "import_feed"
			).put(
				"reads", 1
			).put(
				"cpu_seconds", imported.cpuSeconds, 2
			).put(
				"load_avg", Math.max(0, Machine.loadAverage()), 2
			);
		}
	}

	public static final String NAME = "feeds.aaf";

	private static void _check(
			Path databaseFolder, long size, Imported imported, PrintStream out)
		throws Exception {

		long stored;

		try (DirectoryImport directoryImport = DirectoryImport.open(
				databaseFolder)) {

			stored = directoryImport.count("Preau_Person");
		}

		out.println("stored: " + stored + " people");

		if ((stored != size) || (imported.people != size)) {
			throw new IllegalStateException(
				"the data set holds " + size + " accounts, but " +
					imported.people + " were read and " + stored +
						" stored");
		}
	}

	private static Imported _import(
			Path folder, Path databaseFolder, PrintStream out)
		throws FeedException {

		Imported imported = new Imported();

		try (DirectoryImport directoryImport = DirectoryImport.open(
				databaseFolder)) {

			double cpuStart = Machine.cpuSeconds();
			long start = System.nanoTime();

			EstablishmentSnapshots establishmentSnapshots =
				new EstablishmentSnapshots();

			_AAF_READER.read(folder, establishmentSnapshots);

			double readSeconds = _seconds(start);

			out.printf(
				"  read: %d people of %d establishments in %.2f s, held in " +
					"%.0f MB%n",
				establishmentSnapshots.people(),
				establishmentSnapshots.establishments(), readSeconds,
				establishmentSnapshots.bytes() / (1024.0 * 1024.0));

			imported.people = establishmentSnapshots.people();

			long applyStart = System.nanoTime();

			int[] establishments = {0};

			establishmentSnapshots.drain(
				directorySnapshot -> establishments[0] += directoryImport.apply(
					directorySnapshot, Source.AAF
				).establishments(
				).size());

			out.printf(
				"  applied %d establishments in %.2f s%n", establishments[0],
				_seconds(applyStart));

			directoryImport.close();

			imported.seconds = _seconds(start);
			imported.cpuSeconds = Machine.cpuSeconds() - cpuStart;
		}

		return imported;
	}

	private static double _seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
	}

	/**
	 * Runs the whole path once on one small school, so that the measured run starts with compiled code.
	 */
	private static void _warmUp(
			Workspace workspace, long seed, int size, PrintStream out)
		throws Exception {

		GeneratorOptions generatorOptions = GeneratedAcademy.forOneSchool(
			seed, size);

		GeneratedAcademy generatedAcademy = GeneratedAcademy.writeAaf(
			workspace, "aaf-warm-up", generatorOptions, out);

		long start = System.nanoTime();

		for (int i = 0; i < _WARM_UP_ROUNDS; i++) {
			StaxBaseline.countElements(generatedAcademy.folder());

			Path databaseFolder = workspace.emptyFolder("h2-warm-up");

			_import(
				generatedAcademy.folder(), databaseFolder,
				new PrintStream(OutputStream.nullOutputStream()));

			Workspace.delete(databaseFolder);
		}

		out.printf("warmed up in %.1f s%n", _seconds(start));
	}

	private static final AafReader _AAF_READER = new AafReader(
		AafReaderOptions.defaults(
		).withValidateFirst(
			false
		));

	/**
	 * The StAX pass is short and shares the machine with whatever else runs, so its median over a few passes is the
	 * baseline rather than one pass.
	 */
	private static final int _BASELINE_ROUNDS = 3;

	private static final int _DEFAULT_SIZE = 1_000_000;

	private static final int _WARM_UP_ROUNDS = 3;

	private static final int _WARM_UP_SIZE = 3000;

	private static final class Imported {

		private double cpuSeconds;
		private double peakHeapMegabytes;
		private long people;
		private double seconds;

	}

}
