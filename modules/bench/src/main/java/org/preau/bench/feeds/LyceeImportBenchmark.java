package org.preau.bench.feeds;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.preau.bench.BenchOptions;
import org.preau.bench.BenchResult;
import org.preau.bench.Benchmark;
import org.preau.bench.HeapPeak;
import org.preau.bench.Machine;
import org.preau.bench.Workspace;
import org.preau.core.directory.model.Establishment;
import org.preau.core.directory.model.Source;
import org.preau.core.imports.model.DirectorySnapshot;
import org.preau.feeds.FeedReaders;
import org.preau.feeds.aaf.AafReader;
import org.preau.feeds.generator.GeneratorOptions;

/**
 * {@code feeds.lycee}: one big lycée (about 8,500 accounts, 3,000 pupils) imported end to end from its SIECLE exports
 * and its STSweb export, as a school's administrator hands them in, to rows committed in a fresh H2 file database.
 * Goal: 2 s or less. The path is the command line's {@code import}: the feed readers with their defaults (the input is
 * checked in a pass of its own first), one snapshot, then one run of the feed import use case per source.
 */
public final class LyceeImportBenchmark implements Benchmark {

	@Override
	public String description() {
		return "one big lycée (--size accounts, default " + _DEFAULT_SIZE +
			") from SIECLE + STSweb into H2, end to end; goal <= 2 s";
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public BenchResult run(BenchOptions options, PrintStream out)
		throws Exception {

		try (Workspace workspace = Workspace.open(options, NAME, out)) {
			GeneratorOptions generatorOptions = GeneratedAcademy.forLycee(
				options.seed(), options.sizeOr(_DEFAULT_SIZE));

			List<Path> paths = GeneratedAcademy.writeLycee(
				workspace, "lycee", generatorOptions, out);

			long size = GeneratedAcademy.lyceeAccounts(generatorOptions);

			Establishment establishment = _establishment(
				paths.get(2), paths.get(1));

			paths = paths.subList(0, 2);

			out.println(
				"  " + establishment + ": " + size + " accounts in " +
					paths);

			long start = System.nanoTime();

			for (int i = 0; i < _WARM_UP_ROUNDS; i++) {
				_importOnce(workspace, establishment, paths, size);
			}

			out.printf(
				"warmed up with %d imports in %.1f s%n", _WARM_UP_ROUNDS,
				(System.nanoTime() - start) / 1e9);

			double[] cpuSeconds = new double[_ROUNDS];
			double[] seconds = new double[_ROUNDS];
			double peakHeapMegabytes = 0;

			for (int i = 0; i < _ROUNDS; i++) {
				System.gc();

				double cpuStart = Machine.cpuSeconds();

				try (HeapPeak heapPeak = HeapPeak.start()) {
					seconds[i] = _importOnce(
						workspace, establishment, paths, size);

					cpuSeconds[i] = Machine.cpuSeconds() - cpuStart;

					heapPeak.close();

					peakHeapMegabytes = Math.max(
						peakHeapMegabytes, heapPeak.peakMegabytes());
				}

				out.printf(
					"  import %d: %d accounts in %.3f s, %.3f s of CPU%n",
					i + 1, size, seconds[i], cpuSeconds[i]);
			}

			Arrays.sort(cpuSeconds);
			Arrays.sort(seconds);

			double median = seconds[_ROUNDS / 2];

			out.printf(
				"median of %d imports: %.3f s (%.3f to %.3f), peak heap %.0f " +
					"MB, max heap %.0f MB%n",
				_ROUNDS, median, seconds[0], seconds[_ROUNDS - 1],
				peakHeapMegabytes,
				Runtime.getRuntime().maxMemory() / (1024.0 * 1024.0));
			out.printf(
				"machine: %d processors, load average %.2f%n",
				Machine.processors(), Machine.loadAverage());

			return new BenchResult(
				NAME
			).put(
				"seconds", median, 3
			).put(
				"ops_per_s", size / median, 0
			).put(
				"peak_heap_mb", peakHeapMegabytes, 0
			).put(
				"size", size
			).put(
				"format", "siecle+sts"
			).put(
				"kind", establishment.kind().name().toLowerCase()
			).put(
				"path", "import_feed"
			).put(
				"runs", _ROUNDS
			).put(
				"cpu_seconds", cpuSeconds[_ROUNDS / 2], 3
			).put(
				"load_avg", Math.max(0, Machine.loadAverage()), 2
			);
		}
	}

	public static final String NAME = "feeds.lycee";

	/**
	 * The establishment that the AAF export of the académie describes under the UAI of the STSweb file.
	 */
	private static Establishment _establishment(Path aafFolder, Path stsFile)
		throws Exception {

		DirectorySnapshot directorySnapshot = new DirectorySnapshot();

		new AafReader().read(aafFolder, directorySnapshot);

		for (Establishment establishment :
				directorySnapshot.establishments()) {

			if (stsFile.getFileName().toString().contains(
					establishment.uai().value())) {

				return establishment;
			}
		}

		throw new IllegalStateException(
			"the AAF export does not describe the school of " + stsFile);
	}

	/**
	 * Reads the files and imports them into a new database, timing from the first byte read to the database closed
	 * on its committed rows. Creating the database and recording the establishment are not timed: a school's exports
	 * are imported into a directory that knows it.
	 */
	private static double _importOnce(
			Workspace workspace, Establishment establishment, List<Path> paths,
			long size)
		throws Exception {

		Path databaseFolder = workspace.emptyFolder("h2");

		try (DirectoryImport directoryImport = DirectoryImport.open(
				databaseFolder)) {

			directoryImport.describe(establishment);

			long start = System.nanoTime();

			DirectorySnapshot directorySnapshot = new DirectorySnapshot();

			new FeedReaders().read(paths, directorySnapshot);

			for (Map.Entry<Source, DirectorySnapshot> entry :
					directorySnapshot.bySource().entrySet()) {

				directoryImport.apply(entry.getValue(), entry.getKey());
			}

			long seconds = System.nanoTime() - start;

			long stored = directoryImport.count("Preau_Person");

			start = System.nanoTime();

			directoryImport.close();

			seconds += System.nanoTime() - start;

			if (stored != size) {
				throw new IllegalStateException(
					"the lycée has " + size + " accounts, but " + stored +
						" were stored");
			}

			return seconds / 1e9;
		}
	}

	private static final int _DEFAULT_SIZE = 8500;

	private static final int _ROUNDS = 7;

	private static final int _WARM_UP_ROUNDS = 3;

}
