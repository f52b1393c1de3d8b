package org.preau.bench.accounts;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.preau.bench.BenchOptions;
import org.preau.bench.BenchResult;
import org.preau.bench.Benchmark;
import org.preau.bench.HeapPeak;
import org.preau.bench.Machine;
import org.preau.bench.Workspace;
import org.preau.core.accounts.model.AccountScope;
import org.preau.core.accounts.model.CredentialMode;
import org.preau.core.accounts.model.IssuedCredential;
import org.preau.core.accounts.model.LoginPolicy;
import org.preau.core.accounts.model.PasswordPolicy;
import org.preau.core.accounts.service.CredentialService;
import org.preau.core.accounts.service.LoginService;
import org.preau.core.accounts.service.SignInGate;
import org.preau.core.audit.service.Auditor;
import org.preau.core.directory.model.Establishment;
import org.preau.core.directory.model.Profile;
import org.preau.core.directory.model.Source;
import org.preau.core.imports.model.DirectorySnapshot;
import org.preau.core.imports.model.ImportReport;
import org.preau.core.imports.model.LifecyclePolicy;
import org.preau.core.imports.port.in.ImportCommand;
import org.preau.core.imports.service.ImportService;
import org.preau.core.security.Actor;
import org.preau.embedded.internal.mail.SmtpCredentialMailer;
import org.preau.embedded.internal.security.Pbkdf2PasswordHasher;
import org.preau.feeds.aaf.AafReader;
import org.preau.feeds.generator.FeedGenerator;
import org.preau.feeds.generator.GeneratorOptions;
import org.preau.store.jdbc.H2Database;
import org.preau.store.jdbc.JdbcStore;
import org.preau.web.accounts.sheets.CredentialSheets;
import org.preau.web.accounts.sheets.SheetTexts;
import org.preau.web.i18n.Messages;

/**
 * {@code accounts.sheets}: the credential sheets of every pupil of a generated school (3,000 by default), as the
 * {@code credentials} command makes them: new activation codes issued and their hashes stored in one transaction of
 * an H2 file database, then one PDF page per pupil written to a file. Goal: 10 s or less. Importing the school and
 * giving its logins are not timed.
 */
public final class AccountSheetsBenchmark implements Benchmark {

