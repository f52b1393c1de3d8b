package org.preau.embedded;

import java.io.PrintStream;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import javax.servlet.http.HttpServlet;
import javax.sql.DataSource;

import org.preau.core.accounts.service.AccountService;
import org.preau.core.audit.service.Auditor;
import org.preau.core.directory.service.DirectoryBrowserService;
import org.preau.core.directory.service.DirectorySearchService;
import org.preau.core.directory.service.EstablishmentOverviewService;
import org.preau.core.imports.job.service.ImportJobService;
import org.preau.core.imports.model.LifecyclePolicy;
import org.preau.core.imports.service.ImportHistoryService;
import org.preau.core.imports.service.ImportService;
import org.preau.core.merges.service.PersonMergeService;
import org.preau.core.messaging.service.MessagingRulesService;
import org.preau.core.rights.model.EntService;
import org.preau.core.rights.service.DecisionService;
import org.preau.core.rights.service.DelegationService;
import org.preau.core.rights.service.RightsService;
import org.preau.core.rights.service.ServiceCatalogue;
import org.preau.embedded.internal.cli.CommandLine;
import org.preau.embedded.internal.csv.SpreadsheetCsvWriter;
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
import org.preau.store.jdbc.JdbcDirectoryCards;
import org.preau.store.jdbc.JdbcSearchPeople;
import org.preau.store.jdbc.JdbcStore;
import org.preau.web.directory.DirectoryController;
import org.preau.web.directory.DirectoryExportController;
import org.preau.web.directory.UserCardController;
import org.preau.web.home.HomeController;
import org.preau.web.http.Controller;
import org.preau.web.http.Routes;
import org.preau.web.i18n.Messages;
import org.preau.web.imports.ImportJobController;
import org.preau.web.imports.ImportRoutes;
import org.preau.web.imports.ImportsController;
import org.preau.web.merges.MergeRoutes;
import org.preau.web.merges.MergesController;
import org.preau.web.overview.EstablishmentOverviewController;
import org.preau.web.rights.DelegationsController;
import org.preau.web.rights.ExplainController;
import org.preau.web.rights.MessagingRulesController;
import org.preau.web.rights.ModulesController;
import org.preau.web.rights.RightsCopyController;
import org.preau.web.rights.RightsHistoryController;
import org.preau.web.rights.RightsMatrixController;
import org.preau.web.rights.RightsRoutes;
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
	 *        imports page offers to import; empty: none), {@code imports.retention.days} and
	 *        {@code imports.retention.jobs} (a finished import job's folder is deleted once it is older than these days
	 *        and not among these latest jobs)
	 */
	public static PreauApplication start(Map<String, String> settings) {
		return new PreauApplication(settings, ServiceCatalogue.standard());
	}

	/**
	 * Starts with a catalogue of services that the host feeds, such as the OSGi runtime's whiteboard of
	 * {@link org.preau.core.rights.port.out.EntServiceProvider}s.
	 */
	public static PreauApplication start(
		Map<String, String> settings, ServiceCatalogue serviceCatalogue) {

		return new PreauApplication(settings, serviceCatalogue);
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
			_establishmentOverviewService, _importService,
			_directorySearchService, _spreadsheetCsvWriter, _demoSchool,
			_decisionService, out, err);
	}

	/**
	 * The administrator's password if this start generated it: to be shown once, and never again.
	 */
	public Optional<String> generatedAdminPassword() {
		return Optional.ofNullable(_generatedAdminPassword);
	}

	/**
	 * The routes whose pages take a POST, as given to the servlet.
	 */
	public Set<String> postRoutes() {
		return _postRoutes;
	}

	/**
	 * Every route that the servlet hands to a controller, as given to it.
	 */
	public Set<String> routes() {
		return _routes;
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

	/**
	 * The database, for the tests of this bundle.
	 */
	DataSource dataSource() {
		return _h2Database.dataSource();
	}

	/**
	 * The store, for the tests of this bundle.
	 */
	JdbcStore jdbcStore() {
		return _jdbcStore;
	}

	private PreauApplication(
		Map<String, String> settings, ServiceCatalogue serviceCatalogue) {

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

			DemoSchool demoSchool = new DemoSchool(
				dataDir.resolve("demo-feeds"), importService);

			if (Boolean.parseBoolean(_get(settings, "demo", "true")) &&
				jdbcStore.establishments().list().isEmpty()) {

				demoSchool.load();
			}

			JdbcSearchPeople jdbcSearchPeople = new JdbcSearchPeople(jdbcStore);

			DirectoryBrowserService directoryBrowserService =
				new DirectoryBrowserService(
					jdbcSearchPeople, jdbcStore.structures(), auditor);
			DirectorySearchService directorySearchService =
				new DirectorySearchService(
					jdbcSearchPeople, new JdbcDirectoryCards(jdbcStore),
					auditor);
			SpreadsheetCsvWriter spreadsheetCsvWriter =
				new SpreadsheetCsvWriter();
			Messages messages = new Messages();

			ZoneId zoneId = ZoneId.of(_get(settings, "time.zone", "Europe/Paris"));

			DelegationService delegationService = new DelegationService(
				jdbcStore.delegations(), jdbcStore.rightsRules(),
				jdbcStore.rightsHistory(), jdbcStore.establishments(),
				jdbcStore.transactions(), auditor, clock);
			RightsService rightsService = new RightsService(
				serviceCatalogue, jdbcStore.rightsRules(),
				jdbcStore.rightsHistory(), jdbcStore.establishments(),
				delegationService, jdbcStore.transactions(), auditor, clock);
			MessagingRulesService messagingRulesService =
				new MessagingRulesService(
					jdbcStore.messagingRules(), jdbcStore.rightsHistory(),
					jdbcStore.establishments(), jdbcStore.structures(),
					delegationService, jdbcStore.transactions(), auditor,
					clock);

			_decisionService = new DecisionService(
				jdbcStore.personLogins(), jdbcStore.people(),
				jdbcStore.directoryState(), rightsService,
				messagingRulesService, delegationService, auditor, clock);

			_fileImportJobs = new FileImportJobs(
				dataDir.resolve("imports"), clock,
				Integer.parseInt(
					_get(
						settings, "imports.retention.days",
						String.valueOf(FileImportJobs.DEFAULT_RETENTION_DAYS))),
				Integer.parseInt(
					_get(
						settings, "imports.retention.jobs",
						String.valueOf(FileImportJobs.DEFAULT_RETAINED_JOBS))));
			_backgroundImports = new BackgroundImports(
				_fileImportJobs, _MAX_QUEUED_IMPORTS);
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
					directoryBrowserService, directorySearchService,
					establishmentOverviewService));
			controllers.put(
				Routes.DIRECTORY_CARD,
				new UserCardController(directorySearchService));
			controllers.put(
				Routes.DIRECTORY_EXPORT,
				new DirectoryExportController(
					directorySearchService, establishmentOverviewService,
					spreadsheetCsvWriter, messages));
			controllers.put(
				Routes.HOME,
				new HomeController(
					establishmentOverviewService, _decisionService));
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
			PersonMergeService personMergeService = new PersonMergeService(
				jdbcStore.personMerges(), auditor, clock);

			controllers.put(
				MergeRoutes.MERGES,
				new MergesController(
					personMergeService, personMergeService, personMergeService,
					establishmentOverviewService, zoneId));
			controllers.put(
				Routes.OVERVIEW,
				new EstablishmentOverviewController(
					establishmentOverviewService, zoneId));

			controllers.put(
				RightsRoutes.COPY,
				new RightsCopyController(
					rightsService, establishmentOverviewService));
			controllers.put(
				RightsRoutes.DEFAULTS,
				new RightsMatrixController(
					rightsService, establishmentOverviewService, true, zoneId));
			controllers.put(
				RightsRoutes.DELEGATIONS,
				new DelegationsController(
					delegationService, establishmentOverviewService, zoneId));
			controllers.put(
				RightsRoutes.EXPLAIN,
				new ExplainController(
					_decisionService,
					() -> _serviceKeys(serviceCatalogue)));
			controllers.put(
				RightsRoutes.HISTORY,
				new RightsHistoryController(
					rightsService, establishmentOverviewService, zoneId));
			controllers.put(
				RightsRoutes.MATRIX,
				new RightsMatrixController(
					rightsService, establishmentOverviewService, false, zoneId));
			controllers.put(
				RightsRoutes.MESSAGING,
				new MessagingRulesController(
					messagingRulesService, establishmentOverviewService));
			controllers.put(
				RightsRoutes.MODULES,
				new ModulesController(
					rightsService, establishmentOverviewService, zoneId));

			Set<String> postRoutes = new HashSet<>();

			postRoutes.add(MergeRoutes.MERGES);
			postRoutes.add(Routes.IMPORTS);
			postRoutes.add(RightsRoutes.COPY);
			postRoutes.add(RightsRoutes.DEFAULTS);
			postRoutes.add(RightsRoutes.DELEGATIONS);
			postRoutes.add(RightsRoutes.MATRIX);
			postRoutes.add(RightsRoutes.MESSAGING);
			postRoutes.add(RightsRoutes.MODULES);

			_servlet = new PreauServlet(
				accountService, controllers, postRoutes,
				new PageRenderer(new TemplateRenderer(), messages),
				new LoginThrottle(clock, 5, Duration.ofMinutes(1)),
				new JsonReports(_importJobService, _fileImportJobs), secureRandom,
				Integer.parseInt(_get(settings, "session.timeout.minutes", "30")),
				delegationService::effective);

			_routes = Set.copyOf(controllers.keySet());
			_postRoutes = Set.copyOf(postRoutes);
			_jdbcStore = jdbcStore;

			_directorySearchService = directorySearchService;
			_establishmentOverviewService = establishmentOverviewService;
			_spreadsheetCsvWriter = spreadsheetCsvWriter;
			_importService = importService;
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

	private static List<String> _serviceKeys(
		ServiceCatalogue serviceCatalogue) {

		List<String> keys = new ArrayList<>();

		for (EntService entService : serviceCatalogue.services()) {
			keys.add(entService.key());
		}

		return keys;
	}

	private static final int _MAX_QUEUED_IMPORTS = 20;

	private static final int _PBKDF2_ITERATIONS = 210_000;

	private BackgroundImports _backgroundImports;
	private final DecisionService _decisionService;
	private final DemoSchool _demoSchool;
	private final DirectorySearchService _directorySearchService;
	private final EstablishmentOverviewService _establishmentOverviewService;
	private final FileImportJobs _fileImportJobs;
	private final String _generatedAdminPassword;
	private final H2Database _h2Database;
	private final EmbeddedImportInputs _importInputs;
	private final ImportJobService _importJobService;
	private final ImportService _importService;
	private final JdbcStore _jdbcStore;
	private final Set<String> _postRoutes;
	private final Set<String> _routes;
	private final HttpServlet _servlet;
	private final SpreadsheetCsvWriter _spreadsheetCsvWriter;

}
