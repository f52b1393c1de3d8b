package org.preau.embedded.internal.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;

import org.preau.core.accounts.port.in.GiveLogins;
import org.preau.core.directory.model.DirectoryCounts;
import org.preau.core.directory.model.DirectorySearch;
import org.preau.core.directory.model.Establishment;
import org.preau.core.directory.model.EstablishmentOverview;
import org.preau.core.directory.model.Profile;
import org.preau.core.directory.model.Uai;
import org.preau.core.directory.port.in.GetEstablishmentOverview;
import org.preau.core.directory.port.in.SearchDirectory;
import org.preau.core.imports.model.ActionKind;
import org.preau.core.imports.model.EstablishmentSnapshots;
import org.preau.core.imports.model.EstablishmentReport;
import org.preau.core.imports.model.ImportError;
import org.preau.core.imports.model.ImportReport;
import org.preau.core.imports.port.in.ImportFeed;
import org.preau.core.imports.report.ImportReportJson;
import org.preau.core.messaging.model.MessagingDecision;
import org.preau.core.rights.model.RightsDecision;
import org.preau.core.rights.model.ServiceAction;
import org.preau.core.rights.port.in.ExplainDecisions;
import org.preau.core.security.Actor;
import org.preau.embedded.internal.demo.DemoSchool;
import org.preau.feeds.FeedException;
import org.preau.feeds.FeedReaderOptions;
import org.preau.feeds.FeedReaders;
import org.preau.web.directory.DirectoryColumns;
import org.preau.web.http.CsvWriter;
import org.preau.web.http.Download;
import org.preau.web.i18n.Messages;

/**
 * The admin command line of the embedded runtime. Commands run as the system actor, since whoever runs them already
 * holds the data folder; each is audited like the same action in the web pages.
 */
public class CommandLine implements Function<String[], Integer> {

	public CommandLine(
		GetEstablishmentOverview getEstablishmentOverview, ImportFeed importFeed,
		GiveLogins giveLogins, SearchDirectory searchDirectory,
		CsvWriter csvWriter, DemoSchool demoSchool,
		ExplainDecisions explainDecisions,
		AccountCommandsFactory accountCommandsFactory, PrintStream out,
		PrintStream err) {

		_getEstablishmentOverview = getEstablishmentOverview;
		_importFeed = importFeed;
		_giveLogins = giveLogins;
		_searchDirectory = searchDirectory;
		_csvWriter = csvWriter;
		_demoSchool = demoSchool;
		_explainDecisions = explainDecisions;
		_out = out;
		_err = err;

		_accountCommands = accountCommandsFactory.create(out);
	}

	@Override
	public Integer apply(String[] args) {
		if (args.length == 0) {
			return _help();
		}

		List<String> arguments = Arrays.asList(args).subList(1, args.length);

		try {
			switch (args[0]) {
				case "credentials":
					return _accountCommands.credentials(arguments);
				case "demo":
					return _demo(arguments);
				case "guest":
					return _accountCommands.guest(arguments);
				case "help":
					return _help();
				case "import":
					return _import(arguments);
				case "messaging":
					return _messaging(arguments);
				case "reactivate":
					return _accountCommands.reactivate(arguments);
				case "reset":
					return _accountCommands.reset(arguments);
				case "rights":
					return _rights(arguments);
				case "search":
					return _search(arguments);
				case "status":
					return _status(arguments);
				case "suspend":
					return _accountCommands.suspend(arguments);
				default:
					_err.println(
						"preau: unknown command \"" + args[0] +
							"\"; try: help");

					return 2;
			}
		}
		catch (IllegalArgumentException | NoSuchElementException exception) {
			_err.println("preau: " + exception.getMessage());

			return 2;
		}
		catch (RuntimeException runtimeException) {
			_err.println("preau: " + runtimeException);

			return 1;
		}
	}

	private int _demo(List<String> arguments) {
		_noArguments("demo", arguments);

		ImportReport importReport = _demoSchool.load();

		_printReport(importReport);

		return importReport.errors().isEmpty() ? 0 : 1;
	}

