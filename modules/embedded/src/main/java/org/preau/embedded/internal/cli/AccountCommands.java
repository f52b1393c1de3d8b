package org.preau.embedded.internal.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.preau.core.accounts.model.AccountScope;
import org.preau.core.accounts.model.Guest;
import org.preau.core.accounts.model.GuestKind;
import org.preau.core.accounts.model.IssuedCredential;
import org.preau.core.accounts.port.in.IssueCredentials;
import org.preau.core.accounts.port.in.ManageGuests;
import org.preau.core.accounts.port.in.SuspendAccounts;
import org.preau.core.directory.model.Establishment;
import org.preau.core.directory.model.Profile;
import org.preau.core.directory.model.Uai;
import org.preau.core.directory.port.in.GetEstablishmentOverview;
import org.preau.core.security.Actor;
import org.preau.web.accounts.sheets.CredentialCsv;
import org.preau.web.accounts.sheets.CredentialSheets;

/**
 * The account commands of the command line: credential sheets, resets, suspensions and guests. Secrets go to the
 * files asked for, or are shown once on standard output; never to standard error or the audit.
 */
class AccountCommands {

	AccountCommands(
		IssueCredentials issueCredentials, SuspendAccounts suspendAccounts,
		ManageGuests manageGuests,
		GetEstablishmentOverview getEstablishmentOverview,
		CredentialSheets credentialSheets, CredentialCsv credentialCsv,
		PrintStream out) {

		_issueCredentials = issueCredentials;
		_suspendAccounts = suspendAccounts;
		_manageGuests = manageGuests;
		_getEstablishmentOverview = getEstablishmentOverview;
		_credentialSheets = credentialSheets;
		_credentialCsv = credentialCsv;
		_out = out;
	}

	int credentials(List<String> arguments) {
		Map<String, String> options = _options(
			"credentials", arguments,
			Set.of("--uai", "--class", "--level", "--profile", "--out", "--csv"),
			Set.of("--grid", "--reset"));

		AccountScope scope = _scope(options);

		Path pdf = Paths.get(_required(options, "--out", "credentials"));
		Path csv = options.containsKey("--csv") ?
			Paths.get(options.get("--csv")) : null;

		_requireWritable(pdf);

		if (csv != null) {
			_requireWritable(csv);
		}

		List<IssuedCredential> issued = options.containsKey("--reset") ?
			_issueCredentials.resetAll(_ACTOR, scope) :
				_issueCredentials.issue(_ACTOR, scope);

		String schoolName = _schoolName(scope.uai());

		AtomicFiles.write(
			pdf,
			outputStream -> _credentialSheets.write(
				schoolName, issued, options.containsKey("--grid"),
				outputStream));

		if (csv != null) {
			AtomicFiles.write(
				csv,
				outputStream -> {
					Writer writer = new OutputStreamWriter(
						outputStream, StandardCharsets.UTF_8);

					_credentialCsv.write(schoolName, issued, writer);

					try {
						writer.flush();
					}
					catch (IOException ioException) {
						throw new UncheckedIOException(ioException);
					}
				});
		}

		_out.println(
			issued.size() + " credentials issued for " + scope.describe() +
				" to " + pdf + ((csv == null) ? "" : " and " + csv));

		return 0;
	}

	int guest(List<String> arguments) {
		if (arguments.isEmpty()) {
			throw new IllegalArgumentException(
				"guest needs create, list, extend or end");
		}

		List<String> rest = arguments.subList(1, arguments.size());

		switch (arguments.get(0)) {
			case "create":
				return _guestCreate(rest);
			case "end":
				Map<String, String> endOptions = _options(
					"guest end", rest, Set.of("--login"), Set.of());

				_manageGuests.end(
					_ACTOR, _required(endOptions, "--login", "guest end"));

				_out.println(endOptions.get("--login") + " ended");

				return 0;
			case "extend":
				Map<String, String> extendOptions = _options(
					"guest extend", rest, Set.of("--login", "--until"),
					Set.of());

				_manageGuests.extend(
					_ACTOR, _required(extendOptions, "--login", "guest extend"),
					_date(_required(extendOptions, "--until", "guest extend")));

				_out.println(
					extendOptions.get("--login") + " extended until " +
						extendOptions.get("--until"));

				return 0;
			case "list":
				Map<String, String> listOptions = _options(
					"guest list", rest, Set.of("--uai"), Set.of());

				for (Guest guest :
						_manageGuests.list(
							_ACTOR,
							_uai(_required(listOptions, "--uai", "guest list")))) {

					_out.println(
						String.join(
							" ", guest.login(), guest.kind().key(),
							guest.expiresOn().toString(), "sponsor=" + guest.sponsor(),
							guest.displayName()));
				}

				return 0;
			default:
				throw new IllegalArgumentException(
					"guest does not know \"" + arguments.get(0) +
						"\": create, list, extend or end");
		}
	}

	int reactivate(List<String> arguments) {
		Map<String, String> options = _options(
			"reactivate", arguments, Set.of("--login", "--reason"), Set.of());

		_suspendAccounts.reactivate(
			_ACTOR, _required(options, "--login", "reactivate"),
			_required(options, "--reason", "reactivate"));

		_out.println(options.get("--login") + " reactivated");

		return 0;
	}

