package org.preau.bench.feeds;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import org.preau.bench.Workspace;
import org.preau.feeds.generator.FeedGenerator;
import org.preau.feeds.generator.GenerationReport;
import org.preau.feeds.generator.GeneratorOptions;

/**
 * Sizes and writes the synthetic académies the feed benchmarks read. Sizes are in accounts (pupils, legal
 * representatives, teachers and staff), the unit of the goals, and the real count comes from the generator's report,
 * since an académie is a whole number of schools.
 */
public final class GeneratedAcademy {

	/**
	 * Default schools (collèges of 600 pupils, every fourth a lycée of 900) up to about that many accounts, rounded up
	 * to a whole school; below one school's worth, one collège with fewer pupils.
	 */
	public static GeneratorOptions forAccounts(long seed, int accounts) {
		GeneratorOptions.Builder builder = GeneratorOptions.builder(
		).seed(
			seed
		);

		double accountsPerSchool =
			_accounts(builder.schools(_PROBE_SCHOOLS).build()) /
				(double)_PROBE_SCHOOLS;

		if (accounts >= accountsPerSchool) {
			return builder.schools(
				(int)Math.ceil(accounts / accountsPerSchool)
			).build();
		}

		return forOneSchool(seed, accounts);
	}

	/**
	 * Four schools whose fourth, a lycée, has about that many accounts; the others are collèges of the same size.
	 */
	static GeneratorOptions forLycee(long seed, int accounts) {
		GeneratorOptions.Builder builder = GeneratorOptions.builder(
		).pupilsPerSchool(
			_PROBE_PUPILS
		).schools(
			LYCEE_INDEX + 1
		).seed(
			seed
		);

		double accountsPerPupil =
			lyceeAccounts(builder.build()) / (double)_PROBE_PUPILS;

		return builder.pupilsPerSchool(
			(int)Math.max(1, Math.round(accounts / accountsPerPupil))
		).build();
	}

	/**
	 * One school, the académie's first (a collège), with as many pupils as give about that many accounts.
	 */
	static GeneratorOptions forOneSchool(long seed, int accounts) {
		GeneratorOptions.Builder builder = GeneratorOptions.builder(
		).pupilsPerSchool(
			_PROBE_PUPILS
		).schools(
			1
		).seed(
			seed
		);

		double accountsPerPupil =
			_accounts(builder.build()) / (double)_PROBE_PUPILS;

		return builder.pupilsPerSchool(
			(int)Math.max(1, Math.round(accounts / accountsPerPupil))
		).build();
	}

	/**
	 * The accounts of the lycée of {@link #forLycee}: schools are generated independently of each other, so they are
	 * what four schools have more than three.
	 */
	static int lyceeAccounts(GeneratorOptions options) {
		return _accounts(options) -
			_accounts(options.toBuilder().schools(LYCEE_INDEX).build());
	}

	/**
	 * Writes the AAF export into {@code <workspace>/<name>}, unless an earlier run with {@code --data} left the same
	 * one there.
	 */
	public static GeneratedAcademy writeAaf(
			Workspace workspace, String name, GeneratorOptions options,
			PrintStream out)
		throws IOException {

		FeedGenerator feedGenerator = new FeedGenerator(options);
		Path folder = workspace.folder().resolve(name);

		Properties settings = new Properties();

		settings.setProperty("format", "aaf");
		settings.setProperty("options", options.toString());

		if (workspace.holds(name, settings)) {
			out.println("reusing the AAF export in " + folder);
		}
		else {
			out.println("generating an AAF export: " + options);

			long start = System.nanoTime();

			workspace.emptyFolder(name);

			feedGenerator.writeAaf(folder);

			workspace.stamp(name, settings);

			out.printf(
				"  written in %.1f s%n", (System.nanoTime() - start) / 1e9);
		}

		GenerationReport generationReport = feedGenerator.report();

		out.println("  " + generationReport);

		return new GeneratedAcademy(folder, generationReport);
	}

	/**
	 * Writes the SIECLE, STSweb and AAF exports into {@code <workspace>/<name>} and returns those of the lycée of
	 * {@link #forLycee}: its SIECLE folder, its STSweb file, and the académie's AAF folder, which alone describes the
	 * establishment.
	 */
	static List<Path> writeLycee(
			Workspace workspace, String name, GeneratorOptions options,
			PrintStream out)
		throws IOException {

		out.println(
			"generating SIECLE, STSweb and AAF exports: " + options);

		Path folder = workspace.emptyFolder(name);

		FeedGenerator feedGenerator = new FeedGenerator(options);

		List<Path> siecleFiles = feedGenerator.writeSiecle(
			folder.resolve("siecle"));
		List<Path> stsFiles = feedGenerator.writeSts(folder.resolve("sts"));

		feedGenerator.writeAaf(folder.resolve("aaf"));

		return Arrays.asList(
			siecleFiles.get(
				LYCEE_INDEX * _SIECLE_FILES_PER_SCHOOL
			).getParent(),
			stsFiles.get(LYCEE_INDEX), folder.resolve("aaf"));
	}

	public Path folder() {
		return _folder;
	}

	public GenerationReport generationReport() {
		return _generationReport;
	}

	private static int _accounts(GeneratorOptions options) {
		return new FeedGenerator(
			options
		).report(
		).accounts();
	}

	private GeneratedAcademy(Path folder, GenerationReport generationReport) {
		_folder = folder;
		_generationReport = generationReport;
	}

	/**
	 * The generator makes every fourth school a lycée.
	 */
	static final int LYCEE_INDEX = 3;

	private static final int _PROBE_PUPILS = 600;

	/**
	 * Every fourth school is a lycée: a sample of a few such cycles has the académie's mix and averages out the
	 * schools' own sizes.
	 */
	private static final int _PROBE_SCHOOLS = 16;

	private static final int _SIECLE_FILES_PER_SCHOOL = 4;

	private final Path _folder;
	private final GenerationReport _generationReport;

}