	private int _help() {
		_out.println(
			String.join(
				System.lineSeparator(),
				"Usage: java -jar preau-standalone.jar [--port N] [--data DIR] [--host ADDRESS] [COMMAND ARGS...]",
				"",
				"Without a command, serves the web pages (http://localhost:8080/ by default).",
				"",
				"Commands:",
				"  help      this text",
				"  status    the establishments and their counts (active people by profile, classes, groups)",
				"  demo      loads the demo school again (the same synthetic feed; loading it twice changes nothing)",
				"  import [--dry-run] [--report FILE.json] PATH...",
				"            imports AAF, SIECLE, STSweb and CSV files, folders or zip archives; each source is",
				"            reconciled with the directory in its own run, establishment by establishment;",
				"            --dry-run only reports what would change",
				"  rights explain --login L --service S --action A",
				"            whether the person of the directory with login L may do action A (consult,",
				"            contribute, manage) of service S, and why",
				"  messaging explain --from L1 --to L2",
				"            whether the person with login L1 may write to the one with login L2, and why",
				"  search [--uai UAI] [--name TEXT] [--profile P] [--function F] [--subject CODE]",
				"         [--level MEF] [--class CODE] [--group CODE] [--state S] [--source S] [--csv FILE]",
				"            the people of the directory who match every option given, one a line, login first,",
				"            tab-separated (login, last name, first name, profile, UAI, class, groups, functions,",
				"            state, source, identifier); --name is the beginning of a last or first name, accents",
				"            and capitals aside; --csv writes them to a CSV file for a spreadsheet instead",
				"  credentials --uai UAI [--profile P] [--class CODE|--level MEF] [--grid] [--reset]",
				"              --out FILE.pdf [--csv FILE.csv]",
				"            issues new activation codes (the previous ones stop working) to the pupils (or",
				"            parents, teachers, staff) of a school, a class or a level, and prints their sheets:",
				"            one per page, or eight cut-out cards per page with --grid; --csv adds a mail-merge",
				"            file; --reset also removes the passwords already chosen",
				"  reset --login LOGIN",
				"            removes the password of one account and shows its new activation code once",
				"  suspend (--login LOGIN | --uai UAI [--profile P] [--class CODE|--level MEF])",
				"          --reason TEXT [--until YYYY-MM-DD]",
				"            suspends accounts, until the given day if any (no sign-in before it)",
				"  reactivate --login LOGIN --reason TEXT",
				"  guest create --uai UAI --first-name F --last-name L --until YYYY-MM-DD",
				"               [--kind guest|partner] [--email ADDRESS] [--sponsor LOGIN]",
				"  guest list --uai UAI | guest extend --login LOGIN --until YYYY-MM-DD | guest end --login LOGIN",
				"",
				"Settings: PREAU_PORT, PREAU_DATA, PREAU_HOST, PREAU_ADMIN_LOGIN, PREAU_ADMIN_PASSWORD, PREAU_DEMO,",
				"or <data>/preau.properties (see configs/standalone/preau.properties)."));

		return 0;
	}

	private int _import(List<String> arguments) {
		boolean dryRun = false;
		Path reportPath = null;
		List<Path> paths = new ArrayList<>();

		for (int i = 0; i < arguments.size(); i++) {
			String argument = arguments.get(i);

			if (argument.equals("--dry-run")) {
				dryRun = true;
			}
			else if (argument.equals("--report")) {
				if ((i + 1) >= arguments.size()) {
					throw new IllegalArgumentException(
						"--report needs a file name");
				}

				reportPath = Paths.get(arguments.get(++i));
			}
			else if (argument.startsWith("--")) {
				throw new IllegalArgumentException(
					"import does not know the option " + argument);
			}
			else {
				Path path = Paths.get(argument);

				if (!Files.exists(path)) {
					throw new IllegalArgumentException(
						"no such file or folder: " + argument);
				}

				paths.add(path);
			}
		}

		if (paths.isEmpty()) {
			throw new IllegalArgumentException(
				"import needs at least one file, folder or zip archive");
		}

		// Nothing is applied before the whole input has been read, so the reader's own checking pass would only read it
		// twice; the records wait grouped per establishment, compactly, so that an académie's export fits in memory

		EstablishmentSnapshots establishmentSnapshots =
			new EstablishmentSnapshots();

		try {
			new FeedReaders(
				FeedReaderOptions.defaults().withValidateFirst(false)
			).read(
				paths, establishmentSnapshots
			);
		}
		catch (FeedException feedException) {
			_err.println(
				"preau: the feed was refused, nothing was imported: " +
					feedException.getMessage());

			return 2;
		}

		if (establishmentSnapshots.people() == 0) {
			throw new IllegalArgumentException(
				"the files describe nobody: nothing to import");
		}

		boolean checkOnly = dryRun;
		List<ImportReport> importReports = new ArrayList<>();

		establishmentSnapshots.drain(
			directorySnapshot -> {
				for (ImportReport importReport :
						_importFeed.runBySource(
							Actor.system(), directorySnapshot, checkOnly)) {

					_printReport(importReport);

					importReports.add(importReport);
				}
			});

		if (reportPath != null) {
			_writeReport(reportPath, importReports);
		}

		if (!checkOnly) {
			_out.println(
				_giveLogins.giveMissingLogins(Actor.system()) +
					" new logins given");
		}

		for (ImportReport importReport : importReports) {
			if (!importReport.errors().isEmpty()) {
				return 1;
			}
		}

		return 0;
	}