	int reset(List<String> arguments) {
		Map<String, String> options = _options(
			"reset", arguments, Set.of("--login"), Set.of());

		IssuedCredential issued = _issueCredentials.reset(
			_ACTOR, _required(options, "--login", "reset"));

		_printSecret(issued);

		return 0;
	}

	int suspend(List<String> arguments) {
		Map<String, String> options = _options(
			"suspend", arguments,
			Set.of(
				"--login", "--uai", "--class", "--level", "--profile",
				"--reason", "--until"),
			Set.of());

		String reason = _required(options, "--reason", "suspend");
		LocalDate until = options.containsKey("--until") ?
			_date(options.get("--until")) : null;

		if (options.containsKey("--login")) {
			if (options.containsKey("--uai")) {
				throw new IllegalArgumentException(
					"suspend takes either --login or --uai, not both");
			}

			_suspendAccounts.suspend(
				_ACTOR, options.get("--login"), reason, until);

			_out.println(options.get("--login") + " suspended");

			return 0;
		}

		AccountScope scope = _scope(options);

		int count = _suspendAccounts.suspendAll(_ACTOR, scope, reason, until);

		_out.println(count + " accounts suspended: " + scope.describe());

		return 0;
	}

	private static LocalDate _date(String text) {
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException dateTimeParseException) {
			throw new IllegalArgumentException(
				"\"" + text + "\" is not a day such as 2026-09-01");
		}
	}

	private static Map<String, String> _options(
		String command, List<String> arguments, Set<String> withValue,
		Set<String> flags) {

		Map<String, String> options = new HashMap<>();

		for (int i = 0; i < arguments.size(); i++) {
			String argument = arguments.get(i);

			if (flags.contains(argument)) {
				options.put(argument, "");
			}
			else if (withValue.contains(argument)) {
				if ((i + 1) >= arguments.size()) {
					throw new IllegalArgumentException(
						command + ": " + argument + " needs a value");
				}

				options.put(argument, arguments.get(++i));
			}
			else {
				throw new IllegalArgumentException(
					command + " does not know \"" + argument + "\"");
			}
		}

		return options;
	}

	private static String _required(
		Map<String, String> options, String name, String command) {

		String value = options.get(name);

		if ((value == null) || value.isBlank()) {
			throw new IllegalArgumentException(command + " needs " + name);
		}

		return value;
	}

	private static void _requireWritable(Path path) {
		Path parent = path.toAbsolutePath().getParent();

		if ((parent == null) || !Files.isDirectory(parent)) {
			throw new IllegalArgumentException(
				"no folder to write " + path + " in");
		}
	}

	private static Uai _uai(String text) {
		if (!Uai.isValid(text)) {
			throw new IllegalArgumentException(
				"\"" + text + "\" is not a valid UAI");
		}

		return Uai.of(text);
	}

	private int _guestCreate(List<String> arguments) {
		Map<String, String> options = _options(
			"guest create", arguments,
			Set.of(
				"--uai", "--first-name", "--last-name", "--kind", "--email",
				"--sponsor", "--until"),
			Set.of());

		IssuedCredential issued = _manageGuests.create(
			_ACTOR, _uai(_required(options, "--uai", "guest create")),
			GuestKind.parse(options.getOrDefault("--kind", "guest")),
			_required(options, "--first-name", "guest create"),
			_required(options, "--last-name", "guest create"),
			options.get("--email"), options.get("--sponsor"),
			_date(_required(options, "--until", "guest create")));

		_printSecret(issued);

		return 0;
	}

	private void _printSecret(IssuedCredential issued) {
		_out.println(
			issued.holder().login() + " " + issued.secret() + " " +
				issued.mode().key() + " until " + issued.expiresAt());
	}

	private String _schoolName(Uai uai) {
		for (Establishment establishment :
				_getEstablishmentOverview.administeredBy(_ACTOR)) {

			if (establishment.uai().equals(uai)) {
				return establishment.name();
			}
		}

		return uai.value();
	}

	private AccountScope _scope(Map<String, String> options) {
		Uai uai = _uai(_required(options, "--uai", "this command"));

		Profile profile = options.containsKey("--profile") ?
			Profile.parse(options.get("--profile")) : Profile.PUPIL;

		if (options.containsKey("--class") && options.containsKey("--level")) {
			throw new IllegalArgumentException(
				"--class and --level cannot go together");
		}

		if (options.containsKey("--class")) {
			return AccountScope.ofClass(uai, profile, options.get("--class"));
		}

		if (options.containsKey("--level")) {
			return AccountScope.ofLevel(uai, profile, options.get("--level"));
		}

		return AccountScope.of(uai, profile);
	}

	private static final Actor _ACTOR = Actor.system();

	private final CredentialCsv _credentialCsv;
	private final CredentialSheets _credentialSheets;
	private final GetEstablishmentOverview _getEstablishmentOverview;
	private final IssueCredentials _issueCredentials;
	private final ManageGuests _manageGuests;
	private final PrintStream _out;
	private final SuspendAccounts _suspendAccounts;

}
