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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import javax.servlet.http.HttpServlet;
import javax.sql.DataSource;

import org.preau.core.accounts.model.CredentialMode;
import org.preau.core.accounts.model.LoginPolicy;
import org.preau.core.accounts.model.PasswordPolicy;
import org.preau.core.accounts.port.in.Authenticate;
import org.preau.core.accounts.port.out.PasswordHasher;
import org.preau.core.accounts.service.AccountService;
import org.preau.core.accounts.service.AccountStateService;
import org.preau.core.accounts.service.CredentialService;
import org.preau.core.accounts.service.DirectoryStateGate;
import org.preau.core.accounts.service.GatedAuthentication;
import org.preau.core.accounts.service.GuestExpiryGate;
import org.preau.core.accounts.service.GuestService;
import org.preau.core.accounts.service.LoginService;
import org.preau.core.accounts.service.SignInGate;
import org.preau.core.accounts.service.SignInGates;
import org.preau.core.accounts.service.SuspensionService;
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
import org.preau.core.rights.service.FunctionGrants;
import org.preau.core.rights.service.RightsService;
import org.preau.core.rights.service.RulesWatch;
import org.preau.core.rights.service.ServiceCatalogue;
import org.preau.core.security.Actor;
import org.preau.embedded.internal.cli.AccountCommandsFactory;
import org.preau.embedded.internal.cli.CommandLine;
import org.preau.embedded.internal.demo.DemoSchool;
import org.preau.embedded.internal.http.JsonReports;
import org.preau.embedded.internal.http.PreauServlet;
import org.preau.embedded.internal.jobs.AccountJobs;
import org.preau.embedded.internal.jobs.BackgroundImports;
import org.preau.embedded.internal.jobs.DropFolder;
import org.preau.embedded.internal.jobs.EmbeddedImportInputs;
import org.preau.embedded.internal.jobs.FileImportJobs;
import org.preau.embedded.internal.mail.SmtpCredentialMailer;
import org.preau.embedded.internal.security.LoginThrottle;
import org.preau.embedded.internal.security.Pbkdf2PasswordHasher;
import org.preau.store.jdbc.H2Database;
import org.preau.store.jdbc.JdbcDirectoryCards;
import org.preau.store.jdbc.JdbcSearchPeople;
import org.preau.store.jdbc.JdbcStore;
import org.preau.web.accounts.AccountRoutes;
import org.preau.web.accounts.AccountsController;
import org.preau.web.accounts.CreateGuestController;
import org.preau.web.accounts.EndGuestController;
import org.preau.web.accounts.ExtendGuestController;
import org.preau.web.accounts.MailCredentialsController;
import org.preau.web.accounts.PrintCredentialsController;
import org.preau.web.accounts.ReactivateAccountController;
import org.preau.web.accounts.ResetPasswordController;
import org.preau.web.accounts.SuspendAccountsController;
import org.preau.web.accounts.sheets.CredentialCsv;
import org.preau.web.accounts.sheets.CredentialSheets;
import org.preau.web.accounts.sheets.SheetDocuments;
import org.preau.web.accounts.sheets.SheetTexts;
import org.preau.web.directory.DirectoryController;
import org.preau.web.directory.DirectoryExportController;
import org.preau.web.directory.UserCardController;
import org.preau.web.home.HomeController;
import org.preau.web.http.Controller;
import org.preau.web.http.Routes;
import org.preau.web.http.SpreadsheetCsvWriter;
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
			_accountJobs.close();
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
			_directorySearchService, _spreadsheetCsvWriter, _demoSchool,
			_decisionService, _accountCommandsFactory, out, err);
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
	 * The suspension use cases, for the tests of this bundle.
	 */
	SuspensionService suspensionService() {
		return _suspensionService;
	}

	/**
	 * The sign-in use case as the servlet uses it, for the tests of this bundle.
	 */
	Authenticate authenticate() {
		return _authenticate;
	}

	/**
	 * The credential use cases, for the tests of this bundle.
	 */
	CredentialService credentialService() {
		return _credentialService;
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
	 * The database, for the tests of this bundle.
	 */
	DataSource dataSource() {
		return _h2Database.dataSource();
	}

	/**
	 * What the servlet makes of a signed-in actor at each request: their own grants, their delegations and the
	 * establishment their staff function gives them; for the tests of this bundle.
	 */
	UnaryOperator<Actor> requestActors() {
		return _requestActors;
	}

	/**
	 * The store's ports, for the tests of this bundle.
	 */
	JdbcStore jdbcStore() {
		return _jdbcStore;
	}

	/**
	 * The import jobs' use cases, for the tests of this bundle.
	 */
	ImportJobService importJobService() {
		return _importJobService;
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

			PasswordHasher passwordHasher = new Pbkdf2PasswordHasher(
				secureRandom, _PBKDF2_ITERATIONS);

			AccountService accountService = new AccountService(
				jdbcStore.accounts(), passwordHasher, auditor, secureRandom);

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

			LoginPolicy loginPolicy = _loginPolicy(settings);

			LoginService loginService = new LoginService(
				jdbcStore.loginAllocations(), loginPolicy, auditor);

			DemoSchool demoSchool = new DemoSchool(
				dataDir.resolve("demo-feeds"), importService, loginService);

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

			RulesWatch rulesWatch = new RulesWatch(
				jdbcStore.rightsHistory(), clock, RulesWatch.DEFAULT_INTERVAL);

			DelegationService delegationService = new DelegationService(
				jdbcStore.delegations(), jdbcStore.rightsRules(),
				jdbcStore.rightsHistory(), jdbcStore.establishments(),
				rulesWatch, jdbcStore.transactions(), auditor, clock);
			FunctionGrants functionGrants = new FunctionGrants(
				jdbcStore.personLogins(), jdbcStore.people(),
				FunctionGrants.parse(
					settings.getOrDefault(
						"rights.administering.functions", "DIR")));

			_requestActors = actor -> delegationService.effective(
				functionGrants.apply(actor));

			RightsService rightsService = new RightsService(
				serviceCatalogue, jdbcStore.rightsRules(),
				jdbcStore.rightsHistory(), jdbcStore.establishments(),
				delegationService, rulesWatch, jdbcStore.transactions(),
				auditor, clock);
			MessagingRulesService messagingRulesService =
				new MessagingRulesService(
					jdbcStore.messagingRules(), jdbcStore.rightsHistory(),
					jdbcStore.establishments(), jdbcStore.structures(),
					delegationService, rulesWatch, jdbcStore.transactions(),
					auditor, clock);

			_decisionService = new DecisionService(
				jdbcStore.personLogins(), jdbcStore.people(),
				jdbcStore.directoryState(), rightsService,
				messagingRulesService, delegationService,
				functionGrants.and(jdbcStore.accountGrants()), auditor, clock);

			Clock localClock = clock.withZone(zoneId);

			SuspensionService suspensionService = new SuspensionService(
				jdbcStore.accounts(), jdbcStore.accountHolders(),
				jdbcStore.suspensions(), jdbcStore.transactions(), auditor,
				localClock);

			SignInGate signInGate = new SignInGates(
				suspensionService,
				new GuestExpiryGate(jdbcStore.guests(), localClock),
				new DirectoryStateGate(
					jdbcStore.personLogins(), jdbcStore.people()));

			PasswordPolicy passwordPolicy = new PasswordPolicy(
				_getInt(settings, "accounts.password.min.length", 10),
				_getInt(settings, "accounts.password.min.classes", 3));

			SheetTexts sheetTexts = new SheetTexts(
				new Messages(),
				Messages.supportedLocale(
					new Locale(_get(settings, "accounts.sheets.language", "fr"))),
				_get(settings, "accounts.ent.address", "http://localhost:8080/"),
				passwordPolicy.minLength(), zoneId);

			Locale mailLocale = Messages.supportedLocale(
				new Locale(_get(settings, "accounts.sheets.language", "fr")));

			SmtpCredentialMailer smtpCredentialMailer = new SmtpCredentialMailer(
				settings, sheetTexts, new Messages(), mailLocale);

			CredentialService credentialService = new CredentialService(
				jdbcStore.accounts(), jdbcStore.accountHolders(),
				jdbcStore.personLogins(), jdbcStore.storedCodes(),
				jdbcStore.distributions(), jdbcStore.transactions(),
				passwordHasher, passwordPolicy, signInGate, smtpCredentialMailer,
				auditor, localClock, secureRandom,
				CredentialMode.parse(
					_get(settings, "accounts.credentials.mode", "activation-code")),
				Duration.ofDays(
					_getInt(settings, "accounts.code.validity.days", 90)));

			GuestService guestService = new GuestService(
				jdbcStore.guests(), jdbcStore.accounts(),
				jdbcStore.personLogins(), loginPolicy, credentialService,
				jdbcStore.transactions(), auditor, localClock);


			CredentialSheets credentialSheets = new CredentialSheets(sheetTexts);
			CredentialCsv credentialCsv = new CredentialCsv(sheetTexts);

			_accountCommandsFactory = new AccountCommandsFactory(
				credentialService, suspensionService, guestService,
				establishmentOverviewService, credentialSheets, credentialCsv);
			_accountJobs = new AccountJobs(suspensionService, guestService);

			_accountJobs.start(
				Duration.ofMinutes(
					_getInt(settings, "accounts.jobs.interval.minutes", 60)));

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
				AccountRoutes.ACCOUNTS,
				new AccountsController(
					credentialService, suspensionService, guestService,
					directoryBrowserService, establishmentOverviewService,
					zoneId));
			controllers.put(
				AccountRoutes.CREDENTIALS,
				new PrintCredentialsController(
					credentialService, establishmentOverviewService,
					new SheetDocuments(credentialSheets, credentialCsv)));
			controllers.put(
				AccountRoutes.GUEST_CREATE, new CreateGuestController(guestService));
			controllers.put(
				AccountRoutes.GUEST_END, new EndGuestController(guestService));
			controllers.put(
				AccountRoutes.GUEST_EXTEND,
				new ExtendGuestController(guestService));
			controllers.put(
				AccountRoutes.MAIL,
				new MailCredentialsController(credentialService));
			controllers.put(
				AccountRoutes.REACTIVATE,
				new ReactivateAccountController(suspensionService));
			controllers.put(
				AccountRoutes.RESET, new ResetPasswordController(credentialService));
			controllers.put(
				AccountRoutes.SUSPEND,
				new SuspendAccountsController(suspensionService));

			controllers.put(
				Routes.DIRECTORY,
				new DirectoryController(
					directoryBrowserService, directorySearchService,
					establishmentOverviewService));
			controllers.put(
				Routes.DIRECTORY_CARD,
				new UserCardController(
					directorySearchService, _decisionService,
					new AccountStateService(
						jdbcStore.accountHolders(), jdbcStore.suspensions(),
						jdbcStore.guests(), jdbcStore.distributions(), auditor,
						localClock),
					RightsRoutes.EXPLAIN, zoneId));
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
			postRoutes.add(AccountRoutes.CREDENTIALS);
			postRoutes.add(AccountRoutes.GUEST_CREATE);
			postRoutes.add(AccountRoutes.GUEST_END);
			postRoutes.add(AccountRoutes.GUEST_EXTEND);
			postRoutes.add(AccountRoutes.MAIL);
			postRoutes.add(AccountRoutes.REACTIVATE);
			postRoutes.add(AccountRoutes.RESET);
			postRoutes.add(AccountRoutes.SUSPEND);
			postRoutes.add(Routes.IMPORTS);
			postRoutes.add(RightsRoutes.COPY);
			postRoutes.add(RightsRoutes.DEFAULTS);
			postRoutes.add(RightsRoutes.DELEGATIONS);
			postRoutes.add(RightsRoutes.MATRIX);
			postRoutes.add(RightsRoutes.MESSAGING);
			postRoutes.add(RightsRoutes.MODULES);

			_authenticate = new GatedAuthentication(
				accountService, signInGate, auditor);
			_credentialService = credentialService;
			_jdbcStore = jdbcStore;
			_suspensionService = suspensionService;

			_servlet = new PreauServlet(
				_authenticate, credentialService, credentialService,
				passwordPolicy, controllers, postRoutes,
				new PageRenderer(new TemplateRenderer(), messages),
				new LoginThrottle(clock, 5, Duration.ofMinutes(1)),
				new JsonReports(_importJobService, _fileImportJobs), secureRandom,
				Integer.parseInt(_get(settings, "session.timeout.minutes", "30")),
				_requestActors);

			_routes = Set.copyOf(controllers.keySet());
			_postRoutes = Set.copyOf(postRoutes);

			_directorySearchService = directorySearchService;
			_establishmentOverviewService = establishmentOverviewService;
			_spreadsheetCsvWriter = spreadsheetCsvWriter;
			_importService = importService;
			_loginService = loginService;
			_demoSchool = demoSchool;
		}
		catch (RuntimeException runtimeException) {
			if (_accountJobs != null) {
				_accountJobs.close();
			}

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
			_getInt(
				settings, "accounts.login.max.length",
				LoginPolicy.DEFAULT_MAX_LENGTH),
			(reserved == null) ? LoginPolicy.DEFAULT_RESERVED :
				LoginPolicy.parseReserved(reserved));
	}

	private static int _getInt(
		Map<String, String> settings, String key, int defaultValue) {

		String value = _get(settings, key, String.valueOf(defaultValue));

		try {
			return Integer.parseInt(value);
		}
		catch (NumberFormatException numberFormatException) {
			throw new IllegalArgumentException(
				"the setting " + key + " is not a number: " + value);
		}
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

	private AccountCommandsFactory _accountCommandsFactory;
	private AccountJobs _accountJobs;
	private final Authenticate _authenticate;
	private BackgroundImports _backgroundImports;
	private final CredentialService _credentialService;
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
	private final LoginService _loginService;
	private final Set<String> _postRoutes;
	private final UnaryOperator<Actor> _requestActors;
	private final Set<String> _routes;
	private final HttpServlet _servlet;
	private final SpreadsheetCsvWriter _spreadsheetCsvWriter;
	private final SuspensionService _suspensionService;

}