	private int _messaging(List<String> arguments) {
		Map<String, String> options = _options(
			"messaging explain", arguments, "--from", "--to");

		MessagingDecision messagingDecision = _explainDecisions.canMessage(
			Actor.system(), options.get("--from"), options.get("--to"));

		_out.println(messagingDecision.allowed() ? "allowed" : "refused");
		_out.println("  " + messagingDecision.rule());

		return 0;
	}

	private void _noArguments(String command, List<String> arguments) {
		if (!arguments.isEmpty()) {
			throw new IllegalArgumentException(
				command + " takes no argument, not " + arguments);
		}
	}

	/**
	 * Reads {@code explain --name value...}: every name once, nothing else.
	 */
	private Map<String, String> _options(
		String command, List<String> arguments, String... names) {

		String usage = command;

		for (String name : names) {
			usage += " " + name + " " + name.substring(2).toUpperCase(Locale.ROOT);
		}

		if (arguments.isEmpty() || !arguments.get(0).equals("explain")) {
			throw new IllegalArgumentException("usage: " + usage);
		}

		Map<String, String> options = new LinkedHashMap<>();

		for (int i = 1; i < arguments.size(); i += 2) {
			String name = arguments.get(i);

			if (!Arrays.asList(names).contains(name) ||
				options.containsKey(name)) {

				throw new IllegalArgumentException(
					"unexpected \"" + name + "\"; usage: " + usage);
			}

			if ((i + 1) >= arguments.size()) {
				throw new IllegalArgumentException(name + " needs a value");
			}

			options.put(name, arguments.get(i + 1));
		}

		for (String name : names) {
			if (!options.containsKey(name)) {
				throw new IllegalArgumentException(
					name + " is missing; usage: " + usage);
			}
		}

		return options;
	}

	private void _printReport(ImportReport importReport) {
		String mode = importReport.dryRun() ? " (dry run: nothing written)" : "";

		for (EstablishmentReport establishmentReport :
				importReport.establishments()) {

			StringBuilder sb = new StringBuilder();

			sb.append(establishmentReport.uai());
			sb.append(' ');
			sb.append(importReport.source());
			sb.append(": ");
			sb.append(establishmentReport.totalActions());
			sb.append(" changes");

			for (Map.Entry<ActionKind, Integer> entry :
					establishmentReport.actions().entrySet()) {

				if (entry.getValue() > 0) {
					sb.append(' ');
					sb.append(entry.getKey().name().toLowerCase(Locale.ROOT));
					sb.append('=');
					sb.append(entry.getValue());
				}
			}

			sb.append(", ");
			sb.append(establishmentReport.anomalies().size());
			sb.append(" anomalies");
			sb.append(mode);

			_out.println(sb);
		}

		for (ImportError importError : importReport.errors()) {
			_err.println("preau: " + importError);
		}
	}

	private int _rights(List<String> arguments) {
		Map<String, String> options = _options(
			"rights explain", arguments, "--login", "--service", "--action");

		RightsDecision rightsDecision = _explainDecisions.can(
			Actor.system(), options.get("--login"), options.get("--service"),
			ServiceAction.parse(options.get("--action")));

		_out.println(rightsDecision.allowed() ? "allowed" : "refused");

		for (String reason : rightsDecision.reasons()) {
			_out.println("  " + reason);
		}

		return 0;
	}

