package org.preau.embedded;

import java.io.PrintStream;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import javax.servlet.http.HttpServlet;

import org.preau.core.accounts.model.LoginPolicy;
import org.preau.core.accounts.service.AccountService;
import org.preau.core.accounts.service.LoginService;
import org.preau.core.audit.service.Auditor;
import org.preau.core.directory.service.DirectoryBrowserService;
import org.preau.core.directory.service.EstablishmentOverviewService;
import org.preau.core.imports.job.service.ImportJobService;
import org.preau.core.imports.model.LifecyclePolicy;
import org.preau.core.imports.service.ImportHistoryService;
import org.preau.core.imports.service.ImportService;
import org.preau.core.security.Actor;
import org.preau.embedded.internal.cli.CommandLine;
import org.preau.embedded.internal.demo.DemoSchool;
import org.preau.embedded.internal.http.JsonReports;
import org.preau.embedded.internal.http.PreauServlet;
import org.preau.embedded.internal.jobs.BackgroundImports;
import org.preau.embedded.internal.jobs.DropFolder;
import org.preau.embedded.internal.jobs.EmbeddedImportInputs;
import org.preau.embedded.internal.jobs.FileImportJobs;
import org.preau.embedded.internal.security.LoginThrottle;
import org.preau.embedded.internal.security.Pbkdf2PasswordHasher;
import org.preau.store.jdbc.H2Database;
import org.preau.store.jdbc.JdbcSearchPeople;
import org.preau.store.jdbc.JdbcStore;
import org.preau.web.directory.DirectoryController;
import org.preau.web.home.HomeController;
import org.preau.web.http.Controller;
import org.preau.web.http.Routes;
import org.preau.web.i18n.Messages;
import org.preau.web.imports.ImportJobController;
import org.preau.web.imports.ImportRoutes;
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
	 *        {@code time.zone}, {@code imports.drop.folder} (a folder with one sub-folder per UAI, whose files the
	 *        imports page offers to import; empty: none)
	 */
	public static PreauApplication start(Map<String, String> settings) {
		return new PreauApplication(settings);
	}

	/**
	 * Lets the running import end, then closes the database.
	 */
	@Override
	public void close() {
		try {
			_backgroundImports.close();
		}
		finally {
			_h2Database.close();
		}
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
			_establishmentOverviewService, _importService, _loginService,
			_demoSchool, out, err);
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

	/**
	 * The import jobs' store, for the tests of this bundle.
	 */
	FileImportJobs fileImportJobs() {
		return _fileImportJobs;
	}

	/**
	 * The inputs the imports page submits, for the tests of this bundle.
	 */
	EmbeddedImportInputs importInputs() {
		return _importInputs;
	}

	/**
	 * The import jobs' use cases, for the tests of this bundle.
	 */
	ImportJobService importJobService() {
		return _importJobService;
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
				jdbcStore.directoryUpdates(), jdbcStore.directoryInserts(),
				jdbcStore.transactions(), auditor, clock,
				LifecyclePolicy.defaults());

			LoginService loginService = new LoginService(
				jdbcStore.loginAllocations(), _loginPolicy(settings), auditor);

			DemoSchool demoSchool = new DemoSchool(
				dataDir.resolve("demo-feeds"), importService, loginService);

			if (Boolean.parseBoolean(_get(settings, "demo", "true")) &&
				jdbcStore.establishments().list().isEmpty()) {

				demoSchool.load();
			}

			DirectoryBrowserService directoryBrowserService =
				new DirectoryBrowserService(
					new JdbcSearchPeople(jdbcStore), jdbcStore.structures(),
					auditor);

			ZoneId zoneId = ZoneId.of(_get(settings, "time.zone", "Europe/Paris"));

			_fileImportJobs = new FileImportJobs(
				dataDir.resolve("imports"), clock);
			_backgroundImports = new BackgroundImports(
				_fileImportJobs, _MAX_QUEUED_IMPORTS,
				() -> loginService.giveMissingLogins(Actor.system()));
			_importJobService = new ImportJobService(
				importService, _fileImportJobs, _backgroundImports,
				jdbcStore.importRuns(), auditor, clock);

			String dropFolder = _get(settings, "imports.drop.folder", "");

			_importInputs = new EmbeddedImportInputs(
				_fileImportJobs,
				dropFolder.isEmpty() ? null :
					new DropFolder(Paths.get(dropFolder)));

			Map<String, Controller> controllers = new LinkedHashMap<>();

			controllers.put(
				Routes.DIRECTORY,
				new DirectoryController(
					directoryBrowserService, establishmentOverviewService));
			controllers.put(
				Routes.HOME, new HomeController(establishmentOverviewService));
			controllers.put(
				Routes.IMPORTS,
				new ImportsController(
					_importJobService, _importJobService,
					new ImportHistoryService(jdbcStore.importRuns()),
					establishmentOverviewService, _importInputs, zoneId));
			controllers.put(
				ImportRoutes.JOB,
				new ImportJobController(
					_importJobService, _importInputs.keepsJsonReports(), zoneId));
			controllers.put(
				Routes.OVERVIEW,
				new EstablishmentOverviewController(
					establishmentOverviewService, zoneId));

			Set<String> postRoutes = new HashSet<>();

			postRoutes.add(Routes.IMPORTS);

			_servlet = new PreauServlet(
				accountService, controllers, postRoutes,
				new PageRenderer(new TemplateRenderer(), new Messages()),
				new LoginThrottle(clock, 5, Duration.ofMinutes(1)),
				new JsonReports(_importJobService, _fileImportJobs), secureRandom,
				Integer.parseInt(_get(settings, "session.timeout.minutes", "30")));

			_establishmentOverviewService = establishmentOverviewService;
			_importService = importService;
			_loginService = loginService;
			_demoSchool = demoSchool;
		}
		catch (RuntimeException runtimeException) {
			if (_backgroundImports != null) {
				_backgroundImports.close();
			}

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

	private static LoginPolicy _loginPolicy(Map<String, String> settings) {
		String reserved = settings.get("accounts.login.reserved");

		return new LoginPolicy(
			_get(settings, "accounts.login.format", LoginPolicy.DEFAULT_FORMAT),
			Integer.parseInt(
				_get(
					settings, "accounts.login.max.length",
					String.valueOf(LoginPolicy.DEFAULT_MAX_LENGTH))),
			(reserved == null) ? LoginPolicy.DEFAULT_RESERVED :
				LoginPolicy.parseReserved(reserved));
	}

	private static final int _MAX_QUEUED_IMPORTS = 20;

	private static final int _PBKDF2_ITERATIONS = 210_000;

	private BackgroundImports _backgroundImports;
	private final DemoSchool _demoSchool;
	private final EstablishmentOverviewService _establishmentOverviewService;
	private final FileImportJobs _fileImportJobs;
	private final String _generatedAdminPassword;
	private final H2Database _h2Database;
	private final EmbeddedImportInputs _importInputs;
	private final ImportJobService _importJobService;
	private final ImportService _importService;
	private final LoginService _loginService;
	private final HttpServlet _servlet;

}
