package org.preau.bench.accounts;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Random;

import org.preau.bench.BenchOptions;
import org.preau.bench.BenchResult;
import org.preau.bench.Benchmark;
import org.preau.bench.HeapPeak;
import org.preau.bench.Machine;
import org.preau.bench.Workspace;
import org.preau.core.accounts.model.LoginPolicy;
import org.preau.core.accounts.service.LoginService;
import org.preau.core.audit.service.Auditor;
import org.preau.core.security.Actor;
import org.preau.store.jdbc.H2Database;
import org.preau.store.jdbc.JdbcStore;

/**
 * {@code accounts.logins}: the logins of a whole académie's first import, 1,000,000 people by default, given by the
 * login policy after the import, into an H2 file database. The people are written straight into the directory's table
 * (not timed), with first names from a list and last names made of syllables, accents and apostrophes included, so
 * that about one person in fifteen has a namesake. Goal: 60 s or less, the time the import itself may take.
 */
public final class LoginsBenchmark implements Benchmark {

	@Override
	public String description() {
		return "logins for --size people (default " + _DEFAULT_SIZE +
			") of a fresh directory, by the default login policy; goal <= 60 s";
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public BenchResult run(BenchOptions options, PrintStream out)
		throws Exception {

		int size = options.sizeOr(_DEFAULT_SIZE);

		try (Workspace workspace = Workspace.open(options, NAME, out);
			H2Database h2Database = H2Database.open(
				workspace.emptyFolder("h2"))) {

			long start = System.nanoTime();

			_insertPeople(h2Database, size, new Random(options.seed()));

			out.printf(
				"  %d people written in %.1f s (not timed)%n", size,
				(System.nanoTime() - start) / 1e9);

			Clock clock = Clock.systemUTC();
			JdbcStore jdbcStore = new JdbcStore(h2Database.dataSource(), clock);

			LoginService loginService = new LoginService(
				jdbcStore.loginAllocations(), LoginPolicy.defaults(),
				new Auditor(jdbcStore.auditLog(), clock));

			System.gc();

			double cpuStart = Machine.cpuSeconds();
			double peakHeapMegabytes;
			double seconds;
			int given;

			try (HeapPeak heapPeak = HeapPeak.start()) {
				start = System.nanoTime();

				given = loginService.giveMissingLogins(Actor.system());

				seconds = (System.nanoTime() - start) / 1e9;

				heapPeak.close();

				peakHeapMegabytes = heapPeak.peakMegabytes();
			}

			double cpuSeconds = Machine.cpuSeconds() - cpuStart;

			long suffixed = _count(
				h2Database,
				"select count(*) from Preau_Login where regexp_like(login, " +
					"'[0-9]$')");

			if ((given != size) ||
				(_count(h2Database, "select count(*) from Preau_Login") !=
					size)) {

				throw new IllegalStateException(
					size + " people, but " + given + " logins given");
			}

			out.printf(
				"%d logins given in %.3f s (%d with a homonym's suffix), " +
					"%.3f s of CPU, peak heap %.0f MB; machine: %d " +
						"processors, load average %.2f%n",
				given, seconds, suffixed, cpuSeconds, peakHeapMegabytes,
				Machine.processors(), Machine.loadAverage());

			return new BenchResult(
				NAME
			).put(
				"seconds", seconds, 3
			).put(
				"ops_per_s", given / seconds, 0
			).put(
				"size", given
			).put(
				"suffixed", suffixed
			).put(
				"peak_heap_mb", peakHeapMegabytes, 0
			).put(
				"cpu_seconds", cpuSeconds, 3
			).put(
				"load_avg", Math.max(0, Machine.loadAverage()), 2
			);
		}
	}

	public static final String NAME = "accounts.logins";

	private static long _count(H2Database h2Database, String sql)
		throws Exception {

		try (Connection connection = h2Database.dataSource().getConnection();
			Statement statement = connection.createStatement();
			ResultSet resultSet = statement.executeQuery(sql)) {

			resultSet.next();

			return resultSet.getLong(1);
		}
	}

	private static void _insertPeople(
			H2Database h2Database, int size, Random random)
		throws Exception {

		Timestamp now = Timestamp.from(Instant.now());

		try (Connection connection = h2Database.dataSource().getConnection();
			PreparedStatement preparedStatement = connection.prepareStatement(
				"insert into Preau_Person (personId, externalId, source, " +
					"profile, uai, lastName, firstName, personState, " +
						"createDate, modifiedDate) values (?, ?, 'AAF', " +
							"'PUPIL', ?, ?, ?, 'ACTIVE', ?, ?)")) {

			connection.setAutoCommit(false);

			for (int i = 0; i < size; i++) {
				preparedStatement.setLong(1, i + 1);
				preparedStatement.setString(2, String.format("aaf-%08d", i));
				preparedStatement.setString(
					3, String.format("%07dA", 310000 + (i / 2000)));
				preparedStatement.setString(4, _lastName(random));
				preparedStatement.setString(
					5, _FIRST_NAMES[random.nextInt(_FIRST_NAMES.length)]);
				preparedStatement.setTimestamp(6, now);
				preparedStatement.setTimestamp(7, now);

				preparedStatement.addBatch();

				if ((i % 10_000) == 9_999) {
					preparedStatement.executeBatch();

					connection.commit();
				}
			}

			preparedStatement.executeBatch();

			connection.commit();
		}
	}

	private static String _lastName(Random random) {
		StringBuilder sb = new StringBuilder();

		if (random.nextInt(20) == 0) {
			sb.append(_PARTICLES[random.nextInt(_PARTICLES.length)]);
		}

		int syllables = 3 + random.nextInt(2);

		for (int i = 0; i < syllables; i++) {
			String syllable = _SYLLABLES[random.nextInt(_SYLLABLES.length)];

			sb.append(
				(i == 0) ? Character.toUpperCase(syllable.charAt(0)) +
					syllable.substring(1) : syllable);
		}

		return sb.toString();
	}

	private static final int _DEFAULT_SIZE = 1_000_000;

	private static final String[] _FIRST_NAMES = {
		"Adèle", "Agathe", "Alice", "Amélie", "Anaïs", "Antoine", "Arthur",
		"Baptiste", "Camille", "Chloé", "Clément", "Céline", "Damien", "Élise",
		"Élodie", "Emma", "Enzo", "Ethan", "Eva", "Gabriel", "Gaël", "Hugo",
		"Inès", "Jade", "Jean-Baptiste", "Jules", "Julien", "Léa", "Léo",
		"Lina", "Louis", "Louise", "Lucas", "Maël", "Manon", "Marie-Claire",
		"Mathis", "Maxime", "Nathan", "Noémie", "Noé", "Paul", "Raphaël",
		"Rose", "Sacha", "Sarah", "Théo", "Thaïs", "Tom", "Zoé"
	};

	private static final String[] _PARTICLES = {"D'", "De ", "Le ", "N'"};

	private static final String[] _SYLLABLES = {
		"bar", "bé", "ber", "bou", "cha", "char", "dan", "del", "du", "fa",
		"fon", "gal", "gar", "gé", "lan", "lau", "le", "li", "lo", "ma", "mar",
		"mé", "mon", "nau", "ne", "pe", "per", "pi", "ra", "ré", "rou", "sa",
		"tin", "tou", "va", "vé", "vil", "ze"
	};

}