	private int _search(List<String> arguments) {
		DirectorySearch.Builder builder = DirectorySearch.builder();
		Path csvPath = null;

		for (int i = 0; i < arguments.size(); i++) {
			String option = arguments.get(i);

			if (!option.startsWith("--")) {
				throw new IllegalArgumentException(
					"search takes options only, not \"" + option + "\"");
			}

			if ((i + 1) >= arguments.size()) {
				throw new IllegalArgumentException(option + " needs a value");
			}

			String value = arguments.get(++i);

			switch (option) {
				case "--class":
					builder.classCode(value);

					break;
				case "--csv":
					csvPath = Paths.get(value);

					break;
				case "--function":
					builder.function(value);

					break;
				case "--group":
					builder.groupCode(value);

					break;
				case "--level":
					builder.level(value);

					break;
				case "--name":
					builder.name(value);

					break;
				case "--profile":
					builder.profile(value);

					break;
				case "--source":
					builder.source(value);

					break;
				case "--state":
					builder.state(value);

					break;
				case "--subject":
					builder.subject(value);

					break;
				case "--uai":
					if (!Uai.isValid(value)) {
						throw new IllegalArgumentException(
							"the UAI \"" + value + "\" is not valid: seven " +
								"digits and a letter are expected");
					}

					builder.uai(Uai.of(value));

					break;
				default:
					throw new IllegalArgumentException(
						"search does not know the option " + option);
			}
		}

		SearchDirectory.Export export = _searchDirectory.export(
			Actor.system(), builder.build());

		if (csvPath != null) {
			return _writeCsv(csvPath, export);
		}

		export.forEach(
			entry -> _out.println(
				String.join("\t", DirectoryColumns.of(entry))));

		return 0;
	}

	private int _status(List<String> arguments) {
		_noArguments("status", arguments);

		Actor actor = Actor.system();

		List<Establishment> establishments =
			_getEstablishmentOverview.administeredBy(actor);

		if (establishments.isEmpty()) {
			_out.println("No establishment yet.");
		}

		for (Establishment establishment : establishments) {
			EstablishmentOverview overview = _getEstablishmentOverview.overview(
				actor, establishment.uai());

			DirectoryCounts counts = overview.counts();

			StringBuilder sb = new StringBuilder();

			sb.append(establishment.uai());
			sb.append(' ');
			sb.append(establishment.name());

			for (Profile profile : Profile.values()) {
				sb.append(' ');
				sb.append(profile.key());
				sb.append('=');
				sb.append(counts.people(profile));
			}

			sb.append(" classes=");
			sb.append(counts.classes());
			sb.append(" groups=");
			sb.append(counts.groups());
			sb.append(" relations=");
			sb.append(counts.relations());
			sb.append(" teaching_assignments=");
			sb.append(counts.teachingAssignments());

			_out.println(sb);
		}

		return 0;
	}

	private int _writeCsv(Path csvPath, SearchDirectory.Export export) {
		Messages messages = new Messages();

		List<String> header = new ArrayList<>();

		for (String key : DirectoryColumns.HEADER_KEYS) {
			header.add(messages.get(Messages.DEFAULT_LOCALE, key));
		}

		int[] people = {0};

		AtomicFiles.write(
			csvPath,
			outputStream -> _csvWriter.write(
				header,
				consumer -> export.forEach(
					entry -> {
						consumer.accept(DirectoryColumns.of(entry));

						people[0]++;
					}),
				outputStream));

		_out.println(people[0] + " people written to " + csvPath);

		return 0;
	}

	private void _writeReport(Path reportPath, List<ImportReport> importReports) {
		StringBuilder sb = new StringBuilder();

		if (importReports.size() == 1) {
			ImportReportJson.write(importReports.get(0), sb);
		}
		else {

			// One run per source: an array of the runs' reports, in the order they ran

			sb.append('[');

			for (int i = 0; i < importReports.size(); i++) {
				if (i > 0) {
					sb.append(',');
				}

				ImportReportJson.write(importReports.get(i), sb);
			}

			sb.append(']');
		}

		sb.append(System.lineSeparator());

		byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);

		AtomicFiles.write(reportPath, outputStream -> outputStream.write(bytes));
	}

	private final AccountCommands _accountCommands;
	private final CsvWriter _csvWriter;
	private final DemoSchool _demoSchool;
	private final PrintStream _err;
	private final ExplainDecisions _explainDecisions;
	private final GetEstablishmentOverview _getEstablishmentOverview;
	private final GiveLogins _giveLogins;
	private final ImportFeed _importFeed;
	private final PrintStream _out;
	private final SearchDirectory _searchDirectory;

}
