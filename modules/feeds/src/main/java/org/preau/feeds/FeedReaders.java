package org.preau.feeds;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.preau.core.imports.model.ImportSink;
import org.preau.feeds.internal.DiscardingImportSink;
import org.preau.feeds.internal.FeedWalker;
import org.preau.feeds.internal.aaf.AafFormat;
import org.preau.feeds.internal.csv.CsvFormat;
import org.preau.feeds.internal.siecle.SiecleFormat;
import org.preau.feeds.internal.sts.StsFormat;

/**
 * Reads whatever an administrator hands in: any mix of files, folders (with a folder per school) and zips holding AAF,
 * SIECLE, STSweb and CSV files, each format read as its own reader does ({@link org.preau.feeds.aaf.AafReader},
 * {@link org.preau.feeds.siecle.SiecleReader}, {@link org.preau.feeds.sts.StsReader},
 * {@link org.preau.feeds.csv.CsvReader}). What a file is comes from its root element for XML (ficAlimMENESR, the four
 * BEE_* roots, STS_EDT) and its extension for CSV; an AAF file's name then says its kind. A file that none of them
 * claims is refused with a located error: a stray file in an import is more likely a mistake than something to skip.
 *
 * <p>
 * Formats are read one after the other, AAF, SIECLE, STSweb, then CSV, each in its own order, so that the records of
 * one format never depend on another's. With {@link FeedReaderOptions#validateFirst()} (the default) the whole input
 * is read once without handing anything over, so that a failing input leaves the sink untouched. This is what the
 * command line's {@code import PATH...} calls. An instance keeps no state between reads and may be shared.
 * </p>
 */
public final class FeedReaders {

	/**
	 * Reads the files, folders and zips with the options: {@code new FeedReaders(options).read(paths, importSink)}.
	 */
	public static FeedReadReport read(
			List<Path> paths, ImportSink importSink, FeedReaderOptions options)
		throws FeedException {

		return new FeedReaders(
			options
		).read(
			paths, importSink
		);
	}

	public FeedReaders() {
		this(FeedReaderOptions.defaults());
	}

	public FeedReaders(FeedReaderOptions options) {
		_options = Objects.requireNonNull(options, "options");
	}

	public FeedReaderOptions options() {
		return _options;
	}

	public FeedReadReport read(List<Path> paths, ImportSink importSink)
		throws FeedException {

		Objects.requireNonNull(importSink, "importSink");

		FeedWalker feedWalker = new FeedWalker(
			Arrays.asList(
				new AafFormat(_options.includeInChargePersons()),
				new SiecleFormat(
					_options.includeInChargePersons(),
					_options.exportDate(
					).orElse(
						null
					)),
				new StsFormat(),
				new CsvFormat(
					_options.includeInChargePersons(),
					_options.defaultUai(
					).orElse(
						null
					))),
			_options.limits(), _EXPECTATION);

		if (_options.validateFirst()) {
			feedWalker.read(paths, new DiscardingImportSink());
		}

		return feedWalker.read(paths, importSink);
	}

	private static final String _EXPECTATION =
		"the files of an import are AAF (<ficAlimMENESR>), SIECLE " +
			"(<BEE_ELEVES>, <BEE_RESPONSABLES>, <BEE_NOMENCLATURES>, " +
				"<BEE_STRUCTURES>), STSweb (<STS_EDT>) or CSV (.csv)";

	private final FeedReaderOptions _options;

}
