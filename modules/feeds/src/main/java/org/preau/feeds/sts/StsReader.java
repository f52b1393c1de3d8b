package org.preau.feeds.sts;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import org.preau.core.imports.model.ImportSink;
import org.preau.feeds.FeedException;
import org.preau.feeds.FeedReadReport;
import org.preau.feeds.FeedReaderOptions;
import org.preau.feeds.internal.DiscardingImportSink;
import org.preau.feeds.internal.FeedWalker;
import org.preau.feeds.internal.sts.StsFormat;

/**
 * Reads STSweb exports, {@code sts_emp_<UAI>_<year>.xml} (files, folders, zips, in any mix), and hands their records
 * to an {@link ImportSink}: a {@code Subject} per MATIERE of NOMENCLATURES; per INDIVIDU (ID), a teacher when its
 * FONCTION is ENS, else staff with that {@code StaffFunction}; a {@code SchoolClass} per DIVISION (with its MEF) and a
 * {@code Group} per GROUPE (with the classes of its DIVISIONS_APPARTENANCE); a {@code TeachingAssignment} per teacher
 * of each SERVICE of a division or group, flagged as the head teacher's for the classes of the teacher's PROFS_PRINC.
 * The establishment is the one of PARAMETRES/UAJ; STSweb names no more of it, so no {@code Establishment} is handed
 * over and it must be known already.
 *
 * <p>
 * The declared encoding is honoured; a DOCTYPE, a truncated file, bytes invalid in the declared encoding, an unknown
 * root element and a file beyond the limits are refused with a {@link FeedException} that names the file, line,
 * column and record. With {@link FeedReaderOptions#validateFirst()} (the default) a failing input hands nothing to the
 * sink. An instance keeps no state between reads and may be shared.
 * </p>
 */
public final class StsReader {

	public StsReader() {
		this(FeedReaderOptions.defaults());
	}

	public StsReader(FeedReaderOptions options) {
		_options = Objects.requireNonNull(options, "options");
	}

	public FeedReaderOptions options() {
		return _options;
	}

	public FeedReadReport read(List<Path> paths, ImportSink importSink)
		throws FeedException {

		Objects.requireNonNull(importSink, "importSink");

		FeedWalker feedWalker = new FeedWalker(
			Collections.singletonList(
				new StsFormat()),
			_options.limits(), _EXPECTATION);

		if (_options.validateFirst()) {
			feedWalker.read(paths, new DiscardingImportSink());
		}

		return feedWalker.read(paths, importSink);
	}

	public FeedReadReport read(Path path, ImportSink importSink)
		throws FeedException {

		return read(Collections.singletonList(path), importSink);
	}

	private static final String _EXPECTATION =
		"an STSweb export starts with <STS_EDT>";

	private final FeedReaderOptions _options;

}
