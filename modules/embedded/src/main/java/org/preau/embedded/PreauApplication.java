package org.preau.embedded;

import java.io.PrintStream;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import javax.servlet.http.HttpServlet;

import org.preau.core.accounts.service.AccountService;
import org.preau.core.audit.service.Auditor;
import org.preau.core.directory.service.DirectoryBrowserService;
import org.preau.core.directory.service.EstablishmentOverviewService;
import org.preau.core.imports.model.DirectorySnapshot;
import org.preau.core.imports.model.LifecyclePolicy;
import org.preau.core.imports.service.ImportHistoryService;
import org.preau.core.imports.service.ImportService;
import org.preau.embedded.internal.cli.CommandLine;
import org.preau.embedded.internal.demo.DemoSchool;
import org.preau.embedded.internal.http.PreauServlet;
import org.preau.embedded.internal.security.LoginThrottle;
import org.preau.embedded.internal.security.Pbkdf2PasswordHasher;
import org.preau.feeds.FeedException;
import org.preau.feeds.FeedReaders;
import org.preau.store.jdbc.H2Database;
import org.preau.store.jdbc.JdbcSearchPeople;
import org.preau.store.jdbc.JdbcStore;
import org.preau.web.directory.DirectoryController;
import org.preau.web.home.HomeController;
import org.preau.web.http.Routes;
import org.preau.web.i18n.Messages;
import org.preau.web.imports.FeedRefusedException;
import org.preau.web.imports.ImportsController;
import org.preau.web.overview.EstablishmentOverviewController;
import org.preau.web.view.PageRenderer;
import org.preau.web.view.TemplateRenderer;

/**
 * The embedded host's object graph: the core's services over the JDBC store, the web pages and the command line. The
 * OSGi component of this bundle starts it; a plain servlet container can too.
 */
public final class PreauApplication implements AutoCloseable {

	/**
	 * Opens the data folder (creating the database and the administrator on first start, and loading the demo school
	 * if asked) and builds the services.
	 *
	 * @param settings {@code data} (the data folder), {@code admin.login}, {@code admin.password} (empty: generated),
	 *        {@code demo} ({@code true} loads the demo school into an empty directory), {@code session.timeout.minutes},
	 *        {@code time.zone}
	 */
	public static PreauApplication start(Map<String, String> settings) {
		return new PreauApplication(settings);
	}

	@Override
	public void close() {
		_h2Database.close();
	}

	public Function<String[], Integer> commandLine() {
		return commandLine(System.out, System.err);
	}

	/**
	 * The command line, writing its output and its errors to the given streams.
	 */
	public Function<String[], Integer> commandLine(
		PrintStream out, PrintStream err) {

		return new CommandLine(
			_establishmentOverviewService, _importService, _demoSchool, out,
			err);
	}

	/**
	 * The administrator's password if this start generated it: to be shown once, and never again.
	 */
	public Optional<String> generatedAdminPassword() {
		return Optional.ofNullable(_generatedAdminPassword);
	}

	public HttpServlet servlet() {
		return _servlet;
	}

	private PreauApplication(Map<String, String> settings) {
		Path dataDir = Paths.get(_get(settings, "data", "data"));

		_h2Database = H2Database.open(dataDir);

		try {
			Clock clock = Clock.systemUTC();
			SecureRandom secureRandom = new SecureRandom();

			JdbcStore jdbcStore = new JdbcStore(
				_h2Database.dataSource(), clock);

			Auditor auditor = new Auditor(jdbcStore.auditLog(), clock);

			AccountService accountService = new AccountService(
				jdbcStore.accounts(),
				new Pbkdf2PasswordHasher(secureRandom, _PBKDF2_ITERATIONS),
				auditor, secureRandom);

			_generatedAdminPassword = accountService.ensureAdministrator(
				_get(settings, "admin.login", "admin"),
				Optional.of(_get(settings, "admin.password", ""))
			).orElse(
				null
			);

			EstablishmentOverviewService establishmentOverviewService =
				new EstablishmentOverviewService(
					jdbcStore.establishments(), jdbcStore.countDirectory(),
					jdbcStore.importRuns(), auditor);

			ImportService importService = new ImportService(
				jdbcStore.establishments(), jdbcStore.people(),
				jdbcStore.structures(), jdbcStore.links(),
				jdbcStore.importRuns(), jdbcStore.directoryState(),
				jdbcStore.directoryUpdates(), jdbcStore.transactions(), auditor,
				clock, LifecyclePolicy.defaults());

			DemoSchool demoSchool = new DemoSchool(
				dataDir.resolve("demo-feeds"), importService);

			if (Boolean.parseBoolean(_get(settings, "demo", "true")) &&
				jdbcStore.establishments().list().isEmpty()) {

				demoSchool.load();
			}

			DirectoryBrowserService directoryBrowserService =
				new DirectoryBrowserService(
					new JdbcSearchPeople(jdbcStore), jdbcStore.structures(),
					auditor);

			ZoneId zoneId = ZoneId.of(_get(settings, "time.zone", "Europe/Paris"));

			_servlet = new PreauServlet(
				accountService,
				Map.of(
					Routes.DIRECTORY,
					new DirectoryController(
						directoryBrowserService, establishmentOverviewService),
					Routes.HOME, new HomeController(establishmentOverviewService),
					Routes.IMPORTS,
					new ImportsController(
						importService,
						new ImportHistoryService(jdbcStore.importRuns()),
						establishmentOverviewService,
						PreauApplication::_readFeedFiles, zoneId),
					Routes.OVERVIEW,
					new EstablishmentOverviewController(
						establishmentOverviewService, zoneId)),
				new PageRenderer(new TemplateRenderer(), new Messages()),
				new LoginThrottle(clock, 5, Duration.ofMinutes(1)),
				secureRandom,
				Integer.parseInt(_get(settings, "session.timeout.minutes", "30")));

			_establishmentOverviewService = establishmentOverviewService;
			_importService = importService;
			_demoSchool = demoSchool;
		}
		catch (RuntimeException runtimeException) {
			_h2Database.close();

			throw runtimeException;
		}
	}

	private static String _get(
		Map<String, String> settings, String key, String defaultValue) {

		String value = settings.get(key);

		if ((value == null) || value.trim().isEmpty()) {
			return defaultValue;
		}

		return value.trim();
	}

	private static DirectorySnapshot _readFeedFiles(List<Path> files)
		throws FeedRefusedException {

		DirectorySnapshot directorySnapshot = new DirectorySnapshot();

		try {
			new FeedReaders().read(files, directorySnapshot);
		}
		catch (FeedException feedException) {
			throw new FeedRefusedException(
				feedException.getMessage(), feedException);
		}

		return directorySnapshot;
	}

	private static final int _PBKDF2_ITERATIONS = 210_000;

	private final DemoSchool _demoSchool;
	private final EstablishmentOverviewService _establishmentOverviewService;
	private final String _generatedAdminPassword;
	private final H2Database _h2Database;
	private final ImportService _importService;
	private final HttpServlet _servlet;

}
