package org.preau.feeds;

import com.code_intelligence.jazzer.junit.FuzzTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

public class FeedReadersFuzzTest {

	@AfterAll
	public static void deleteFolder() throws IOException {
		FuzzHarness.delete(_folder);
	}

	@BeforeAll
	public static void createFolder() throws IOException {
		_folder = Files.createTempDirectory("feeds-fuzz");
	}

	/**
	 * Fuzzes zips of feeds of every format, as an administrator hands them to the command line's import.
	 */
	@FuzzTest(maxDuration = "2m")
	public void readersEitherReadOrRefuse(byte[] bytes) {
		FuzzHarness.assertReadsOrRefuses(
			_folder, "import.zip", bytes,
			(path, importSink) -> new FeedReaders(
				FeedReaderOptions.defaults(
				).withLimits(
					FuzzHarness.limits()
				)
			).read(
				Collections.singletonList(path), importSink
			));
	}

	private static Path _folder;

}
