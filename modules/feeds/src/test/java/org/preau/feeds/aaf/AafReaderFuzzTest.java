package org.preau.feeds.aaf;

import com.code_intelligence.jazzer.junit.FuzzTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.preau.feeds.FuzzHarness;

public class AafReaderFuzzTest {

	@AfterAll
	public static void deleteFolder() throws IOException {
		FuzzHarness.delete(_folder);
	}

	@BeforeAll
	public static void createFolder() throws IOException {
		_folder = Files.createTempDirectory("aaf-fuzz");
	}

	@FuzzTest(maxDuration = "2m")
	public void readerEitherReadsOrRefuses(byte[] bytes) {
		FuzzHarness.assertReadsOrRefuses(
			_folder, "ENT_Complet_20260915_Eleve_0001.xml", bytes,
			(path, importSink) -> new AafReader(
				AafReaderOptions.defaults(
				).withLimits(
					FuzzHarness.limits()
				)
			).read(
				path, importSink
			));
	}

	private static Path _folder;

}
