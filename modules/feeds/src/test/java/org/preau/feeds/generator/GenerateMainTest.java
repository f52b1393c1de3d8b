package org.preau.feeds.generator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class GenerateMainTest {

	@Test
	public void givenASmallHeap_whenFiftyThousandAccountsAreGenerated_thenTheGeneratorStreams()
		throws InterruptedException, IOException {

		Path java = Paths.get(
			System.getProperty("java.home"), "bin", "java");

		String classPath = System.getProperty(
			"surefire.test.class.path", System.getProperty("java.class.path"));

		List<String> command = Arrays.asList(
			java.toString(), "-Xmx48m", "-cp", classPath,
			GenerateMain.class.getName(), "--out", _tempDir.toString(),
			"--schools", "32", "--pupils", "600", "--seed", "7", "--formats",
			"aaf,siecle,sts", "--records-per-file", "20000");

		Path log = _tempDir.resolve("generate.log");

		Process process = new ProcessBuilder(
			command
		).redirectErrorStream(
			true
		).redirectOutput(
			log.toFile()
		).start();

		Assertions.assertTrue(process.waitFor(10, TimeUnit.MINUTES));

		String output = Files.readString(log);

		Assertions.assertEquals(0, process.exitValue(), output);

		GenerationReport generationReport = new FeedGenerator(
			GeneratorOptions.builder(
			).schools(
				32
			).pupilsPerSchool(
				600
			).seed(
				7
			).build()
		).report();

		Assertions.assertTrue(
			generationReport.accounts() >= 50_000,
			generationReport.toString());
		Assertions.assertTrue(
			output.contains(generationReport.toString()), output);
		Assertions.assertTrue(
			Files.size(
				_tempDir.resolve(
					"aaf/ENT_Complet_20260915_Eleve_0001.xml")) > 0);
	}

	@Test
	public void givenAnUnknownOption_thenTheUsageIsPrintedAndTheStatusIsTwo() {
		ByteArrayOutputStream err = new ByteArrayOutputStream();

		int status = GenerateMain.run(
			new String[] {"--out", _tempDir.toString(), "--colour", "blue"},
			new PrintStream(new ByteArrayOutputStream()),
			new PrintStream(err, true, StandardCharsets.UTF_8));

		Assertions.assertEquals(2, status);
		Assertions.assertTrue(
			err.toString(StandardCharsets.UTF_8).contains("usage:"));
	}

	@TempDir
	Path _tempDir;

}
