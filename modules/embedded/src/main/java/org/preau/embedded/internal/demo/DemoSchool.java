package org.preau.embedded.internal.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.preau.core.accounts.port.in.GiveLogins;
import org.preau.core.directory.model.Source;
import org.preau.core.imports.model.DirectorySnapshot;
import org.preau.core.imports.model.ImportReport;
import org.preau.core.imports.port.in.ImportCommand;
import org.preau.core.imports.port.in.ImportFeed;
import org.preau.core.security.Actor;
import org.preau.feeds.FeedException;
import org.preau.feeds.aaf.AafReader;
import org.preau.feeds.generator.FeedGenerator;
import org.preau.feeds.generator.GeneratorOptions;

/**
 * The demo school: synthetic AAF files written by the generator (seed 42), read like any feed and imported by the
 * system through the same reconciliation as a real feed, so that loading it again changes nothing.
 */
public class DemoSchool {

	public DemoSchool(
		Path feedsDir, ImportFeed importFeed, GiveLogins giveLogins) {

		_feedsDir = feedsDir;
		_importFeed = importFeed;
		_giveLogins = giveLogins;
	}

	public ImportReport load() {
		try {
			Files.createDirectories(_feedsDir);

			new FeedGenerator(GeneratorOptions.demo()).writeAaf(_feedsDir);

			DirectorySnapshot directorySnapshot = new DirectorySnapshot();

			new AafReader().read(_feedsDir, directorySnapshot);

			ImportReport importReport = _importFeed.run(
				Actor.system(),
				ImportCommand.apply(directorySnapshot, Source.AAF));

			_giveLogins.giveMissingLogins(Actor.system());

			return importReport;
		}
		catch (FeedException feedException) {
			throw new IllegalStateException(
				"the demo feed was refused: " + feedException.getMessage(),
				feedException);
		}
		catch (IOException ioException) {
			throw new UncheckedIOException(ioException);
		}
	}

	private final Path _feedsDir;
	private final GiveLogins _giveLogins;
	private final ImportFeed _importFeed;

}
