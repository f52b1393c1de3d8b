package org.preau.embedded;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.preau.feeds.generator.FeedGenerator;
import org.preau.feeds.generator.GeneratorOptions;

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
	public void givenSiecleAndStsFiles_whenImported_thenDryRunWritesNothingAndASecondRunChangesNothing()
		throws Exception {

		Path feeds = _dataDir.resolve("feeds");

		FeedGenerator feedGenerator = new FeedGenerator(GeneratorOptions.demo());

		feedGenerator.writeSiecle(feeds.resolve("siecle"));
		feedGenerator.writeSts(feeds.resolve("sts"));

		Path reportFile = _dataDir.resolve("report.json");

		try (PreauApplication preauApplication = PreauApplication.start(
				_settings(false))) {

			Assertions.assertEquals(
				0,
				_status(
					preauApplication, "import", "--dry-run", "--report",
					reportFile.toString(), feeds.toString()));
			Assertions.assertEquals(
				"No establishment yet.", _run(preauApplication, "status").trim());

			String dryRunReport = Files.readString(reportFile);

			Assertions.assertTrue(
				dryRunReport.startsWith("[{") &&
					dryRunReport.contains("\"uai\":\"0310001A\""),
				dryRunReport);

			Assertions.assertEquals(
				0, _status(preauApplication, "import", feeds.toString()));

			String status = _run(preauApplication, "status");

			Assertions.assertTrue(
				status.contains(
					" pupil=" + feedGenerator.report().pupils() + " "),
				status);
			Assertions.assertTrue(
				status.contains(
					" teacher=" + feedGenerator.report().teachers() + " "),
				status);

			String output = _output(
				preauApplication, "import", feeds.toString());

			Assertions.assertTrue(
				output.contains("0310001A SIECLE: 0 changes"), output);
			Assertions.assertTrue(
				output.contains("0310001A STS: 0 changes"), output);
			Assertions.assertEquals(status, _run(preauApplication, "status"));
		}
	}

	@Test
	public void givenHostileFile_whenImported_thenRefusedWithLocationAndNothingWritten()
		throws Exception {

		Path hostile = _dataDir.resolve("ENT_Complet_20260915_Eleve_0001.xml");

		Files.writeString(
			hostile,
			"<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM " +
				"\"file:///etc/passwd\">]>\n<x>&e;</x>\n");

		try (PreauApplication preauApplication = PreauApplication.start(
				_settings(false))) {

			ByteArrayOutputStream err = new ByteArrayOutputStream();

			Assertions.assertEquals(
				2,
				preauApplication.commandLine(
					System.out, new PrintStream(err, true, StandardCharsets.UTF_8)
				).apply(
					new String[] {"import", hostile.toString()}
				));

			String message = err.toString(StandardCharsets.UTF_8);

			Assertions.assertTrue(
				message.contains("ENT_Complet_20260915_Eleve_0001.xml:"),
				message);
			Assertions.assertFalse(message.contains("root:"), message);
			Assertions.assertEquals(
				"No establishment yet.", _run(preauApplication, "status").trim());
			Assertions.assertEquals(
				2,
				_status(
					preauApplication, "import",
					_dataDir.resolve("missing.xml").toString()));
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

	private String _output(
		PreauApplication preauApplication, String... arguments) {

		ByteArrayOutputStream byteArrayOutputStream =
			new ByteArrayOutputStream();

		Assertions.assertEquals(
			0,
			preauApplication.commandLine(
				new PrintStream(
					byteArrayOutputStream, true, StandardCharsets.UTF_8),
				System.err
			).apply(
				arguments
			));

		return byteArrayOutputStream.toString(StandardCharsets.UTF_8);
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

	private int _status(
		PreauApplication preauApplication, String... arguments) {

		return preauApplication.commandLine(
			new PrintStream(new ByteArrayOutputStream()),
			new PrintStream(new ByteArrayOutputStream())
		).apply(
			arguments
		);
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
