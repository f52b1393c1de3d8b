package org.preau.feeds.internal.aaf;

import org.preau.core.imports.model.ImportSink;
import org.preau.feeds.FeedException;
import org.preau.feeds.aaf.AafFileKind;
import org.preau.feeds.internal.FeedEntry;
import org.preau.feeds.internal.FeedSession;

/**
 * One read of AAF files, taken in the order of {@link AafFileKind}.
 */
public final class AafSession implements FeedSession {

	public AafSession(ImportSink importSink, boolean includeInChargePersons) {
		_aafRecordMapper = new AafRecordMapper(
			importSink, includeInChargePersons);
	}

	@Override
	public void finish() {
		_aafRecordMapper.finish();
	}

	@Override
	public long read(FeedEntry feedEntry) throws FeedException {
		AafFileKind kind = kindOf(feedEntry);

		return new AafFileParser(
			feedEntry
		).parse(
			record -> _aafRecordMapper.map(kind, record)
		);
	}

	/**
	 * The kind of an AAF file from its name; delta exports are refused, since they need the directory they modify.
	 */
	static AafFileKind kindOf(FeedEntry feedEntry) throws FeedException {
		if (AafFileKind.isDeltaFileName(feedEntry.name())) {
			throw new FeedException(
				feedEntry.source(),
				"is a delta export; only complete exports are read");
		}

		return AafFileKind.ofFileName(
			feedEntry.name()
		).orElseThrow(
			() -> new FeedException(
				feedEntry.source(),
				"is not named as an AAF file " +
					"(<prefix>_Complet_<YYYYMMDD>_<Kind>_<NNNN>.xml)")
		);
	}

	private final AafRecordMapper _aafRecordMapper;

}
