package org.preau.embedded;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.preau.core.directory.model.Person;
import org.preau.core.directory.model.Profile;
import org.preau.core.directory.model.StaffFunction;
import org.preau.core.directory.model.Uai;
import org.preau.store.jdbc.JdbcStore;

/**
 * {@code rights explain} and {@code messaging explain} on the demo school: the decision and its reasons, exit 0; a
 * clear error and exit 2 otherwise.
 */
public class RightsCommandLineTest {

	@Test
	public void givenDemoSchool_whenDecisionsAreExplained_thenTheyPrintTheDecisionAndItsReasons() {
		try (PreauApplication preauApplication = PreauApplication.start(
				_settings())) {

			JdbcStore jdbcStore = preauApplication.jdbcStore();

			String sw = _login(
				jdbcStore, "sw", Profile.STAFF, StaffFunction.SOC);
			String pupil = _login(jdbcStore, "pupil", Profile.PUPIL, null);

			String[] rights = _run(
				preauApplication, 0, "rights", "explain", "--login", sw,
				"--service", "cahier-de-textes", "--action", "consult");

			Assertions.assertTrue(rights[0].startsWith("allowed"), rights[0]);
			Assertions.assertTrue(
				rights[0].contains("function SOC") &&
					rights[0].contains(
						"social-worker may consult cahier-de-textes, by the " +
							"académie's default"),
				rights[0]);

			String[] refused = _run(
				preauApplication, 0, "rights", "explain", "--login", pupil,
				"--service", "sanctions", "--action", "manage");

			Assertions.assertTrue(
				refused[0].startsWith("refused") &&
					refused[0].contains("pupil may not manage sanctions"),
				refused[0]);

			String[] messaging = _run(
				preauApplication, 0, "messaging", "explain", "--from",
				pupil, "--to", sw);

			Assertions.assertTrue(
				messaging[0].startsWith("allowed") &&
					messaging[0].contains(
						"a pupil may write to the staff of their school"),
				messaging[0]);

			Assertions.assertTrue(
				_run(
					preauApplication, 2, "rights", "explain", "--login",
					"nobody", "--service", "sanctions", "--action", "consult"
				)[1].contains(
					"no person of the directory has the login nobody"
				));
			Assertions.assertTrue(
				_run(
					preauApplication, 2, "rights", "explain", "--login", sw,
					"--service", "no-such", "--action", "consult"
				)[1].contains(
					"unknown service \"no-such\""
				));
			Assertions.assertTrue(
				_run(
					preauApplication, 2, "rights", "explain", "--login", sw,
					"--service", "sanctions", "--action", "delete"
				)[1].contains(
					"unknown action \"delete\""
				));
			Assertions.assertTrue(
				_run(
					preauApplication, 2, "messaging", "explain", "--from",
					pupil
				)[1].contains(
					"--to is missing"
				));
			Assertions.assertTrue(
				_run(
					preauApplication, 2, "rights", "show"
				)[1].contains(
					"usage: rights explain --login LOGIN --service SERVICE " +
						"--action ACTION"
				));
		}
	}

	/**
	 * Returns the login of the first person of the profile (and function) in the demo school, giving them one if the
	 * demo did not.
	 */
	private String _login(
		JdbcStore jdbcStore, String login, Profile profile,
		StaffFunction function) {

		for (int offset = 0;; offset++) {
			Person person = jdbcStore.people(
			).list(
				Uai.of("0310001A"), profile, offset, 1
			).get(
				0
			);

			if ((function == null) || person.functions().contains(function)) {
				Optional<String> given = jdbcStore.personLogins(
				).loginOf(
					person.externalId()
				);

				if (given.isPresent()) {
					return given.get();
				}

				jdbcStore.personLogins().give(login, person.externalId());

				return login;
			}
		}
	}

	/**
	 * Runs a command and returns what it wrote to standard output and to standard error.
	 */
	private String[] _run(
		PreauApplication preauApplication, int status, String... arguments) {

		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();

		Assertions.assertEquals(
			status,
			preauApplication.commandLine(
				new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8)
			).apply(
				arguments
			),
			err.toString(StandardCharsets.UTF_8));

		return new String[] {
			out.toString(StandardCharsets.UTF_8),
			err.toString(StandardCharsets.UTF_8)
		};
	}

	private Map<String, String> _settings() {
		Map<String, String> settings = new HashMap<>();

		settings.put("data", _dataDir.toString());
		settings.put("demo", "true");

		return settings;
	}

	@TempDir
	private Path _dataDir;

}
