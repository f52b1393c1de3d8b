package org.preau.feeds.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

import org.preau.core.imports.model.ImportSink;
import org.preau.feeds.FeedException;
import org.preau.feeds.FeedLimits;
import org.preau.feeds.FeedReadReport;

/**
 * Reads any mix of files, folders and zips holding files of several formats. A first walk tells what each file is,
 * from its root element (XML) or its extension (CSV), and refuses the files no format claims; then each format reads
 * its files in its own order, walking the inputs again for each rank so that nothing but the current file is open or
 * held. Hidden files (a name starting with a dot, as the metadata some systems add to folders and zips) are passed
 * over.
 */
public final class FeedWalker {

	public FeedWalker(
		List<FeedFormat> feedFormats, FeedLimits feedLimits,
		String expectation) {

		_feedFormats = List.copyOf(feedFormats);
		_feedLimits = Objects.requireNonNull(feedLimits, "feedLimits");
		_expectation = expectation;
	}

	public FeedReadReport read(List<Path> paths, ImportSink importSink)
		throws FeedException {

		if (paths.isEmpty()) {
			throw new FeedException("", "no file, folder or zip to read");
		}

		Map<String, int[]> places = _classify(paths);

		long[][] expanded = new long[paths.size()][1];

		List<String> files = new ArrayList<>();

		long[] records = new long[1];

		for (int f = 0; f < _feedFormats.size(); f++) {
			SortedSet<Integer> ranks = new TreeSet<>();

			for (int[] place : places.values()) {
				if (place[0] == f) {
					ranks.add(place[1]);
				}
			}

			if (ranks.isEmpty()) {
				continue;
			}

			FeedSession feedSession = _feedFormats.get(
				f
			).newSession(
				importSink
			);

			for (int rank : ranks) {
				for (int p = 0; p < paths.size(); p++) {
					int formatIndex = f;
					int pathIndex = p;

					FeedInputs.forEach(
						paths.get(p), _feedLimits, FeedWalker::_isVisible,
						String::compareTo,
						feedEntry -> {
							int[] place = places.get(
								_key(pathIndex, feedEntry));

							if ((place != null) && (place[0] == formatIndex) &&
								(place[1] == rank)) {

								records[0] += feedSession.read(feedEntry);

								files.add(feedEntry.source());
							}
						},
						expanded[p]);
				}
			}

			feedSession.finish();
		}

		return new FeedReadReport(files, records[0]);
	}

	private static boolean _isVisible(String name) {
		return !name.startsWith(".");
	}

	private static String _key(int pathIndex, FeedEntry feedEntry) {
		return pathIndex + "\u0000" + feedEntry.source();
	}

	private Map<String, int[]> _classify(List<Path> paths)
		throws FeedException {

		Map<String, int[]> places = new HashMap<>();

		for (int p = 0; p < paths.size(); p++) {
			int pathIndex = p;

			FeedInputs.forEach(
				paths.get(p), _feedLimits, FeedWalker::_isVisible,
				String::compareTo,
				feedEntry -> places.put(
					_key(pathIndex, feedEntry), _place(feedEntry)));
		}

		return places;
	}

	private int[] _place(FeedEntry feedEntry) throws FeedException {
		String name = feedEntry.name(
		).toLowerCase(
			Locale.ROOT
		);

		XmlElement rootElement = null;

		if (name.endsWith(".xml")) {
			rootElement = XmlRecords.rootElement(feedEntry);
		}
		else if (!name.endsWith(".csv")) {
			throw new FeedException(
				feedEntry.source(), 1, 1, null,
				"is not a feed file (.xml or .csv): " + _expectation, null);
		}

		for (int f = 0; f < _feedFormats.size(); f++) {
			int rank = _feedFormats.get(
				f
			).rank(
				feedEntry, rootElement
			);

			if (rank >= 0) {
				return new int[] {f, rank};
			}
		}

		if (rootElement != null) {
			throw rootElement.error(
				null,
				"unknown root element <" + rootElement.name() + ">; " +
					_expectation);
		}

		throw new FeedException(
			feedEntry.source(), 1, 1, null,
			"is not a file this read accepts: " + _expectation, null);
	}

	private final String _expectation;
	private final List<FeedFormat> _feedFormats;
	private final FeedLimits _feedLimits;

}
