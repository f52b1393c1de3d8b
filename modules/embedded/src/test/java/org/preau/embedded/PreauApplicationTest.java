package org.preau.embedded;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class PreauApplicationTest {

	@Test
	public void givenConfiguredPassword_whenFirstStart_thenNothingIsGeneratedAndNoDemoWhenDisabled() {
		Map<String, String> settings = _settings(false);

		settings.put("admin.password", "a-chosen-password");

		try (PreauApplication preauApplication = PreauApplication.start(
				settings)) {

			Assertions.assertTrue(
				preauApplication.generatedAdminPassword().isEmpty());
			Assertions.assertEquals(
				"No establishment yet.", _run(preauApplication, "status").trim());
		}
	}

	@Test
	public void givenEmptyDataFolder_whenStartedTwice_thenAdminAndDemoSchoolAreCreatedOnce() {
		String firstPassword;
		String firstStatus;

		try (PreauApplication preauApplication = PreauApplication.start(
				_settings(true))) {

			firstPassword = preauApplication.generatedAdminPassword(
			).orElseThrow();
			firstStatus = _run(preauApplication, "status");
		}

		Assertions.assertTrue(firstPassword.length() >= 16, firstPassword);
		Assertions.assertTrue(
			firstStatus.startsWith("0310001A Collège Marie Curie pupil="),
			firstStatus);

		try (PreauApplication preauApplication = PreauApplication.start(
				_settings(true))) {

			Assertions.assertTrue(
				preauApplication.generatedAdminPassword().isEmpty(),
				"the password is shown on the first start only");
			Assertions.assertEquals(
				firstStatus, _run(preauApplication, "status"));

			Assertions.assertEquals(
				0, preauApplication.commandLine().apply(new String[] {"demo"}));
			Assertions.assertEquals(
				firstStatus, _run(preauApplication, "status"),
				"loading the same feed again changes no count");
		}
	}

	@Test
	public void givenTooShortConfiguredPassword_thenStartIsRefused() {
		Map<String, String> settings = _settings(false);

		settings.put("admin.password", "short");

		IllegalArgumentException illegalArgumentException =
			Assertions.assertThrows(
				IllegalArgumentException.class,
				() -> PreauApplication.start(settings));

		Assertions.assertTrue(
			illegalArgumentException.getMessage().contains("10 characters"));
	}

	@Test
	public void givenUnknownCommand_thenStatusTwo() {
		try (PreauApplication preauApplication = PreauApplication.start(
				_settings(false))) {

			Assertions.assertEquals(
				2,
				preauApplication.commandLine().apply(new String[] {"bogus"}));
			Assertions.assertEquals(
				2,
				preauApplication.commandLine().apply(
					new String[] {"status", "extra"}));
		}
	}

	private String _run(PreauApplication preauApplication, String command) {
		ByteArrayOutputStream byteArrayOutputStream =
			new ByteArrayOutputStream();

		Assertions.assertEquals(
			0,
			preauApplication.commandLine(
				new PrintStream(
					byteArrayOutputStream, true, StandardCharsets.UTF_8),
				System.err
			).apply(
				new String[] {command}
			));

		return byteArrayOutputStream.toString(StandardCharsets.UTF_8);
	}

	private Map<String, String> _settings(boolean demo) {
		Map<String, String> settings = new HashMap<>();

		settings.put("data", _dataDir.toString());
		settings.put("demo", String.valueOf(demo));

		return settings;
	}

	@TempDir
	private Path _dataDir;

}
