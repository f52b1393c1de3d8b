package org.preau.feeds.sts;

import com.code_intelligence.jazzer.junit.FuzzTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.preau.feeds.FeedReaderOptions;
import org.preau.feeds.FuzzHarness;

public class StsReaderFuzzTest {

	@AfterAll
	public static void deleteFolder() throws IOException {
		FuzzHarness.delete(_folder);
	}

	@BeforeAll
	public static void createFolder() throws IOException {
		_folder = Files.createTempDirectory("sts-fuzz");
	}

	@FuzzTest(maxDuration = "2m")
	public void readerEitherReadsOrRefuses(byte[] bytes) {
		FuzzHarness.assertReadsOrRefuses(
			_folder, "sts_emp_0310001A_2026.xml", bytes,
			(path, importSink) -> new StsReader(
				FeedReaderOptions.defaults(
				).withLimits(
					FuzzHarness.limits()
				)
			).read(
				path, importSink
			));
	}

	private static Path _folder;

}
