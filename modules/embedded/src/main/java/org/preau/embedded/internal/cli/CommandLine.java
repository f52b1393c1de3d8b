package org.preau.embedded.internal.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.preau.core.directory.model.DirectoryCounts;
import org.preau.core.directory.model.Establishment;
import org.preau.core.directory.model.EstablishmentOverview;
import org.preau.core.directory.model.ImportRun;
import org.preau.core.directory.model.Profile;
import org.preau.core.directory.port.in.GetEstablishmentOverview;
import org.preau.core.security.Actor;
import org.preau.embedded.internal.demo.DemoSchool;

/**
 * The admin command line of the embedded runtime. Commands run as the system actor, since whoever runs them already
 * holds the data folder; each is audited like the same action in the web pages.
 */
public class CommandLine implements Function<String[], Integer> {

	public CommandLine(
		GetEstablishmentOverview getEstablishmentOverview, DemoSchool demoSchool,
		PrintStream out, PrintStream err) {

		_getEstablishmentOverview = getEstablishmentOverview;
		_demoSchool = demoSchool;
		_out = out;
		_err = err;
	}

	@Override
	public Integer apply(String[] args) {
		if (args.length == 0) {
			return _help();
		}

		List<String> arguments = Arrays.asList(args).subList(1, args.length);

		try {
			switch (args[0]) {
				case "help":
					return _help();
				case "demo":
					return _demo(arguments);
				case "status":
					return _status(arguments);
				default:
					_err.println(
						"preau: unknown command \"" + args[0] +
							"\"; try: help");

					return 2;
			}
		}
		catch (IllegalArgumentException illegalArgumentException) {
			_err.println("preau: " + illegalArgumentException.getMessage());

			return 2;
		}
		catch (RuntimeException runtimeException) {
			_err.println("preau: " + runtimeException);

			return 1;
		}
	}

	private int _demo(List<String> arguments) {
		_noArguments("demo", arguments);

		for (ImportRun importRun : _demoSchool.load()) {
			_out.println(
				importRun.uai() + " " + importRun.status() + " " +
					importRun.summary());
		}

		return 0;
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
				"",
				"Settings: PREAU_PORT, PREAU_DATA, PREAU_HOST, PREAU_ADMIN_LOGIN, PREAU_ADMIN_PASSWORD, PREAU_DEMO,",
				"or <data>/preau.properties (see configs/standalone/preau.properties)."));

		return 0;
	}

	private void _noArguments(String command, List<String> arguments) {
		if (!arguments.isEmpty()) {
			throw new IllegalArgumentException(
				command + " takes no argument, not " + arguments);
		}
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

	private final DemoSchool _demoSchool;
	private final PrintStream _err;
	private final GetEstablishmentOverview _getEstablishmentOverview;
	private final PrintStream _out;

}