	@Override
	public String description() {
		return "activation codes and a one-page-per-pupil PDF for a school of " +
			"--size pupils (default " + _DEFAULT_SIZE + "); goal <= 10 s";
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public BenchResult run(BenchOptions options, PrintStream out)
		throws Exception {

		int pupils = options.sizeOr(_DEFAULT_SIZE);

		try (Workspace workspace = Workspace.open(options, NAME, out)) {
			GeneratorOptions generatorOptions = GeneratorOptions.builder(
			).pupilsPerSchool(
				pupils
			).schools(
				1
			).seed(
				options.seed()
			).build();

			Path feeds = workspace.emptyFolder("feeds");

			new FeedGenerator(generatorOptions).writeAaf(feeds);

			DirectorySnapshot directorySnapshot = new DirectorySnapshot();

			new AafReader().read(feeds, directorySnapshot);

			Establishment establishment =
				directorySnapshot.establishments().get(0);

			try (H2Database h2Database = H2Database.open(
					workspace.emptyFolder("h2"))) {

				Clock clock = Clock.systemUTC();
				JdbcStore jdbcStore = new JdbcStore(
					h2Database.dataSource(), clock);
				Auditor auditor = new Auditor(jdbcStore.auditLog(), clock);

				long start = System.nanoTime();

				ImportReport importReport = new ImportService(
					jdbcStore.establishments(), jdbcStore.people(),
					jdbcStore.structures(), jdbcStore.links(),
					jdbcStore.importRuns(), jdbcStore.directoryState(),
					jdbcStore.directoryUpdates(), jdbcStore.directoryInserts(),
					jdbcStore.transactions(), auditor, clock,
					LifecyclePolicy.defaults()
				).run(
					Actor.system(),
					ImportCommand.apply(directorySnapshot, Source.AAF)
				);

				if (!importReport.errors().isEmpty()) {
					throw new IllegalStateException(
						"the school was not imported: " + importReport.errors());
				}

				int logins = new LoginService(
					jdbcStore.loginAllocations(), LoginPolicy.defaults(),
					auditor
				).giveMissingLogins(
					Actor.system()
				);

				out.printf(
					"  %s imported and %d logins given in %.1f s (not timed)%n",
					establishment, logins, (System.nanoTime() - start) / 1e9);

				SecureRandom secureRandom = new SecureRandom();

				SheetTexts sheetTexts = new SheetTexts(
					new Messages(), Messages.DEFAULT_LOCALE,
					"https://ent.example.fr/", 10, ZoneId.of("Europe/Paris"));

				CredentialService credentialService = new CredentialService(
					jdbcStore.accounts(), jdbcStore.accountHolders(),
					jdbcStore.personLogins(), jdbcStore.storedCodes(),
					jdbcStore.distributions(), jdbcStore.transactions(),
					new Pbkdf2PasswordHasher(secureRandom, 210_000),
					PasswordPolicy.defaults(), SignInGate.OPEN,
					new SmtpCredentialMailer(
						Map.of(), sheetTexts, new Messages(),
						Messages.DEFAULT_LOCALE),
					auditor, clock, secureRandom,
					CredentialMode.ACTIVATION_CODE, Duration.ofDays(90));
				CredentialSheets credentialSheets = new CredentialSheets(
					sheetTexts);

				AccountScope scope = AccountScope.of(
					establishment.uai(), Profile.PUPIL);
				Path pdf = workspace.folder().resolve("sheets.pdf");

				double[] seconds = new double[_ROUNDS];
				double[] cpuSeconds = new double[_ROUNDS];
				double peakHeapMegabytes = 0;
				int sheets = 0;

				for (int i = 0; i < _ROUNDS; i++) {
					System.gc();

					double cpuStart = Machine.cpuSeconds();

					try (HeapPeak heapPeak = HeapPeak.start()) {
						long roundStart = System.nanoTime();

						List<IssuedCredential> issued = credentialService.issue(
							Actor.system(), scope);

						try (OutputStream outputStream = Files.newOutputStream(
								pdf)) {

							credentialSheets.write(
								establishment.name(), issued, false,
								outputStream);
						}

						seconds[i] = (System.nanoTime() - roundStart) / 1e9;
						cpuSeconds[i] = Machine.cpuSeconds() - cpuStart;
						sheets = issued.size();

						heapPeak.close();

						peakHeapMegabytes = Math.max(
							peakHeapMegabytes, heapPeak.peakMegabytes());
					}

					out.printf(
						"  round %d: %d codes issued and %d pages written " +
							"(%d KB) in %.3f s, %.3f s of CPU%n",
						i + 1, sheets, sheets, Files.size(pdf) / 1024,
						seconds[i], cpuSeconds[i]);
				}

				if (sheets != pupils) {
					throw new IllegalStateException(
						"the school has " + pupils + " pupils, but " + sheets +
							" sheets were printed");
				}

				Arrays.sort(seconds);
				Arrays.sort(cpuSeconds);

				double median = seconds[_ROUNDS / 2];

				out.printf(
					"median of %d rounds: %.3f s, peak heap %.0f MB; " +
						"machine: %d processors, load average %.2f%n",
					_ROUNDS, median, peakHeapMegabytes, Machine.processors(),
					Machine.loadAverage());

				return new BenchResult(
					NAME
				).put(
					"seconds", median, 3
				).put(
					"ops_per_s", sheets / median, 0
				).put(
					"size", sheets
				).put(
					"pdf_bytes", Files.size(pdf)
				).put(
					"peak_heap_mb", peakHeapMegabytes, 0
				).put(
					"runs", _ROUNDS
				).put(
					"cpu_seconds", cpuSeconds[_ROUNDS / 2], 3
				).put(
					"load_avg", Math.max(0, Machine.loadAverage()), 2
				);
			}
		}
	}

	public static final String NAME = "accounts.sheets";

	private static final int _DEFAULT_SIZE = 3000;

	private static final int _ROUNDS = 3;

}
