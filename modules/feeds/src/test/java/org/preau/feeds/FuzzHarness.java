package org.preau.feeds;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assertions;
import org.preau.core.imports.model.DirectorySnapshot;
import org.preau.core.imports.model.ImportSink;

/**
 * The property every reader's fuzz test asserts: whatever the bytes, the reader either reads them or refuses them
 * with a {@link FeedException} that names the file (or the zip and its entry), never another exception, and never
 * runs for long.
 *
 * <p>
 * The fuzz tests run with Jazzer's JUnit 5 integration: by default, in the test suite, they replay their seed inputs
 * ({@code src/test/resources/.../<Test>Inputs/<method>/}) and the findings kept there, without Jazzer's hooks (see
 * the module's pom); with {@code JAZZER_FUZZ=1} they fuzz, one test at a time:
 * {@code JAZZER_FUZZ=1 mvn test -Dtest=SiecleReaderFuzzTest -Djazzer.hooks=true -Djazzer.max_duration=10m}. A finding
 * is written next to the seeds, where it stays as a regression input once fixed.
 * </p>
 */
public final class FuzzHarness {

	public interface Read {

		void read(Path path, ImportSink importSink) throws FeedException;

	}

	public static void assertReadsOrRefuses(
		Path folder, String name, byte[] bytes, Read read) {

		Assertions.assertTimeoutPreemptively(
			_TIMEOUT,
			() -> {
				Path file = folder.resolve(name);

				Files.write(file, bytes);

				try {
					read.read(file, new DirectorySnapshot());
				}
				catch (FeedException feedException) {
					String source = feedException.source();

					Assertions.assertTrue(
						source.equals(name) || source.startsWith(name + "!"),
						feedException.getMessage());
				}
			});
	}

	public static void delete(Path folder) throws IOException {
		try (Stream<Path> stream = Files.walk(folder)) {
			stream.sorted(
				Comparator.reverseOrder()
			).forEach(
				path -> path.toFile().delete()
			);
		}
	}

	/**
	 * Small limits, so that fuzzing spends its time on structure rather than size; the size limit has its own tests.
	 */
	public static FeedLimits limits() {
		return FeedLimits.defaults(
		).withMaxFileBytes(
			1 << 20
		);
	}

	private FuzzHarness() {
	}

	private static final Duration _TIMEOUT = Duration.ofSeconds(10);

}
